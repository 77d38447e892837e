/**
 * What a person wants from a price chart (QUALITY.md F): where the price went, not the chart's plumbing. A charting
 * API's answer ({Positions, Dates, Elements: [{Type: "price", DataSeries: {close: {min, max, minDate, maxDate}}}]})
 * was said as "the positions are 0.1448, 0.154 and 0.1751 and there are 3 items (currency USD, type price; …)";
 * here it is the symbol's closing range with the days of its low and high, its last close where the series has its
 * values, the highest high and lowest low, and the period the chart covers.
 */
import { sayDate } from './_say.ts';
import { REFERENCE_DATE } from '../world/index.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

const SERIAL_LO = 20000;
const SERIAL_HI = 80000;

/** A spreadsheet serial day (45465.625) as an ISO day, else undefined. */
function serialDay(v: unknown): string | undefined {
  if (typeof v !== 'number' || v < SERIAL_LO || v > SERIAL_HI) return undefined;
  return new Date((Math.floor(v) - 25569) * 86_400_000).toISOString().slice(0, 10);
}

const dayWords = (v: unknown): string | undefined => {
  const iso = serialDay(v) ?? (typeof v === 'string' ? v : undefined);
  return iso === undefined ? undefined : (sayDate(iso) ?? undefined);
};

/** An amount in its currency: "$72.65", "72.65 EUR". */
function money(n: number, currency: unknown): string {
  const figure = n >= 1 ? n.toFixed(2) : String(Number(n.toFixed(4)));
  return currency === undefined || currency === 'USD' ? `$${figure}` : `${figure} ${String(currency)}`;
}

const seriesOf = (series: Obj, key: string): Obj | undefined => {
  const found = Object.keys(series).find((k) => k.toLowerCase() === key);
  return found !== undefined && isObj(series[found]) ? (series[found] as Obj) : undefined;
};

/** The chart said as prices and days, or undefined when the result is no chart of prices. */
export function chartSummary22(result: unknown): string | undefined {
  if (!isObj(result)) return undefined;
  const elements = result.Elements ?? result.elements;
  if (!Array.isArray(elements)) return undefined;
  const price = elements.find((e): e is Obj => isObj(e) && String(e.Type ?? e.type ?? '').toLowerCase() === 'price' && isObj(e.DataSeries ?? e.dataSeries));
  if (!price) return undefined;
  const series = (price.DataSeries ?? price.dataSeries) as Obj;
  const close = seriesOf(series, 'close');
  if (!close || typeof close.min !== 'number' || typeof close.max !== 'number') return undefined;
  const currency = price.Currency ?? price.currency;
  const symbol = typeof (price.Symbol ?? price.symbol) === 'string' ? String(price.Symbol ?? price.symbol) : 'The price';
  const low = dayWords(close.minDate);
  const high = dayWords(close.maxDate);
  // Low and high on one day are said once: "between $257.15 and $275.25, both on June 23, 2023".
  const parts = [low && low === high ? `${symbol} closed between ${money(close.min, currency)} and ${money(close.max, currency)}, both on ${low}` : `${symbol} closed between ${money(close.min, currency)}${low ? ` (${low})` : ''} and ${money(close.max, currency)}${high ? ` (${high})` : ''}`];
  const dates = (result.Dates ?? result.dates) as unknown;
  const values = Array.isArray(close.values) ? close.values.filter((v): v is number => typeof v === 'number') : [];
  const lastDay = Array.isArray(dates) && dates.length > 0 ? dayWords(dates[dates.length - 1]) : undefined;
  if (values.length > 0) parts.push(`the last close was ${money(values[values.length - 1]!, currency)}${lastDay ? ` on ${lastDay}` : ''}`);
  const hi = seriesOf(series, 'high');
  const lo = seriesOf(series, 'low');
  if (hi && lo && typeof hi.max === 'number' && typeof lo.min === 'number') parts.push(`it traded as high as ${money(hi.max, currency)} and as low as ${money(lo.min, currency)}`);
  // The days it covers: its listed dates and the days of every low and high it names.
  const days = [...(Array.isArray(dates) ? dates : []), ...Object.values(series).flatMap((s) => (isObj(s) ? [s.minDate, s.maxDate] : []))].filter((d): d is number => serialDay(d) !== undefined);
  const firstDay = days.length > 1 ? dayWords(Math.min(...days)) : undefined;
  const endDay = days.length > 1 ? dayWords(Math.max(...days)) : undefined;
  // A chart that ends today says so: an end asked later than today is still ahead (wave 24).
  const today = days.length > 1 && serialDay(Math.max(...days)) === REFERENCE_DATE ? 'today, ' : '';
  const span = firstDay && endDay && firstDay !== endDay ? ` The chart runs from ${firstDay} ${today ? 'up ' : ''}to ${today}${endDay}.` : '';
  // One sentence each: the closing range, then the last close, the extremes and the period.
  return `${parts.map((p) => `${p.charAt(0).toUpperCase()}${p.slice(1)}.`).join(' ')}${span}`;
}
