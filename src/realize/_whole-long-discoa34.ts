/**
 * A nameless list of 6 to 12 short items said whole (QUALITY.md F), wave 34: "8 results: March 16–19, 2000, 4 days;
 * April 21–24, 2000, 4 days; …", never "I see 8 results. Looking at the first, the start date is March 16, 2000 …" —
 * one long weekend of the eight the user asked for. Said only when each item is a few words (a span and a count);
 * twelve items of two long facts would be a wall of text, and those keep their summary.
 */
import { wholeList } from './_response-whole.ts';

type FactsOf = Parameters<typeof wholeList>[2];

const MIN_ITEMS = 6;
const MAX_ITEMS = 12;
/** The most characters an item may take in the reply, on average ("September 21–24, 2025, 4 days; " is 32). */
const PER_ITEM = 40;

export function longWholeList34(count: string, items: readonly unknown[], factsOf: FactsOf): string | undefined {
  if (items.length < MIN_ITEMS || items.length > MAX_ITEMS) return undefined;
  const whole = wholeList(count, items, factsOf);
  if (whole === undefined || whole.length - count.length > PER_ITEM * items.length) return undefined;
  return whole;
}
