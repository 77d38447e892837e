/**
 * A batch read ("Get Several Albums", `getMultipleShows(ids)`) takes a list of ids: one record a lookup found is no
 * reason to call it (QUALITY.md J: "get several albums" answered with one album teaches the multi-get for one
 * item). A chain never feeds one found id into such a list; the user who wants several names them.
 */
import type { PlanOperation, PlanParam } from './_catalog-types.ts';
import { flatSchema, lastNameWord, nameWords, schemaType } from './_params.ts';

const SEVERAL = /\b(several|multiple|many|batch|bulk)\b/;
const cache = new WeakMap<PlanOperation, boolean>();

/** The operation reads several records at once, by its name or summary. */
function readsSeveral(op: PlanOperation): boolean {
  let found = cache.get(op);
  if (found === undefined) {
    found = SEVERAL.test(`${nameWords(op.operation.name)} ${(op.operation.summary ?? '').toLowerCase()}`);
    cache.set(op, found);
  }
  return found;
}

/** `ids`, `album_ids`, an array of ids: a parameter that lists the records to read. */
function listsIds(param: PlanParam): boolean {
  const word = lastNameWord(param.name);
  return word === 'ids' || word.endsWith('_ids') || (schemaType(flatSchema(param.schema)) === 'array' && /(^|_)id$/.test(word));
}

/** `param` of `target` is a batch read's list of ids, which one chained record's id cannot fill. */
export function batchIdList(target: PlanOperation, param: PlanParam): boolean {
  return listsIds(param) && readsSeveral(target);
}
