/**
 * A built tool result made to agree with itself and with the call: a list's counts and paging fields fit its
 * items (a total never below the items shown, page 1 of ceil(total/size) pages), one currency per dialogue,
 * a total that is the quantity times the unit price, dates around the dialogue's reference date (nothing
 * created in the future, nothing expiring already, a new record dated now, sunrise on the day observed).
 */
import { oneNamePerId } from './_works.ts';
import { consecutiveNumbered, documentedItems, idLike } from './_counts23.ts';
import { REFERENCE_DATE, countryFacts, currentWorld } from '../world/index.ts';
import { snakeKey } from '../text/key-words-speed28.ts';
import { currencyRecordCode, settleCurrencyRecords } from './_currencies.ts';
import type { MoneyUnits } from './_money.ts';

/** What the call asked for that the result must agree with. */
export interface CallFacts {
  /** The call's arguments (values echoed back are never changed). */
  echo: Record<string, unknown>;
  /** The operation's words (what its amounts price). */
  context?: string;
  /** The operation creates or changes a record now: its created/updated dates are the reference date. */
  changesNow: boolean;
  /** The call changes a record made before (an update): it was created in the past, before its other past dates. */
  updates?: boolean;
  /** Items asked for (a hold of 4 seats), when the call says. */
  quantity?: number;
  /** The operation lists what comes next (next public holidays, upcoming events): its dates are after today. */
  upcoming?: boolean;
  /** Lists that hold the one match of what the user said (the chain takes a value from them): their counts say 1 match, not thousands. */
  matches?: ReadonlySet<unknown>;
  /** Amount keys held as whole numbers or in minor units (Adyen's `amount.value`), see `_money.ts`. */
  moneyUnits?: MoneyUnits;
}

const ITEM_COUNT = /^(count|number_?of_?elements|returned|num_?results|results?_?count|items?_?count|num_?items|result_?size)$/i;
const TOTAL = /^(total|total_?count|total_?results|total_?elements|total_?items|total_?hits|total_?records|total_?size|num_?found|hits_?total)$/i;
const PAGE_SIZE = /^(size|page_?size|per_?page|limit|max_?results|items_?per_?page|rows)$/i;
const PAGE = /^(page|page_?number|current_?page|page_?index|page_?no)$/i;
const TOTAL_PAGES = /^(total_?pages|pages|page_?count|num_?pages|last_?page|number_?of_?pages)$/i;
const OFFSET = /^(offset|skip|start_?at|start_?index)$/i;
const CURRENCY = /^(currency|currency_?code|currency_?iso|iso_?currency)$/i;

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** The counts and paging fields of every object that holds one list, made to fit that list. */
export function reconcileLists(value: unknown, facts: CallFacts, depth = 0): void {
  if (!value || typeof value !== 'object' || depth > 5) return;
  if (Array.isArray(value)) {
    oneNamePerId(value);
    if (facts.matches?.has(value) !== true) {
      consecutiveNumbered(value, (v) => Object.values(facts.echo).includes(v));
      if (depth === 0 && facts.context) documentedItems(value, facts.context, idLike);
    }
    for (const item of value) reconcileLists(item, facts, depth + 1);
    return;
  }
  const obj = value as Record<string, unknown>;
  // The items the operation's description enumerates are all there, before the counts beside them are fitted.
  if (depth <= 1 && facts.context) for (const v of Object.values(obj)) if (Array.isArray(v) && facts.matches?.has(v) !== true) documentedItems(v, facts.context, idLike);
  // The list a page holds: its one list beside how it is sorted or linked (Spring's `content` beside `sort`).
  let arrays = Object.entries(obj).filter(([k, v]) => Array.isArray(v) && !NOT_ITEMS.test(k)).map(([, v]) => v as unknown[]);
  // {total, webcams: [{…}], regions: ["Scotland"]}: the one list of records is what the total counts, not a list of words.
  if (arrays.length > 1) arrays = arrays.filter((a) => a.length > 0 && a.every((x) => x !== null && typeof x === 'object' && !Array.isArray(x)));
  if (arrays.length === 1) fitCounts(obj, (arrays[0] as unknown[]).length, facts.echo, false, facts.matches?.has(arrays[0]) === true);
  // A paging block beside the list ({data: {events: […]}, page: {number, totalElements}}) describes that list.
  const block = Object.entries(obj).find(([k, v]) => PAGING_BLOCK.test(k) && v && typeof v === 'object' && !Array.isArray(v));
  if (block) {
    const lists = listsIn(Object.entries(obj).filter(([k]) => k !== block[0]).map(([, v]) => v), 0);
    if (lists.length === 1) fitCounts(block[1] as Record<string, unknown>, lists[0]!.length, facts.echo, true, facts.matches?.has(lists[0]) === true);
  }
  for (const child of Object.values(obj)) if (child && typeof child === 'object') reconcileLists(child, facts, depth + 1);
}

const NOT_ITEMS = /^(sort|sorts|links|_links|facets|filters|errors|warnings|messages|fields|columns|tags)$/i;
const PAGING_BLOCK = /^(page|pagination|paging|page_?info|pager|meta|metadata)$/i;

/** The lists among `values` and the objects inside them (two levels). */
function listsIn(values: unknown[], depth: number): unknown[][] {
  const out: unknown[][] = [];
  for (const v of values) {
    if (Array.isArray(v)) out.push(v);
    else if (v && typeof v === 'object' && depth < 2) out.push(...listsIn(Object.values(v as Record<string, unknown>), depth + 1));
  }
  return out;
}

/** `exact`: the list holds every match there is (the one record the user's detail selects), so the total is its length. */
function fitCounts(obj: Record<string, unknown>, n: number, echo: Record<string, unknown>, block = false, exact = false): void {
  const keys = Object.keys(obj).filter((k) => isCount(obj[k]) && !(k in echo));
  const find = (re: RegExp): string | undefined => keys.find((k) => re.test(k));
  const paged = block || keys.some((k) => TOTAL_PAGES.test(k)) || Object.keys(obj).some((k) => /^total_?elements$/i.test(k));
  for (const k of keys) if (ITEM_COUNT.test(k)) obj[k] = n;
  // A paged list's `items` beside `numberOfPages` counts all its items (wave 28): the pages are counted from it.
  const totalKey = find(TOTAL) ?? (paged ? find(/^items$/i) : undefined);
  if (totalKey !== undefined) {
    const t = obj[totalKey] as number;
    if (exact) obj[totalKey] = n;
    else if (t < n || t > 10000) obj[totalKey] = n + (t > 10000 ? t % 200 : 0);
  }
  const sizeKey = Object.keys(obj).find((k) => PAGE_SIZE.test(k) && isCount(obj[k]));
  if (sizeKey !== undefined && !(sizeKey in echo)) {
    const s = obj[sizeKey] as number;
    // A lone `size` beside the whole list (no total, page, cursor or link) counts it ("Number of works by the author").
    const alone = /^size$/i.test(sizeKey) && !block && !Object.keys(obj).some((k) => k !== sizeKey && (TOTAL.test(k) || PAGE.test(k) || OFFSET.test(k) || TOTAL_PAGES.test(k) || /^(next|prev|previous|cursor|next_?page|next_?cursor|limit|links|_links)$/i.test(k)));
    if (alone) obj[sizeKey] = n;
    else if (s < n || s > 100) obj[sizeKey] = Math.max(n, 10);
  }
  // Spring's `number` is the zero-based page index beside totalPages.
  const pageKey = find(PAGE) ?? (paged ? find(/^number$/) : undefined);
  if (pageKey !== undefined) obj[pageKey] = pageKey === 'number' ? 0 : 1;
  const offsetKey = find(OFFSET);
  if (offsetKey !== undefined) obj[offsetKey] = 0;
  const pagesKey = find(TOTAL_PAGES);
  if (pagesKey !== undefined) {
    const total = totalKey !== undefined ? (obj[totalKey] as number) : n;
    const size = sizeKey !== undefined ? Math.max(1, Number(obj[sizeKey])) : Math.max(1, n);
    obj[pagesKey] = Math.max(1, Math.ceil(total / size));
  }
}

const MARKET = /^(country|country_?code|market|marketplace|marketplace_?id|gl)$/i;

/** The currency of the marketplace a call asked for or its result names at its top (`country: "US"` → USD). */
export function marketCurrency(echo: Record<string, unknown>, value: unknown): string | undefined {
  const codeIn = (obj: Record<string, unknown>): string | undefined => Object.entries(obj).find(([k, v]) => MARKET.test(k) && typeof v === 'string' && /^[A-Z]{2}$/.test(v))?.[1] as string | undefined;
  let code = codeIn(echo);
  if (code === undefined && value && typeof value === 'object' && !Array.isArray(value)) {
    const top = value as Record<string, unknown>;
    const data = top.data && typeof top.data === 'object' && !Array.isArray(top.data) ? (top.data as Record<string, unknown>) : undefined;
    // Only a result that prices offers or products names its market this way (a person's record has a country too).
    const priced = Object.keys(data ?? top).some((k) => /(price|offers?|products?)/i.test(k));
    if (priced) code = codeIn(top) ?? (data ? codeIn(data) : undefined);
  }
  return code === undefined ? undefined : countryFacts(code)?.currency;
}

/** The currency the user gave, if any. */
function askedCurrency(echo: Record<string, unknown>): string | undefined {
  for (const [k, v] of Object.entries(echo)) if (CURRENCY.test(k) && typeof v === 'string' && /^[A-Z]{3}$/.test(v)) return v;
  return undefined;
}

/**
 * Every currency code in a result is the dialogue's one (the user's, else the home place's): the offers of one event
 * are not in three currencies. A currency's own record ({code, name, symbol}) and a country's keep their own code.
 */
export function oneCurrency(value: unknown, echo: Record<string, unknown>): void {
  const asked = askedCurrency(echo);
  // A marketplace asked for or answered (Amazon's `country: "US"`) prices in its own currency, not the home place's.
  const home = marketCurrency(echo, value) ?? currentWorld()?.places[0]?.currency;
  settleCurrencyRecords(value, asked, home);
  const currency = asked ?? home;
  if (currency === undefined) return;
  const walk = (node: unknown, parentKey: string, depth: number): void => {
    if (!node || typeof node !== 'object' || depth > 6) return;
    if (Array.isArray(node)) return node.forEach((n) => walk(n, parentKey, depth + 1));
    const obj = node as Record<string, unknown>;
    // A country's own record (it has a capital) keeps its own currency: Finland pays in EUR whatever the dialogue's.
    const own = 'capital' in obj || 'native' in obj || currencyRecordCode(obj, parentKey) !== undefined;
    for (const [k, v] of Object.entries(obj)) {
      if (CURRENCY.test(k) && typeof v === 'string' && /^[A-Z]{3}$/.test(v) && !own) obj[k] = currency;
      else if (v && typeof v === 'object') walk(v, k, depth + 1);
    }
  };
  walk(value, '', 0);
}

const UNIT_PRICE = /^(unit_?price|price_?per_?(unit|item|ticket|seat)|price|ticket_?price|item_?price)$/i;
const LINE_TOTAL = /^(total|total_?price|total_?amount|amount|total_?cost|subtotal|grand_?total)$/i;

/** A total is the quantity times the unit price ({quantity: 5, unitPrice: 20, totalPrice: 100}), the unit price the result's or the offer's. */
export function fitTotal(obj: Record<string, unknown>, quantity: number | undefined, offerPrice?: number): void {
  const q = typeof obj.quantity === 'number' ? obj.quantity : quantity;
  if (q === undefined) return;
  const unit = Object.keys(obj).find((k) => UNIT_PRICE.test(k) && typeof obj[k] === 'number');
  const price = unit !== undefined ? (obj[unit] as number) : offerPrice;
  const total = Object.keys(obj).find((k) => LINE_TOTAL.test(k) && k !== unit && typeof obj[k] === 'number');
  if (price === undefined || total === undefined) return;
  obj[total] = Math.round(price * q * 100) / 100;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})/;
const PAST = /(^|_)(first_?sent|last_?sent|last_?tested|created|updated|modified|published|posted|joined|registered|uploaded|submitted|placed|ordered|purchased|paid|shipped|delivered|received|completed|resolved|closed|signed_?up|last_?(login|seen|active|updated|modified)|date_?(created|updated|modified|added|joined)|added|inserted|creation_?date|release_?date|released)(_|$)/i;
const NOW = /(^|_)(created|updated|modified|date_?(created|updated|modified)|creation_?date|inserted|last_?modified)(_|$)/i;
const FUTURE = /(^|_)(expires?|expiry|expiration|valid_?(until|to|thru)|due|renew(al|s)?|next_?(billing|payment|run))(_|$)/i;
const SUN = /(^|_)(sunrise|sunset|moonrise|moonset|dawn|dusk)(_|$)/i;

const words = snakeKey;

function withYear(value: string, year: number): string {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  // February 29 exists only in leap years.
  const rest = !leap && value.slice(4, 10) === '-02-29' ? `-02-28${value.slice(10)}` : value.slice(4);
  return `${String(year).padStart(4, '0')}${rest}`;
}

/**
 * An object's dates around the reference date: what was created or published is not in the future nor years
 * back, what expires has not expired, a record made by this call is dated now, sunrise is on the day observed.
 */
export function settleDates(obj: Record<string, unknown>, fixed: readonly string[], facts: CallFacts, top: boolean): void {
  const now = REFERENCE_DATE;
  const year = Number(now.slice(0, 4));
  const day = Object.entries(obj).find(([k, v]) => /^(date|day|observation_?date|valid_?date|dt_?txt)$/i.test(k) && typeof v === 'string' && ISO.test(v))?.[1] as string | undefined;
  const observed = day ?? (Object.entries(facts.echo).find(([k, v]) => /date|day/i.test(k) && typeof v === 'string' && ISO.test(v))?.[1] as string | undefined);
  upcomingStarts(obj, fixed, now, facts.upcoming === true);
  // Dates set to the asked year stay there (a film of 2001 is no recent release).
  const asked = inAskedYear(obj, fixed, facts.echo);
  spanOfDays(obj, fixed);
  for (const [key, value] of Object.entries(obj)) {
    if (fixed.includes(key) || asked.has(key) || typeof value !== 'string' || !ISO.test(value)) continue;
    const k = words(key);
    if (top && facts.changesNow && NOW.test(k) && !(facts.updates && CREATED.test(k))) {
      obj[key] = value.length > 10 ? `${now}T${value.slice(11)}` : now;
    } else if (SUN.test(k) && observed !== undefined && value.length > 10) {
      obj[key] = `${observed.slice(0, 10)}${value.slice(10)}`;
    } else if (top && facts.changesNow && FUTURE.test(k)) {
      // What this call made (a hold, a quote) expires soon: the day after it was made.
      const next = new Date(Date.parse(now) + 86_400_000).toISOString().slice(0, 10);
      obj[key] = value.length > 10 ? `${next}${value.slice(10)}` : next;
    } else if (FUTURE.test(k)) {
      if (value.slice(0, 10) <= now) obj[key] = withYear(value, value.slice(4, 10) > now.slice(4) ? year : year + 1);
    } else if (PAST.test(k)) {
      if (value.slice(0, 10) > now) obj[key] = withYear(value, value.slice(4, 10) <= now.slice(4) ? year : year - 1);
      else if (Number(value.slice(0, 4)) < year - 3) obj[key] = withYear(value, year - 1);
    }
  }
  if (top && facts.updates) createdFirst(obj, fixed);
}

const CREATED = /(^|_)(created|creation_?date|date_?created|inserted|added)(_|$)/i;

/** A record changed now was created before anything else it records happened (last sent, last login): a month before the earliest. */
function createdFirst(obj: Record<string, unknown>, fixed: readonly string[]): void {
  const created = Object.keys(obj).find((k) => !fixed.includes(k) && CREATED.test(words(k)) && typeof obj[k] === 'string' && ISO.test(obj[k] as string));
  if (created === undefined) return;
  let earliest: string | undefined;
  for (const [k, v] of Object.entries(obj)) {
    if (k === created || typeof v !== 'string' || !ISO.test(v) || !(PAST.test(words(k)) || /(^|_)last_/.test(words(k)))) continue;
    if (earliest === undefined || v.slice(0, 10) < earliest) earliest = v.slice(0, 10);
  }
  const value = obj[created] as string;
  if (earliest === undefined || value.slice(0, 10) <= earliest) return;
  const day = new Date(Date.parse(earliest) - 30 * 86_400_000).toISOString().slice(0, 10);
  obj[created] = value.length > 10 ? `${day}${value.slice(10)}` : day;
}

/** A status that says the thing has not happened yet: an event on sale starts after today. */
const UPCOMING = /^(onsale|on_sale|presale|scheduled|upcoming|planned|open|confirmed|not_?started|pending|postponed|rescheduled)$/i;
const START = /(^|_)(starts?|start_?(date|time|at)|starts_?at|begins?|begins_?at|event_?date|departure|departs_?at|check_?in)(_|$)/i;
const END = /(^|_)(ends?|end_?(date|time|at)|ends_?at|finish|arrival|arrives_?at|check_?out)(_|$)/i;

function upcomingStarts(obj: Record<string, unknown>, fixed: readonly string[], now: string, upcoming: boolean): void {
  const status = Object.entries(obj).find(([k, v]) => /(^|_)(status|state)$/i.test(words(k)) && typeof v === 'string')?.[1];
  if (!upcoming && (typeof status !== 'string' || !UPCOMING.test(status))) return;
  const start = Object.keys(obj).find((k) => !fixed.includes(k) && (START.test(words(k)) || (upcoming && /(^|_)date$/.test(words(k)))) && typeof obj[k] === 'string' && ISO.test(obj[k] as string));
  if (start === undefined) return;
  const value = obj[start] as string;
  if (value.slice(0, 10) > now) return;
  // Every date of the record moves by the same years, so its end stays after its start.
  const shift = Number(now.slice(0, 4)) - Number(value.slice(0, 4)) + (value.slice(4, 10) > now.slice(4) ? 0 : 1);
  for (const [k, v] of Object.entries(obj)) {
    if (fixed.includes(k) || typeof v !== 'string' || !ISO.test(v) || !(START.test(words(k)) || END.test(words(k)) || k === start)) continue;
    obj[k] = withYear(v, Number(v.slice(0, 4)) + shift);
  }
}

/** The dates of what was asked for by year (the long weekends of 2015) are in that year. */
function inAskedYear(obj: Record<string, unknown>, fixed: readonly string[], echo: Record<string, unknown>): Set<string> {
  const set = new Set<string>();
  // `year`, `season`, and filters like `primary_release_year` or `first_air_date_year`.
  const asked = Object.entries(echo).find(([k, v]) => /(^|_)(year|season)$/.test(words(k)) && /^(19|20)\d{2}$/.test(String(v)))?.[1];
  if (asked === undefined) return set;
  const year = Number(asked);
  const now = Number(REFERENCE_DATE.slice(0, 4));
  for (const [k, v] of Object.entries(obj)) {
    if (fixed.includes(k) || typeof v !== 'string' || !ISO.test(v)) continue;
    const w = words(k);
    // What was released or aired in the asked (past) year is dated in it; records' own timestamps are not.
    if (/(^|_)(release_?date|released|first_?air_?date|air_?date|published|publication_?date)(_|$)/.test(w) && year <= now && !NOW.test(w)) {
      obj[k] = withYear(v, year);
      set.add(k);
      continue;
    }
    if (PAST.test(w) || NOW.test(w) || FUTURE.test(w)) continue;
    if (START.test(w) || END.test(w) || /(^|_)(date|day|dates?|played_?on|held_?on)$/.test(w)) obj[k] = withYear(v, year);
  }
  return set;
}

const DAY_COUNT = /^(day_?count|days|number_?of_?days|duration_?days|length_?days|nights|number_?of_?nights)$/i;

/** A span of N days ends N days after it starts ({startDate, endDate, dayCount: 4}: three days later, both counted). */
function spanOfDays(obj: Record<string, unknown>, fixed: readonly string[]): void {
  const countKey = Object.keys(obj).find((k) => DAY_COUNT.test(k) && typeof obj[k] === 'number' && Number.isInteger(obj[k]) && (obj[k] as number) >= 1 && (obj[k] as number) <= 60);
  if (countKey === undefined) return;
  const start = Object.keys(obj).find((k) => START.test(words(k)) && typeof obj[k] === 'string' && ISO.test(obj[k] as string));
  const end = Object.keys(obj).find((k) => !fixed.includes(k) && END.test(words(k)) && typeof obj[k] === 'string' && ISO.test(obj[k] as string));
  if (start === undefined || end === undefined) return;
  const from = Date.parse((obj[start] as string).slice(0, 10));
  if (Number.isNaN(from)) return;
  const days = (obj[countKey] as number) - (/nights/i.test(countKey) ? 0 : 1);
  const day = new Date(from + days * 86_400_000).toISOString().slice(0, 10);
  const old = obj[end] as string;
  const from10 = obj[start] as string;
  // The end keeps its own form (a date or a date-time); its time is the start's, so it never precedes it.
  obj[end] = old.length > 10 ? `${day}${from10.length > 10 ? from10.slice(10) : old.slice(10)}` : day;
}

const LAT = /^(lat|latitude)$/i;
const LON = /^(lon|lng|long|longitude)$/i;
const DISTANCE = /^(distance|dist|distance_?(km|kilometers|kilometres|m|meters|metres|mi|miles)?)$/i;

/**
 * A place found near a point lies at its distance from that point, not on it: its coordinates move away by
 * the distance shown, each item in another direction (`index`).
 */
export function nearby(obj: Record<string, unknown>, fixed: readonly string[], echo: Record<string, unknown>, index: number): void {
  const latKey = Object.keys(obj).find((k) => LAT.test(k));
  const lonKey = Object.keys(obj).find((k) => LON.test(k));
  const distKey = Object.keys(obj).find((k) => DISTANCE.test(words(k)) && typeof obj[k] === 'number');
  if (latKey === undefined || lonKey === undefined || distKey === undefined || fixed.includes(latKey) || fixed.includes(lonKey)) return;
  const askedLat = Number(Object.entries(echo).find(([k]) => LAT.test(k))?.[1]);
  const askedLon = Number(Object.entries(echo).find(([k]) => LON.test(k))?.[1]);
  const lat = Number(obj[latKey]);
  const lon = Number(obj[lonKey]);
  if (!Number.isFinite(askedLat) || !Number.isFinite(askedLon) || Math.abs(lat - askedLat) > 1e-6 || Math.abs(lon - askedLon) > 1e-6) return;
  const d = obj[distKey] as number;
  const unit = words(distKey);
  const km = /(_|^)(m|meters|metres)$/.test(unit) ? d / 1000 : /(_|^)(mi|miles)$/.test(unit) ? d * 1.609 : /(_|^)(km|kilometers|kilometres)$/.test(unit) || d < 50 ? d : d / 1000;
  const bearing = ((index * 137 + 40) % 360) * (Math.PI / 180);
  const newLat = lat + (km / 111.32) * Math.cos(bearing);
  const newLon = lon + (km / (111.32 * Math.max(0.2, Math.cos((lat * Math.PI) / 180)))) * Math.sin(bearing);
  const put = (key: string, value: number): void => {
    obj[key] = typeof obj[key] === 'string' ? value.toFixed(4) : Number(value.toFixed(5));
  };
  put(latKey, newLat);
  put(lonKey, newLon);
}

/** "Data retrieved successfully." said by a write: a change reports that it was done, not that data was read. */
export function writeMessages(value: unknown): void {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return;
  const obj = value as Record<string, unknown>;
  for (const [k, v] of Object.entries(obj)) {
    if (/(^|_)(message|msg|status_?message|detail)$/i.test(words(k)) && typeof v === 'string' && /\bretrieved\b/i.test(v)) obj[k] = 'The request was processed successfully.';
  }
}
