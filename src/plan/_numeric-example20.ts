/**
 * A value the spec exemplifies as a number written as a string (`month` default "8", `day` "15") is a number:
 * never the month's name "September" that the API cannot read (QUALITY.md E). Calendar parts keep their range.
 */
import type { Rng } from '../random/index.ts';

const WHOLE = /^\d{1,4}$/;
const RANGES: ReadonlyArray<[RegExp, number, number]> = [
  [/(^|_)months?$/, 1, 12],
  [/(^|_)(day|day_of_month|dom)$/, 1, 28],
  [/(^|_)(week|week_num|week_number)$/, 1, 52],
  [/(^|_)(hour|hours)$/, 0, 23],
  [/(^|_)(quarter|qtr)$/, 1, 4],
  [/(^|_)(weekday|day_of_week|dow)$/, 1, 7],
];

/** A number like the example when a word was drawn for a field whose examples are all whole numbers; else undefined. */
export function numberLikeExample(candidate: string, examples: readonly unknown[], words: string, rng: Rng, inResult = false): string | undefined {
  // Only a plain word ("September") is replaced: a link or a code beside a numeric example ("icon": 123) stays.
  if (!/^[\p{L} ]+$/u.test(candidate.trim())) return undefined;
  const range = RANGES.find(([test]) => test.test(words));
  // A result field's other words stay unless it is a calendar part; a parameter is sent as the API reads it.
  if (inResult && range === undefined) return undefined;
  const shown = examples.filter((v) => v !== '');
  if (shown.length === 0 || !shown.every((v) => (typeof v === 'string' && WHOLE.test(v.trim())) || (typeof v === 'number' && Number.isInteger(v)))) return undefined;
  if (range) return String(rng.int(range[1], range[2]));
  const example = Number(shown[0]);
  return String(rng.int(Math.max(0, Math.floor(example / 2)), Math.max(1, example * 2)));
}
