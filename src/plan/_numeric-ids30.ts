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

const byCatalog = new WeakMap<object, Map<string, IdParamCounts>>();

const digits = (v: unknown): boolean => (typeof v === 'number' && Number.isInteger(v)) || (typeof v === 'string' && /^\d{1,12}$/.test(v));

/** How many id-named parameters an API has, how many are integer-typed, and how many are numbers or exemplified by digits. */
export interface IdParamCounts {
  all: number;
  integers: number;
  digits: number;
}

/** The id-named parameters of `op`'s API counted once per catalog (wave 22's and wave 30's tests read the same counts). */
export function idParamCounts(op: Operation, all: readonly { operation: Operation }[]): IdParamCounts {
  let byApi = byCatalog.get(all);
  if (!byApi) byCatalog.set(all, (byApi = new Map()));
  const known = byApi.get(op.api.name);
  if (known !== undefined) return known;
  const counts: IdParamCounts = { all: 0, integers: 0, digits: 0 };
  for (const { operation: other } of all) {
    if (other.api.name !== op.api.name) continue;
    for (const p of other.inputs) {
      if (!ID_NAME.test(lastNameWord(p.name))) continue;
      counts.all++;
      if (p.schema.type === 'integer') counts.integers++;
      if (p.schema.type === 'integer' || p.schema.type === 'number' || [p.example, p.default, p.schema.default, p.schema.example].some(digits)) counts.digits++;
    }
  }
  byApi.set(op.api.name, counts);
  return counts;
}

/** True when three at least of the API's id-named parameters, and twice as many as the others, are numbers or exemplified by digits. */
export function apiIdsDigits30(op: Operation, all: readonly { operation: Operation }[]): boolean {
  const { all: n, digits: nums } = idParamCounts(op, all);
  return nums >= 3 && nums >= (n - nums) * 2;
}
