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
export function cryptoFields28(noun: string, crypto: boolean): readonly FieldSpec[] | undefined {
  return crypto && /^(pair|trading_?pair|market_?pair)$/.test(noun) ? PAIR : undefined;
}
