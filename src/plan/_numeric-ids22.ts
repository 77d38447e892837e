/**
 * An API whose ids are numbers gives them as digits everywhere (QUALITY.md E), wave 22: Jira types its `id`
 * parameters as integers, so a worklog's `id` in a result the spec leaves untyped is "10482", never "Ee5195UUFn".
 * An API counts as numeric when a third at least of its id-named parameters (`id`, `worklogId`) are integers.
 */
import type { Operation } from '../specs/types.ts';
import type { ResultField } from './_result.ts';
import { lastNameWord } from './_params.ts';
import { apiIdsDigits30, idParamCounts, OTHER_ID_SCHEME30 } from './_numeric-ids30.ts';

const ID_NAME = /(^|_)id$/;
/** A template id: five digits, redrawn per value (the example itself is never returned, _id-values22.ts). */
const NUMERIC_EXAMPLE = '10482';

/** True when most id-named parameters of `op`'s API (three at least, a third at least) are integers, cached per API. */
export function apiIdsNumeric(op: Operation, all: readonly { operation: Operation }[]): boolean {
  const { all: n, integers } = idParamCounts(op, all);
  // Jira types half its ids as integers and the other half as strings that hold the same numbers.
  return integers >= 3 && integers * 2 >= n - integers;
}

/** The result fields of a numeric-id API, where an untyped or string id with no pattern or example of its own is drawn as digits. */
export function withNumericIds(outputs: readonly ResultField[], op: Operation, all: readonly { operation: Operation }[]): readonly ResultField[] {
  const wave22 = apiIdsNumeric(op, all);
  if (!wave22 && !apiIdsDigits30(op, all)) return outputs;
  return outputs.map((field) => {
    const type = field.schema.type;
    if ((type !== undefined && type !== 'string') || typeof field.schema.pattern === 'string' || field.example !== undefined || field.schema.example !== undefined || typeof field.schema.format === 'string') return field;
    const last = field.path.replace(/\[\]/g, '').split('.').pop() ?? '';
    return ID_NAME.test(lastNameWord(last)) && (wave22 || !OTHER_ID_SCHEME30.test(lastNameWord(last))) ? { ...field, example: NUMERIC_EXAMPLE } : field;
  });
}
