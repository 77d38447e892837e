/**
 * Ranges read in order: a result's or a call's reversed bounds (`from` > `to`, `start_date` > `end_date`,
 * `min_price` > `max_price`, `createdSince` > `createdUntil`, `priceMin` > `priceMax`) are swapped. Which keys
 * pair is src/text's one rule (any prefix, any spelling), the one the checker reads too.
 */
import { daysFrom, describedRange, documentedMaxSpan, documentedWindow, mayBeRangeKey, ONE_DAY_INTENT, reversedPairs } from '../text/index.ts';
import { REFERENCE_DATE } from '../world/index.ts';
import { futureDeadlines29 } from './_creates29.ts';
import { aheadSchedules32 } from './_dates32.ts';
import { fitHistorySpan28 } from './_market-span28.ts';

/** Ranges in a result read in order (`from` ≤ `to`, `start_date` ≤ `end_date`): reversed bounds are swapped, in place. */
export function orderRanges(value: unknown, depth = 0): unknown {
  if (!value || typeof value !== 'object' || depth > 8) return value;
  if (Array.isArray(value)) {
    for (const item of value) orderRanges(item, depth + 1);
    return value;
  }
  const obj = value as Record<string, unknown>;
  if (Object.keys(obj).some(mayBeRangeKey)) {
    for (const [low, high] of reversedPairs(obj)) {
      // A pair already swapped by another spelling of it stays swapped.
      if (reversedPairs({ [low]: obj[low], [high]: obj[high] }).length > 0) [obj[low], obj[high]] = [obj[high], obj[low]];
    }
  }
  for (const child of Object.values(obj)) orderRanges(child, depth + 1);
  return value;
}

/** Call arguments in order too (`startDate` ≤ `endDate`, `min_price` ≤ `max_price`): reversed pairs swapped in place. */
export function orderRangeValues(values: Map<string, unknown>): void {
  const obj = Object.fromEntries(values);
  orderRanges(obj);
  for (const [key, value] of Object.entries(obj)) values.set(key, value);
}

/**
 * A date argument inside the window its parameter or operation documents ("between 14 days and 300 days from today
 * in the future", "historical"): a date outside is moved in, every date of the call by the same days (a range keeps
 * its length), in place.
 */
export function fitDateWindows(params: ReadonlyArray<{ name: string; description?: string }>, operation: { summary?: string; description?: string; effect?: string }, values: Map<string, unknown>): boolean {
  const ahead = futureDeadlines29(operation, values); // a new or changed record's deadline lies ahead (_creates29.ts)
  const scheduled = aheadSchedules32(operation, values); // so does a send time or schedule it sets (_dates32.ts)
  let shift: number | undefined;
  let texts: Texts | undefined;
  const history = fitHistorySpan28(operation, values);
  for (const [name, value] of values) {
    const day = daysFrom(REFERENCE_DATE, value);
    if (day === undefined) continue;
    texts ??= textsOf(params, operation);
    const window = documentedWindow(texts.params.get(name) ?? '') ?? documentedWindow(texts.operation);
    if (window === undefined || (day >= window.from && day <= window.to)) continue;
    let moved = day + (shift ?? 0);
    if (moved < window.from || moved > window.to) {
      // A few days into the window (the near end of a past one), the same for the same date.
      const into = 2 + (Math.abs(day) % 9);
      const target = window.to < 0 ? Math.max(window.from, window.to - into) : Math.min(window.to, window.from + into);
      shift = (shift ?? 0) + target - moved;
      moved = target;
    }
    values.set(name, shiftDate(value as string, moved - day));
  }
  fitDocumentedYears(params, values);
  return fitDateSpan(texts ?? textsOf(params, operation), values) || shift !== undefined || history || ahead || scheduled;
}

const YEAR_PARAM = /year/i;
/** A year inside the years its description supports ("model years from 1985 to 2023"): never a 2026 Chiron. In place. */
function fitDocumentedYears(params: ReadonlyArray<{ name: string; description?: string }>, values: Map<string, unknown>): void {
  for (const p of params) {
    const value = values.get(p.name);
    const year = typeof value === 'number' ? value : typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : undefined;
    if (year === undefined || !YEAR_PARAM.test(p.name) || p.description === undefined) continue;
    const range = describedRange(p.description);
    if (range === undefined || range.min < 1800 || range.max > 2200 || (year >= range.min && year <= range.max)) continue;
    // One of the last years supported, the same for the same year.
    const fitted = Math.max(range.min, range.max - (year % 3));
    values.set(p.name, typeof value === 'number' ? fitted : String(fitted));
  }
}

/**
 * A call's date range no longer than its description allows ("not more than 30 days"), nor than a week for an
 * operation of one day ("historical weather for a date"): never an end date 17 months after the start. The later
 * date is moved in, in place; true when one moved.
 */
function fitDateSpan(texts: Texts, values: Map<string, unknown>): boolean {
  const dated = [...values].map(([name, value]) => [name, daysFrom(REFERENCE_DATE, value)] as const).filter((e): e is readonly [string, number] => e[1] !== undefined);
  if (dated.length < 2) return false;
  const max = documentedMaxSpan(`${texts.operation} ${dated.map(([name]) => texts.params.get(name) ?? '').join(' ')}`) ?? (ONE_DAY_INTENT.test(texts.operation) ? 6 : undefined);
  if (max === undefined) return false;
  const first = Math.min(...dated.map((e) => e[1]));
  const [name, last] = dated.reduce((a, b) => (b[1] > a[1] ? b : a));
  if (last - first <= max) return false;
  // A few days into the allowed span, the same for the same dates.
  const span = 1 + ((last - first) % Math.max(1, max));
  values.set(name, shiftDate(values.get(name) as string, first + span - last));
  return true;
}

interface Texts {
  params: ReadonlyMap<string, string>;
  operation: string;
}
/** Each parameter's description by name and the operation's words, kept per operation (dates are fitted in every dialogue). */
const textsByParams = new WeakMap<object, Texts>();
function textsOf(params: ReadonlyArray<{ name: string; description?: string }>, operation: { summary?: string; description?: string }): Texts {
  let texts = textsByParams.get(params);
  if (texts === undefined) {
    texts = { params: new Map(params.map((p) => [p.name, p.description ?? ''])), operation: `${operation.summary ?? ''} ${operation.description ?? ''}` };
    textsByParams.set(params, texts);
  }
  return texts;
}

function shiftDate(value: string, days: number): string {
  const day = new Date(Date.parse(`${value.slice(0, 10)}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  return `${day}${value.slice(10)}`;
}

/** A span of numbers written as text ("1-4", "10–12"): a verse range, a page range (a year-month "2024-05" is none). */
const SPAN = /^\s*(\d{1,4})\s*([-–])\s*(\d{1,4})\s*$/;
const spanOf = (value: unknown): RegExpExecArray | undefined => {
  const m = typeof value === 'string' ? SPAN.exec(value) : null;
  return m && Number(m[1]) <= Number(m[3]) ? m : undefined;
};
/** Inputs that ask for a span of numbered items. */
const SPAN_INPUT = /(range|span|verses|pages|lines|ayahs)$/i;

/**
 * A parameter whose example is a span ("range", default "1-4") is sent a span of that form, never a lone "11":
 * a value drawn without that form is made one (a few numbers from it), in place.
 */
export function fitSpanValues(params: ReadonlyArray<{ name: string; default?: unknown; example?: unknown }>, values: Map<string, unknown>): void {
  for (const p of params) {
    const value = values.get(p.name);
    if (typeof value !== 'string' || spanOf(value) || !SPAN_INPUT.test(p.name)) continue;
    const shape = [p.example, p.default].find((v): v is string => spanOf(v) !== undefined);
    if (shape === undefined) continue;
    const first = Math.max(1, Math.min(200, Number(/\d+/.exec(value)?.[0] ?? 1)));
    values.set(p.name, `${first}${SPAN.exec(shape)![2]}${first + 2}`);
  }
}

const NUMBERED = /^(number|verse|verse_?number|verse_?id|index|position|no|num|line|line_?number|page|page_?number)$/i;

/** Items of a result asked for a span ("range": "4-7") are numbered inside it, in order (verses 4, 5, 6, never 4, 20, 21). */
export function numberInsideSpan(result: unknown, args: Readonly<Record<string, unknown>>): void {
  for (const [name, value] of Object.entries(args)) {
    const span = SPAN_INPUT.test(name) ? spanOf(value) : undefined;
    if (span) return numberIn(result, Number(span[1]), Number(span[3]), 0);
  }
}

function numberIn(value: unknown, low: number, high: number, depth: number): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (!Array.isArray(value)) {
    for (const v of Object.values(value as Record<string, unknown>)) numberIn(v, low, high, depth + 1);
    return;
  }
  const items = value.filter((v): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v));
  const key = items.length > 0 ? Object.keys(items[0]!).find((k) => NUMBERED.test(k) && typeof items[0]![k] === 'number') : undefined;
  if (key === undefined) {
    for (const item of items) numberIn(item, low, high, depth + 1);
    return;
  }
  const [from, to] = low <= high ? [low, high] : [high, low];
  // No more items than the span holds (verses 4-5 are two verses).
  if (items.length === value.length && value.length > to - from + 1) value.splice(to - from + 1);
  items.forEach((item, i) => {
    if (typeof item[key] === 'number') item[key] = Math.min(to, from + i);
  });
}
