/**
 * Result ids of an API whose id parameters say they are numbers (QUALITY.md E), wave 30: Steam types its `appId`
 * as a number with the default "730", so a search hit's `id` is digits, never "AYpEHfRv". _numeric-ids22.ts counted
 * only integer-typed parameters; here a number type or a digits-only example or default counts too. Only result
 * fields use this (argument values keep wave 22's test: a user's words are never redrawn as digits).
 */
import type { Operation } from '../specs/types.ts';
import { lastNameWord } from './_params.ts';

const ID_NAME = /(^|_)id$/;
/** An id of another scheme (an IMDb "tt0111161", a UUID) keeps its own shape. */
export const OTHER_ID_SCHEME30 = /(^|_)(imdb|tconst|nconst|uuid|guid|isbn|asin|sku|spotify|youtube|channel|video|playlist|place|google)_/;

const byCatalog = new WeakMap<object, Map<string, boolean>>();

const digits = (v: unknown): boolean => (typeof v === 'number' && Number.isInteger(v)) || (typeof v === 'string' && /^\d{1,12}$/.test(v));

/** True when three at least of the API's id-named parameters, and twice as many as the others, are numbers or exemplified by digits. */
export function apiIdsDigits30(op: Operation, all: readonly { operation: Operation }[]): boolean {
  let byApi = byCatalog.get(all);
  if (!byApi) byCatalog.set(all, (byApi = new Map()));
  const known = byApi.get(op.api.name);
  if (known !== undefined) return known;
  let nums = 0;
  let others = 0;
  for (const { operation: other } of all) {
    if (other.api.name !== op.api.name) continue;
    for (const p of other.inputs) {
      if (!ID_NAME.test(lastNameWord(p.name))) continue;
      if (p.schema.type === 'integer' || p.schema.type === 'number' || [p.example, p.default, p.schema.default, p.schema.example].some(digits)) nums++;
      else others++;
    }
  }
  const numeric = nums >= 3 && nums >= others * 2;
  byApi.set(op.api.name, numeric);
  return numeric;
}
