/**
 * Dates and series that hold together (QUALITY.md E): a long weekend spans a real Saturday and Sunday, a daily
 * market series lists trading days with prices that move a few percent a day, timed lines (lyrics) start in
 * order seconds apart, and a reply is dated after what it replies to. Values the chain reads (`keep`) stay.
 */

import { isExchangeDayMs, REFERENCE_DATE } from '../world/index.ts';

type Row = Record<string, unknown>;

const DAY = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;
const LONG_WEEKEND = /long[\s_-]?weekend/i;
const START = /^(start_?date|start|from|from_?date|begin|starts?_?on)$/i;
const END = /^(end_?date|end|to|to_?date|until|ends?_?on)$/i;
const DAY_COUNT = /^(day_?count|days|number_?of_?days|length)$/i;
const BRIDGE = /bridge/i;
const MARKET_DATE = /^(date|day|trading_?day|datetime|timestamp|time)$/i;
const CLOSE = /^(close|closing_?price|adj_?close|adjusted_?close|settle|settlement)$/i;
/** A bare price or last is a market close only in a market's context (a fare by date is no trading day). */
const PRICE = /^(price|last|last_?price)$/i;
const MARKET = /\b(stocks?|futures?|markets?|tickers?|symbols?|ohlcv?|quotes?|exchanges?|shares?|equit(y|ies)|time_?series|candles?|intraday)\b|_(stock|futures|ticker|quote)/i;
/** Coins trade every day of the week. */
const EVERY_DAY = /crypto|bitcoin|\bbtc\b|\beth\b|coins?\b|forex|currenc/i;
const OPEN = /^(open|opening_?price)$/i;
const HIGH = /^(high|high_?price|day_?high)$/i;
const LOW = /^(low|low_?price|day_?low)$/i;
const OFFSET = /^(start_?ms|start_?time_?ms|offset_?ms|time_?ms|timestamp_?ms|start_?offset|offset|start_?seconds|start_?sec|time_?offset)$/i;
const REPLY_DATE = /^(reply_?date|replied_?at|reply_?at|response_?date|responded_?at|answer_?date|answered_?at|developer_?reply_?date)$/i;
const BASE_DATE = /^(date|at|created|created_?at|posted_?at|review_?date|submitted_?at|published_?at|time|timestamp)$/i;

const isRow = (v: unknown): v is Row => v !== null && typeof v === 'object' && !Array.isArray(v);
const kept = (value: unknown, keep: ReadonlySet<string>): boolean => keep.has(JSON.stringify(value));
const keyOf = (row: Row, test: RegExp, type: 'string' | 'number' | 'boolean'): string | undefined => Object.keys(row).find((k) => test.test(k) && typeof row[k] === type);
const dayOf = (t: number): string => new Date(t).toISOString().slice(0, 10);
/** The value's own form kept: a date stays a date, a date-time keeps its time part. */
const sameForm = (old: string, day: string): string => (old.length > 10 ? `${day}${old.slice(10)}` : day);

/** Puts a result's calendars, series and timed lists in order; `context` names the operation (its id and words). */
export function settleCalendar(result: unknown, keep: ReadonlySet<string>, context: string): void {
  const weekend = LONG_WEEKEND.test(context);
  visit(result, 0, (list) => {
    if (list.length === 0 || !list.every(isRow)) return;
    const rows = list as Row[];
    if (weekend) longWeekends(rows, keep);
    marketDays(rows, keep, MARKET.test(context), EVERY_DAY.test(context));
    offsets(rows, keep);
  }, (row) => {
    replyAfter(row, keep);
    validSince(row, keep);
  });
}

function visit(value: unknown, depth: number, onList: (list: unknown[]) => void, onRow: (row: Row) => void): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    onList(value);
    for (const item of value) visit(item, depth + 1, onList, onRow);
    return;
  }
  onRow(value as Row);
  for (const child of Object.values(value)) if (child !== null && typeof child === 'object') visit(child, depth + 1, onList, onRow);
}

/** Each long weekend holds a Saturday and Sunday (Fri–Sun, Sat–Mon, Thu–Sun with a bridge day), distinct weeks, by start. */
function longWeekends(rows: Row[], keep: ReadonlySet<string>): void {
  const start = keyOf(rows[0]!, START, 'string');
  const end = keyOf(rows[0]!, END, 'string');
  if (start === undefined || end === undefined) return;
  if (rows.some((r) => typeof r[start] !== 'string' || !ISO_DAY.test(r[start] as string) || typeof r[end] !== 'string' || kept(r[start], keep) || kept(r[end], keep))) return;
  const count = keyOf(rows[0]!, DAY_COUNT, 'number');
  const bridge = Object.keys(rows[0]!).find((k) => BRIDGE.test(k) && typeof rows[0]![k] === 'boolean');
  rows.sort((a, b) => ((a[start] as string) < (b[start] as string) ? -1 : (a[start] as string) > (b[start] as string) ? 1 : 0));
  let lastSunday = -Infinity;
  rows.forEach((r, i) => {
    const t = Date.parse((r[start] as string).slice(0, 10));
    if (Number.isNaN(t)) return;
    // The Saturday of that week, at least a week after the one before.
    let saturday = t + ((6 - new Date(t).getUTCDay() + 7) % 7) * DAY;
    if (saturday <= lastSunday) saturday = lastSunday + 6 * DAY;
    lastSunday = saturday + DAY;
    // Three shapes in turn: Fri–Sun, Sat–Mon, Thu–Sun (the Friday a bridge day).
    const shape = i % 3;
    const from = shape === 0 ? saturday - DAY : shape === 1 ? saturday : saturday - 2 * DAY;
    const days = shape === 2 ? 4 : 3;
    r[start] = sameForm(r[start] as string, dayOf(from));
    r[end] = sameForm(r[end] as string, dayOf(from + (days - 1) * DAY));
    if (count !== undefined && !kept(r[count], keep)) r[count] = days;
    if (bridge !== undefined && !kept(r[bridge], keep)) r[bridge] = shape === 2;
  });
}

/** A daily price series: trading days only (weekends and exchange holidays skipped), each close a few percent from the one before, OHLC consistent. */
function marketDays(rows: Row[], keep: ReadonlySet<string>, market: boolean, everyDay: boolean): void {
  if (rows.length < 2) return;
  const dateKey = keyOf(rows[0]!, MARKET_DATE, 'string');
  const close = keyOf(rows[0]!, CLOSE, 'number') ?? (market ? keyOf(rows[0]!, PRICE, 'number') : undefined);
  if (dateKey === undefined || close === undefined) return;
  if (rows.some((r) => typeof r[dateKey] !== 'string' || !ISO_DAY.test(r[dateKey] as string) || typeof r[close] !== 'number' || kept(r[dateKey], keep))) return;
  const times = rows.map((r) => Date.parse((r[dateKey] as string).slice(0, 10)));
  if (times.some((t) => Number.isNaN(t))) return;
  // Only a day-by-day series (successive dates a day or so apart) is a trading calendar.
  const step = times.slice(1).map((t, i) => Math.abs(t - times[i]!));
  if (step.some((s) => s === 0 || s > 4 * DAY)) return;
  const ascending = times[1]! > times[0]!;
  let t = times[0]!;
  rows.forEach((r, i) => {
    if (i > 0) t += ascending ? DAY : -DAY;
    // Exchange holidays are closed days too (wave 28: never a close on July 4).
    while (!everyDay && !isExchangeDayMs(t)) t += ascending ? DAY : -DAY;
    r[dateKey] = sameForm(r[dateKey] as string, dayOf(t));
  });
  if (rows.some((r) => kept(r[close], keep))) return;
  const open = keyOf(rows[0]!, OPEN, 'number');
  const high = keyOf(rows[0]!, HIGH, 'number');
  const low = keyOf(rows[0]!, LOW, 'number');
  const cents = (v: number): number => Math.round(v * 100) / 100;
  // The series' level is its first close; each day moves it by at most 3 %, by the day's own drawn value.
  let previous = rows[0]![close] as number;
  rows.forEach((r, i) => {
    const drawn = r[close] as number;
    const move = i === 0 ? 0 : ((Math.round(drawn * 100) % 61) - 30) / 1000;
    const value = cents(Math.max(0.01, previous * (1 + move)));
    const opening = i === 0 && open !== undefined && typeof r[open] === 'number' ? Math.abs((r[open] as number) - value) <= value * 0.03 ? (r[open] as number) : value : previous;
    r[close] = value;
    if (open !== undefined && typeof r[open] === 'number') r[open] = cents(opening);
    if (high !== undefined && typeof r[high] === 'number') r[high] = cents(Math.max(opening, value) * 1.006);
    if (low !== undefined && typeof r[low] === 'number') r[low] = cents(Math.min(opening, value) * 0.994);
    previous = value;
  });
}

/** Timed lines start in order, seconds apart (lyrics at 12.4 s, 16.9 s, 21.3 s, never 240, 126, 440 ms). */
function offsets(rows: Row[], keep: ReadonlySet<string>): void {
  if (rows.length < 2) return;
  const key = keyOf(rows[0]!, OFFSET, 'number');
  if (key === undefined || rows.some((r) => typeof r[key] !== 'number' || kept(r[key], keep))) return;
  const ms = /ms$/i.test(key) || rows.some((r) => (r[key] as number) > 3600);
  const unit = ms ? 1000 : 1;
  const values = rows.map((r) => r[key] as number);
  const sorted = values.every((v, i) => i === 0 || v >= values[i - 1]! + 1.5 * unit);
  if (sorted) return;
  let at = Math.max(0, Math.min(...values));
  if (ms && at < 1000) at = at * 50;
  rows.forEach((r, i) => {
    // 2–5 seconds a line, by the line's own drawn value.
    if (i > 0) at += (2 + (Math.round(values[i]!) % 4)) * unit + (ms ? Math.round(values[i]!) % 1000 : 0);
    r[key] = ms ? Math.round(at) : Math.round(at * 10) / 10;
  });
}

/** A reply is dated on or after what it replies to (a review of May 6 answered on May 8, not the September before). */
function replyAfter(row: Row, keep: ReadonlySet<string>): void {
  const reply = keyOf(row, REPLY_DATE, 'string');
  if (reply === undefined || !ISO_DAY.test(row[reply] as string) || kept(row[reply], keep)) return;
  const base = Object.keys(row).find((k) => k !== reply && BASE_DATE.test(k) && typeof row[k] === 'string' && ISO_DAY.test(row[k] as string));
  if (base === undefined) return;
  const replied = Date.parse(row[reply] as string);
  let said = Date.parse(row[base] as string);
  const now = Date.parse(`${REFERENCE_DATE}T23:59:59Z`);
  if (Number.isNaN(replied) || Number.isNaN(said)) return;
  // What was answered was said already: a review dated next June moves back a year.
  if (said > now && !kept(row[base], keep)) {
    const old = row[base] as string;
    const year = Number(old.slice(0, 4)) - Math.ceil((said - now) / (365 * DAY));
    // February 29 becomes the 28th (the year moved to may have none).
    row[base] = `${String(year).padStart(4, '0')}${old.slice(4)}`.replace(LEAP_DAY, '$1-02-28');
    said = Date.parse(row[base] as string);
    if (Number.isNaN(said)) return;
  }
  // A reply comes within weeks of what it answers, and not after today.
  if (replied >= said && replied <= said + 60 * DAY && (replied <= now || said > now)) return;
  // One to three days later, by the reply's own day of the month, by today at the latest.
  const later = Math.max(said, Math.min(now, said + (1 + (new Date(replied).getUTCDate() % 3)) * DAY));
  const old = row[reply] as string;
  row[reply] = sameForm(old, dayOf(later));
}

const LEAP_DAY = /^(\d{4})-02-29/;
const VALID_FLAG = /^(valid|is_?valid|verified|is_?verified|active)$/i;
const VALID_SINCE = /^(valid_?after|valid_?from|valid_?since|verified_?at|verified_?on)$/i;

/** A check found valid has been valid since a day already past (never "valid: true, valid after" next May). */
function validSince(row: Row, keep: ReadonlySet<string>): void {
  const flag = keyOf(row, VALID_FLAG, 'boolean');
  if (flag === undefined || row[flag] !== true) return;
  const since = keyOf(row, VALID_SINCE, 'string');
  if (since === undefined || !ISO_DAY.test(row[since] as string) || kept(row[since], keep)) return;
  if ((row[since] as string).slice(0, 10) <= REFERENCE_DATE) return;
  const back = Date.parse(`${REFERENCE_DATE}T00:00:00Z`) - (3 + (Number((row[since] as string).slice(8, 10)) % 25)) * DAY;
  row[since] = sameForm(row[since] as string, dayOf(back));
}
