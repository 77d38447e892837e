/**
 * A chart's days are the asked period's (QUALITY.md E): a chart asked for 2025-05-25..2026-12-04 by month carried
 * three recorded points in Feb–Mar 2026, and one asked for two days moved 7 %. Here a chart's `Dates` (serial days,
 * as a charting API sends them) are laid over the asked period at the asked interval, its series' min/max days with
 * them, and a span of a few days keeps its prices within a few per cent.
 */
import { askedPeriod, REFERENCE_DATE } from '../world/index.ts';
import { tradingHours28 } from './_trading-hours28.ts';

type Obj = Record<string, unknown>;
interface Slot { get: () => unknown; set: (v: unknown) => void }

const DAY_MS = 86_400_000;
/** Serial day 0 (the spreadsheet epoch a chart's `Dates` count from). */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const isSerial = (x: unknown): x is number => typeof x === 'number' && x > 20_000 && x < 80_000;
const INTERVAL_DAYS: Readonly<Record<string, number>> = { minute: 1 / 390, hour: 1 / 7, day: 1, daily: 1, week: 7, weekly: 7, month: 30.4, monthly: 30.4, quarter: 91, quarterly: 91, year: 365, yearly: 365, annual: 365 };
const INTERVAL_ARG = /(period|interval|frequency|resolution|timeframe|granularity)/i;
const round4 = (x: number): number => Number(x.toFixed(4));

/** The step in days a call asks for (`dataPeriod: "Month"` → 30.4), or undefined. */
function askedStep(args: Readonly<Record<string, unknown>>): number | undefined {
  for (const [k, v] of Object.entries(args)) if (INTERVAL_ARG.test(k) && typeof v === 'string') {
    const step = INTERVAL_DAYS[v.trim().toLowerCase()];
    if (step !== undefined) return step;
  }
  return undefined;
}

/** Lays a chart's `Dates` (and its series' `minDate`/`maxDate`) over the asked period, in place. */
export function fitChartDates23(chart: Obj, args: Readonly<Record<string, unknown>>, pinned: ReadonlySet<string>): void {
  const key = ['Dates', 'dates'].find((k) => Array.isArray(chart[k]));
  const period = key === undefined ? undefined : askedPeriod(args);
  if (key === undefined || period === undefined || period.to <= period.from) return;
  const dates = chart[key] as unknown[];
  if (dates.length < 2 || !dates.every(isSerial) || pinned.has(JSON.stringify(dates))) return;
  const from = (period.from - SERIAL_EPOCH) / DAY_MS;
  // The last asked day counts to its close; a chart has no days after today.
  const to = (Math.min(period.to, Math.max(period.from + DAY_MS, Date.parse(`${REFERENCE_DATE}T00:00:00Z`))) - SERIAL_EPOCH) / DAY_MS + 0.7;
  const series = seriesDays(chart);
  const old = [...dates, ...series.map((s) => s.get() as number)];
  const lo = Math.min(...old);
  const hi = Math.max(...old);
  const step = askedStep(args);
  // A chart answers the whole period asked: its days inside it, its first near the start and its last near the end (wave 24).
  const slack = Math.max(0.8, (to - from) / 10);
  const first = Math.min(...(dates as number[]));
  const last = Math.max(...(dates as number[]));
  const inside = lo >= from && hi <= to + 0.3 && first <= from + slack && last >= to - slack;
  // A span of a few days asked with no interval is told day by day (one close a day), never three points of its first day.
  const days = Math.floor(to) - Math.ceil(from) + 1;
  // Asked day by day over a few weeks, a chart has a point each day (its trading days kept later), never 40 points 9 days apart (wave 28).
  const daily = step === 1 && days >= 2 && days <= 62;
  // Hour by hour over a few days, the trading hours of its trading days (wave 28), never 40 points a week apart.
  const hours = step === INTERVAL_DAYS.hour && days <= 8 ? tradingHours28(Math.ceil(from), Math.floor(to)) : undefined;
  const count = hours !== undefined && hours.length >= 2 ? hours.length : daily ? days : step !== undefined ? Math.max(2, Math.min(step >= 7 ? 64 : 40, Math.round((to - from) / step) + 1)) : !inside && to - from <= 8 && days >= 2 ? days : dates.length;
  if (inside && count === dates.length && hours === undefined) return;
  const next = hours !== undefined && hours.length === count ? hours : daily || (step === undefined && count === days && count !== dates.length) ? Array.from({ length: count }, (_, i) => Math.ceil(from) + i) : Array.from({ length: count }, (_, i) => round4(from + ((to - from) * i) / (count - 1)));
  dates.splice(0, dates.length, ...next);
  const positions = ['Positions', 'positions'].map((k) => chart[k]).find(Array.isArray) as unknown[] | undefined;
  if (positions && positions.length !== count && !pinned.has(JSON.stringify(positions))) positions.splice(0, positions.length, ...next.map((_, i) => round4(i / (count - 1))));
  // A series' days keep their place in the chart, moved onto the new days.
  for (const s of series) {
    const frac = hi > lo ? ((s.get() as number) - lo) / (hi - lo) : 0.5;
    s.set(round4(from + (to - from) * Math.min(1, Math.max(0, frac))));
  }
}

/** The `minDate`/`maxDate` slots of a chart's elements' series. */
function seriesDays(chart: Obj): Slot[] {
  const slots: Slot[] = [];
  const elements = chart.Elements ?? chart.elements;
  if (!Array.isArray(elements)) return slots;
  for (const e of elements) {
    const ds = e && typeof e === 'object' ? (e as Obj).DataSeries : undefined;
    if (!ds || typeof ds !== 'object') continue;
    for (const s of Object.values(ds as Obj)) {
      if (!s || typeof s !== 'object') continue;
      for (const k of ['minDate', 'maxDate']) if (isSerial((s as Obj)[k])) slots.push({ get: () => (s as Obj)[k], set: (v) => { (s as Obj)[k] = v; } });
    }
  }
  return slots;
}

/** Prices of a span of a few days drawn within 5 % of their middle (order kept), in place. */
export function narrowPrices23(slots: readonly Slot[], figure: (v: unknown) => number | undefined, rewrite: (old: unknown, n: number) => unknown): void {
  const values = slots.map((s) => figure(s.get())).filter((n): n is number => n !== undefined && n > 0);
  if (values.length < 2) return;
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const mid = (lo + hi) / 2;
  const k = (hi - lo) / mid <= 0.05 ? 1 : (0.05 * mid) / (hi - lo);
  if (k === 1) return;
  for (const s of slots) {
    const n = figure(s.get());
    if (n !== undefined && n > 0) s.set(rewrite(s.get(), mid + (n - mid) * k));
  }
}
