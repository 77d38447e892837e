/**
 * Type compatibility of an output field and an input param: JSON types, formats, enums, and the shape of
 * example values when both sides have one. 0 means "cannot feed", 1 "fits exactly".
 */
import type { Field, JsonSchema, Param } from '../specs/index.ts';

type Scalar = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'null';

function typeOfSchema(schema: JsonSchema | undefined, depth = 0): Scalar | undefined {
  if (!schema || depth > 4) return undefined;
  const t = schema.type;
  if (typeof t === 'string') return t as Scalar;
  if (Array.isArray(t)) {
    const first = t.find((x) => x !== 'null');
    return (first ?? 'null') as Scalar;
  }
  for (const key of ['anyOf', 'oneOf', 'allOf']) {
    const list = schema[key];
    if (Array.isArray(list)) {
      for (const sub of list) {
        const found = typeOfSchema(sub as JsonSchema, depth + 1);
        if (found && found !== 'null') return found;
      }
    }
  }
  const values = enumOf(schema);
  if (values && values.length > 0) return jsonType(values[0]);
  if (schema.properties) return 'object';
  if (schema.items) return 'array';
  return undefined;
}

function jsonType(value: unknown): Scalar | undefined {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'object') return typeof value as Scalar;
  return undefined;
}

function enumOf(schema: JsonSchema | undefined): unknown[] | undefined {
  const values = schema?.enum;
  return Array.isArray(values) ? values : undefined;
}

function formatOf(schema: JsonSchema | undefined): string | undefined {
  const f = schema?.format;
  return typeof f === 'string' ? f.toLowerCase() : undefined;
}

/** Formats that say what a string means (int32/double only say how big a number is). */
const SEMANTIC_FORMATS = new Set(['uuid', 'date', 'date-time', 'time', 'email', 'uri', 'url', 'uri-reference', 'hostname', 'ipv4', 'ipv6', 'binary', 'byte']);
const FORMAT_FAMILY: Record<string, string> = { 'date-time': 'date', date: 'date', time: 'date', uri: 'uri', url: 'uri', 'uri-reference': 'uri' };

/** How well an output of type `out` fills an input of type `input`. */
const TYPE_FIT: Record<string, number> = {
  'string>string': 1, 'integer>integer': 1, 'number>number': 1, 'boolean>boolean': 1, 'integer>number': 1,
  'number>integer': 0.5, 'integer>string': 0.85, 'number>string': 0.6, 'string>integer': 0.5, 'string>number': 0.5,
  'boolean>string': 0.3,
};

/** A rough shape class of an example value, to tell "FR" from "France" from 12345. */
function shapeOf(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'decimal';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  if (/^-?\d+$/.test(v)) return 'int';
  if (/^-?\d+\.\d+$/.test(v)) return 'decimal';
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v)) return 'uuid';
  if (/^\d{4}-\d{2}-\d{2}/.test(v)) return 'date';
  if (/^https?:\/\//i.test(v)) return 'url';
  if (/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(v)) return 'email';
  if (/^[A-Z0-9]{1,4}$/.test(v)) return 'short-code';
  if (/\s/.test(v)) return 'words';
  if (/^[A-Za-z]+$/.test(v)) return 'word';
  if (/^[A-Za-z0-9_.:-]+$/.test(v)) return 'token';
  return 'other';
}

const SHAPE_FIT: Record<string, number> = {
  'decimal|int': 0.8, 'int|token': 0.6, 'token|uuid': 0.6, 'token|word': 0.6, 'short-code|token': 0.7,
  'short-code|word': 0.5, 'word|words': 0.7, 'token|words': 0.3, 'int|short-code': 0.5, 'date|token': 0.3,
};

function shapeFit(a: string, b: string): number {
  if (a === b) return 1;
  return SHAPE_FIT[a < b ? `${a}|${b}` : `${b}|${a}`] ?? 0.2;
}

export interface TypeFit {
  score: number;
  reasons: string[];
}

/** What typeFit needs of one side, computed once per field or param. */
interface Side {
  type: Scalar | undefined;
  format: string | undefined;
  enumValues: unknown[] | undefined;
  shape: string | undefined;
  isArray: boolean;
  example: unknown;
}

const fieldSides = new WeakMap<Field, Side>();
const paramSides = new WeakMap<Param, Side>();

function fieldSide(field: Field): Side {
  let side = fieldSides.get(field);
  if (!side) {
    side = {
      type: typeOfSchema(field.schema) ?? jsonType(field.example),
      format: formatOf(field.schema),
      enumValues: enumOf(field.schema),
      shape: shapeOf(field.example),
      isArray: false,
      example: field.example,
    };
    fieldSides.set(field, side);
  }
  return side;
}

/** A list param takes one or more of the field's values: its item schema is what must fit. */
function paramSide(param: Param): Side {
  let side = paramSides.get(param);
  if (!side) {
    const t = typeOfSchema(param.schema);
    const isArray = t === 'array' && !!param.schema.items && typeof param.schema.items === 'object';
    const schema = isArray ? (param.schema.items as JsonSchema) : param.schema;
    const example = param.example ?? param.default;
    side = {
      type: typeOfSchema(schema) ?? jsonType(example),
      format: formatOf(schema),
      enumValues: enumOf(schema) ?? param.enum,
      shape: shapeOf(example),
      isArray,
      example,
    };
    paramSides.set(param, side);
  }
  return side;
}

/**
 * `freeText`: the param takes any text (a search box), so example shapes say nothing. `withReasons`
 * false skips the explanation strings (the builder's fast path; reasons are made for kept pairs only).
 */
export function typeFit(field: Field, param: Param, freeText = false, withReasons = true): TypeFit {
  const reasons: string[] = [];
  const out = fieldSide(field);
  const input = paramSide(param);
  const outType = out.type;
  const inType = input.type;
  if (outType === 'object' || outType === 'array' || inType === 'object' || inType === 'array') {
    return { score: 0, reasons: withReasons ? [`type: ${outType ?? '?'} cannot fill ${inType ?? '?'}`] : reasons };
  }
  let score: number;
  if (outType === undefined || inType === undefined || outType === 'null' || inType === 'null') {
    score = 0.7;
    if (withReasons) reasons.push('type: unknown');
  } else {
    score = TYPE_FIT[`${outType}>${inType}`] ?? 0;
    if (withReasons) reasons.push(`type: ${outType}→${inType}${input.isArray ? '[]' : ''}`);
    if (score === 0) return { score, reasons };
  }
  const outFormat = out.format;
  const inFormat = input.format;
  if (outType === 'string' && (inType === 'integer' || inType === 'number') && outFormat && SEMANTIC_FORMATS.has(outFormat)) {
    return { score: 0, reasons: withReasons ? [...reasons, `format: ${outFormat} string cannot be a number`] : reasons };
  }
  if (outFormat && inFormat && SEMANTIC_FORMATS.has(outFormat) && SEMANTIC_FORMATS.has(inFormat)) {
    if (outFormat === inFormat) {
      if (withReasons) reasons.push(`format: ${outFormat}`);
    } else if (FORMAT_FAMILY[outFormat] !== undefined && FORMAT_FAMILY[outFormat] === FORMAT_FAMILY[inFormat]) score *= 0.8;
    else return { score: 0, reasons: withReasons ? [...reasons, `format: ${outFormat} ≠ ${inFormat}`] : reasons };
  }
  const inEnum = input.enumValues;
  if (inEnum && inEnum.length > 0) {
    const allowed = new Set(inEnum.map((v) => String(v)));
    const outEnum = out.enumValues;
    if (outEnum && outEnum.length > 0) {
      const overlap = outEnum.filter((v) => allowed.has(String(v))).length;
      if (overlap === 0) return { score: 0, reasons: withReasons ? [...reasons, 'enum: no common value'] : reasons };
      if (withReasons) reasons.push(`enum: ${overlap} common`);
    } else if (out.example !== undefined && !allowed.has(String(out.example))) {
      score *= 0.5;
      if (withReasons) reasons.push('enum: example not allowed');
    }
  }
  if (out.shape && input.shape && !freeText) {
    const fit = shapeFit(out.shape, input.shape);
    score *= 0.5 + 0.5 * fit;
    if (withReasons) reasons.push(`examples: ${out.shape}${fit === 1 ? '=' : '≠'}${input.shape}`);
  }
  if (field.isList && !input.isArray && withReasons) reasons.push('list→one item');
  return { score: Math.min(1, score), reasons };
}
