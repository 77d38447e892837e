/**
 * Date windows a spec documents in words: "between 14 days and 300 days from today in the future", "up to 10 days
 * ahead", "upcoming", "historical", "in the past". One reading for the planner (which draws dates inside) and the
 * checker (which rejects a date outside). Days count from the dialogue's today; `to` ≥ `from`.
 */
import { memoized } from './memo.ts';

export interface DayWindow {
  from: number;
  to: number;
}

const FUTURE = /\b(future|upcoming|ahead|in advance|from (today|now) (on|onwards))\b/;
const PAST = /\b(past|historical|history|previous|ago|already happened)\b/;
const BETWEEN = /between\s+(\d{1,3})\s*(?:days?)?\s*(?:and|to|-|–)\s*(\d{1,3})\s*days?/;
const UP_TO = /\b(?:up to|within|next|upto|max(?:imum)?(?: of)?)\s+(\d{1,3})\s*days?/;

/** The window a text documents for a date, if it documents one (both future and past words: none). */
export const documentedWindow = memoized((raw: string): DayWindow | undefined => {
  const text = raw.toLowerCase();
  const future = FUTURE.test(text);
  const past = PAST.test(text);
  if (future === past) return undefined;
  if (future) {
    const between = BETWEEN.exec(text);
    if (between) {
      const a = Number(between[1]);
      const b = Number(between[2]);
      return { from: Math.min(a, b), to: Math.max(a, b) };
    }
    const upTo = UP_TO.exec(text);
    return upTo ? { from: 0, to: Math.max(1, Number(upTo[1])) } : { from: 1, to: 365 };
  }
  const upTo = UP_TO.exec(text);
  return upTo ? { from: -Math.max(1, Number(upTo[1])), to: -1 } : { from: -3650, to: -1 };
});

/** Whole days from `today` (YYYY-MM-DD) to a date's day; undefined for what is no date. */
export function daysFrom(today: string, value: unknown): number | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined;
  const t = Date.parse(`${value.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? undefined : Math.round((t - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
