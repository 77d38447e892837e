/**
 * Order and time inside results (QUALITY.md E), wave 22. Reads only the dialogue record.
 * - `documented_date_order`: a list its operation documents in date order ("newest first", "sorted by ascending
 *   time") or that the call asked in one (`order=desc`, `sort=-created_at`) runs in that order by its items' dates.
 * - `event_before_created`: a record's own events (value date, booking date, placed, paid) are not before its creation.
 * - `child_before_parent`: records listed under a parent (a customer's orders, a store's changes) are not dated
 *   before the parent's creation, whether it holds them or an earlier call showed it and this call names it by id.
 * - `salary_not_yearly`: a salary (no hourly or monthly period said) is sized for a year: 62.75 EUR is no salary.
 * - `salary_currency_city`: a job's salary is in the currency of the job's city (never EUR in Seoul), unless the
 *   call asked for a currency.
 * - `senior_internship`: a senior job (Senior, Lead, Principal, Head of…, a Manager since wave 23) is never listed as an internship.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';
import { documentedOrder, knownPlaces, roughDollars } from '../world/index.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Json = Record<string, unknown>;

export const ORDER22_INVARIANTS = ['documented_date_order', 'event_before_created', 'child_before_parent', 'salary_not_yearly', 'salary_currency_city', 'senior_internship'] as const satisfies readonly InvariantId[];

const snake = snakeKey;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const ISO = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?Z)?$/;
const isDate = (v: unknown): v is string => typeof v === 'string' && ISO.test(v) && !Number.isNaN(Date.parse(v));

const CREATED = /^(created|created_at|created_on|created_date|created_time|creation_date|creation_time|date_created|inserted_at|registered_at|date_joined|joined_at)$/;
const EVENT = /(^|_)(value|booking|booked|settlement|settled|placed|ordered|paid|purchased|shipped|delivered|completed|processed|executed|captured|confirmed|approved|posted|submitted|timestamp|occurred|logged|changed|refunded)(_|$)/;
const CHILD = /(^|_)(created|creation|placed|ordered|posted|submitted|timestamp|occurred|logged|changed|paid|purchased|booked|booking|value)(_|$)/;
const NOT_EVENT = /birth|dob|release|founded|established|expir|due|valid|start|end|since|until|deadline|from|to$|next|schedul|planned|estimated/;
/** Dates a list may be sorted on: its items' events, not what ends or expires. */
const SORTABLE = /(^|_)(at|on|date|time|timestamp|datetime|when|created|updated|modified|posted|published|placed)$/;

/** The first pair of neighbours out of the order, by every date the items share; undefined when one key is in it. */
function outOfOrder(list: readonly unknown[], dir: 'desc' | 'asc'): string | undefined {
  if (list.length < 2 || !list.every(isRecord)) return undefined;
  const items = list as Json[];
  const keys = Object.keys(items[0]!).filter((k) => SORTABLE.test(snake(k)) && !NOT_EVENT.test(snake(k)) && items.every((r) => isDate(r[k])));
  let found: string | undefined;
  for (const k of keys) {
    const bad = items.findIndex((r, i) => i > 0 && (dir === 'desc' ? Date.parse(r[k] as string) > Date.parse(items[i - 1]![k] as string) : Date.parse(r[k] as string) < Date.parse(items[i - 1]![k] as string)));
    if (bad < 0) return undefined;
    found ??= `${dir === 'desc' ? 'newest' : 'oldest'} first is documented, but ${k} ${String(items[bad - 1]![k])} comes before ${String(items[bad]![k])}`;
  }
  return found;
}

function listsOf(result: unknown): unknown[][] {
  if (Array.isArray(result)) return [result];
  if (!isRecord(result)) return [];
  const out: unknown[][] = [];
  for (const v of Object.values(result)) {
    if (Array.isArray(v)) out.push(v);
    else if (isRecord(v)) for (const w of Object.values(v)) if (Array.isArray(w)) out.push(w);
  }
  return out;
}

const createdOf = (obj: Json): string | undefined => Object.keys(obj).find((k) => CREATED.test(snake(k)) && isDate(obj[k]));

function eventBeforeCreated(obj: Json, created: string): string | undefined {
  const c = Date.parse(obj[created] as string);
  for (const [k, v] of Object.entries(obj)) {
    const w = snake(k);
    if (k !== created && EVENT.test(w) && !NOT_EVENT.test(w) && isDate(v) && Date.parse(v) < c) return `${k} ${v} is before the record's ${created} ${String(obj[created])}`;
  }
  return undefined;
}

/** The record's own id: a bare `id`, else its first id-like key. */
function ownId(obj: Json): unknown {
  const keys = Object.keys(obj);
  const key = keys.find((k) => /^(id|_id|uuid)$/.test(k)) ?? keys.find((k) => /(_id|_uuid)$/.test(snake(k)));
  return key === undefined ? undefined : obj[key];
}

/** A record in `scope` (not the parent itself) dated before `at`. */
function childBefore(scope: unknown, at: number, parentId: unknown, what: string): string | undefined {
  let found: string | undefined;
  eachObject(scope, (obj) => {
    if (found !== undefined || (parentId !== undefined && ownId(obj) === parentId)) return;
    for (const [k, v] of Object.entries(obj)) {
      const w = snake(k);
      if (CHILD.test(w) && !NOT_EVENT.test(w) && isDate(v) && Date.parse(v) < at) {
        found = `${k} ${v} is before ${what}`;
        return;
      }
    }
  });
  return found;
}

const SALARY_KEY = /^(salary|salary_range|compensation|pay|pay_range|annual_salary|yearly_salary|base_salary)$/;
const AMOUNT = /^(min|max|minimum|maximum|from|to|low|high|amount|value|average|median)$/;
const CURRENCY = /^(currency|currency_?code)$/;
const PERIOD = /^(period|interval|unit|frequency|per|pay_period|salary_period|rate_type|type)$/;
const CITY = /^(location|city|job_location|job_city|town)$/;
let byCity: Map<string, string> | undefined;

/** What is wrong with a record's salary object, if anything: its size for a year, its currency for the job's city. */
function salaryOff(obj: Json, currencyAsked: boolean): Array<[InvariantId, string]> {
  const out: Array<[InvariantId, string]> = [];
  for (const [k, v] of Object.entries(obj)) {
    if (!SALARY_KEY.test(snake(k)) || !isRecord(v)) continue;
    if (Object.entries(v).some(([p, x]) => PERIOD.test(snake(p)) && typeof x === 'string' && !/year|annual|yr/i.test(x))) continue;
    const currencyKey = Object.keys(v).find((p) => CURRENCY.test(snake(p)) && typeof v[p] === 'string');
    if (currencyKey === undefined) continue;
    const currency = v[currencyKey] as string;
    const amounts = Object.keys(v).filter((p) => AMOUNT.test(snake(p)) && typeof v[p] === 'number').map((p) => v[p] as number);
    const dollars = amounts.map((a) => roughDollars(a, currency)).filter((d): d is number => d !== undefined);
    if (dollars.length > 0 && (Math.min(...dollars) < 8000 || Math.max(...dollars) > 1_000_000)) out.push(['salary_not_yearly', `a ${k} of ${amounts.join('–')} ${currency} is no yearly salary`]);
    const cityKey = Object.keys(obj).find((c) => CITY.test(snake(c)) && typeof obj[c] === 'string');
    if (cityKey === undefined || currencyAsked) continue;
    byCity ??= new Map(knownPlaces().map((p) => [p.city, p.currency]));
    const city = (obj[cityKey] as string).split(',')[0]!.trim();
    const local = byCity.get(city);
    if (local !== undefined && local !== currency && roughDollars(1, local) !== undefined) out.push(['salary_currency_city', `a job in ${city} is paid in ${currency}, not ${local}`]);
  }
  return out;
}

const TITLE = /^(title|job_title|position|role|name)$/;
const KIND = /^(employment_type|job_type|contract_type|type|employment|work_type)$/;
const SENIOR = /\b(senior|sr\.?|lead|principal|head|director|chief|staff|vp|vice president|manager|supervisor|architect)\b/i;

function seniorIntern(obj: Json): string | undefined {
  const kind = Object.keys(obj).find((k) => KIND.test(snake(k)) && typeof obj[k] === 'string' && /^intern(ship)?$/i.test(obj[k] as string));
  if (kind === undefined) return undefined;
  const title = Object.keys(obj).find((k) => TITLE.test(snake(k)) && typeof obj[k] === 'string' && SENIOR.test(obj[k] as string));
  return title === undefined ? undefined : `"${String(obj[title])}" is listed as an ${String(obj[kind])}`;
}

export function checkOrder22(record: DialogueRecord, add: Add): void {
  const argsOf = new Map<string, Record<string, unknown>>();
  /** Creation dates of the records earlier calls showed, by their own id. */
  const createdById = new Map<unknown, number>();
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'assistant' && turn.call) argsOf.set(turn.call.id, turn.call.arguments);
    if (turn.speaker !== 'tool' || turn.status !== 'ok' || turn.result === null || typeof turn.result !== 'object') return;
    const op = record.operations[turn.operation];
    const args = argsOf.get(turn.call_id) ?? {};
    const seen = new Set<InvariantId>();
    const once = (id: InvariantId, message: string | undefined): void => {
      if (message === undefined || seen.has(id)) return;
      seen.add(id);
      add(id, at, `tool result: ${message}`);
    };
    const order = op ? documentedOrder(op.description, args) : undefined;
    if (order !== undefined) for (const list of listsOf(turn.result)) once('documented_date_order', outOfOrder(list, order.dir));
    for (const [name, value] of Object.entries(args)) {
      const parentAt = /(^|_)(id|uuid|key)$/.test(snake(name)) && String(value).length > 2 ? createdById.get(value) : undefined;
      if (parentAt !== undefined) once('child_before_parent', childBefore(turn.result, parentAt, value, `the creation of ${String(value)} an earlier call showed (${new Date(parentAt).toISOString().slice(0, 10)})`));
    }
    const currencyAsked = Object.keys(args).some((k) => /currency/i.test(k));
    const mine: Array<[unknown, number]> = [];
    eachObject(turn.result, (obj) => {
      const created = createdOf(obj);
      if (created !== undefined) {
        once('event_before_created', eventBeforeCreated(obj, created));
        const c = Date.parse(obj[created] as string);
        const id = ownId(obj);
        // A record (it has an id) holds its children; an envelope's `created` is when the answer was made.
        if (id !== undefined) for (const v of Object.values(obj)) if (Array.isArray(v) && v.some(isRecord)) once('child_before_parent', childBefore(v, c, undefined, `its parent's ${created} ${String(obj[created])}`));
        if (id !== undefined && (typeof id === 'string' || typeof id === 'number')) mine.push([id, c]);
      }
      for (const [id, message] of salaryOff(obj, currencyAsked)) once(id, message);
      once('senior_internship', seniorIntern(obj));
    });
    for (const [id, c] of mine) createdById.set(id, Math.max(c, createdById.get(id) ?? -Infinity));
  });
}
