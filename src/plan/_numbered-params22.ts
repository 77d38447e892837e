/**
 * Parameters whose values are numbers written as text (QUALITY.md E), wave 22. GWELLS names a well by its tag
 * number: `/wells/{tag}/files` takes a string `tag` where the API's other operations type `well_tag_number` as an
 * integer, so the user says "the tag is 12035", never "wTh7uAJdwFnn". Likewise the string ids of an API that types
 * its ids as integers elsewhere (Jira). Such a parameter is given a numeric example, a shape the value is drawn in
 * (never said as itself, _id-values22.ts); the record's tool schema is left as the spec wrote it.
 */
import type { PlanOperation, PlanParam } from './_catalog-types.ts';
import type { JsonSchema } from '../specs/types.ts';
import { lastNameWord } from './_params.ts';

const ID_NAME = /(^|_)id$/;
const NUMERIC_EXAMPLE = '10482';

/** Integer-typed names of each API (`well_tag_number`) and whether a third at least of its id parameters are integers. */
function apiNumbers(operations: readonly PlanOperation[]): Map<string, { names: Set<string>; numericIds: boolean }> {
  const byApi = new Map<string, { names: Set<string>; ints: number; others: number }>();
  for (const { operation: op } of operations) {
    let api = byApi.get(op.api.name);
    if (!api) byApi.set(op.api.name, (api = { names: new Set(), ints: 0, others: 0 }));
    for (const p of op.inputs) {
      const words = lastNameWord(p.name);
      if (p.schema.type === 'integer') api.names.add(words);
      if (ID_NAME.test(words)) p.schema.type === 'integer' ? api.ints++ : api.others++;
    }
    for (const f of op.outputs) if (f.schema.type === 'integer') api.names.add(lastNameWord(f.path.split('.').pop()?.replace(/\[\]/g, '') ?? ''));
  }
  return new Map([...byApi].map(([name, a]) => [name, { names: a.names, numericIds: a.ints >= 3 && a.ints * 2 >= a.others }]));
}

/** True when the API types `<name>_number` or `…_<name>_number` as an integer (`tag` beside `well_tag_number`). */
const numberNamed = (names: ReadonlySet<string>, words: string): boolean => {
  for (const n of names) if (n === `${words}_number` || n.endsWith(`_${words}_number`)) return true;
  return false;
};

/** Gives numeric examples to the string parameters that hold numbers; the operations are changed in place. */
export function numberParams(operations: readonly PlanOperation[]): void {
  const apis = apiNumbers(operations);
  for (const op of operations) {
    const api = apis.get(op.operation.api.name);
    if (!api) continue;
    for (const p of op.params) {
      const s = p.schema;
      if ((s.type !== undefined && s.type !== 'string') || p.example !== undefined || s.example !== undefined || typeof s.pattern === 'string' || typeof s.format === 'string' || p.enum !== undefined || Array.isArray(s.enum)) continue;
      const words = lastNameWord(p.name);
      if ((api.numericIds && ID_NAME.test(words)) || (!ID_NAME.test(words) && numberNamed(api.names, words))) p.example = NUMERIC_EXAMPLE;
    }
  }
}

/**
 * A value drawn for `p`: where `p` is text and its id's twin an integer (GWELLS' `/wells/{tag}` beside
 * `/wells/{well_tag_number}`), the well's number written as text; else a value of `p`'s own schema.
 */
export function drawnFor(p: PlanParam, twin: PlanParam | undefined, draw: (schema: JsonSchema) => unknown): unknown {
  const numbered = twin !== undefined && twin.schema.type === 'integer' && (p.schema.type ?? 'string') === 'string';
  const value = draw(numbered ? twin.schema : p.schema);
  return numbered && typeof value === 'number' ? String(value) : value;
}
