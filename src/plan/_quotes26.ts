/**
 * A stock quote agrees with the world and with itself (QUALITY.md E), wave 26: a well-known ticker is quoted on its
 * own exchange (JPM on the NYSE, never NASDAQ), its market cap is its price times its shares (never $829.7B beside
 * $208.80 for JPM), and one result has one request time (never 2026-02-20 and 2025-09-28 in one reply). Values the
 * chain reads later (`keep`) stay. No randomness.
 */
import { listing26, usExchangeOf26, type Listing26 } from '../world/index.ts';

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const snake = (k: string): string => k.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/([A-Z])([A-Z][a-z])/g, '$1_$2').toLowerCase();

const SYMBOL_KEY = /^(symbol|ticker|ticker_?symbol|stock_?symbol|symbol_?out)$/;
const EXCHANGE_KEY = /^(exchange|exchange_?name|primary_?exchange|exchange_?code|listing_?exchange|full_?exchange_?name|exchange_?short_?name)$/;
const CAP_KEY = /^(market_?cap|market_?capitali[sz]ation|mkt_?cap)$/;
const SHARES_KEY = /^(shares_?outstanding|outstanding_?shares|shares_?out)$/;
const PRICE_KEY = /^(last_?price|price|regular_?market_?price|last|last_?sale_?price|last_?trade_?price|current_?price|close)$/;
/** A reply's own time stamp (when the service answered), not a record's date. */
export const REQUEST_TIME_KEY = /^(request|response|server|generated|fetched|retrieved|query)_?(timestamp|time|date_?time)$/;

/** Fit every quote of `result` (see the file comment); `symbol` is the one the call asked about. */
export function fitQuotes26(result: unknown, args: Readonly<Record<string, unknown>>, keep: ReadonlySet<string>): void {
  if (result === null || typeof result !== 'object') return;
  const asked = Object.entries(args).find(([k, v]) => SYMBOL_KEY.test(snake(k)) && typeof v === 'string' && !v.includes(','))?.[1];
  const stamps: { obj: Json; key: string }[] = [];
  const visit = (node: unknown, symbol: unknown, depth: number): void => {
    if (depth > 6 || node === null || typeof node !== 'object') return;
    // A list holds other stocks: the asked symbol is not theirs.
    if (Array.isArray(node)) return node.forEach((item) => visit(item, undefined, depth + 1));
    const obj = node as Json;
    const own = Object.keys(obj).find((k) => SYMBOL_KEY.test(snake(k)) && typeof obj[k] === 'string');
    const here = own !== undefined ? obj[own] : symbol;
    const listed = listing26(here);
    if (listed !== undefined) fitListing(obj, listed, keep);
    for (const [k, v] of Object.entries(obj)) {
      if (typeof v === 'string' && REQUEST_TIME_KEY.test(snake(k))) stamps.push({ obj, key: k });
      if (v !== null && typeof v === 'object') visit(v, here, depth + 1);
    }
  };
  visit(result, asked, 0);
  if (stamps.length < 2) return;
  // One reply, one moment: every stamp takes the one the chain reads, else the first.
  const kept = stamps.find(({ obj, key }) => keep.has(JSON.stringify(obj[key])));
  const value = (kept ?? stamps[0]!).obj[(kept ?? stamps[0]!).key];
  for (const { obj, key } of stamps) if (!keep.has(JSON.stringify(obj[key]))) obj[key] = value;
}

function fitListing(obj: Json, listed: Listing26, keep: ReadonlySet<string>): void {
  for (const [k, v] of Object.entries(obj)) {
    const key = snake(k);
    if (EXCHANGE_KEY.test(key) && typeof v === 'string' && !keep.has(JSON.stringify(v)) && usExchangeOf26(v) !== listed.exchange) obj[k] = exchangeLike(v, listed.exchange);
    if (SHARES_KEY.test(key) && listed.sharesB !== undefined && !keep.has(JSON.stringify(v))) {
      const shares = capLike(v, listed.sharesB * 1e9, true);
      if (shares !== undefined) obj[k] = shares;
    }
    if (CAP_KEY.test(key) && listed.sharesB !== undefined && !keep.has(JSON.stringify(v))) {
      const priceKey = Object.keys(obj).find((p) => PRICE_KEY.test(snake(p)));
      const price = priceKey === undefined ? undefined : amount(obj[priceKey]);
      if (price !== undefined && price > 0) {
        const cap = capLike(v, price * listed.sharesB * 1e9);
        if (cap !== undefined) obj[k] = cap;
      }
    }
  }
}

/** The exchange in the style of the drawn value: a code ("NMS"), a long name, or the short name. */
function exchangeLike(drawn: string, exchange: Listing26['exchange']): string {
  if (/^[A-Z]{3}$/.test(drawn) && !/^(NYSE|LSE|TSE|TSX)$/.test(drawn)) return { NYSE: 'NYQ', NASDAQ: 'NMS', 'NYSE Arca': 'PCX' }[exchange];
  if (/stock (exchange|market)|new york/i.test(drawn)) return { NYSE: 'New York Stock Exchange', NASDAQ: 'Nasdaq Stock Market', 'NYSE Arca': 'NYSE Arca' }[exchange];
  return exchange;
}

/** A price as a number ("$208.80", "208.8", 208.8), undefined for anything else. */
function amount(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const m = /^\s*\$?\s*([\d,]+(?:\.\d+)?)\s*$/.exec(v);
  return m ? Number(m[1]!.replace(/,/g, '')) : undefined;
}

/** `cap` (in dollars, or a share count when `count`) written as the drawn value was: "$829.7B", "1.2 trillion", 829700000000; undefined when unreadable. */
function capLike(drawn: unknown, cap: number, count = false): unknown {
  if (typeof drawn === 'number') return drawn >= 1e7 ? Math.round(cap) : undefined;
  if (typeof drawn !== 'string') return undefined;
  const m = /^(\$?)\s*[\d,]+(?:\.(\d+))?\s*([KMBTkmbt]n?|million|billion|trillion)?$/.exec(drawn.trim());
  if (!m) return undefined;
  const [, dollar, decimals, unit] = m;
  if (unit === undefined) return `${dollar}${Math.round(cap).toLocaleString('en-US').replace(/,/g, drawn.includes(',') ? ',' : '')}`;
  const word = unit.length > 2;
  const big = cap >= 1e12;
  const scaled = (cap / (big ? 1e12 : 1e9)).toFixed(Math.max(1, decimals?.length ?? 1));
  if (count) return `${scaled}${word ? (big ? ' trillion' : ' billion') : big ? 'T' : 'B'}`;
  return `${dollar}${scaled}${word ? (big ? ' trillion' : ' billion') : big ? 'T' : 'B'}`;
}
