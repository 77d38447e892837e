/**
 * Ranges read in order: a result's or a call's reversed bounds (`from` > `to`, `start_date` > `end_date`,
 * `min_price` > `max_price`, `createdSince` > `createdUntil`, `priceMin` > `priceMax`) are swapped. Which keys
 * pair is src/text's one rule (any prefix, any spelling), the one the checker reads too.
 */
import { rangePartners, reversedPairs } from '../text/index.ts';

/** Ranges in a result read in order (`from` ≤ `to`, `start_date` ≤ `end_date`): reversed bounds are swapped, in place. */
export function orderRanges(value: unknown, depth = 0): unknown {
  if (!value || typeof value !== 'object' || depth > 8) return value;
  if (Array.isArray(value)) {
    for (const item of value) orderRanges(item, depth + 1);
    return value;
  }
  const obj = value as Record<string, unknown>;
  if (Object.keys(obj).some((k) => rangePartners(k).length > 0)) {
    for (const [low, high] of reversedPairs(obj)) {
      // A pair already swapped by another spelling of it stays swapped.
      if (reversedPairs({ [low]: obj[low], [high]: obj[high] }).length > 0) [obj[low], obj[high]] = [obj[high], obj[low]];
    }
  }
  for (const child of Object.values(obj)) orderRanges(child, depth + 1);
  return value;
}

/** Call arguments in order too (`startDate` ≤ `endDate`, `min_price` ≤ `max_price`): reversed pairs swapped in place. */
export function orderRangeValues(values: Map<string, unknown>): void {
  const obj = Object.fromEntries(values);
  orderRanges(obj);
  for (const [key, value] of Object.entries(obj)) values.set(key, value);
}
