/** The published JSON Schemas (schemas/*.schema.json), compiled once with ajv. */
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

const SCHEMA_DIR = new URL('../../schemas/', import.meta.url);
export const SCHEMA_FILES = {
  dialogue: 'dialogue.schema.json',
  openai: 'export-openai.schema.json',
  hf: 'export-hf.schema.json',
  sharegpt: 'export-sharegpt.schema.json',
  tooldial: 'export-tooldial.schema.json',
  'tooldial-apis': 'export-tooldial-apis.schema.json',
  eval: 'export-eval.schema.json',
  'pref-openai': 'export-pref-openai.schema.json',
  'pref-trl': 'export-pref-trl.schema.json',
  csv: 'export-csv.schema.json',
} as const;
export type SchemaName = keyof typeof SCHEMA_FILES;

let compiled: Map<SchemaName, ValidateFunction> | undefined;

function validators(): Map<SchemaName, ValidateFunction> {
  if (compiled) return compiled;
  const ajv = new Ajv({ allErrors: true, strict: false });
  const schemas = Object.entries(SCHEMA_FILES).map(([name, file]) => [name, JSON.parse(readFileSync(new URL(file, SCHEMA_DIR), 'utf8')) as { $id: string }] as const);
  for (const [, schema] of schemas) ajv.addSchema(schema);
  compiled = new Map(schemas.map(([name, schema]) => [name as SchemaName, ajv.getSchema(schema.$id)!]));
  return compiled;
}

function describe(error: ErrorObject): string {
  const at = error.instancePath || '/';
  if (error.keyword === 'additionalProperties') return `${at}: unexpected property "${(error.params as { additionalProperty: string }).additionalProperty}"`;
  if (error.keyword === 'const') return `${at}: must be ${JSON.stringify((error.params as { allowedValue: unknown }).allowedValue)}`;
  if (error.keyword === 'enum') return `${at}: must be one of ${JSON.stringify((error.params as { allowedValues: unknown }).allowedValues)}`;
  return `${at}: ${error.message ?? error.keyword}`;
}

/**
 * Schema problems of one value, most specific first. `oneOf` failures are reported through the
 * branch errors that ajv collected (the deepest path names the real culprit).
 */
export function schemaProblems(name: SchemaName, value: unknown): string[] {
  const validate = validators().get(name)!;
  if (validate(value)) return [];
  const errors = validate.errors ?? [];
  const deepest = Math.max(...errors.map((e) => e.instancePath.split('/').length));
  const specific = errors.filter((e) => e.instancePath.split('/').length === deepest && e.keyword !== 'oneOf');
  const chosen = specific.length > 0 ? specific : errors;
  return [...new Set(chosen.map(describe))].slice(0, 3);
}

const parameterAjv = new Ajv({ strict: false, validateFormats: false, allErrors: false });
const parameterCache = new Map<string, string | null>();

/** Why a tool's `parameters` is not a usable JSON Schema, or null when it compiles. */
export function parameterSchemaProblem(schema: unknown): string | null {
  const key = JSON.stringify(schema);
  const cached = parameterCache.get(key);
  if (cached !== undefined) return cached;
  let problem: string | null = null;
  try {
    parameterAjv.compile(schema as object);
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
  }
  if (parameterCache.size > 5000) parameterCache.clear();
  parameterCache.set(key, problem);
  return problem;
}
