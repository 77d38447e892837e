/**
 * A car's market valuation reads as one (QUALITY.md E): its mean is at the level of that car (its age, its mileage)
 * in cents, never "8449.1435"; its spread, average and below/above prices follow the mean; its distribution's groups
 * climb around it and their counts add up to the count of sales; a certainty or confidence is a percentage (0–100);
 * the mileage it echoes is the mileage sent; its period of sales is recent. Runs last on a record that has a vehicle and a mean or prices.
 */
import { REFERENCE_DATE } from '../world/index.ts';

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const cents = (n: number): number => Math.round(n * 100) / 100;
const CURRENT_YEAR = Number(REFERENCE_DATE.slice(0, 4));
const SURE = /^(certainty|confidence)(_?(score|level|pct|percent))?$/i;
const MILES = /^(mileage|miles|odometer)$/i;

/** Settle a valuation result of a car (`vin`/`vehicle` and `mean`/`prices`); anything else is left as it is. */
export function fitValuation29(result: unknown, args: Readonly<Record<string, unknown>>): void {
  if (!isRecord(result) || !('mean' in result || isRecord(result['prices'])) || !('vin' in result || 'vehicle' in result)) return;
  const sent = Object.entries(args).find(([k, v]) => MILES.test(k) && typeof v === 'number')?.[1] as number | undefined;
  for (const [k, v] of Object.entries(result)) {
    if (MILES.test(k) && typeof v === 'number' && sent !== undefined) result[k] = sent;
    if (SURE.test(k) && typeof v === 'number' && v > 100) result[k] = 100 - (v % 13);
  }
  const adjust = isRecord(result['adjustments']) ? result['adjustments'] : undefined;
  const milesAdj = adjust && isRecord(adjust['mileage']) ? adjust['mileage'] : undefined;
  const miles = sent ?? (typeof result['mileage'] === 'number' ? result['mileage'] : undefined);
  if (milesAdj && typeof milesAdj['input'] === 'number' && miles !== undefined) milesAdj['input'] = miles;
  const year = Number(/\b(19[89]\d|20[0-3]\d)\b/.exec(String(result['vehicle'] ?? ''))?.[1] ?? NaN);
  const mean = typeof result['mean'] === 'number' ? result['mean'] : undefined;
  if (mean === undefined || !Number.isFinite(year)) return;
  // A car loses about a seventh of its value a year and a little per mile over 12,000 a year.
  const age = Math.max(0, CURRENT_YEAR - year);
  const seed = [...String(result['vehicle'])].reduce((a, c) => (a * 31 + c.charCodeAt(0)) % 9973, 7);
  const base = 30000 + (seed % 25) * 1000;
  const over = miles === undefined ? 0 : miles - 12000 * Math.max(1, age);
  const level = cents(Math.max(1500, base * 0.86 ** age - over * 0.05) + (seed % 100) / 100);
  const stdev = Math.round(level * 0.11);
  result['mean'] = level;
  // The sales it is drawn from are recent ones, never from before the model year.
  const period = result['period'];
  if (Array.isArray(period) && period.every((d) => typeof d === 'string' && /^\d{4}-\d\d-\d\d$/.test(d))) {
    const recent = [`${CURRENT_YEAR - 1}-06-14`, `${CURRENT_YEAR}-02-27`];
    result['period'] = period.length === 1 ? [recent[1]] : period.length === 2 ? recent : period;
  }
  if (typeof result['stdev'] === 'number') result['stdev'] = stdev;
  const prices = isRecord(result['prices']) ? result['prices'] : undefined;
  if (prices) settlePrices(prices, level, stdev, result);
}

function settlePrices(prices: Json, level: number, stdev: number, result: Json): void {
  if (typeof prices['average'] === 'number') prices['average'] = level;
  if (typeof prices['below'] === 'number') prices['below'] = cents(level - stdev);
  if (typeof prices['above'] === 'number') prices['above'] = cents(level + stdev);
  const groups = Array.isArray(prices['distribution']) ? prices['distribution'].map((d) => (isRecord(d) && isRecord(d['group']) ? d['group'] : d)).filter(isRecord) : [];
  if (groups.length === 0) return;
  // Groups climb from two spreads below the mean to two above, each starting where the last ended.
  const low = Math.max(500, level - 2 * stdev);
  const step = (4 * stdev) / groups.length;
  let total = 0;
  groups.forEach((g, i) => {
    if (typeof g['min'] === 'number') g['min'] = Math.round(low + i * step);
    if (typeof g['max'] === 'number') g['max'] = Math.round(low + (i + 1) * step);
    if (typeof g['count'] === 'number') total += g['count'];
  });
  if (typeof result['count'] === 'number' && total > 0) result['count'] = total;
}
