/**
 * One coin's markets on its own scale (QUALITY.md E): markets of coin 90 — the spec's own example id, Bitcoin's —
 * were priced at $451, and one exchange traded $562,550 of it beside $80 million on two others. Here a list of
 * markets of one asset (rows with an exchange and a price) is priced at the asset's level where the world knows
 * it (a symbol or name in the rows or the call, or a coin id that is the operation's documented example: a crypto
 * API's example coin is Bitcoin), and its volumes stay within one order of magnitude of their median; an
 * exchange's pairs (rows of several coins) list each coin once, each at its own level. No randomness; values the
 * chain reads (`keep`) stay.
 */
import { marketLevel, type MarketLevel } from '../world/index.ts';
import type { Operation } from '../specs/types.ts';

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const EXCHANGE = /^(exchange|exchange_?name|exchange_?id|market|market_?name|venue)$/i;
const PRICE = /^(price|price_?usd|last|last_?price|price_?quote|quote|rate)$/i;
const VOLUME = /^(volume|volume_?usd|volume_?24h?|volume24h?_?usd|vol|vol_?24h)$/i;
const NAMING = /^(symbol|coin|coin_?id|coinid|base|asset|currency|name|slug|nameid|ticker|id)$/i;
/** The coin a row of pairs is about. */
const PAIR_BASE = /^(base|base_?symbol|base_?currency|symbol|coin)$/i;
/** Coins an exchange's pairs are drawn from. */
const PAIR_COINS = ['BTC', 'ETH', 'SOL', 'XRP', 'DOGE', 'ADA', 'LTC', 'LINK', 'DOT', 'AVAX'];
const COIN_ARG = /^(id|coin|coin_?id|coinid|currency_?id|asset_?id|uuid)$/i;
const CRYPTO = /\b(coins?|crypto\w*|bitcoin|tokens?|blockchain)\b/i;
/** Coin names and slugs the world prices ("bitcoin", "btc-bitcoin"): the symbol they stand for. */
const COIN_NAMES: Readonly<Record<string, string>> = { bitcoin: 'BTC', ethereum: 'ETH', solana: 'SOL', cardano: 'ADA', ripple: 'XRP', litecoin: 'LTC', polkadot: 'DOT', dogecoin: 'DOGE', avalanche: 'AVAX', chainlink: 'LINK', stellar: 'XLM', tron: 'TRX', binancecoin: 'BNB' };

/** The coin a value names ("BTC", "bitcoin", "btc-bitcoin", "Bitcoin"), or undefined. */
function coinOf(value: unknown): MarketLevel | undefined {
  if (typeof value !== 'string' || value.length > 24) return undefined;
  const level = marketLevel(value);
  if (level?.kind === 'coin') return level;
  const words = value.toLowerCase().split(/[-\s_]+/);
  const symbol = words.map((w) => COIN_NAMES[w]).find((s) => s !== undefined);
  return symbol === undefined ? undefined : marketLevel(symbol);
}

/** The coin a call asks about: a named one, or Bitcoin for a coin id that is the operation's own example. */
function askedCoin(args: Readonly<Record<string, unknown>>, operation: Operation): MarketLevel | undefined {
  for (const [k, v] of Object.entries(args)) {
    if (!COIN_ARG.test(k) && !NAMING.test(k)) continue;
    const named = coinOf(v);
    if (named !== undefined) return named;
    if (!COIN_ARG.test(k) || (typeof v !== 'number' && typeof v !== 'string')) continue;
    const p = operation.inputs.find((i) => i.name === k);
    const example = p?.example ?? p?.default;
    if (example !== undefined && String(example) === String(v) && CRYPTO.test(`${operation.api.name} ${operation.summary ?? ''} ${operation.description ?? ''} ${operation.path}`)) return marketLevel('BTC');
  }
  return undefined;
}

/** A small fixed factor from a text (0.97–1.03). */
function jitter(seed: string): number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  return 0.97 + ((h >>> 0) % 601) / 10000;
}

const decimalsOf = (n: number): number => Math.min(8, (String(n).split('.')[1] ?? '').length);

/** Fits the markets lists of a result (see the file comment), in place. */
export function fitCoinMarkets28(result: unknown, args: Readonly<Record<string, unknown>>, operation: Operation, keep: ReadonlySet<string>): void {
  const lists: Json[][] = [];
  const find = (v: unknown, depth: number): void => {
    if (depth > 3 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      if (v.length > 1 && v.every(isRecord) && Object.keys(v[0] as Json).some((k) => EXCHANGE.test(k) || PAIR_BASE.test(k))) lists.push(v as Json[]);
      return;
    }
    for (const child of Object.values(v as Json)) find(child, depth + 1);
  };
  find(result, 0);
  if (lists.length === 0) return;
  for (const rows of lists) fitList(rows, () => askedCoin(args, operation), keep);
}

function fitList(rows: Json[], asked: () => MarketLevel | undefined, keep: ReadonlySet<string>): void {
  const first = rows[0]!;
  const priceKey = Object.keys(first).find((k) => PRICE.test(k) && typeof first[k] === 'number');
  if (priceKey === undefined || !rows.every((r) => typeof r[priceKey] === 'number' && (r[priceKey] as number) > 0)) return;
  // Rows that quote several assets (a list of pairs) are left: each has its own scale.
  const naming = Object.keys(first).filter((k) => NAMING.test(k) && typeof first[k] === 'string');
  // Rows of several coins (an exchange's pairs): each priced at its own coin's level.
  const base = Object.keys(first).find((k) => PAIR_BASE.test(k) && typeof first[k] === 'string');
  if (base !== undefined && rows.some((r) => r[base] !== first[base])) {
    // An exchange lists each pair once: a second XRP row is another coin.
    const seen = new Set<unknown>();
    for (const r of rows) {
      if (seen.has(r[base]) && coinOf(r[base]) !== undefined && !keep.has(JSON.stringify(r[base]))) r[base] = PAIR_COINS.find((c) => !rows.some((o) => o[base] === c)) ?? r[base];
      seen.add(r[base]);
    }
    for (const r of rows) {
      const level = coinOf(r[base]);
      const p = r[priceKey] as number;
      if (level !== undefined && !keep.has(JSON.stringify(p)) && (p < level.price / 1.5 || p > level.price * 1.5)) r[priceKey] = Number((level.price * jitter(`${level.name}:${p}`)).toFixed(level.price >= 1 ? 2 : 6));
    }
    return;
  }
  if (naming.some((k) => rows.some((r) => r[k] !== first[k]))) return;
  const level = naming.map((k) => coinOf(first[k])).find((l) => l !== undefined) ?? asked();
  const prices = rows.map((r) => r[priceKey] as number);
  if (level !== undefined && !prices.some((p) => keep.has(JSON.stringify(p)))) {
    const mid = [...prices].sort((a, b) => a - b)[Math.floor(prices.length / 2)]!;
    if (mid < level.price / 1.5 || mid > level.price * 1.5) {
      const factor = (level.price * jitter(`${level.name}:${mid}`)) / mid;
      for (const r of rows) {
        const p = r[priceKey] as number;
        const scaled = p * factor;
        r[priceKey] = Number(scaled.toFixed(scaled >= 1 ? 2 : 6));
      }
    }
  }
  const volumeKey = Object.keys(first).find((k) => VOLUME.test(k) && typeof first[k] === 'number');
  if (volumeKey === undefined || !rows.every((r) => typeof r[volumeKey] === 'number' && (r[volumeKey] as number) > 0)) return;
  const volumes = rows.map((r) => r[volumeKey] as number);
  const median = [...volumes].sort((a, b) => a - b)[Math.floor(volumes.length / 2)]!;
  // Within about three times the median either way: one order of magnitude from end to end.
  for (const r of rows) {
    const v = r[volumeKey] as number;
    if (keep.has(JSON.stringify(v)) || (v >= median / 3 && v <= median * 3)) continue;
    const fitted = v < median ? median / (1.5 + ((v * 7) % 10) / 10) : median * (1.5 + ((v * 7) % 10) / 10);
    r[volumeKey] = Number.isInteger(v) ? Math.round(fitted) : Number(fitted.toFixed(decimalsOf(v)));
  }
}
