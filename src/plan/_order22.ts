/**
 * Order and time inside results (QUALITY.md E), wave 22:
 * - a list documented to come in date order ("newest first", "sorted by ascending time", `order=desc`) has its
 *   items' dates in that order (the dates move between the items, each item's dates together: pins point into them);
 * - a record's own events (value date, booking date, placed, paid) are not before its creation, and records listed
 *   under a parent the call names by id (a customer's orders, a store's changes) are not before the parent's
 *   creation an earlier call showed, nor after today (unless the call asked for later ones);
 * - a salary is yearly-sized and paid in the currency of the job's city (no 62.75 EUR a year, no EUR in Seoul);
 * - a senior job (Senior, Lead, Principal, Head of…, and since wave 23 a Manager) is no internship.
 */
import type { Operation } from '../specs/types.ts';
import { REFERENCE_DATE, documentedOrder, knownPlaces, perDollar, roughDollars } from '../world/index.ts';
import { minorUnits } from './_money.ts';
import { LEAD_TITLE, payBySeniority } from './_seniority23.ts';
import { coordinatesOfCity30, onSiteNotRemote30 } from './_jobs-coherence30.ts';
import { paidWhenShipped30 } from './_orders-coherence30.ts';
import { bioOfRole30, roleOf30, sortNameOfName30 } from './_people-coherence30.ts';
import { genresOfEarlierWork30, genresOfStory30 } from './_genres-coherence30.ts';
import { settlePlans25 } from './_deadlines25.ts';
import { documentedStatusWords, settleRecord24, smallChildCount24 } from './_stamps24.ts';
import { deletedAfterSince34b } from './_deleted34b-oae.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

type Json = Record<string, unknown>;

const DAY = 86_400_000;
const ISO = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?Z)?$/;
// Kept per key: the same field names are snaked for every record of every result.
const snake = snakeKey;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const isDate = (v: unknown): v is string => typeof v === 'string' && ISO.test(v) && !Number.isNaN(Date.parse(v));

/** A date moved to `ms`, written the way `like` is (a day, minutes, seconds or milliseconds). */
function writeLike(ms: number, like: string): string {
  const iso = new Date(ms).toISOString();
  if (like.length === 10) return iso.slice(0, 10);
  if (/\.\d+Z$/.test(like)) return iso;
  return /T\d{2}:\d{2}Z$/.test(like) ? `${iso.slice(0, 16)}Z` : `${iso.slice(0, 19)}Z`;
}

/** Every object of a result, six levels deep (also the walk of `_serp25.ts`). */
export function walk(value: unknown, fn: (obj: Json) => void, depth = 0): void {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) walk(v, fn, depth + 1);
    return;
  }
  fn(value as Json);
  for (const v of Object.values(value as Json)) walk(v, fn, depth + 1);
}

/** A record's creation date key. */
const CREATED = /^(created|created_at|created_on|created_date|created_time|creation_date|creation_time|date_created|inserted_at|registered_at|date_joined|joined_at)$/;
/** What happens to a record after it is made (its own events, or a listed child's). */
const EVENT = /(^|_)(value|booking|booked|settlement|settled|placed|ordered|paid|purchased|shipped|delivered|completed|processed|executed|captured|confirmed|approved|posted|submitted|timestamp|occurred|logged|changed|refunded)(_|$)/;
/** A listed child's own dates: its creation and its events. */
const CHILD = /(^|_)(created|creation|value|booking|booked|settlement|settled|placed|ordered|paid|purchased|shipped|delivered|completed|processed|executed|captured|confirmed|approved|posted|submitted|timestamp|occurred|logged|changed|refunded|updated|modified)(_|$)/;
const NOT_EVENT = /birth|dob|release|founded|established|expir|due|valid|start|end|since|until|deadline|from|to$|next|schedul|planned|estimated/;

/** An object's own events dated before its creation move to the day after it (never past the reference date). */
function eventsAfterCreation(obj: Json, pinned: ReadonlySet<string>): void {
  const created = Object.keys(obj).find((k) => CREATED.test(snake(k)) && isDate(obj[k]));
  if (created === undefined) return;
  const c = Date.parse(obj[created] as string);
  for (const [k, v] of Object.entries(obj)) {
    const w = snake(k);
    if (k === created || !EVENT.test(w) || NOT_EVENT.test(w) || !isDate(v) || pinned.has(JSON.stringify(v))) continue;
    if (Date.parse(v) >= c) continue;
    const next = Math.max(c, Math.min(c + DAY, Date.parse(REFERENCE_DATE) + DAY - 1));
    obj[k] = writeLike(v.length === 10 ? Date.parse(new Date(next).toISOString().slice(0, 10)) : next, v);
  }
}

const ID_KEY = /^(id|_id|uuid)$/;
const ID_ARG = /(^|_)(id|uuid|key)$/;

/** The record's own id key: a bare `id`, else its first id-like key (an order's `orderId`, not its `customerId`). */
export function ownIdKey(obj: Json): string | undefined {
  const keys = Object.keys(obj);
  return keys.find((k) => ID_KEY.test(k)) ?? keys.find((k) => /(_id|_uuid)$/.test(snake(k)));
}

/** The latest creation date, shown by an earlier call, of a record this call names by id (its parent). */
function parentCreated(args: Readonly<Json>, earlier: Iterable<unknown>): { at: number; id: unknown } | undefined {
  const ids = Object.entries(args).filter(([k, v]) => ID_ARG.test(snake(k)) && (typeof v === 'string' || typeof v === 'number') && String(v).length > 2);
  if (ids.length === 0) return undefined;
  let best: { at: number; id: unknown } | undefined;
  for (const result of earlier) {
    walk(result, (obj) => {
      const created = Object.keys(obj).find((k) => CREATED.test(snake(k)) && isDate(obj[k]));
      const own = created === undefined ? undefined : ownIdKey(obj);
      if (own === undefined) return;
      for (const [, value] of ids) {
        const at = Date.parse(obj[created!] as string);
        if (obj[own] === value && (best === undefined || at > best.at)) best = { at, id: value };
      }
    });
  }
  return best;
}

/** The latest date an argument allows (`placedBefore`, `to`, `until`), if any. */
function upperBound(args: Readonly<Json>): number | undefined {
  let out: number | undefined;
  for (const [k, v] of Object.entries(args)) {
    if (!isDate(v) || !/(^|_)(before|until|till|to|end|max|lte|lt)(_|$)/.test(snake(k))) continue;
    const at = Date.parse(v) + (v.length === 10 ? DAY - 1 : 0);
    out = out === undefined ? at : Math.min(out, at);
  }
  return out;
}

/**
 * Records in `scope` dated before their parent's creation (`at`) move after it, each by whole days (its time of day
 * kept) and all its own dates together, spread in their old order between the creation and the reference date (or
 * the latest the arguments allow).
 */
function childrenAfter(scope: unknown, at: number, parentId: unknown, args: Readonly<Json>, pinned: ReadonlySet<string>): void {
  const cap = Math.min(upperBound(args) ?? Infinity, Math.max(Date.parse(REFERENCE_DATE), at + 30 * DAY));
  if (cap < at) return;
  // A child's events happened (an order placed, a change made): none after today, unless the call asked for later ones.
  const past = !Object.values(args).some((v) => isDate(v) && v.slice(0, 10) > REFERENCE_DATE);
  const off: Array<{ obj: Json; keys: string[]; first: number }> = [];
  walk(scope, (obj) => {
    const own = ownIdKey(obj);
    if (own !== undefined && obj[own] === parentId) return; // the parent itself, shown again
    const keys = Object.keys(obj).filter((k) => CHILD.test(snake(k)) && !NOT_EVENT.test(snake(k)) && isDate(obj[k]));
    if (keys.length === 0 || keys.some((k) => pinned.has(JSON.stringify(obj[k])))) return;
    const first = Math.min(...keys.map((k) => Date.parse(obj[k] as string)));
    if (first < at || (past && first > cap)) off.push({ obj, keys, first });
  });
  if (off.length === 0) return;
  off.sort((x, y) => x.first - y.first);
  const spacing = Math.max(0, Math.min(20, Math.floor((cap - at) / DAY / (off.length + 1))));
  off.forEach((item, rank) => {
    const days = Math.ceil((at - item.first) / DAY) + (rank + 1) * spacing;
    for (const k of item.keys) {
      const v = item.obj[k] as string;
      item.obj[k] = writeLike(Date.parse(v) + days * DAY, v);
    }
  });
}

/** Children after their parent: one an earlier call showed and this call names, and one holding lists of them. */
function childrenAfterParent(result: unknown, args: Readonly<Json>, earlier: Iterable<unknown>, pinned: ReadonlySet<string>): void {
  const parent = parentCreated(args, earlier);
  if (parent !== undefined) childrenAfter(result, parent.at, parent.id, args, pinned);
  walk(result, (obj) => {
    const created = Object.keys(obj).find((k) => CREATED.test(snake(k)) && isDate(obj[k]));
    // A record (it has an id) holds its children; an envelope's `created` is when the answer was made.
    if (created === undefined || ownIdKey(obj) === undefined) return;
    for (const v of Object.values(obj)) if (Array.isArray(v) && v.some(isRecord)) childrenAfter(v, Date.parse(obj[created] as string), undefined, args, pinned);
  });
}

/** The key a list is sorted on: the one the call named, else the likeliest of the items' event dates. */
const PRIMARY: readonly RegExp[] = [
  /^(posted|placed|ordered|published|created|submitted|occurred|issued|sent|received|logged)(_at|_on|_date|_time)?$|^date_(posted|placed|created|published|sent)$|^(creation|publication|pub|publish|order|post)_date$/,
  /^(timestamp|time|date|datetime|date_time|at|when|event_time|event_date)$/,
  /(^|_)(at|date|time|timestamp)$/,
];

export function sortKeyOf(items: readonly Json[], hint: string | undefined): string | undefined {
  const common = Object.keys(items[0]!).filter((k) => items.every((r) => isDate(r[k])));
  if (hint !== undefined) {
    const named = common.find((k) => snake(k) === hint);
    if (named !== undefined) return named;
  }
  for (const re of PRIMARY) {
    const key = common.find((k) => re.test(snake(k)) && !NOT_EVENT.test(snake(k)));
    if (key !== undefined) return key;
  }
  return undefined;
}

/** The lists of a result: itself, its fields', and those one object further in (`data.items`). */
export function listsOf(result: unknown): unknown[][] {
  if (Array.isArray(result)) return [result];
  if (!isRecord(result)) return [];
  const out: unknown[][] = [];
  for (const v of Object.values(result)) {
    if (Array.isArray(v)) out.push(v);
    else if (isRecord(v)) for (const w of Object.values(v)) if (Array.isArray(w)) out.push(w);
  }
  return out;
}

/** The items' dates (each item's common dates as one group) handed out in the documented order. */
function inOrder(list: readonly unknown[], dir: 'desc' | 'asc', hint: string | undefined, pinned: ReadonlySet<string>): void {
  const items = list.filter(isRecord);
  if (items.length < 2 || items.length !== list.length) return;
  const key = sortKeyOf(items, hint);
  if (key === undefined) return;
  const group = Object.keys(items[0]!).filter((k) => items.every((r) => isDate(r[k]) && (r[k] as string).length === (items[0]![k] as string).length));
  if (items.some((r) => group.some((k) => pinned.has(JSON.stringify(r[k]))))) return;
  const at = (r: Json): number => Date.parse(r[key] as string);
  const sorted = [...items].sort((a, b) => (dir === 'desc' ? at(b) - at(a) : at(a) - at(b)));
  const dates = sorted.map((r) => group.map((k) => r[k]));
  items.forEach((r, i) => group.forEach((k, j) => (r[k] = dates[i]![j])));
}

const SALARY_KEY = /^(salary|salary_range|compensation|pay|pay_range|annual_salary|yearly_salary|base_salary)$/;
const FLAT_SALARY = /^(salary|annual_salary|yearly_salary|base_salary|(min|max|minimum|maximum)_(annual_)?salary|salary_(min|max|from|to|low|high))$/;
const CURRENCY = /^(currency|currency_?code)$/;
const PERIOD = /^(period|interval|unit|frequency|per|pay_period|salary_period|rate_type|type)$/;
const CITY = /^(location|city|job_location|job_city|town)$/;
let byCity: Map<string, string> | undefined;

/** The currency of the city a record names, if it is a known one. */
export function cityCurrency(obj: Json): string | undefined {
  const key = Object.keys(obj).find((k) => CITY.test(snake(k)) && typeof obj[k] === 'string');
  if (key === undefined) return undefined;
  byCity ??= new Map(knownPlaces().map((p) => [p.city, p.currency]));
  return byCity.get((obj[key] as string).split(',')[0]!.trim());
}

/** The salary amounts of a record: a salary object's numbers with its currency key, or flat salary keys. */
function salaryOf(obj: Json): { holder: Json; amounts: string[]; currency?: string } | undefined {
  for (const [k, v] of Object.entries(obj)) {
    if (!SALARY_KEY.test(snake(k)) || !isRecord(v)) continue;
    if (Object.entries(v).some(([p, x]) => PERIOD.test(snake(p)) && typeof x === 'string' && !/year|annual|yr/i.test(x))) return undefined;
    const amounts = Object.keys(v).filter((p) => typeof v[p] === 'number' && /^(min|max|minimum|maximum|from|to|low|high|amount|value|average|median)$/.test(snake(p)));
    const currency = Object.keys(v).find((p) => CURRENCY.test(snake(p)) && typeof v[p] === 'string');
    if (amounts.length > 0) return currency === undefined ? { holder: v, amounts } : { holder: v, amounts, currency };
  }
  const amounts = Object.keys(obj).filter((k) => FLAT_SALARY.test(snake(k)) && typeof obj[k] === 'number');
  if (amounts.length === 0 || Object.keys(obj).some((k) => /hour|month|week|day/i.test(k))) return undefined;
  const currency = Object.keys(obj).find((k) => CURRENCY.test(snake(k)) && typeof obj[k] === 'string');
  return currency === undefined ? { holder: obj, amounts } : { holder: obj, amounts, currency };
}

/** A salary in its job's city's currency and sized for a year (30 000–120 000 dollars' worth, its spread kept). */
function yearlySalary(obj: Json, args: Readonly<Json>, pinned: ReadonlySet<string>): void {
  const salary = salaryOf(obj);
  if (salary === undefined || salary.amounts.some((k) => pinned.has(JSON.stringify(salary.holder[k])))) return;
  const { holder, amounts } = salary;
  let currency = salary.currency !== undefined ? String(holder[salary.currency]) : 'USD';
  let converted = false;
  const local = cityCurrency(obj);
  const asked = Object.keys(args).some((k) => /currency/i.test(k));
  if (salary.currency !== undefined && local !== undefined && local !== currency && !asked && perDollar(local) !== undefined && !pinned.has(JSON.stringify(currency))) {
    const from = currency;
    for (const k of amounts) holder[k] = (roughDollars(holder[k] as number, from) ?? (holder[k] as number)) * perDollar(local)!;
    holder[salary.currency] = local;
    currency = local;
    converted = true;
  }
  const rate = perDollar(currency);
  if (rate === undefined) return;
  const values = amounts.map((k) => holder[k] as number);
  const low = Math.min(...values) / rate;
  const high = Math.max(...values) / rate;
  const step = 10 ** Math.max(2, Math.floor(Math.log10(1000 * rate)));
  const round = (n: number): number => Number((Math.round(n / step) * step).toFixed(minorUnits(currency)));
  if (low >= 8000 && high <= 1_000_000) {
    if (converted) for (const k of amounts) holder[k] = round(holder[k] as number);
    return;
  }
  // The drawn number's digits pick a base, so the same draw gives the same salary.
  const base = 30_000 + (Math.round(Math.abs(values[0]! * 100)) % 61) * 1000;
  const spread = high > 0 && low > 0 && high / low <= 2 && high / low >= 1.1 ? high / low : 1.3;
  for (const k of amounts) {
    const v = holder[k] as number;
    const share = high === low ? (/max|to|high/.test(snake(k)) ? spread : 1) : 1 + ((v / rate - low) / (high - low)) * (spread - 1);
    holder[k] = round(base * share * rate);
  }
}

const TITLE = /^(title|job_title|position|role|name)$/;
const KIND = /^(employment_type|job_type|contract_type|type|employment|work_type)$/;
const SENIOR = /\b(senior|sr\.?|lead|principal|head|director|chief|staff|vp|vice president)\b/i;
const INTERN = /^intern(ship)?$/i;

/** A senior job listed as an internship gets the full-time kind its schema lists (else written like the intern value). */
function seniorNotIntern(obj: Json, operation: Operation, pinned: ReadonlySet<string>): void {
  const kind = Object.keys(obj).find((k) => KIND.test(snake(k)) && typeof obj[k] === 'string' && INTERN.test(obj[k] as string));
  if (kind === undefined || pinned.has(JSON.stringify(obj[kind]))) return;
  if (!Object.keys(obj).some((k) => TITLE.test(snake(k)) && typeof obj[k] === 'string' && (SENIOR.test(obj[k] as string) || LEAD_TITLE.test(obj[k] as string)))) return;
  const value = obj[kind] as string;
  const listed = operation.outputs.find((f) => f.path.split('.').pop() === kind && Array.isArray(f.schema.enum))?.schema.enum as unknown[] | undefined;
  const full = listed?.find((v): v is string => typeof v === 'string' && /^full.?time$|^permanent$/i.test(v));
  obj[kind] = full ?? (value === value.toUpperCase() ? 'FULL_TIME' : /^[A-Z]/.test(value) ? 'Full-time' : 'full_time');
}

/** The wave-22 passes over a settled result (see the file comment); `earlier` are the dialogue's earlier results. */
export function settleOrder22(result: unknown, operation: Operation, args: Readonly<Json>, earlier: Iterable<unknown>, pinned: ReadonlySet<string>): void {
  if (result === null || typeof result !== 'object') return;
  const words = documentedStatusWords(operation.description);
  smallChildCount24(result, operation, args, pinned);
  deletedAfterSince34b(result, operation, args, pinned); // things deleted since a time were deleted after it (_deleted34b-oae.ts)
  const role = roleOf30(`${operation.name} ${operation.path ?? ''} ${operation.summary ?? ''}`);
  walk(result, (obj) => {
    settleRecord24(obj, words, pinned);
    settlePlans25(obj, pinned);
    eventsAfterCreation(obj, pinned);
    yearlySalary(obj, args, pinned);
    seniorNotIntern(obj, operation, pinned);
    coordinatesOfCity30(obj, pinned);
    onSiteNotRemote30(obj, pinned);
    paidWhenShipped30(obj, operation, pinned);
    bioOfRole30(obj, role, pinned);
    sortNameOfName30(obj, pinned);
    genresOfStory30(obj, pinned);
    const salary = salaryOf(obj);
    if (salary !== undefined) payBySeniority(obj, salary, pinned);
  });
  // The genres listed for a work an earlier result told fit its story (the earlier results are read once, kept for both).
  const prior = /genre/i.test(`${operation.name} ${operation.path ?? ''}`) ? [...earlier] : undefined;
  if (prior !== undefined) genresOfEarlierWork30(result, `${operation.name} ${operation.path ?? ''}`, args, prior, pinned);
  childrenAfterParent(result, args, prior ?? earlier, pinned);
  const order = documentedOrder(`${operation.summary ?? ''} ${operation.description ?? ''}`, args);
  if (order !== undefined) for (const list of listsOf(result)) inOrder(list, order.dir, order.key, pinned);
}
