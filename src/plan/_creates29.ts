/**
 * What a create returns (QUALITY.md E), wave 29:
 * - a record made or changed with a deadline or due date is given one ahead (no new project due in 2019);
 * - the record a create returns holds every value the call sent as sent, a date under its obvious longer key
 *   too (`deadline` → `deadlineUtc`), after the later passes that move dates;
 * - it has gathered no money yet: totals of its children, deposits, applied amounts and credit notes are 0;
 * - it was updated when it was made (`updated_at` = `created_at`);
 * - an optional field the call could have sent and did not is empty (its default, else null, a list []),
 *   never a name or a profile the user never gave.
 * Values the chain reads (`pinned`, as JSON) stay.
 */
import type { Operation, Param } from '../specs/types.ts';
import { REFERENCE_DATE } from '../world/index.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

type Json = Record<string, unknown>;

const DAY = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}([T ]|$)/;
const DEADLINE = /(^|_)(deadline|due)(_|$)/;
const isDate = (v: unknown): v is string => typeof v === 'string' && DATE.test(v) && !Number.isNaN(Date.parse(v.slice(0, 10)));

function hashOf(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * A deadline argument of a create or update dated before the reference date moves ahead (3 to 26 weeks, its time
 * of day kept, the same for the same date); true when one moved. In place.
 */
export function futureDeadlines29(operation: { effect?: string }, values: Map<string, unknown>): boolean {
  if (operation.effect !== 'create' && operation.effect !== 'update') return false;
  let moved = false;
  for (const [name, value] of values) {
    if (!isDate(value) || value.slice(0, 10) > REFERENCE_DATE || !DEADLINE.test(snakeKey(name))) continue;
    const days = 21 + (hashOf(value) % 160);
    const day = new Date(Date.parse(`${REFERENCE_DATE}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
    values.set(name, `${day}${value.slice(10)}`);
    moved = true;
  }
  return moved;
}

/** The record's key for a sent argument: the same key, or a date under a longer one (`deadline` → `deadline_utc`). */
function keyFor(record: Json, name: string, value: unknown): string | undefined {
  if (name in record) return name;
  const arg = snakeKey(name);
  for (const key of Object.keys(record)) {
    const k = snakeKey(key);
    if (k === arg) return key;
    if (isDate(value) && k.startsWith(`${arg}_`) && /^(utc|at|on|date|time|datetime)$/.test(k.slice(arg.length + 1))) return key;
  }
  return undefined;
}

const OWN_REF = /(^|_)(id|ids|uuid|sid|url|uri|href|link|key|slug|token)$/;

/** Values sent come back as sent: scalars of the same kind, dates as written. */
function echoSent(record: Json, args: Json, pinned: ReadonlySet<string>): void {
  for (const [name, value] of Object.entries(args)) {
    if (value === null || (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean')) continue;
    const key = keyFor(record, name, value);
    // An id or a link sent may name another record (the one copied from): the new record has its own.
    if (key === undefined || OWN_REF.test(snakeKey(key))) continue;
    const now = record[key];
    if (typeof now !== typeof value || now === value || pinned.has(JSON.stringify(now))) continue;
    // A string echoes only a date as a date, or text that is no date (never a day into a name).
    if (typeof value === 'string' && isDate(value) !== isDate(now)) continue;
    record[key] = value;
  }
}

/** Money a record gathers only by living: totals of its tasks or expenses, deposits, what was applied, credit notes. */
const GATHERED_MONEY = /^(total_[a-z]+_amount|deposit|deposit_applied|[a-z]+_applied|credit_note_amount|credit_notes?_total|amount_refunded|amount_credited)$/;

/** In a record billed by its work (it counts what was invoiced), its total and the minutes logged by kind. */
const WORK_TOTAL = /^(total_amount|total|[a-z_]+_minutes|[a-z_]+_hours)$/;
const BILLED = /(^|_)invoiced$/;

function zeroMoney(record: Json, args: Json, pinned: ReadonlySet<string>): void {
  const sent = new Set(Object.keys(args).map(snakeKey));
  const billed = Object.keys(record).some((k) => BILLED.test(snakeKey(k)));
  for (const [key, value] of Object.entries(record)) {
    const k = snakeKey(key);
    const gathered = GATHERED_MONEY.test(k) || (billed && WORK_TOTAL.test(k) && !/^estimat/.test(k));
    if (!gathered || sent.has(k) || pinned.has(JSON.stringify(value))) continue;
    if (typeof value === 'number') record[key] = 0;
    else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const amount = value as Json;
      for (const [f, v] of Object.entries(amount)) if (typeof v === 'number' && /^(value|amount)$/.test(f) && !pinned.has(JSON.stringify(v))) amount[f] = 0;
    }
  }
}

const CREATED_KEY = /^(created|created_at|date_created|creation_date|created_on|created_date|created_time|inserted_at)$/;
const UPDATED_KEY = /^(updated|updated_at|date_updated|modified|modified_at|last_modified|updated_on|date_modified|updated_time|modified_date|last_updated)$/;

/** A record just made was last updated as it was made. */
function updatedWhenMade(record: Json, pinned: ReadonlySet<string>): void {
  const keys = Object.keys(record);
  const created = keys.find((k) => CREATED_KEY.test(snakeKey(k)) && isDate(record[k]));
  if (created === undefined) return;
  const made = record[created] as string;
  for (const key of keys) {
    const value = record[key];
    if (!UPDATED_KEY.test(snakeKey(key)) || !isDate(value) || value === made || pinned.has(JSON.stringify(value))) continue;
    // Written the way the field was (a day alone, or a full time).
    record[key] = value.length === 10 ? made.slice(0, 10) : made.length === 10 ? `${made}${value.slice(10)}` : made;
  }
}

/** Fields the server sets whatever was sent: ids, slugs, states, stamps, links. */
const SERVER_SET = /(^|_)(id|ids|uuid|sid|key|slug|status|state|url|uri|href|created|updated|at|date|time)$/;

/** Sums and measures the server works out when left out (a refund of no amount given refunds the whole order). */
const MEASURED = /amount|price|total|cost|fee|balance|quantity|value|rate|currency/;

/** An optional field the call did not send is empty in the record: its default, else null (a list, []). */
function unsentEmpty(record: Json, args: Json, inputs: readonly Param[], pinned: ReadonlySet<string>): void {
  const sent = new Set(Object.keys(args).map(snakeKey));
  for (const p of inputs) {
    if (p.required || p.in !== 'body' || !(p.name in record) || sent.has(snakeKey(p.name)) || SERVER_SET.test(snakeKey(p.name)) || MEASURED.test(snakeKey(p.name))) continue;
    const value = record[p.name];
    if (value === null || pinned.has(JSON.stringify(value))) continue;
    if (p.default !== undefined && typeof p.default === typeof value) record[p.name] = p.default;
    else if (Array.isArray(value)) record[p.name] = [];
    else if (typeof value === 'string' || typeof value === 'number' || (typeof value === 'object' && !Object.values(value as Json).some((v) => pinned.has(JSON.stringify(v))))) record[p.name] = null;
  }
}

/** The record a create call returned, settled last (see the file comment). */
export function settleCreated29(record: Json, args: Json, operation: Operation, pinned: ReadonlySet<string>): void {
  echoSent(record, args, pinned);
  zeroMoney(record, args, pinned);
  updatedWhenMade(record, pinned);
  unsentEmpty(record, args, operation.inputs, pinned);
  unpublished(record, args, pinned);
}

/** A record just added is not published before it was made (no publish copy from last year) unless sent so. */
function unpublished(record: Json, args: Json, pinned: ReadonlySet<string>): void {
  const at = record.published_at;
  if (!isDate(at) || args.publish === true || pinned.has(JSON.stringify(at))) return;
  const created = Object.keys(record).find((k) => CREATED_KEY.test(snakeKey(k)) && isDate(record[k]));
  if (created === undefined || at.slice(0, 10) >= (record[created] as string).slice(0, 10)) return;
  record.published_at = null;
  for (const key of Object.keys(record)) if (key.startsWith('publish_') && !pinned.has(JSON.stringify(record[key]))) record[key] = null;
}
