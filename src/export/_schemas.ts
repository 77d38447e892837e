/** The published JSON Schemas (schemas/*.schema.json), compiled once with ajv. */
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

const SCHEMA_DIR = new URL('../../schemas/', import.meta.url);
/** The canonical record's schema; every export format names its own (see the format registry). */
export const DIALOGUE_SCHEMA = 'dialogue.schema.json';

let ajv: Ajv | undefined;
const byFile = new Map<string, ValidateFunction>();
const byObject = new WeakMap<object, ValidateFunction>();

/** One ajv holding every published schema, so `$ref`s between schema files resolve. */
function sharedAjv(): Ajv {
  if (ajv) return ajv;
  ajv = new Ajv({ allErrors: true, strict: false });
  const files = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.schema.json') && f !== 'config.schema.json');
  const schemas = files.map((file) => [file, JSON.parse(readFileSync(new URL(file, SCHEMA_DIR), 'utf8')) as { $id: string }] as const);
  for (const [, schema] of schemas) ajv.addSchema(schema);
  // Compiled after all are added: a schema's $ref may name one added after it.
  for (const [file, schema] of schemas) byFile.set(file, ajv.getSchema(schema.$id)!);
  return ajv;
}

/** A schema file in schemas/ (by name) or a schema object (a format registered from outside). */
function validatorOf(schema: string | object): ValidateFunction {
  const shared = sharedAjv();
  if (typeof schema === 'string') {
    const found = byFile.get(schema);
    if (!found) throw new Error(`no schema ${schema} in schemas/`);
    return found;
  }
  let compiled = byObject.get(schema);
  if (!compiled) byObject.set(schema, (compiled = shared.compile(schema)));
  return compiled;
}

const depth = (path: string): number => (path === '' ? 0 : path.split('/').length - 1);

/**
 * For a failed `oneOf` whose branches are told apart by a `const` (role, speaker, api_confirmed), keep
 * only the errors of the branch whose `const` matched: "tool message lacks tool_call_id" instead of
 * "role must be system / user / assistant".
 */
function pruneOneOf(errors: ErrorObject[]): ErrorObject[] {
  let kept = errors.filter((e) => e.keyword !== 'oneOf');
  for (const oneOf of errors.filter((e) => e.keyword === 'oneOf')) {
    const prefix = `${oneOf.schemaPath}/`;
    const branches = new Map<string, ErrorObject[]>();
    for (const e of kept) {
      if (!e.schemaPath.startsWith(prefix) || !e.instancePath.startsWith(oneOf.instancePath)) continue;
      const branch = e.schemaPath.slice(prefix.length).split('/')[0]!;
      branches.set(branch, [...(branches.get(branch) ?? []), e]);
    }
    const discriminated = (e: ErrorObject): boolean => e.keyword === 'const' && depth(e.instancePath) === depth(oneOf.instancePath) + 1;
    const matching = [...branches].filter(([, errs]) => !errs.some(discriminated));
    if (matching.length === 0 || matching.length === branches.size) continue;
    const drop = new Set([...branches].filter(([b]) => !matching.some(([m]) => m === b)).flatMap(([, errs]) => errs));
    kept = kept.filter((e) => !drop.has(e));
  }
  return kept.length > 0 ? kept : errors;
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
export function schemaProblems(schema: string | object, value: unknown): string[] {
  const validate = validatorOf(schema);
  if (validate(value)) return [];
  const errors = pruneOneOf(validate.errors ?? []);
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
