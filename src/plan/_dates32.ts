/**
 * The dates of one record agree (QUALITY.md E), wave 32:
 * - a send time or schedule a call sets (`send_at`, `scheduled_at`, `publish_at`) lies ahead of the reference
 *   date: no email rescheduled to two years ago, reported as done;
 * - the record a create returns was made on the reference date;
 * - within one record nothing happened to it before it was made: `updated`, `verified_at`, `sent_at`,
 *   `last_tested_at`, a DKIM check's `valid_after` are on or after its `created_at` (its nested objects are
 *   the same record; a list's items are records of their own).
 * Values the call sent or the chain reads stay as they are.
 */
import { REFERENCE_DATE } from '../world/index.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

type Json = Record<string, unknown>;

const DAY = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}([T ]|$)/;
const isDate = (v: unknown): v is string => typeof v === 'string' && DATE.test(v) && !Number.isNaN(Date.parse(v.slice(0, 10)));

function hashOf(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

const dayAfter = (day: string, days: number): string => new Date(Date.parse(`${day.slice(0, 10)}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** An argument that says when something will be sent, published or run. */
const SCHEDULE = /(^|_)(send_at|send_time|send_on|send_date|scheduled|schedule|publish_at|publish_on|deliver_at|deliver_on|remind_at|reminder_at|reminder_time|run_at|post_at|go_live_at)(_|$)/;
/** A filter's bound (`scheduled_before`) is no schedule. */
const BOUND = /(^|_)(before|after|from|to|since|until|min|max|gte|lte|gt|lt|start|end)$/;

/**
 * A send or schedule time a create, update or action sets, dated on or before the reference date, moves ahead
 * (1 to 45 days, its time of day kept, the same for the same date); true when one moved. In place.
 */
export function aheadSchedules32(operation: { effect?: string }, values: Map<string, unknown>): boolean {
  if (operation.effect === 'read' || operation.effect === 'delete' || operation.effect === undefined) return false;
  let moved = false;
  for (const [name, value] of values) {
    if (!isDate(value) || value.slice(0, 10) > REFERENCE_DATE) continue;
    const k = snakeKey(name);
    if (!SCHEDULE.test(k) || BOUND.test(k)) continue;
    values.set(name, `${dayAfter(REFERENCE_DATE, 1 + (hashOf(value) % 45))}${value.slice(10)}`);
    moved = true;
  }
  return moved;
}

/** The moment a record was made. */
const CREATED = /^(created|created_at|date_created|creation_date|created_on|created_date|created_time|createdat|inserted_at|date_added|added_at)$/;
/** What happens to a record once it exists: changes, checks, sending, closing. */
const EVENT = /(^|_)(updated|modified|verified|validated|valid_(after|from|since)|sent|send_at|scheduled|first_sent|last_(tested|sent|login|seen|used|active|modified|updated|run|checked|synced|activity|opened|clicked)|published|activated|confirmed|approved|completed|closed|resolved|delivered|opened|clicked|deleted|cancell?ed|archived|processed|expires?|expiry|expiration|expires_at|renewed|tested)(_|$)/;
/** Events that lie ahead of a record (a send time, an expiry) may be after the reference date; the others not. */
const AHEAD = /(^|_)(send_at|scheduled|expires?|expiry|expiration)(_|$)/;

/** A record's and its nested objects' event dates on or after its creation, in place (see the file comment). */
export function settleRecordDates32(result: unknown, args: Readonly<Json>, effect: string, pinned: ReadonlySet<string>): void {
  if (result === null || typeof result !== 'object') return;
  const sent = new Set(Object.values(args).filter((v): v is string => typeof v === 'string'));
  if (effect === 'create' && !Array.isArray(result)) madeNow(result as Json, sent, pinned);
  visit(result, undefined, sent, pinned, 0);
}

/** The record a create returns was made now (on the reference date, its time of day kept), never two years ago. */
function madeNow(record: Json, sent: ReadonlySet<string>, pinned: ReadonlySet<string>): void {
  const key = Object.keys(record).find((k) => CREATED.test(snakeKey(k)) && isDate(record[k]));
  if (key === undefined) return;
  const value = record[key] as string;
  if (value.slice(0, 10) === REFERENCE_DATE || sent.has(value) || pinned.has(JSON.stringify(value))) return;
  record[key] = `${REFERENCE_DATE}${value.slice(10)}`;
}

/** A check found valid (`valid_after`) was found so by the record's last test: never after it. */
const VALID = /(^|_)valid_(after|from|since)$/;
const TESTED = /(^|_)last_(tested|checked)(_|$)/;

function visit(node: unknown, made: string | undefined, sent: ReadonlySet<string>, pinned: ReadonlySet<string>, depth: number, tested?: string): void {
  if (node === null || typeof node !== 'object' || depth > 6) return;
  if (Array.isArray(node)) {
    // Each item is a record of its own, never dated by its parent.
    for (const item of node) visit(item, undefined, sent, pinned, depth + 1);
    return;
  }
  const obj = node as Json;
  const own = Object.keys(obj).find((k) => CREATED.test(snakeKey(k)) && isDate(obj[k]));
  const anchor = own !== undefined ? (obj[own] as string) : made;
  let lastTest = own !== undefined ? undefined : tested;
  if (anchor !== undefined) {
    // The last test is settled first, then what it found valid, capped by it.
    for (const valid of [false, true]) {
      for (const [key, value] of Object.entries(obj)) {
        const k = snakeKey(key);
        if (VALID.test(k) !== valid || key === own || !isDate(value) || !before(value, anchor) || sent.has(value) || pinned.has(JSON.stringify(value))) continue;
        if (!EVENT.test(k) || CREATED.test(k)) continue;
        obj[key] = after(anchor, value, AHEAD.test(k), valid ? lastTest : undefined);
      }
      if (!valid) lastTest = (Object.entries(obj).find(([k, v]) => TESTED.test(snakeKey(k)) && isDate(v))?.[1] as string | undefined) ?? lastTest;
    }
  }
  for (const child of Object.values(obj)) if (child !== null && typeof child === 'object') visit(child, Array.isArray(child) ? undefined : anchor, sent, pinned, depth + 1, lastTest);
}

/** Earlier than the record's making: by day, or by time of day when both are written alike ("…T01:00:00Z" < "…T10:45:00Z"). */
const before = (value: string, made: string): boolean => (value.length === made.length && value.length > 10 ? value < made : value.slice(0, 10) < made.slice(0, 10));

/** A day after the record was made (1 to 20 days), not past the reference date for what has already happened; written as the value was. */
function after(made: string, value: string, ahead: boolean, cap?: string): string {
  const madeDay = made.slice(0, 10);
  let day = dayAfter(madeDay, 1 + (hashOf(value) % 20));
  if (!ahead && day > REFERENCE_DATE) day = madeDay > REFERENCE_DATE ? madeDay : REFERENCE_DATE;
  if (cap !== undefined && cap.slice(0, 10) >= madeDay && day > cap.slice(0, 10)) day = cap.slice(0, 10);
  if (value.length === 10) return day;
  // The same day it was made: at the moment it was made, when both are written alike.
  if (day === madeDay && made.length === value.length) return made;
  return `${day}${value.slice(10)}`;
}

