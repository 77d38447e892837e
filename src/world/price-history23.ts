/**
 * A symbol's price level on a past day (QUALITY.md E): tickers22 gives today's level (mid-2020s), so a chart of
 * MSFT in April 2020 drawn at $420 is four years early; it traded near $170. A simple growth curve per market kind
 * scales today's level back (stocks ~15 % a year, funds and indexes ~10 %, futures ~3 %, coins ~50 %): good to a
 * factor of about 1.5, as the level itself is.
 */
import type { MarketLevel, MarketKindOf } from './tickers22.ts';
import { REFERENCE_DATE } from './world.ts';

const GROWTH: Readonly<Record<MarketKindOf, number>> = { stock: 0.15, fund: 0.1, index: 0.1, future: 0.03, coin: 0.5 };
const DAY_MS = 86_400_000;
const REFERENCE_MS = Date.parse(`${REFERENCE_DATE}T00:00:00Z`);

/** Milliseconds of an ISO day ("2020-04-28", "2020-04-28T05:49:27"), or undefined. */
export function isoDayMs(value: unknown): number | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined;
  const t = Date.parse(`${value.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? undefined : t;
}

/** The price level of `level`'s symbol on the day `ms` (today's level for a day within a quarter of today or later). */
export function priceLevelOn(level: MarketLevel, ms: number | undefined): number {
  if (ms === undefined) return level.price;
  const years = (REFERENCE_MS - ms) / (365.25 * DAY_MS);
  if (years <= 0.25) return level.price;
  return level.price / Math.pow(1 + GROWTH[level.kind], Math.min(years, 30));
}

/** Names of call arguments that bound the period a market call asks about. */
const PERIOD_ARG = /(date|day|from|to|start|end|since|until|begin|period)/i;

/** Arguments that open a period with no end of their own. */
const OPENING_ARG = /(from|start|since|begin)/i;

/** The period (first and last day, in ms) a call's date arguments ask about, or undefined where it names no day. */
export function askedPeriod(args: Readonly<Record<string, unknown>>): { from: number; to: number } | undefined {
  let from: number | undefined;
  let to: number | undefined;
  let count = 0;
  let opensOnly = false;
  for (const [k, v] of Object.entries(args)) {
    if (!PERIOD_ARG.test(k)) continue;
    const ms = isoDayMs(v);
    if (ms === undefined) continue;
    count += 1;
    opensOnly = OPENING_ARG.test(k);
    from = from === undefined ? ms : Math.min(from, ms);
    to = to === undefined ? ms : Math.max(to, ms);
  }
  if (from === undefined) return undefined;
  // A lone start ("from": 2022-01-28) asks from then up to today.
  return { from, to: count === 1 && opensOnly ? Math.max(to!, REFERENCE_MS) : to! };
}
