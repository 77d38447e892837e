/**
 * A limit a person gives is a round figure (QUALITY.md H): "the maximum price is 850", never 867.97. A request's
 * min/max bound (`maxPrice`, `min_price`, `priceMax`, `maximum_rent`) drawn for a request is rounded: a fraction to
 * a whole 5 (or a whole number under 10), a figure of 100 or more to 50 (1000 or more: 100). Counts and ages under
 * 100 stay as drawn. Results are not rounded (a price found is what it is).
 */
import type { JsonSchema } from '../specs/types.ts';
import { identifierWords } from '../text/index.ts';
import { memoized } from '../text/memo.ts';
import { clampNumber } from './_numbers.ts';

const BOUND_WORD = /^(min|max|minimum|maximum)$|^(min|max)(price|amount|cost|fare|rent|budget|salary|value|rate|income|spend|total)$|^(price|amount|cost|fare|rent|budget|salary)(min|max)$/;

/** The name is a request's lower or upper bound. */
export const isLimitName = memoized((name: string): boolean => identifierWords(name).some((w) => BOUND_WORD.test(w.toLowerCase())));

/** A drawn bound as a person says it: rounded, inside the schema's bounds; anything else unchanged. */
export function roundLimit(schema: JsonSchema, name: string, value: number, inResult: boolean | undefined): number {
  if (inResult || !Number.isFinite(value) || !isLimitName(name)) return value;
  const whole = Number.isInteger(value);
  if (whole && Math.abs(value) < 100) return value;
  const step = Math.abs(value) >= 1000 ? 100 : Math.abs(value) >= 100 ? 50 : Math.abs(value) >= 10 ? 5 : 1;
  const rounded = Math.round(value / step) * step;
  if (rounded === 0) return value;
  const clamped = clampNumber(schema, rounded, true);
  return clamped === rounded ? rounded : value;
}
