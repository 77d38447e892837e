/**
 * Dates and series that hold together (QUALITY.md E):
 * - `long_weekend_days`: a long weekend listed by an operation about long weekends spans a Saturday and a Sunday.
 * - `market_day_series`: a daily price series (date and close) lists no Saturday or Sunday (coins and currency
 *   rates aside) and no close more than 30 % from the day before.
 * - `reply_before_post`: a reply is not dated before what it replies to.
 * - `offset_order`: timed lines (`startMs`) start in order, never an earlier offset after a later one.
 * Reads only the dialogue record: shares nothing with the generator.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

export const CALENDAR12_INVARIANTS = ['long_weekend_days', 'market_day_series', 'reply_before_post', 'offset_order'] as const satisfies readonly InvariantId[];

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Row = Record<string, unknown>;

const DAY = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;
const LONG_WEEKEND = /long[\s_-]?weekend/i;
const START = /^(start_?date|start|from|from_?date|begin)$/i;
const END = /^(end_?date|end|to|to_?date|until)$/i;
const MARKET_DATE = /^(date|day|trading_?day)$/i;
const CLOSE = /^(close|closing_?price|adj_?close|adjusted_?close)$/i;
/** Coins and currency rates are quoted every day of the week. */
const EVERY_DAY = /crypto|bitcoin|btc|coin|forex|currenc|exchange_?rate|\bfx\b/i;
const OFFSET = /^(start_?ms|start_?time_?ms|offset_?ms|time_?ms)$/i;
const REPLY_DATE = /^(reply_?date|replied_?at|reply_?at|response_?date|responded_?at)$/i;
const BASE_DATE = /^(date|at|created|created_?at|posted_?at|review_?date|submitted_?at|published_?at)$/i;

const isRow = (v: unknown): v is Row => v !== null && typeof v === 'object' && !Array.isArray(v);
const keyOf = (row: Row, test: RegExp, type: 'string' | 'number'): string | undefined => Object.keys(row).find((k) => test.test(k) && typeof row[k] === type);

function each(value: unknown, depth: number, onList: (list: Row[]) => void, onRow: (row: Row) => void): void {
  if (depth > 5 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every(isRow)) onList(value as Row[]);
    for (const item of value) each(item, depth + 1, onList, onRow);
    return;
  }
  onRow(value as Row);
  for (const child of Object.values(value)) if (child !== null && typeof child === 'object') each(child, depth + 1, onList, onRow);
}

function weekendProblem(rows: Row[]): string | undefined {
  const start = keyOf(rows[0]!, START, 'string');
  const end = keyOf(rows[0]!, END, 'string');
  if (start === undefined || end === undefined) return undefined;
  for (const r of rows) {
    const from = Date.parse(String(r[start]).slice(0, 10));
    const to = Date.parse(String(r[end]).slice(0, 10));
    if (Number.isNaN(from) || Number.isNaN(to) || to < from || to - from > 20 * DAY) continue;
    const days = new Set<number>();
    for (let t = from; t <= to; t += DAY) days.add(new Date(t).getUTCDay());
    if (!days.has(6) || !days.has(0)) return `long weekend ${String(r[start]).slice(0, 10)}..${String(r[end]).slice(0, 10)} holds no Saturday and Sunday`;
  }
  return undefined;
}

function marketProblem(rows: Row[], everyDay: boolean): string | undefined {
  if (rows.length < 2) return undefined;
  const date = keyOf(rows[0]!, MARKET_DATE, 'string');
  const close = keyOf(rows[0]!, CLOSE, 'number');
  if (date === undefined || close === undefined || !rows.every((r) => typeof r[date] === 'string' && ISO_DAY.test(r[date] as string) && typeof r[close] === 'number')) return undefined;
  const times = rows.map((r) => Date.parse((r[date] as string).slice(0, 10)));
  // Only a day-by-day series: successive dates one to four days apart.
  if (times.some((t, i) => Number.isNaN(t) || (i > 0 && (Math.abs(t - times[i - 1]!) < DAY || Math.abs(t - times[i - 1]!) > 4 * DAY)))) return undefined;
  for (let i = 0; i < rows.length; i++) {
    const weekday = new Date(times[i]!).getUTCDay();
    if (!everyDay && (weekday === 0 || weekday === 6)) return `daily ${close} series lists ${(rows[i]![date] as string).slice(0, 10)}, a weekend day`;
    const before = rows[i - 1]?.[close] as number | undefined;
    const now = rows[i]![close] as number;
    if (before !== undefined && before > 0 && Math.abs(now - before) / before > 0.3) return `daily ${close} jumps ${before} -> ${now} in one day`;
  }
  return undefined;
}

function offsetProblem(rows: Row[]): string | undefined {
  if (rows.length < 2) return undefined;
  const key = keyOf(rows[0]!, OFFSET, 'number');
  if (key === undefined) return undefined;
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1]![key];
    const b = rows[i]![key];
    if (typeof a === 'number' && typeof b === 'number' && b < a) return `${key} ${b} follows ${a}`;
  }
  return undefined;
}

function replyProblem(row: Row): string | undefined {
  const reply = keyOf(row, REPLY_DATE, 'string');
  if (reply === undefined || !ISO_DAY.test(row[reply] as string)) return undefined;
  const base = Object.keys(row).find((k) => k !== reply && BASE_DATE.test(k) && typeof row[k] === 'string' && ISO_DAY.test(row[k] as string));
  if (base === undefined) return undefined;
  // By day: a reply the same day is fine whatever the hours say.
  const replied = (row[reply] as string).slice(0, 10);
  const said = (row[base] as string).slice(0, 10);
  return replied < said ? `${reply} ${replied} is before ${base} ${said}` : undefined;
}

export function checkCalendar12(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, i) => {
    const t = turn as { speaker: string; status?: string; result?: unknown; operation?: string };
    if (t.speaker !== 'tool' || t.status !== 'ok' || t.result === undefined || t.operation === undefined) return;
    const op = (record.operations as Record<string, { name?: string; summary?: string; description?: string } | undefined>)[t.operation];
    const about = `${t.operation} ${op?.name ?? ''} ${op?.summary ?? ''}`;
    const weekend = LONG_WEEKEND.test(about);
    const everyDay = EVERY_DAY.test(about);
    const seen = new Set<string>();
    const once = (invariant: InvariantId, problem: string | undefined): void => {
      if (problem === undefined || seen.has(invariant)) return;
      seen.add(invariant);
      add(invariant, i, `${t.operation} result: ${problem}`);
    };
    each(t.result, 0, (rows) => {
      if (weekend) once('long_weekend_days', weekendProblem(rows));
      once('market_day_series', marketProblem(rows, everyDay));
      once('offset_order', offsetProblem(rows));
    }, (row) => once('reply_before_post', replyProblem(row)));
  });
}
