/**
 * The range a number's description documents ("A confidence measure from 0.0 to 1.0", "Values typically range
 * between -60 and 0 db", "Major is represented by 1 and minor is 0"): shared by the mock (which draws inside it)
 * and the checker (which rejects a value outside it). Neither owns it.
 */
import { memoized } from './memo.ts';

const NUM = String.raw`(-?\d+(?:\.\d+)?)`;
/** "from 0.0 to 1.0", "ranges from 3 to 7", "on a scale of 1 to 10", "between -60 and 0". */
const SPAN = new RegExp(String.raw`\b(?:from|scale of|range of|ranges? (?:from )?)\s*${NUM}\s*(?:to|-|–)\s*${NUM}(?![\d.]*\s*%)|\bbetween\s+${NUM}\s+and\s+${NUM}`, 'gi');
/** "Minimum: 1. Maximum: 50", "min 0, max 100", "Min Value: 1" (a unit after the number is no bound: "min 5 characters"). */
const LOWEST = new RegExp(String.raw`\b(?:minimum|min)(?: value)?(?: is)?:?\s*${NUM}(?!\d|\.\d|[ \t]*(%|[a-z]))`, 'i');
const HIGHEST = new RegExp(String.raw`\b(?:maximum|max)(?: value)?(?: is)?:?\s*${NUM}(?!\d|\.\d|[ \t]*(%|[a-z]))`, 'i');
const NUMBERS = /-?\d+(?:\.\d+)?/g;
/** A value given as a code ("Major is represented by 1 and minor is 0", "1 means major, 0 means minor"). */
const CODED = /\b(?:represented by|is represented as|denoted by)\s+(-?\d+)\b|\b(?:is|by)\s+(-?\d+)\s*[.,;]|\b(-?\d+)\s+(?:means|indicates|represents|stands for)\b/gi;

export type DescribedRange = { min: number; max: number; values?: readonly number[] };

/**
 * The range a description documents for its number, or undefined. A description whose every number lies in
 * 0..1 and that names 0.0 or 1.0 is on a 0..1 scale (its "between 0.33 and 0.66" is a band inside it); else
 * the widest "from a to b" / "between a and b" it states; an integer coded by a few values takes those values.
 */
export const describedRange = memoized((description: string): DescribedRange | undefined => {
  if (description === '' || !/\d/.test(description)) return undefined;
  // Markdown emphasis is no part of a number ("**Max Value: *114***").
  const text = description.replace(/\[[^\]]*\]\([^)]*\)/g, ' ').replace(/https?:\/\/\S+/g, ' ').replace(/[*_`]+/g, '');
  const numbers = (text.match(NUMBERS) ?? []).map(Number);
  if (numbers.length === 0) return undefined;
  if (/\b[01]\.0\b/.test(text) && numbers.every((n) => n >= 0 && n <= 1) && !/%|percent/i.test(text)) return { min: 0, max: 1 };
  let min = Infinity;
  let max = -Infinity;
  SPAN.lastIndex = 0;
  for (let m = SPAN.exec(text); m !== null; m = SPAN.exec(text)) {
    const a = Number(m[1] ?? m[3]);
    const b = Number(m[2] ?? m[4]);
    // "from 2010 to 2020" is a span of years; "from 1 to 5 stars" a scale: both bound the value. A reversed pair is no range.
    if (!(a < b)) continue;
    min = Math.min(min, a);
    max = Math.max(max, b);
  }
  if (min < max) return { min, max };
  const lowest = LOWEST.exec(text);
  const highest = HIGHEST.exec(text);
  if (lowest && highest && Number(lowest[1]) < Number(highest[1])) return { min: Number(lowest[1]), max: Number(highest[1]) };
  const coded = new Set<number>();
  CODED.lastIndex = 0;
  for (let m = CODED.exec(text); m !== null; m = CODED.exec(text)) coded.add(Number(m[1] ?? m[2] ?? m[3]));
  if (coded.size >= 2 && /\b(represented|means|indicates|denoted|stands for)\b/i.test(text)) {
    const values = [...coded].sort((x, y) => x - y);
    return { min: values[0]!, max: values[values.length - 1]!, values };
  }
  return undefined;
});
