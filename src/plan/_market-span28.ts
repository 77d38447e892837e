/**
 * A market history asked for a period that has been (QUALITY.md E): a chart was asked "to October 23, 2026" on
 * March 16, 2026, and one asked day by day over nineteen months came back as forty points nine days apart. Here a
 * history call (a chart, OHLC or candles, a price history) ends no later than today (every date of the call moved
 * back by the same days, so the span is kept), and one asked at an interval spans about forty of its steps (a few
 * days hour by hour, a few weeks day by day, up to five years month by month), so that its chart can carry each.
 */
import { daysFrom } from '../text/index.ts';
import { REFERENCE_DATE } from '../world/index.ts';

/** A market history: a chart, bars, or a history of prices or quotes (a weather history has windows of its own). */
const HISTORY_OP = /\b(charts?|ohlcv?|candles?|candlesticks?|klines?|price ?(series|history)|historical (prices?|quotes?|rates?|market data))\b/i;
const AHEAD_OP = /\b(forecasts?|predict(ion|ed)?s?|projections?|upcoming|calendar|earnings|dividends?|splits?|ipos?)\b/i;
const INTERVAL_ARG = /(period|interval|frequency|resolution|timeframe|granularity)/i;
/** The longest span (days) a history asked at an interval covers: about forty points of it (five years of months). */
const SPAN_BY_INTERVAL: ReadonlyArray<[RegExp, number]> = [
  [/^(h|1h|60m|hour|hourly|1hour|60min)$/i, 5],
  [/^(d|1d|day|daily|1day)$/i, 56],
  [/^(w|1w|1wk|week|weekly|1week)$/i, 364],
  [/^(m|1mo|month|monthly|1month)$/i, 1826],
];

/** A small fixed number from a text, the same for the same value. */
const hashOf = (s: string): number => {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) >>> 0;
  return h;
};

function shifted(value: string, days: number): string {
  const day = new Date(Date.parse(`${value.slice(0, 10)}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  return `${day}${value.slice(10)}`;
}

/** Fits a history call's dates (see the file comment), in place; true when one moved. */
export function fitHistorySpan28(operation: { summary?: string; description?: string }, values: Map<string, unknown>): boolean {
  let dated: Array<[string, number]> | undefined;
  for (const [name, value] of values) {
    const day = daysFrom(REFERENCE_DATE, value);
    if (day !== undefined) (dated ??= []).push([name, day]);
  }
  // Cheap first: a call with two dates, then the operation's words.
  if (dated === undefined || dated.length < 2) return false;
  const text = `${operation.summary ?? ''} ${operation.description ?? ''}`;
  if (!HISTORY_OP.test(text) || AHEAD_OP.test(text)) return false;
  let moved = false;
  const last = Math.max(...dated.map((e) => e[1]));
  if (last > 0) {
    // A day or a few before today, the same for the same dates.
    const by = -last - (1 + (hashOf(dated.map((e) => e[0]).join()) % 5));
    for (const e of dated) {
      values.set(e[0], shifted(values.get(e[0]) as string, by));
      e[1] += by;
    }
    moved = true;
  }
  let longest: number | undefined;
  for (const [k, v] of values) if (INTERVAL_ARG.test(k) && typeof v === 'string') longest ??= SPAN_BY_INTERVAL.find(([re]) => re.test(v.trim()))?.[1];
  const first = Math.min(...dated.map((e) => e[1]));
  const end = Math.max(...dated.map((e) => e[1]));
  if (longest !== undefined && end - first > longest) {
    // Between about a third of the longest span and all of it before the end, the same for the same dates.
    const least = Math.max(2, Math.floor(longest * 0.35));
    const span = least + (Math.abs(first) % (longest - least + 1));
    for (const e of dated) if (e[1] === first) values.set(e[0], shifted(values.get(e[0]) as string, end - span - first));
    moved = true;
  }
  return moved;
}
