/**
 * JSON Schema helpers for the loader: normalise a dereferenced schema (allOf merged, 3.0 `nullable`
 * turned into 3.1 type arrays, cycles cut with `x-circular`), infer a schema from a recorded response
 * value, and flatten a response schema into leaf output fields.
 */
import { DialforgeError } from '../errors.ts';
import type { Field, JsonSchema } from './types.ts';

type Json = unknown;
type Obj = Record<string, unknown>;

export function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keys dropped from normalised schemas: presentation-only and noise for later stages. */
const DROPPED_KEYS = new Set(['xml', 'externalDocs', 'nullable', 'x-nullable', '$schema', '$id', 'discriminator']);

export interface NormalizeContext {
  /** The dereferenced document, to resolve `$ref`s the dereferencer left in place (cycles). */
  root: unknown;
  /** `3.0` and `2.0` use `nullable` / `x-nullable`; 3.1 already uses type arrays. */
  dialect: '2.0' | '3.0' | '3.1';
  /** Component schema objects → their JSON pointer (dereferenced objects keep their identity). */
  named: Map<object, string>;
  /** Schema nodes this spec may still produce (shared by every schema of one spec); see SCHEMA_NODE_BUDGET. */
  budget?: SchemaBudget;
}

/**
 * Bounds the work and output of expanding `$ref`s: a spec whose schemas would expand to more nodes than
 * this (a binary tree of refs 25 levels deep, thirty schemas that all refer to each other) fails with a
 * clear error instead of running out of memory. The largest fixture spec needs about 60,000.
 */
export const SCHEMA_NODE_BUDGET = 2_000_000;

export interface SchemaBudget {
  left: number;
  /** Subtrees without a cut cycle, by source object: expanded once, copied after (no re-resolving). */
  memo: Map<object, { schema: JsonSchema; size: number }>;
  /** Schemas cut at MAX_DEPTH (reported once per spec by the loader). */
  truncated: number;
  /** Enums cut to SCHEMA_MAX_ENUM values. */
  enumsCut: number;
  /** Schema parts that are not schemas (a string where a schema belongs, a dangling $ref…). */
  unreadable: number;
  firstUnreadable?: string;
  /** Cycles cut so far: a subtree whose expansion cut none may be reused as is. */
  cuts: number;
}

export function schemaBudget(nodes = SCHEMA_NODE_BUDGET): SchemaBudget {
  return { left: nodes, memo: new Map(), truncated: 0, enumsCut: 0, unreadable: 0, cuts: 0 };
}

export const SCHEMA_MAX_DEPTH = 48;
export const SCHEMA_MAX_ENUM = 1000;

/** A deep copy of `schema` in the normalised form every later stage reads; never loops. */
export function normalizeSchema(schema: unknown, ctx: NormalizeContext): JsonSchema {
  // Without a spec-wide budget (RapidAPI's shared context), each schema gets its own.
  return normalize(schema, ctx.budget ? ctx : { ...ctx, budget: schemaBudget() }, [], new Set(), 0);
}

/** Counts `n` produced nodes against the spec's budget; past it, the spec fails with E_REF. */
function spend(ctx: NormalizeContext, n: number, at: string | undefined): void {
  const budget = ctx.budget!;
  budget.left -= n;
  if (budget.left < 0) {
    throw new DialforgeError(
      'E_REF',
      `expanding the $refs${at ? ` (last at \`${at}\`)` : ''} produces more than ${SCHEMA_NODE_BUDGET.toLocaleString('en-US')} schema nodes: the schemas refer to each other so often that every copy doubles the size. Reduce the nesting (refer to fewer schemas from each schema) or split the spec.`,
    );
  }
}

function nodeCount(value: unknown): number {
  let n = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    n++;
    for (const child of Object.values(node)) if (typeof child === 'object' && child !== null) stack.push(child);
  }
  return n;
}

function normalize(input: unknown, ctx: NormalizeContext, refStack: string[], ancestors: Set<object>, depth: number): JsonSchema {
  if (input === true || input === undefined) return {};
  if (input === false) return { not: {} };
  const budget = ctx.budget!;
  if (!isObject(input)) {
    note(budget, `a schema that is ${input === null ? 'null' : Array.isArray(input) ? 'a list' : `a ${typeof input}`} (${JSON.stringify(input)?.slice(0, 40)}), read as "any value"`);
    return {};
  }
  if (depth > SCHEMA_MAX_DEPTH) {
    budget.truncated++;
    return { 'x-truncated': true };
  }
  const known = budget.memo.get(input);
  if (known !== undefined) {
    spend(ctx, known.size, typeof input.$ref === 'string' ? input.$ref : undefined);
    return structuredClone(known.schema);
  }
  const cutsBefore = budget.cuts;
  const result = normalizeUncached(input, ctx, refStack, ancestors, depth);
  // The same subtree reached again (a schema used by many others) is copied, not expanded again; one
  // that cut a cycle depends on where it was reached from, so it is expanded each time.
  if (budget.cuts === cutsBefore && depth > 0) budget.memo.set(input, { schema: structuredClone(result), size: nodeCount(result) });
  return result;
}

function normalizeUncached(input: Record<string, unknown>, ctx: NormalizeContext, refStack: string[], ancestors: Set<object>, depth: number): JsonSchema {
  spend(ctx, 1, typeof input.$ref === 'string' ? input.$ref : undefined);

  let source: Obj = input;
  let stack = refStack;
  const ref = typeof source.$ref === 'string' ? source.$ref : undefined;
  if (ref !== undefined) {
    if (!ref.startsWith('#')) return withSiblings({ 'x-external-ref': ref }, source);
    if (stack.includes(ref)) return cut(ctx, withSiblings({ 'x-circular': ref }, source));
    const target = resolvePointer(ctx.root, ref);
    if (!isObject(target)) {
      note(ctx.budget!, `\`$ref: ${ref.slice(0, 80)}\` that ${target === undefined ? 'points nowhere' : 'points at something that is not a schema object'}, kept as {"x-unresolved-ref": …}`);
      return withSiblings({ 'x-unresolved-ref': ref }, source);
    }
    stack = [...stack, ref];
    // 3.1 allows siblings next to $ref (description, nullable…): they refine the target.
    const { $ref: _omit, ...siblings } = source;
    source = Object.keys(siblings).length > 0 ? { ...target, ...siblings } : target;
    if (ctx.named.has(target) && !ctx.named.has(source)) ctx.named.set(source, ref);
  }
  const name = ctx.named.get(source);
  if (name !== undefined && name !== ref) {
    if (stack.includes(name)) return cut(ctx, { 'x-circular': name });
    stack = [...stack, name];
  }
  // The dereferencer leaves cycles as $ref, but guard against a real object cycle all the same.
  if (ancestors.has(source)) return cut(ctx, { 'x-circular': name ?? '#' });
  ancestors.add(source);
  try {
    return normalizeObject(source, ctx, stack, ancestors, depth);
  } finally {
    ancestors.delete(source);
  }
}

/** Counts a part of a schema that cannot be read (the loader reports the count and the first one). */
function note(budget: SchemaBudget, problem: string): void {
  budget.unreadable++;
  budget.firstUnreadable ??= problem;
}

/** The warnings a spec's schemas earned while being normalised: cut depth, cut enums, unreadable parts. */
export function schemaWarnings(budget: SchemaBudget): { code: string; message: string }[] {
  const out: { code: string; message: string }[] = [];
  if (budget.truncated > 0) {
    out.push({ code: 'W_SCHEMA_DEPTH', message: `${budget.truncated} schema(s) nest deeper than ${SCHEMA_MAX_DEPTH} levels; the deeper levels are cut (marked \`x-truncated\`) and give no fields or parameters.` });
  }
  if (budget.enumsCut > 0) {
    out.push({ code: 'W_ENUM', message: `${budget.enumsCut} enum(s) list more than ${SCHEMA_MAX_ENUM.toLocaleString('en-US')} values; only the first ${SCHEMA_MAX_ENUM.toLocaleString('en-US')} of each are kept.` });
  }
  if (budget.unreadable > 0) {
    out.push({ code: 'W_SCHEMA', message: `${budget.unreadable} part(s) of schemas cannot be read and give no fields or parameters; the first: ${budget.firstUnreadable}. Fix the schemas.` });
  }
  return out;
}

function cut(ctx: NormalizeContext, marker: JsonSchema): JsonSchema {
  ctx.budget!.cuts++;
  return marker;
}

function normalizeObject(source: Obj, ctx: NormalizeContext, stack: string[], ancestors: Set<object>, depth: number): JsonSchema {
  const sub = (value: unknown): JsonSchema => normalize(value, ctx, stack, ancestors, depth + 1);
  const out: Obj = {};
  for (const [key, value] of Object.entries(source)) {
    if (DROPPED_KEYS.has(key) || key === '$ref') continue;
    switch (key) {
      case 'properties':
      case 'patternProperties':
      case 'definitions':
      case '$defs':
        if (!isObject(value)) note(ctx.budget!, `\`${key}\` that is ${Array.isArray(value) ? 'a list' : `a ${value === null ? 'null' : typeof value}`}, not an object of schemas: ignored`);
        else {
          if (key === 'definitions' || key === '$defs') break; // never referenced after dereferencing
          const props: Obj = {};
          for (const [prop, propSchema] of Object.entries(value)) props[prop] = sub(propSchema);
          out[key] = props;
        }
        break;
      case 'items':
        out.items = Array.isArray(value) ? value.map(sub) : sub(value);
        break;
      case 'additionalProperties':
      case 'not':
      case 'contains':
      case 'propertyNames':
      case 'if':
      case 'then':
      case 'else':
        out[key] = typeof value === 'boolean' ? value : sub(value);
        break;
      case 'prefixItems':
      case 'oneOf':
      case 'anyOf':
      case 'allOf':
        if (Array.isArray(value)) out[key] = value.map(sub);
        else note(ctx.budget!, `\`${key}\` that is not a list of schemas: ignored`);
        break;
      case 'enum':
        // Values are offered to users and drawn for every dialogue: a list of 200,000 says nothing more than 1,000.
        if (Array.isArray(value) && value.length > SCHEMA_MAX_ENUM) {
          out.enum = value.slice(0, SCHEMA_MAX_ENUM);
          ctx.budget!.enumsCut++;
        } else out.enum = value;
        break;
      default:
        out[key] = value;
    }
  }
  if (out.type === 'file') {
    out.type = 'string';
    out.format = 'binary';
  }
  const nullable = ctx.dialect === '3.0' ? source.nullable === true : ctx.dialect === '2.0' ? source['x-nullable'] === true : false;
  if (nullable) addNull(out);
  return Array.isArray(out.allOf) ? mergeAllOf(out) : out;
}

function addNull(schema: Obj): void {
  const type = schema.type;
  if (typeof type === 'string') schema.type = type === 'null' ? type : [type, 'null'];
  else if (Array.isArray(type)) {
    if (!type.includes('null')) schema.type = [...type, 'null'];
  } else if (Array.isArray(schema.enum)) {
    if (!schema.enum.includes(null)) schema.enum = [...schema.enum, null];
  }
}

function withSiblings(marker: Obj, source: Obj): JsonSchema {
  if (typeof source.description === 'string') marker.description = source.description;
  return marker;
}

/** Merge `allOf` members into one object schema; members that cannot be merged (cut cycles) stay in `allOf`. */
function mergeAllOf(schema: Obj): JsonSchema {
  const members = (schema.allOf as Obj[]).slice();
  const { allOf: _omit, ...own } = schema;
  let merged: Obj = {};
  const kept: Obj[] = [];
  for (const member of [...members, own]) {
    if ('x-circular' in member || 'x-external-ref' in member || 'x-unresolved-ref' in member) kept.push(member);
    else merged = mergeTwo(merged, member);
  }
  // The schema's own keys (description, example…) describe the whole, so they win over members'.
  for (const [key, value] of Object.entries(own)) {
    if (key !== 'properties' && key !== 'required' && value !== undefined) merged[key] = value;
  }
  if (kept.length > 0) merged.allOf = kept;
  return merged;
}

function mergeTwo(a: Obj, b: Obj): Obj {
  const out: Obj = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const existing = out[key];
    if (existing === undefined) out[key] = value;
    else if (key === 'properties' && isObject(existing) && isObject(value)) {
      const props: Obj = { ...existing };
      for (const [prop, propSchema] of Object.entries(value)) {
        const prev = props[prop];
        props[prop] = isObject(prev) && isObject(propSchema) ? mergeTwo(prev, propSchema) : propSchema;
      }
      out.properties = props;
    } else if (key === 'required' && Array.isArray(existing) && Array.isArray(value)) {
      out.required = [...new Set([...existing, ...value])];
    } else if ((key === 'oneOf' || key === 'anyOf') && Array.isArray(existing) && Array.isArray(value)) {
      // Two independent choices cannot be one list; keep the second as a nested allOf member.
      out.allOf = [...((out.allOf as Obj[] | undefined) ?? []), { [key]: value }];
    }
    // Otherwise the first definition wins (type, format, description…).
  }
  return out;
}

/** Resolve a local JSON pointer (`#/a/b~1c`) in `root`; undefined when it does not exist. */
export function resolvePointer(root: unknown, ref: string): unknown {
  if (ref === '#' || ref === '#/') return root;
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(2).split('/')) {
    const token = decodePointerToken(raw);
    if (Array.isArray(node)) node = node[Number(token)];
    else if (isObject(node)) node = Object.prototype.hasOwnProperty.call(node, token) ? node[token] : undefined;
    else return undefined;
    if (node === undefined) return undefined;
  }
  return node;
}

export function decodePointerToken(raw: string): string {
  let token = raw;
  try {
    token = decodeURIComponent(raw);
  } catch {
    // not percent-encoded: use as is
  }
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function encodePointerToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointer(...tokens: (string | number)[]): string {
  return `#/${tokens.map(encodePointerToken).join('/')}`;
}

// ---------------------------------------------------------------------------------------------------
// Output fields

const MAX_FIELD_DEPTH = 12;
const MAX_FIELDS = 1000;

/** Values looked at per schema node for field examples: a few items of each array, not all of them. */
const MAX_SAMPLED_ITEMS = 5;
const MAX_SAMPLES = 25;

/**
 * Flatten a normalised response schema into leaf fields: `data[].id`, `[].id` for a top-level array,
 * `tags[]` for an array of primitives, and `` (the empty path) for a response that is one primitive.
 * `example` is a whole response value used for field examples.
 */
export function flattenFields(schema: JsonSchema, example?: Json): Field[] {
  return flattenFieldsFromSamples(schema, example === undefined ? [] : [example]);
}

/**
 * Like flattenFields, with several whole response values (recorded responses): each field's example is
 * the first non-null value found at its path among the first few items of each array.
 */
export function flattenFieldsFromSamples(schema: JsonSchema, samples: Json[]): Field[] {
  const fields: Field[] = [];
  const seen = new Set<string>();
  // Arrays of a fixed length (a 3×3 board): every leaf under one keeps its length, so a mock never draws ragged rows.
  const fixed = new Map<string, number>();
  const emit = (path: string, leaf: JsonSchema, isList: boolean, values: Json[]): void => {
    if (seen.has(path) || fields.length >= MAX_FIELDS) return;
    // An opaque root (`{}`, `{"type": "object"}` with nothing known inside) says nothing worth a field.
    if (path === '' && !isPrimitiveSchema(leaf) && !values.some(isPrimitive)) return;
    seen.add(path);
    const field: Field = { path, schema: leaf, isList };
    const description = typeof leaf.description === 'string' ? leaf.description : typeof leaf.title === 'string' ? leaf.title : undefined;
    if (description) field.description = description;
    const sample = leaf.example !== undefined && isPrimitive(leaf.example) ? leaf.example : firstPrimitive(values);
    if (sample !== undefined) field.example = sample;
    if (fixed.size > 0) {
      for (const [arrayPath, length] of fixed) if (path.startsWith(arrayPath)) (field.fixedLengths ??= {})[arrayPath] = length;
    }
    fields.push(field);
  };
  const walk = (s: JsonSchema, path: string, isList: boolean, values: Json[], depth: number): void => {
    if (fields.length >= MAX_FIELDS) return;
    const sampled = values.length > 0 ? values : s.example !== undefined ? [s.example] : [];
    if (depth > MAX_FIELD_DEPTH || 'x-circular' in s || 'x-external-ref' in s || 'x-unresolved-ref' in s) {
      emit(path, s, isList, []);
      return;
    }
    const variants = [...asSchemas(s.oneOf), ...asSchemas(s.anyOf), ...asSchemas(s.allOf)];
    const items = s.items;
    const properties = isObject(s.properties) ? (s.properties as Record<string, JsonSchema>) : undefined;
    if (hasType(s, 'array') || (items !== undefined && !properties)) {
      const itemSchema = Array.isArray(items) ? (items[0] as JsonSchema | undefined) : (items as JsonSchema | undefined);
      const itemValues: Json[] = [];
      for (const value of sampled) {
        if (!Array.isArray(value)) continue;
        for (const item of value.slice(0, MAX_SAMPLED_ITEMS)) if (itemValues.length < MAX_SAMPLES) itemValues.push(item);
      }
      if (typeof s.minItems === 'number' && s.minItems === s.maxItems && s.minItems >= 1 && s.minItems <= 12) fixed.set(`${path}[]`, s.minItems);
      walk(itemSchema ?? {}, `${path}[]`, true, itemValues, depth + 1);
      return;
    }
    if (properties && Object.keys(properties).length > 0) {
      const objects = sampled.filter(isObject);
      for (const [key, propSchema] of Object.entries(properties)) {
        const childValues: Json[] = [];
        for (const object of objects) if (object[key] !== undefined) childValues.push(object[key]);
        const childPath = path === '' ? key : `${path}.${key}`;
        walk(propSchema, childPath, isList, childValues, depth + 1);
        if (path.endsWith('[]')) keepRows(fields[fields.length - 1], childPath, objects.map((object) => object[key]));
      }
      for (const variant of variants) walk(variant, path, isList, sampled, depth + 1);
      return;
    }
    if (variants.length > 0) {
      for (const variant of variants) walk(variant, path, isList, sampled, depth + 1);
      return;
    }
    emit(path, s, isList, sampled);
  };
  walk(schema, '', false, samples.slice(0, MAX_SAMPLES), 0);
  return fields;
}

/**
 * A list item's own leaf keeps its value in each recorded item, in item order (null where the item lacks it), so a
 * result can take whole recorded records: a futures asset "Rough Rice" keeps its symbol "ZR" and unit "hundredweights".
 */
function keepRows(field: Field | undefined, path: string, values: (Json | undefined)[]): void {
  if (field === undefined || field.path !== path || values.length < 2) return;
  const rows = values.map((v) => (v !== undefined && isPrimitive(v) ? v : null));
  if (rows.filter((v) => v !== null).length >= 2) field.samples = rows;
}

function isPrimitive(value: Json): boolean {
  return value === null || (typeof value !== 'object' && value !== undefined);
}

function firstPrimitive(values: Json[]): Json {
  let sawNull = false;
  for (const value of values) {
    if (value === null) sawNull = true;
    else if (typeof value !== 'object' && value !== undefined) return value;
  }
  return sawNull ? null : undefined;
}

const PRIMITIVE_TYPES = new Set(['string', 'number', 'integer', 'boolean']);

function isPrimitiveSchema(schema: JsonSchema): boolean {
  const type = schema.type;
  if (typeof type === 'string') return PRIMITIVE_TYPES.has(type);
  if (Array.isArray(type)) return type.some((t) => typeof t === 'string' && PRIMITIVE_TYPES.has(t)) && !type.includes('object') && !type.includes('array');
  return Array.isArray(schema.enum) || schema.const !== undefined || typeof schema.format === 'string';
}

function asSchemas(value: unknown): JsonSchema[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

export function hasType(schema: JsonSchema, type: string): boolean {
  const declared = schema.type;
  return declared === type || (Array.isArray(declared) && declared.includes(type));
}

// ---------------------------------------------------------------------------------------------------
// Schemas inferred from recorded values (RapidAPI responses, sample-valued `schema` fields)

const MAX_INFERRED_ITEMS = 5;

export function inferSchema(value: Json, depth = 0): JsonSchema {
  if (value === null) return { type: 'null' };
  if (typeof value === 'string') return { type: 'string' };
  if (typeof value === 'boolean') return { type: 'boolean' };
  if (typeof value === 'number') return { type: Number.isInteger(value) ? 'integer' : 'number' };
  if (depth > MAX_FIELD_DEPTH) return {};
  if (Array.isArray(value)) {
    let items: JsonSchema | undefined;
    for (const item of value.slice(0, MAX_INFERRED_ITEMS)) {
      const inferred = inferSchema(item, depth + 1);
      items = items ? mergeInferred(items, inferred) : inferred;
    }
    return items ? { type: 'array', items } : { type: 'array' };
  }
  if (isObject(value)) {
    const properties: Record<string, JsonSchema> = {};
    for (const [key, child] of Object.entries(value)) properties[key] = inferSchema(child, depth + 1);
    return { type: 'object', properties };
  }
  return {};
}

/** Union of two inferred schemas (properties merged; differing scalar types become a type list). */
export function mergeInferred(a: JsonSchema, b: JsonSchema): JsonSchema {
  const typesA = typeList(a);
  const typesB = typeList(b);
  // null says nothing about the shape: the other side wins, with null allowed.
  if (typesA.length === 1 && typesA[0] === 'null') return typesB.length === 0 ? a : withNullType(b);
  if (typesB.length === 1 && typesB[0] === 'null') return withNullType(a);
  if (hasType(a, 'object') && hasType(b, 'object')) {
    const properties: Record<string, JsonSchema> = { ...((a.properties as Record<string, JsonSchema>) ?? {}) };
    for (const [key, schema] of Object.entries((b.properties as Record<string, JsonSchema>) ?? {})) {
      const prev = properties[key];
      properties[key] = prev ? mergeInferred(prev, schema) : schema;
    }
    return { ...a, properties };
  }
  if (hasType(a, 'array') && hasType(b, 'array')) {
    const itemsA = a.items as JsonSchema | undefined;
    const itemsB = b.items as JsonSchema | undefined;
    const items = itemsA && itemsB ? mergeInferred(itemsA, itemsB) : (itemsA ?? itemsB);
    return items ? { ...a, items } : a;
  }
  const union = [...new Set([...typesA, ...typesB])];
  if (union.includes('integer') && union.includes('number')) union.splice(union.indexOf('integer'), 1);
  if (union.length <= 1) return a;
  // Mixed shapes (object vs string…): keep the richer one and widen its type.
  const richer = hasType(a, 'object') || hasType(a, 'array') ? a : b;
  return { ...richer, type: union };
}

function typeList(schema: JsonSchema): string[] {
  const type = schema.type;
  return typeof type === 'string' ? [type] : Array.isArray(type) ? (type as string[]) : [];
}

function withNullType(schema: JsonSchema): JsonSchema {
  const types = typeList(schema);
  if (types.length === 0 || types.includes('null')) return schema;
  return { ...schema, type: [...types, 'null'] };
}

/** A schema that says nothing about what is inside: `{}`, `{"type": "object"}`, `{"type": "array"}` without items. */
export function isOpaqueSchema(schema: JsonSchema): boolean {
  if (isObject(schema.properties) && Object.keys(schema.properties).length > 0) return false;
  if (schema.items !== undefined || Array.isArray(schema.oneOf) || Array.isArray(schema.anyOf) || Array.isArray(schema.allOf)) return false;
  if (Array.isArray(schema.enum) || schema.const !== undefined) return false;
  const types = typeList(schema);
  return types.length === 0 || types.every((t) => t === 'object' || t === 'array' || t === 'null');
}

/**
 * A declared schema completed by one inferred from recorded responses: opaque nodes (an `items` of
 * `{"type": "object"}`) take the inferred subtree, properties only seen in responses are added, and
 * declared types win elsewhere. When the two disagree about the whole response (the tool declares an
 * envelope object, the recordings are a bare list) the recordings win: they are what the API returned.
 */
export function completeSchema(declared: JsonSchema, inferred: JsonSchema, depth = 0): JsonSchema {
  if (isOpaqueSchema(declared)) {
    return typeof declared.description === 'string' ? { ...inferred, description: declared.description } : inferred;
  }
  if (depth > MAX_FIELD_DEPTH) return declared;
  const declaredProps = isObject(declared.properties) ? (declared.properties as Record<string, JsonSchema>) : undefined;
  const inferredProps = isObject(inferred.properties) ? (inferred.properties as Record<string, JsonSchema>) : undefined;
  if (declaredProps && hasType(inferred, 'object') && inferredProps) {
    const shared = Object.keys(inferredProps).some((key) => key in declaredProps);
    if (depth === 0 && !shared && Object.keys(inferredProps).length > 0) return inferred;
    const properties: Record<string, JsonSchema> = {};
    for (const [key, schema] of Object.entries(declaredProps)) {
      const seen = inferredProps[key];
      properties[key] = seen && isObject(schema) ? completeSchema(schema, seen, depth + 1) : schema;
    }
    for (const [key, schema] of Object.entries(inferredProps)) if (!(key in properties)) properties[key] = schema;
    return { ...declared, properties };
  }
  if (hasType(declared, 'array') && hasType(inferred, 'array')) {
    const items = declared.items;
    const seenItems = inferred.items as JsonSchema | undefined;
    if (isObject(items) && seenItems) return { ...declared, items: completeSchema(items, seenItems, depth + 1) };
    return declared;
  }
  const shape = (s: JsonSchema) => (hasType(s, 'array') || s.items !== undefined ? 'array' : hasType(s, 'object') || s.properties !== undefined ? 'object' : 'other');
  if (depth === 0 && shape(declared) !== shape(inferred) && shape(inferred) !== 'other') return inferred;
  return declared;
}
