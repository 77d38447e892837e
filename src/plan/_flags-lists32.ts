/**
 * A record's flags about time agree with its own dates (QUALITY.md E): a closure flagged `future: true` starts
 * after today, never on a date of last year; `expired: false` has not ended; `active` lies between its start and
 * its end. Flags and dates are drawn one by one, so the flag follows the dates (a chain reads dates, not flags).
 * Fixed keys (pinned, echoed) never change; a flag with no date to agree with is left as drawn.
 */
import { snakeKey as words } from '../text/key-words-speed28.ts';
import { REFERENCE_DATE } from '../world/index.ts';

const FUTURE = /^(is_)?(future|upcoming|in_future)$/;
const PAST = /^(is_)?(past|expired|ended|finished|over)$/;
const ACTIVE = /^(is_)?(active|ongoing|current|in_progress|running)$/;
const START = /(^|_)(start|starts|start_timestamp|start_date|start_time|starts_at|started_at|begin|begins_at|valid_from|effective_from)$/;
const END = /(^|_)(end|ends|end_timestamp|end_date|end_time|ends_at|ended_at|expires|expires_at|expiry|expiry_date|expiration|expiration_date|valid_to|valid_until|effective_to)$/;
const ISO = /^\d{4}-\d{2}-\d{2}/;
const NOW = Date.parse(`${REFERENCE_DATE}T12:00:00Z`);

/** A flag's value in the form it was drawn in (a boolean, or "true"/"false" as text). */
const asFlag = (drawn: unknown, value: boolean): unknown => (typeof drawn === 'string' ? String(value) : value);
const isFlag = (v: unknown): boolean => typeof v === 'boolean' || v === 'true' || v === 'false';

const pastOf = (t: number | undefined): boolean | undefined => (t === undefined ? undefined : t < NOW);

/** Sets the record's future/past/active flags from its start and end dates. */
export function flagsOfDates32(record: Record<string, unknown>, fixed: readonly string[]): void {
  let flags: string[] | undefined;
  for (const key of Object.keys(record)) {
    if (!isFlag(record[key]) || fixed.includes(key)) continue;
    const w = words(key);
    if (FUTURE.test(w) || PAST.test(w) || ACTIVE.test(w)) (flags ??= []).push(key);
  }
  if (flags === undefined) return;
  const time = (test: RegExp): number | undefined => {
    for (const [key, value] of Object.entries(record)) {
      if (typeof value !== 'string' || !ISO.test(value) || !test.test(words(key))) continue;
      const t = Date.parse(value);
      if (Number.isFinite(t)) return t;
    }
    return undefined;
  };
  const start = time(START);
  const end = time(END);
  // A past event is one that started before today; what ended or expired is judged by its end alone.
  for (const key of flags) {
    const w = words(key);
    const value = FUTURE.test(w)
      ? start === undefined ? undefined : start > NOW
      : PAST.test(w)
        ? pastOf(/past$/.test(w) ? end ?? start : end)
        : start === undefined || end === undefined ? undefined : start <= NOW && NOW <= end;
    if (value !== undefined) record[key] = asFlag(record[key], value);
  }
}
