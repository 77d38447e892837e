/** Readable problems of a value against a published JSON Schema (the validators come from src/schemas). */
import type { ErrorObject } from '../schemas/index.ts';
import { publishedValidator as validatorOf, sharedAjv } from '../schemas/index.ts';

export { DIALOGUE_SCHEMA } from '../schemas/index.ts';

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

const parameterCache = new Map<string, string | null>();

/** Why a tool's `parameters` is not a usable JSON Schema, or null when it compiles. */
export function parameterSchemaProblem(schema: unknown): string | null {
  const key = JSON.stringify(schema);
  const cached = parameterCache.get(key);
  if (cached !== undefined) return cached;
  let problem: string | null = null;
  try {
    sharedAjv('compile').compile(schema as object);
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
  }
  if (parameterCache.size > 5000) parameterCache.clear();
  parameterCache.set(key, problem);
  return problem;
}
