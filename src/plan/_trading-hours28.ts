/**
 * The hours of a chart asked hour by hour (QUALITY.md E): a US exchange trades 9:30 to 16:00 New York time, so an
 * hourly chart has seven points a trading day (9:30, 10:30 … 15:30), none at night, on a weekend or a holiday.
 * Serial days with a fraction of the day, as a charting API's `Dates` carry them.
 */
import { isExchangeSerial } from '../world/index.ts';

const round4 = (x: number): number => Number(x.toFixed(4));

/** The hourly points (serial days with their hour) of the trading days from `first` to `last` (serial days). */
export function tradingHours28(first: number, last: number): number[] {
  const out: number[] = [];
  for (let d = first; d <= last; d++) if (isExchangeSerial(d)) for (let h = 0; h < 7; h++) out.push(round4(d + (9.5 + h) / 24));
  return out;
}
