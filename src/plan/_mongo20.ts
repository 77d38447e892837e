/**
 * MongoDB extended JSON in recorded results (`{"start": {"$date": {"$numberLong": "1654732800000"}}}`,
 * `{"weekNum": {"$numberInt": "23"}}`): the wrapper key has no meaning of its own, the field around it does.
 * A `$numberLong` under `$date` is epoch milliseconds (never a longitude), a `$numberInt` under `weekNum` a
 * week number; a record's start/end dates are in order and its week number is the start's ISO week.
 */
import type { JsonSchema } from '../specs/types.ts';
import type { Rng } from '../random/index.ts';
import { REFERENCE_DATE } from '../world/index.ts';

export const MONGO_KEY = /^\$(numberInt|numberLong|numberDouble|numberDecimal|date)$/;
const DAY = 86_400_000;

/** Path parts without the wrappers: `start.$date.$numberLong` is named as `start`. */
export function unwrapped(parts: readonly string[]): string[] {
  return parts.some((p) => MONGO_KEY.test(p)) ? parts.filter((p) => !MONGO_KEY.test(p)) : [...parts];
}

/** A day in the year the call asked for, or within two months of the reference date. */
function dayMs(rng: Rng, args: Readonly<Record<string, unknown>>): number {
  const year = Number(args.year ?? args.season);
  if (Number.isInteger(year) && year >= 1950 && year <= 2100) return Date.UTC(year, 0, 1) + rng.int(0, 360) * DAY;
  return Date.parse(`${REFERENCE_DATE}T00:00:00Z`) + rng.int(-60, 60) * DAY;
}

/**
 * The value of a wrapper leaf, or undefined when the pattern is none: `number` draws a number for the
 * field the wrapper stands in (its name is already the outer field's).
 */
export function mongoLeaf(pattern: string, schema: JsonSchema, rng: Rng, args: Readonly<Record<string, unknown>>, number: (integer: boolean) => unknown): unknown {
  const parts = pattern.replace(/\[\]/g, '').split('.');
  const last = parts[parts.length - 1] ?? '';
  if (!MONGO_KEY.test(last)) return undefined;
  const asString = schema.type === 'string' || (Array.isArray(schema.type) && schema.type.includes('string'));
  if (last === '$date' || parts[parts.length - 2] === '$date') {
    const ms = dayMs(rng, args);
    return last === '$date' ? (asString ? new Date(ms).toISOString() : ms) : asString ? String(ms) : ms;
  }
  const value = number(last !== '$numberDouble' && last !== '$numberDecimal');
  return asString ? String(value) : value;
}

function millis(value: unknown): number | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const inner = (value as Record<string, unknown>).$date;
  const raw = inner && typeof inner === 'object' ? (inner as Record<string, unknown>).$numberLong : inner;
  const ms = typeof raw === 'number' ? raw : typeof raw === 'string' ? (/^\d{9,}$/.test(raw) ? Number(raw) : Date.parse(raw)) : NaN;
  return Number.isFinite(ms) ? ms : undefined;
}

function withMillis(value: unknown, ms: number): void {
  const holder = value as Record<string, unknown>;
  const inner = holder.$date;
  if (inner && typeof inner === 'object') {
    const old = (inner as Record<string, unknown>).$numberLong;
    (inner as Record<string, unknown>).$numberLong = typeof old === 'number' ? ms : String(ms);
  } else holder.$date = typeof inner === 'number' ? ms : new Date(ms).toISOString();
}

/** ISO 8601 week of a day. */
export function isoWeek(ms: number): number {
  const d = new Date(ms);
  const day = (d.getUTCDay() + 6) % 7; // Monday 0
  const thursday = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day + 3);
  const firstThursday = new Date(Date.UTC(new Date(thursday).getUTCFullYear(), 0, 4));
  const first = firstThursday.getTime() - ((firstThursday.getUTCDay() + 6) % 7) * DAY;
  return 1 + Math.round((thursday - first) / (7 * DAY));
}

const WEEK_KEY = /^(week_?num|week_?number|week)$/i;

/** A record with wrapped start/end dates: the end a few days after the start, the week number the start's week. */
export function settleMongoDates(record: Record<string, unknown>): void {
  const start = millis(record.start);
  if (start === undefined) return;
  const end = millis(record.end);
  if (end !== undefined && (end < start || end - start > 6 * DAY)) withMillis(record.end, start + 3 * DAY);
  for (const [key, value] of Object.entries(record)) {
    if (!WEEK_KEY.test(key)) continue;
    const week = isoWeek(start);
    if (value && typeof value === 'object') {
      const holder = value as Record<string, unknown>;
      for (const k of Object.keys(holder)) if (/^\$number/.test(k)) holder[k] = typeof holder[k] === 'number' ? week : String(week);
    } else record[key] = typeof value === 'number' ? week : String(week);
  }
}
