/**
 * A chart's prices move as much as its period allows (QUALITY.md E): a TSLA chart of five years drawn from one
 * recorded example closed between $137 and $147, and its low's min and max fell on the same day. Here a chart
 * (serial `Dates`, elements with `DataSeries` of {min, max, minDate, maxDate}) is redrawn from one random walk over
 * its days: its spread grows with the period's square root (a few per cent over days, tens of per cent over months,
 * two to five times over years), it runs from the symbol's level at the start to its level at the end, its days are
 * whole trading days (no Saturday or Sunday but for coins), and each series' min and max sit on the days the walk
 * reached them. An element's `TimeStamp` is the chart's last day. Values the chain reads (pinned) stay.
 */
import { askedPeriod, isExchangeSerial, priceLevelOn, type MarketLevel } from '../world/index.ts';

type Obj = Record<string, unknown>;

const DAY_MS = 86_400_000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
/** A year's volatility by market kind (the log price's standard deviation over a year). */
const VOLATILITY: Readonly<Record<string, number>> = { stock: 0.32, fund: 0.16, index: 0.16, future: 0.3, coin: 0.7 };
const PRICE = /^(open|high|low|close|adjclose|price|last)$/i;
const VOLUME = /^(volume|vol)$/i;
const isSerial = (x: unknown): x is number => typeof x === 'number' && x > 20_000 && x < 80_000;

/** A small generator seeded by a text (the chart is the same for the same call, never by chance). */
function seeded(seed: string): () => number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  let s = h >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw. */
const normal = (next: () => number): number => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());

/**
 * A serial day moved onto a trading day (wave 28: exchange holidays too, never July 4): a closed day goes to the
 * nearer trading day (Saturday back to Friday, Sunday on to Monday) that stays within [lo, hi], else back.
 */
function tradingDay(serial: number, lo: number, hi: number): number {
  const day = Math.round(serial);
  if (isExchangeSerial(day)) return day;
  let back = day - 1;
  while (!isExchangeSerial(back)) back--;
  let on = day + 1;
  while (!isExchangeSerial(on)) on++;
  const [near, far] = day - back <= on - day ? [back, on] : [on, back];
  return near >= lo && near <= hi ? near : far >= lo && far <= hi ? far : back;
}

const round2 = (x: number): number => Number(x.toFixed(x >= 1 ? 2 : 4));
const isoOf = (serial: number): string => new Date(SERIAL_EPOCH + serial * DAY_MS).toISOString().slice(0, 10);

interface Series { obj: Obj; key: string }

/** The `DataSeries` objects this file drew: a later pass that would lay prices out again leaves them. */
const WALKED = new WeakSet<object>();
export const walkedSeries24 = (series: object): boolean => WALKED.has(series);

/** How far (a share of the middle) a chart's prices reach either side over a period: grows with its square root. */
export function chartHalfSpread24(days: number): number {
  return days <= 7 ? 0.02 : Math.min(0.6, 0.03 + 0.25 * Math.sqrt(days / 365));
}

/** The chart's price and volume series objects ({min, max, …}); undefined where any is pinned or not such a series. */
function seriesOf(chart: Obj, pinned: ReadonlySet<string>): { prices: Series[]; volumes: Series[]; elements: Obj[] } | undefined {
  const elements = (chart.Elements ?? chart.elements) as unknown[];
  const prices: Series[] = [];
  const volumes: Series[] = [];
  const kept: Obj[] = [];
  for (const e of elements) {
    const ds = e && typeof e === 'object' ? (e as Obj).DataSeries : undefined;
    if (!ds || typeof ds !== 'object') continue;
    kept.push(e as Obj);
    for (const [k, s] of Object.entries(ds as Obj)) {
      if (!s || typeof s !== 'object' || typeof (s as Obj).min !== 'number' || typeof (s as Obj).max !== 'number') continue;
      if (pinned.has(JSON.stringify((s as Obj).min)) || pinned.has(JSON.stringify((s as Obj).max))) return undefined;
      if (PRICE.test(k)) prices.push({ obj: s as Obj, key: k.toLowerCase() });
      else if (VOLUME.test(k)) volumes.push({ obj: s as Obj, key: k.toLowerCase() });
    }
  }
  return prices.length > 0 ? { prices, volumes, elements: kept } : undefined;
}

/** Whole trading days for the chart's `Dates` (and its positions, where their count changes). */
function settleDays(chart: Obj, dates: number[], coin: boolean, pinned: ReadonlySet<string>): number[] {
  const lo = Math.floor(dates[0]!);
  const hi = Math.floor(dates[dates.length - 1]!);
  const days = [...new Set(dates.map((d) => (coin ? Math.floor(d) : tradingDay(Math.floor(d), lo, hi))))].filter((d) => d >= lo - 2 && d <= hi + 2).sort((a, b) => a - b);
  if (days.length < 2) return dates;
  dates.splice(0, dates.length, ...days);
  const positions = ['Positions', 'positions'].map((k) => chart[k]).find(Array.isArray) as unknown[] | undefined;
  if (positions && positions.length !== days.length && !pinned.has(JSON.stringify(positions))) positions.splice(0, positions.length, ...days.map((_, i) => Number((i / (days.length - 1)).toFixed(4))));
  return days;
}

/**
 * Redraws a chart's series from one walk (see the file comment), in place. `level`: the symbol's market level, if
 * the world knows it; else the walk centres on the chart's drawn closes.
 */
export function walkChart24(chart: Obj, args: Readonly<Record<string, unknown>>, symbol: string | undefined, level: MarketLevel | undefined, pinned: ReadonlySet<string>): void {
  const key = ['Dates', 'dates'].find((k) => Array.isArray(chart[k]));
  if (key === undefined) return;
  const raw = chart[key] as unknown[];
  if (raw.length < 2 || !raw.every(isSerial) || pinned.has(JSON.stringify(raw))) return;
  const found = seriesOf(chart, pinned);
  if (found === undefined) return;
  const coin = level?.kind === 'coin';
  const intraday = (raw[1] as number) - (raw[0] as number) < 0.9;
  const days = intraday ? (raw as number[]) : settleDays(chart, raw as number[], coin, pinned);
  const drawn = found.prices.map((s) => ((s.obj.min as number) + (s.obj.max as number)) / 2).filter((x) => x > 0).sort((a, b) => a - b);
  const middle = drawn[Math.floor(drawn.length / 2)] ?? 100;
  const period = askedPeriod(args);
  const first = SERIAL_EPOCH + days[0]! * DAY_MS;
  const last = SERIAL_EPOCH + days[days.length - 1]! * DAY_MS;
  const start = level ? priceLevelOn(level, period?.from ?? first) : middle;
  const end = level ? priceLevelOn(level, Math.min(last, period?.to ?? last)) : middle;
  const next = seeded(`${symbol ?? ''}:${days[0]}:${days[days.length - 1]}:${days.length}`);
  const sigma = VOLATILITY[level?.kind ?? 'stock'] ?? 0.3;
  // A Brownian bridge of log prices from the start level to the end level.
  const walk = [0];
  for (let i = 1; i < days.length; i++) walk.push(walk[i - 1]! + sigma * Math.sqrt(Math.max(days[i]! - days[i - 1]!, 1 / 390) / 365) * normal(next));
  const drift = Math.log(end / start);
  const tail = walk[walk.length - 1]!;
  const close = walk.map((w, i) => start * Math.exp(w - (tail * i) / (days.length - 1) + (drift * i) / (days.length - 1)));
  const stepSigma = sigma * Math.sqrt(Math.max((last - first) / DAY_MS / days.length, 1 / 390) / 365);
  // Each point is one day's bar (wave 28): its open, high and low within a day's move of its close, never a 36 %
  // range in a day because the points sit months apart; a bar opens near the close before it only on the next day.
  const barSigma = Math.min(stepSigma, sigma * Math.sqrt(1 / 252));
  const sparse = days.some((d, i) => i > 0 && d - days[i - 1]! > 4);
  const open = close.map((c, i) => (i === 0 ? c * Math.exp(barSigma * 0.5 * normal(next)) : sparse ? c * Math.exp(barSigma * 0.5 * normal(next)) : close[i - 1]! * Math.exp(stepSigma * 0.1 * normal(next))));
  const high = close.map((c, i) => Math.max(c, open[i]!) * (1 + Math.min(0.06, Math.abs(barSigma * 0.35 * normal(next)))));
  const low = close.map((c, i) => Math.min(c, open[i]!) * (1 - Math.min(0.06, Math.abs(barSigma * 0.35 * normal(next)))));
  const path: Readonly<Record<string, number[]>> = { open, high, low, close, adjclose: close, price: close, last: close };
  for (const s of found.prices) place(s.obj, path[s.key] ?? close, days, round2);
  for (const s of found.volumes) {
    const v = Math.max(1, ((s.obj.min as number) + (s.obj.max as number)) / 2);
    place(s.obj, days.map(() => v * Math.exp(0.35 * normal(next))), days, Math.round);
  }
  for (const e of found.elements) WALKED.add(e.DataSeries as object);
  // An element's time stamp is the chart's last day (its close), never a day after it.
  for (const e of found.elements) for (const k of ['TimeStamp', 'timestamp', 'Timestamp']) {
    const t = e[k];
    if (typeof t === 'string' && /^\d{4}-\d{2}-\d{2}/.test(t) && !pinned.has(JSON.stringify(t))) e[k] = `${isoOf(days[days.length - 1]!)}${t.slice(10)}`;
  }
}

/** A series' min and max from a path, with the days it reached them. */
function place(series: Obj, values: readonly number[], days: readonly number[], round: (x: number) => number): void {
  let lo = 0;
  let hi = 0;
  values.forEach((v, i) => {
    if (v < values[lo]!) lo = i;
    if (v > values[hi]!) hi = i;
  });
  series.min = round(values[lo]!);
  series.max = round(values[hi]!);
  if ('minDate' in series) series.minDate = days[lo];
  if ('maxDate' in series) series.maxDate = days[hi];
}
