/**
 * Call arguments that plainly fit a flat parameters schema (typed scalars, required names, number bounds, scalar
 * enums), told without compiling the schema: compiling a validator per operation costs more than checking most
 * dialogues. `true` only when the schema validator would accept the arguments too; anything else (a format, a
 * pattern, a nested schema, a value on an edge) answers `false`, and the validator decides.
 */
import type { JsonSchema } from '../specs/types.ts';

/** Property keywords the validator ignores here (annotations, and `default` without useDefaults). */
const ANNOTATIONS = new Set(['description', 'title', 'example', 'examples', 'default']);
const SCALAR_TYPES = new Set(['string', 'number', 'integer', 'boolean']);

type PropertyTest = (value: unknown) => boolean;

/** A flat schema's tests by property, or null when it is not flat; kept per schema object (operations recur). */
const testsBySchema = new WeakMap<object, { required: string[]; tests: Map<string, PropertyTest> } | null>();

function propertyTest(schema: unknown): PropertyTest | null {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return null;
  const s = schema as Record<string, unknown>;
  let min: number | undefined;
  let max: number | undefined;
  let choices: unknown[] | undefined;
  for (const [k, v] of Object.entries(s)) {
    if (k === 'type' || ANNOTATIONS.has(k) || k.startsWith('x-')) continue;
    if (k === 'minimum' && typeof v === 'number' && Number.isFinite(v)) min = v;
    else if (k === 'maximum' && typeof v === 'number' && Number.isFinite(v)) max = v;
    else if (k === 'enum' && Array.isArray(v) && v.every((c) => c === null || ['string', 'boolean'].includes(typeof c) || (typeof c === 'number' && Number.isFinite(c)))) choices = v;
    else return null;
  }
  const type = s.type;
  if (typeof type !== 'string' || !SCALAR_TYPES.has(type)) return null;
  if ((min !== undefined || max !== undefined) && type !== 'number' && type !== 'integer') return null;
  return (value) => {
    if (type === 'string' ? typeof value !== 'string' : type === 'boolean' ? typeof value !== 'boolean' : !(typeof value === 'number' && Number.isFinite(value) && (type === 'number' || Number.isInteger(value)))) return false;
    if (min !== undefined && (value as number) < min) return false;
    if (max !== undefined && (value as number) > max) return false;
    return choices === undefined || choices.includes(value);
  };
}

function flatTests(schema: JsonSchema): { required: string[]; tests: Map<string, PropertyTest> } | null {
  const s = schema as Record<string, unknown>;
  for (const k of Object.keys(s)) if (k !== 'type' && k !== 'properties' && k !== 'required') return null;
  if (s.type !== 'object' || !s.properties || typeof s.properties !== 'object' || Array.isArray(s.properties)) return null;
  const required = s.required ?? [];
  if (!Array.isArray(required) || !required.every((r) => typeof r === 'string')) return null;
  const tests = new Map<string, PropertyTest>();
  for (const [name, property] of Object.entries(s.properties as Record<string, unknown>)) {
    // A name an object inherits ("toString") reads as present on every object: left to the validator.
    if (name in Object.prototype) return null;
    const test = propertyTest(property);
    if (!test) return null;
    tests.set(name, test);
  }
  return { required: required as string[], tests };
}

/** Do these arguments plainly fit this flat schema (so its validator would accept them)? */
export function plainlyValid(schema: JsonSchema, args: unknown): boolean {
  if (!schema || typeof schema !== 'object') return false;
  let flat = testsBySchema.get(schema);
  if (flat === undefined) {
    flat = flatTests(schema);
    testsBySchema.set(schema, flat);
  }
  if (!flat || !args || typeof args !== 'object' || Array.isArray(args)) return false;
  const a = args as Record<string, unknown>;
  for (const name of flat.required) if (!Object.hasOwn(a, name) || a[name] === undefined) return false;
  for (const [name, test] of flat.tests) {
    if (!Object.hasOwn(a, name)) continue;
    const value = a[name];
    if (value !== undefined && !test(value)) return false;
  }
  return true;
}
