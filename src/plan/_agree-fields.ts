/**
 * Pairs of fields of one record that must agree (QUALITY.md E), fixed after the record is built: a price row's
 * low and high bound its open and close; a free app costs nothing and a price's text says its price; a cell
 * not found has no rank; "No products found" is not said beside three products; a read that returned its data
 * is not pending; a job just started has not finished; a person who died lived a lifetime, in the past, and
 * their bio says so. Called per object by `agreeRecord` (`_agree.ts`).
 */
import { jobDuration30 } from './_durations-travel30.ts';
import { eventSpan30 } from './_event-span-travel30.ts';
import { agreeQuote } from './_quotes17.ts';
import { oneJobState } from './_job-state18.ts';
import { listingInItsCurrency } from './_listing-currency18.ts';
import { bodyMassIndex } from './_health.ts';
import type { Operation } from '../specs/types.ts';
import { inCurrency, inDollars, minorUnits } from './_money.ts';
import { REFERENCE_DATE } from '../world/index.ts';
import { snakeKeyLetters } from '../text/key-words-speed28.ts';
import { agreeDomain, agreeMeasures, type CalledDomain } from './_agree-measures.ts';
import { waitingJobHasNoResult } from './_agree-jobs.ts';
import { recentGenerations } from './_generations.ts';
import { agreeValues27 } from './_fits27.ts';

export interface AgreeContext {
  operation: Pick<Operation, 'effect' | 'name' | 'method' | 'path'>;
  /** Concrete paths the chain reads later: never changed. */
  pinned: ReadonlySet<string>;
  /** Allowed values of status-like output fields, by path pattern. */
  enums: ReadonlyMap<string, string[]>;
  /** The status a change leaves its record in (cancelled, withdrawn, deleted), if the call is one. */
  changed: string | undefined;
  /** Travellers the call prices for (adults: 9): a fare is per person. */
  travellers: number | undefined;
  /** The domain (or second-level label) the call names, if any: a whois-like record's parts are its. */
  domain?: CalledDomain | undefined;
}

const TRAVELLERS = /^(adults|passengers|travell?ers|num_?adults|num_?passengers|number_?of_?(adults|passengers|travell?ers)|pax)$/i;

/** The number of travellers a call's arguments price for, when it is 2 or more. */
export function travellersOf(args: Record<string, unknown>): number | undefined {
  for (const [k, v] of Object.entries(args)) {
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d{1,2}$/.test(v) ? Number(v) : NaN;
    if (TRAVELLERS.test(k.replace(/([a-z0-9])([A-Z])/g, '$1_$2')) && Number.isInteger(n) && n >= 2 && n <= 20) return n;
  }
  return undefined;
}

const join = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);

/** Fix the known field pairs of one object of a result. */
export function agreeFields(obj: Record<string, unknown>, path: string, pattern: string, depth: number, ctx: AgreeContext): void {
  const free = (k: string): boolean => !ctx.pinned.has(join(path, k));
  priceRow(obj, free);
  agreeQuote(obj, free);
  listingInItsCurrency(obj, free);
  priceText(obj, free);
  foundRank(obj, free);
  foundMessage(obj, free);
  if ((ctx.travellers !== undefined || FLIGHT_OP.test(`${ctx.operation.name} ${ctx.operation.path}`)) && depth <= 4) fareForParty(obj, ctx.travellers ?? 1, free, FLIGHT_OP.test(`${ctx.operation.name} ${ctx.operation.path}`));
  if (depth === 0) {
    pendingRead(obj, pattern, ctx, free);
    jobJustStarted(obj, pattern, ctx, free);
  }
  lifespan(obj, free);
  releasedStatus(obj, pattern, ctx, free);
  finishedAfterCreated(obj, free);
  jobDuration30(obj, free); // a job takes minutes to hours
  eventSpan30(obj, free); // an event's end told as its start is, after it
  oneJobState(obj, free, (key) => ctx.enums.get(join(pattern, key)));
  waitingJobHasNoResult(obj, free);
  recentGenerations(obj, free);
  numberTexts(obj, free);
  bodyMassIndex(obj, free);
  agreeMeasures(obj, free);
  if (ctx.domain !== undefined) agreeDomain(obj, ctx.domain, free);
  agreeValues27(obj, free, `${ctx.operation.name} ${ctx.operation.path}`);
}

// A truncated text (`PriceLastTruncated`) is its number too, never 0.14 beside a PriceLast of 203.
const TEXT_OF = /^(.+?)_?(text|string|formatted|display|label|truncated)$/i;

/** A number's text says that number (`score: 2` beside `scoreText: "3.3"` reads "2.0"), written with the text's decimals. */
function numberTexts(obj: Record<string, unknown>, free: (k: string) => boolean): void {
  for (const key of Object.keys(obj)) {
    const text = obj[key];
    if (typeof text !== 'string' || !free(key) || PRICE_TEXT.test(key)) continue;
    const m = TEXT_OF.exec(key);
    const base = m?.[1];
    if (base === undefined || typeof obj[base] !== 'number' || !Number.isFinite(obj[base])) continue;
    const shown = /^([^\d-]*)(-?\d+(?:\.(\d+))?)([^\d]*)$/.exec(text);
    if (!shown) continue;
    const value = (obj[base] as number).toFixed(shown[3]?.length ?? 0);
    if (Number(shown[2]) !== Number(value)) obj[key] = `${shown[1]}${value}${shown[4]}`;
  }
}

const BEGUN = /^(created|created_?at|date_?created|started|started_?at|start_?time|submitted_?at|queued_?at)$/i;

/** A record finishes after it was created or started: reversed dates are swapped. */
function finishedAfterCreated(obj: Record<string, unknown>, free: (k: string) => boolean): void {
  const begun = Object.keys(obj).find((k) => BEGUN.test(k) && typeof obj[k] === 'string' && /^\d{4}-\d{2}-\d{2}/.test(obj[k] as string));
  const ended = Object.keys(obj).find((k) => FINISHED.test(k) && typeof obj[k] === 'string' && /^\d{4}-\d{2}-\d{2}/.test(obj[k] as string));
  if (begun === undefined || ended === undefined || !free(begun) || !free(ended)) return;
  const [a, b] = [obj[begun] as string, obj[ended] as string];
  if (a.length === b.length && a > b) [obj[begun], obj[ended]] = [b, a];
}

/** A number or a numeric string, with how to write a new value back in the same form. */
function numeric(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  return undefined;
}

function writeLike(before: unknown, value: number): unknown {
  if (typeof before === 'number') return value;
  const digits = String(before).split('.')[1]?.length ?? 0;
  return value.toFixed(digits);
}

const OHLC: Record<string, 'open' | 'high' | 'low' | 'close'> = { open: 'open', high: 'high', low: 'low', close: 'close', o: 'open', h: 'high', l: 'low', c: 'close', open_price: 'open', high_price: 'high', low_price: 'low', close_price: 'close', day_high: 'high', day_low: 'low' };

/** `dayHigh` → `day_high` (kept per key: every object's keys are read). */
const camelWords = snakeKeyLetters;

/** A price row (open, high, low, close): the low is the least of the four and the high the greatest. */
function priceRow(obj: Record<string, unknown>, free: (k: string) => boolean): void {
  const keys: Partial<Record<'open' | 'high' | 'low' | 'close', string>> = {};
  for (const k of Object.keys(obj)) {
    const role = OHLC[camelWords(k)];
    if (role !== undefined && keys[role] === undefined && numeric(obj[k]) !== undefined) keys[role] = k;
  }
  if (keys.high === undefined || keys.low === undefined || (keys.open === undefined && keys.close === undefined)) return;
  // One-letter keys only count as a row when all four are there.
  if ([keys.high, keys.low].some((k) => k!.length === 1) && Object.values(keys).length < 4) return;
  const values = Object.values(keys).map((k) => numeric(obj[k!])!);
  const hi = Math.max(...values);
  const lo = Math.min(...values);
  if (free(keys.high) && numeric(obj[keys.high]) !== hi) obj[keys.high] = writeLike(obj[keys.high], hi);
  if (free(keys.low) && numeric(obj[keys.low]) !== lo) obj[keys.low] = writeLike(obj[keys.low], lo);
}

const FARE_BASE = /^(base|base_?fare|base_?amount|base_?price)$/i;
const FARE_TOTAL = /^(total|total_?price|total_?amount|grand_?total|taxes|tax|fees)$/i;

/** Operations about air travel: their fares are a flight's (about 80–900 USD a person), not a coffee's. */
const FLIGHT_OP = /flight|airfare|air_?fare|\bfares?\b/i;

/**
 * A fare priced for 9 adults costs 9 fares: a price block's base and total (drawn for one) scale with the party.
 * A flight's fare for one person is first put at 80–900 USD in its currency (total and taxes keep their ratio).
 */
function fareForParty(obj: Record<string, unknown>, n: number, free: (k: string) => boolean, flight: boolean): void {
  const base = Object.keys(obj).find((k) => FARE_BASE.test(k) && typeof obj[k] === 'number');
  // A line priced by quantity × unit price is already the party's (`fitTotal`).
  if (base === undefined || Object.keys(obj).some((k) => /^(quantity|qty|unit_?price)$/i.test(k))) return;
  const currency = Object.entries(obj).find(([k, v]) => /^currency(_?code)?$/i.test(k) && typeof v === 'string')?.[1] as string | undefined;
  const digits = currency ? minorUnits(currency) : 2;
  const drawn = obj[base] as number;
  const dollars = inDollars(drawn, currency ?? 'USD');
  const scale = flight && drawn > 0 && (dollars < 80 || dollars > 900) && free(base) ? (80 + (Math.round(drawn * 100) % 700)) / dollars : 1;
  if (scale === 1 && n === 1) return;
  for (const k of Object.keys(obj)) {
    if ((k === base || FARE_TOTAL.test(k)) && typeof obj[k] === 'number' && free(k)) obj[k] = Number(((obj[k] as number) * scale * n).toFixed(digits));
  }
}

const FREE_KEY = /^(free|is_?free)$/i;
const PRICE_KEY = /^(price|price_?value|amount)$/i;
const PRICE_TEXT = /^(price_?text|formatted_?price|price_?formatted|price_?string|display_?price|price_?label|price_?display)$/i;
const SYMBOL: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', KRW: '₩', INR: '₹', CNY: '¥', BRL: 'R$', AUD: 'A$', CAD: 'CA$' };

/** A free app costs nothing; a price's text writes the same price in the same currency. */
function priceText(obj: Record<string, unknown>, free: (k: string) => boolean): void {
  const freeKey = Object.keys(obj).find((k) => FREE_KEY.test(k) && typeof obj[k] === 'boolean');
  const priceKey = Object.keys(obj).find((k) => PRICE_KEY.test(k) && numeric(obj[k]) !== undefined);
  const textKey = Object.keys(obj).find((k) => PRICE_TEXT.test(k) && (typeof obj[k] === 'string' || typeof obj[k] === 'number'));
  if (priceKey === undefined || (freeKey === undefined && textKey === undefined)) return;
  if (freeKey !== undefined && obj[freeKey] === true && free(priceKey)) obj[priceKey] = writeLike(obj[priceKey], 0);
  if (freeKey !== undefined && obj[freeKey] === false && numeric(obj[priceKey]) === 0 && free(freeKey)) obj[freeKey] = true;
  const currency = Object.entries(obj).find(([k, v]) => /^currency(_?code)?$/i.test(k) && typeof v === 'string' && /^[A-Z]{3}$/.test(v))?.[1] as string | undefined;
  if (freeKey !== undefined && obj[freeKey] === false) paidApp(obj, priceKey, currency ?? 'USD', free);
  if (textKey === undefined || !free(textKey)) return;
  const price = numeric(obj[priceKey])!;
  if (typeof obj[textKey] === 'number') {
    obj[textKey] = price;
    return;
  }
  if (price === 0) {
    obj[textKey] = 'Free';
    return;
  }
  const amount = price.toFixed(currency ? minorUnits(currency) : 2);
  const symbol = currency ? SYMBOL[currency] : undefined;
  obj[textKey] = currency === undefined ? `$${amount}` : symbol !== undefined ? `${symbol}${amount}` : `${amount} ${currency}`;
}

const SUMMARY = /^(summary|description|about|short_?description)$/i;

/** A paid app costs what an app costs (a few dollars, not 1 023 246 won), and its summary does not call it free. */
function paidApp(obj: Record<string, unknown>, priceKey: string, currency: string, free: (k: string) => boolean): void {
  const price = numeric(obj[priceKey])!;
  const perDollar = inCurrency(1, currency) || 1;
  if (price / perDollar > 60 && free(priceKey)) obj[priceKey] = writeLike(obj[priceKey], inCurrency(0.99 + (Math.round(price) % 15), currency));
  for (const k of Object.keys(obj)) {
    if (SUMMARY.test(k) && typeof obj[k] === 'string' && free(k)) obj[k] = (obj[k] as string).replace(/\bfree with optional in-app upgrades\b/, 'a one-time purchase');
  }
}

const FOUND_KEY = /^(found|is_?found|ranked|is_?ranked|in_?results)$/i;
const RANK_KEY = /^(rank|ranking|position|rank_?position|place)$/i;

/** A cell or item not found has no rank. */
function foundRank(obj: Record<string, unknown>, free: (k: string) => boolean): void {
  const foundKey = Object.keys(obj).find((k) => FOUND_KEY.test(k) && obj[k] === false);
  if (foundKey === undefined) return;
  for (const k of Object.keys(obj)) if (RANK_KEY.test(k) && typeof obj[k] === 'number' && free(k)) obj[k] = null;
}

const MESSAGE_KEY = /^(message|msg|status_?message|detail|info|note)$/i;
const NONE_FOUND = /\b(?:no|zero|0)\s+([a-z]+(?:\s[a-z]+)?)\s+(?:were\s+|was\s+)?found\b|\bnot\s+found\b|\bno\s+(?:results|matches|data|records)\b/i;

/** "No products found" is not said beside the products found: the message counts them. */
function foundMessage(obj: Record<string, unknown>, free: (k: string) => boolean): void {
  const messageKey = Object.keys(obj).find((k) => MESSAGE_KEY.test(k) && typeof obj[k] === 'string' && NONE_FOUND.test(obj[k] as string));
  if (messageKey === undefined || !free(messageKey)) return;
  const list = Object.values(obj).find((v): v is unknown[] => Array.isArray(v) && v.length > 0);
  if (list === undefined) return;
  const noun = NONE_FOUND.exec(obj[messageKey] as string)?.[1]?.toLowerCase();
  const plural = noun && !/^(results?|matches|data|records?)$/.test(noun) ? noun : 'results';
  const one = plural.endsWith('ies') ? `${plural.slice(0, -3)}y` : plural.endsWith('s') ? plural.slice(0, -1) : plural;
  obj[messageKey] = `${list.length} ${list.length === 1 ? one : plural} found.`;
}

const STATUS_KEY = /^(status|state)$/i;
const WAITING = /^(pending|processing|queued|in_?progress|running|waiting|started|new|created|accepted|submitted)$/i;
const DONE = /^(ok|success|succeeded|successful|completed?|done|finished|ready|available|active)$/i;

/** The status word of the vocabulary that means `re`, written as the record writes its status. */
function statusWord(ctx: AgreeContext, pattern: string, key: string, re: RegExp, fallback: string, before: string): string | undefined {
  const vocabulary = ctx.enums.get(join(pattern, key));
  if (vocabulary) return vocabulary.find((v) => re.test(v));
  return before === before.toUpperCase() ? fallback.toUpperCase() : fallback;
}

/** A read that returned its data says so: it is not "pending" beside the complete list. */
function pendingRead(obj: Record<string, unknown>, pattern: string, ctx: AgreeContext, free: (k: string) => boolean): void {
  if (ctx.operation.effect !== 'read') return;
  const key = Object.keys(obj).find((k) => STATUS_KEY.test(k) && typeof obj[k] === 'string' && WAITING.test(obj[k] as string));
  if (key === undefined || !free(key)) return;
  const data = Object.values(obj).some((v) => (Array.isArray(v) && v.length > 0) || (v && typeof v === 'object' && Object.values(v).some((w) => Array.isArray(w) && w.length > 0)));
  if (!data) return;
  const word = statusWord(ctx, pattern, key, DONE, 'success', obj[key] as string);
  if (word !== undefined) obj[key] = word;
}

const JOB = /(export|import|job|report|task|build|backup|render|convert|batch|process|generate|sync)/i;
const FINISHED = /^(finished|completed|ended|done|finished_?at|completed_?at|ended_?at|finished_?on|completed_?on|finish_?time|end_?time|finished_?time|completion_?time|date_?finished|date_?completed)$/i;

/** A job this call has just started (an export, a report) has not finished: no finish date, a waiting status. */
function jobJustStarted(obj: Record<string, unknown>, pattern: string, ctx: AgreeContext, free: (k: string) => boolean): void {
  const { operation } = ctx;
  // An RPC-style API posts every call (`POST /exports/whitelist.json`): a POST that names no read starts the job too.
  const starts = operation.effect === 'create' || operation.effect === 'action' || (operation.method.toUpperCase() === 'POST' && !/(^|_)(info|list|get|status|search|find|query|fetch)(_|$)/.test(operation.name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()));
  if (!starts || !JOB.test(`${operation.name} ${operation.path}`)) return;
  const finishedKey = Object.keys(obj).find((k) => FINISHED.test(k) && typeof obj[k] === 'string' && /^\d{4}-\d{2}-\d{2}/.test(obj[k] as string));
  if (finishedKey === undefined || !free(finishedKey)) return;
  obj[finishedKey] = null;
  // It was created by this call: now.
  const createdKey = Object.keys(obj).find((k) => /^(created|created_?at|date_?created|started_?at|start_?time)$/i.test(k) && typeof obj[k] === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(obj[k] as string));
  if (createdKey !== undefined && free(createdKey)) obj[createdKey] = `${REFERENCE_DATE}${(obj[createdKey] as string).slice(10)}`;
  const statusKey = Object.keys(obj).find((k) => STATUS_KEY.test(k) && typeof obj[k] === 'string');
  if (statusKey === undefined || !free(statusKey) || WAITING.test(obj[statusKey] as string)) return;
  const word = statusWord(ctx, pattern, statusKey, WAITING, 'pending', obj[statusKey] as string);
  if (word !== undefined) obj[statusKey] = word;
}

const NOT_OUT = /^(in[_ ]?production|post[_ ]?production|pre[_ ]?production|planned|announced|rumou?red|upcoming|unreleased|filming|in[_ ]?development|coming[_ ]?soon)$/i;
const RELEASE_DATE = /^(release_?date|released|released_?on|first_?air_?date|air_?date|premiere_?date|published_?date|publication_?date|launch_?date)$/i;
const OUT = /^(released|published|aired|ended|available|out|launched)$/i;

/** A film whose release date has passed is out: "in production" beside releaseDate 2024-01-08 says "released". */
function releasedStatus(obj: Record<string, unknown>, pattern: string, ctx: AgreeContext, free: (k: string) => boolean): void {
  const statusKey = Object.keys(obj).find((k) => STATUS_KEY.test(k) && typeof obj[k] === 'string' && NOT_OUT.test(obj[k] as string));
  if (statusKey === undefined || !free(statusKey)) return;
  const date = Object.entries(obj).find(([k, v]) => RELEASE_DATE.test(k.replace(/([a-z0-9])([A-Z])/g, '$1_$2')) && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v))?.[1] as string | undefined;
  if (date === undefined || date.slice(0, 10) > REFERENCE_DATE) return;
  const before = obj[statusKey] as string;
  // Written as the record writes its status: "In Production" → "Released", "in_production" → "released".
  const word = statusWord(ctx, pattern, statusKey, OUT, /^\p{Lu}[\p{Ll}]/u.test(before) ? 'Released' : 'released', before);
  if (word !== undefined) obj[statusKey] = word;
}

const BIRTH = /^(birth_?date|born|born_?on|date_?of_?birth|dob|birthday|birth)$/i;
const DEATH = /^(death_?date|died|died_?on|date_?of_?death|death)$/i;
const BIO = /^(bio|biography|about|description|summary|overview)$/i;
const PRESENT_TENSE: Array<[RegExp, string]> = [[/\blives\b/g, 'lived'], [/\bhas worked\b/g, 'worked'], [/\bhas written\b/g, 'wrote'], [/\bhas been\b/g, 'was'], [/\bis (an?)\b/g, 'was $1'], [/\bworks\b/g, 'worked'], [/\bwrites\b/g, 'wrote']];

function withYear(value: string, year: number): string {
  const md = value.slice(5, 10) === '02-29' ? '02-28' : value.slice(5, 10);
  return `${String(year).padStart(4, '0')}-${md}${value.slice(10)}`;
}

/**
 * A person's dates: born at least 18 years before now; one who died lived 40–95 years and died years ago (a
 * classic author is not born in 2025), and their bio speaks of them in the past.
 */
function lifespan(obj: Record<string, unknown>, free: (k: string) => boolean): void {
  const birthKey = Object.keys(obj).find((k) => BIRTH.test(k) && typeof obj[k] === 'string' && /^\d{4}-\d{2}-\d{2}/.test(obj[k] as string));
  if (birthKey === undefined || !free(birthKey)) return;
  const deathKey = Object.keys(obj).find((k) => DEATH.test(k) && typeof obj[k] === 'string' && /^\d{4}-\d{2}-\d{2}/.test(obj[k] as string));
  const now = Number(REFERENCE_DATE.slice(0, 4));
  const birth = obj[birthKey] as string;
  // A number of the dates themselves picks the years, so the same record gets the same life.
  const seed = Number(birth.slice(2, 4)) * 31 + Number(birth.slice(5, 7)) * 7 + Number(birth.slice(8, 10));
  if (deathKey === undefined) {
    if (Number(birth.slice(0, 4)) > now - 18) obj[birthKey] = withYear(birth, now - 25 - (seed % 50));
    return;
  }
  if (!free(deathKey)) return;
  const death = obj[deathKey] as string;
  const life = Number(death.slice(0, 4)) - Number(birth.slice(0, 4));
  if (life >= 40 && life <= 95 && Number(death.slice(0, 4)) <= now - 5) return;
  const years = 45 + (seed % 45);
  const born = 1800 + (seed % Math.max(1, now - 10 - years - 1800));
  obj[birthKey] = withYear(birth, born);
  obj[deathKey] = withYear(death, born + years);
  for (const k of Object.keys(obj)) {
    if (!BIO.test(k) || typeof obj[k] !== 'string' || !free(k)) continue;
    let text = obj[k] as string;
    for (const [re, past] of PRESENT_TENSE) text = text.replace(re, past);
    obj[k] = text;
  }
}
