/**
 * What a crypto API's lists hold (QUALITY.md E): a crypto exchange's top pairs were "NYSE, London Stock Exchange,
 * Euronext" with drawn ids. Here a crypto API's pairs are coin pairs: a base coin, the coin or currency it is
 * quoted in, its price and the day's volume (the price is fitted to the base coin's level afterwards).
 */
import type { JsonSchema } from '../specs/types.ts';

type FieldSpec = [name: string, schema: JsonSchema];

const PAIR: readonly FieldSpec[] = [
  ['symbol', { type: 'string', enum: ['BTC', 'ETH', 'SOL', 'XRP', 'DOGE', 'ADA', 'LTC', 'LINK'] }],
  ['quote_currency', { type: 'string', enum: ['USDT', 'USD', 'USDC'] }],
  ['price_usd', { type: 'number', minimum: 1, maximum: 500, multipleOf: 0.01 }],
  ['volume_usd', { type: 'integer', minimum: 1000000, maximum: 90000000 }],
];

/** The fields of a crypto API's resource `noun`, where this file knows them (its pairs), else undefined. */
export function cryptoFields28(noun: string, crypto: () => boolean): readonly FieldSpec[] | undefined {
  return /^(pair|trading_?pair|market_?pair)$/.test(noun) && crypto() ? PAIR : undefined;
}

/**
 * A crypto market's global figures: one record (coins, markets, Bitcoin's and Ether's shares). Totals in trillions
 * are left out: a drawn integer stops at 2^31.
 */
const GLOBAL: readonly FieldSpec[] = [
  ['coins_count', { type: 'integer', minimum: 9000, maximum: 14000 }],
  ['active_markets', { type: 'integer', minimum: 20000, maximum: 40000 }],
  ['bitcoin_share_percent', { type: 'number', minimum: 54, maximum: 62, multipleOf: 0.01 }],
  ['ether_share_percent', { type: 'number', minimum: 8, maximum: 13, multipleOf: 0.01 }],
];

/** A crypto API's global statistics ("Global crypto stats") as one record's fields, else undefined. */
export function cryptoRecord28(noun: string, crypto: () => boolean, words: string): ReadonlyArray<{ path: string; schema: JsonSchema }> | undefined {
  return /^(stat|statistic|global|overview)$/.test(noun) && /\b(global|market|crypto)\b/i.test(words) && crypto() ? GLOBAL.map(([path, schema]) => ({ path, schema })) : undefined;
}
