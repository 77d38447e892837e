/**
 * Market data on its symbol's scale (QUALITY.md E). A quote, chart or price series is drawn from a recorded example
 * (Tesla's chart, crude's series), so KO was charted at $270 and WTI closed at 189 on 379 contracts. Here, where a
 * record carries a symbol (its own field, else the call's argument) the world lists, its prices are moved together
 * (one factor, so open/high/low/close keep their relations) onto the symbol's level and its volumes onto its volume
 * scale. A chart's elements are what their type says: the price element holds price series, the volume element the
 * volume series, one of each per symbol; a chart's labels are no note words ("Important").
 * Values the chain reads (pinned) stay.
 */
import { askedPeriod, marketLevel, priceLevelOn, type MarketLevel } from '../world/index.ts';
import { fitChartDates23, narrowPrices23 } from './_market-dates23.ts';
import { fitSymbolNews } from './_market-news22.ts';
import { walkChart24 } from './_chart-path24.ts';
import { squashedKey } from '../text/key-words-speed28.ts';

type Obj = Record<string, unknown>;

const FUTURES_API = /\bfutures?\b/;
/** A futures API's word (" futures") for its operations' context: its `symbol` is then a contract root (CL), never "NVDA". */
export function futuresWord(o: { api: { name: string; title?: string }; description?: string }): string {
  return FUTURES_API.test(`${o.api.name} ${o.api.title ?? ''} ${o.description ?? ''}`.toLowerCase()) ? ' futures' : '';
}
interface Slot { get: () => unknown; set: (v: unknown) => void }

/** A key's letters and digits, lower-case (`PricePreviousClose` → `pricepreviousclose`), kept per key. */
const compact = squashedKey;
const SYMBOL_KEY = /^(symbol|ticker|tickersymbol|stocksymbol)$/;
/** Options and their strikes are priced on their own scale (a premium of $4 on a $250 stock): never moved. */
const OPTIONS = /option|strike|expir|premium|^(calls?|puts?)$/;
const SYMBOL_ARG = /^(symbol|symbols|ticker|tickers|tickersymbol|stocksymbol|stock)$/;
const PRICE_KEY = /^(open|high|low|close|adjclose|last|lastprice|lasttradeprice|price|currentprice|bid|ask|bidprice|askprice|previousclose|prevclose|priceopen|pricepreviousclose|high52week|low52week|52weekhigh|52weeklow|fiftytwoweekhigh|fiftytwoweeklow|yearhigh|yearlow|dayhigh|daylow|settle|settlement|settlementprice|markprice|priceusd|openprice|closeprice|highprice|lowprice|vwap|regularmarketprice|regularmarketopen|regularmarketdayhigh|regularmarketdaylow|regularmarketpreviousclose)$/;
const CHANGE_KEY = /^(change|netchange|pricechange|regularmarketchange)$/;
const VOLUME_KEY = /^(volume|vol|averagevolume|averagevolume10day|avgvolume|totalvolume)$/;
const NOTE_WORDS = new Set(['Priority', 'Review', 'Archive', 'Follow-up', 'Important']);
const NUMBER_TEXT = /^(\(?[+-]?\$?)(\d+(?:\.\d+)?)([KMB]?\)?)$/;
const SUFFIX: Readonly<Record<string, number>> = { K: 1e3, M: 1e6, B: 1e9 };

/** A number as drawn, or as text ("$65.10", "159.0M"); undefined for anything else (percent texts included). */
function figure(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const m = NUMBER_TEXT.exec(v.trim());
  if (!m) return undefined;
  const n = Number(m[2]) * (SUFFIX[m[3]!.replace(')', '')] ?? 1);
  return m[1]!.includes('-') ? -n : n;
}

/** `n` written back in the drawn value's form: a number stays a number, a text keeps its sign, "$", decimals and suffix. */
function rewrite(old: unknown, n: number, integer: boolean): unknown {
  const round = (x: number, d: number): number => Number(x.toFixed(d));
  const digits = Math.abs(n) >= 1 ? 2 : 4;
  if (typeof old === 'number') return integer ? Math.round(n) : round(n, digits);
  const m = NUMBER_TEXT.exec(String(old).trim())!;
  const unit = SUFFIX[m[3]!.replace(')', '')] ?? 1;
  const drawn = (m[2]!.split('.')[1] ?? '').length;
  const body = Math.abs(n) / unit;
  const decimals = unit === 1 && integer ? 0 : drawn > 0 ? drawn : body < 10 ? 2 : 0;
  const sign = n < 0 ? '-' : m[1]!.includes('+') ? '+' : '';
  return `${m[1]!.replace(/[+-]/, '').replace(/^(\(?)/, `$1${sign}`)}${body.toFixed(decimals)}${m[3]}`;
}

/** A small fixed factor from a text (0.9–1.1): a symbol's level varies a little between dialogues, never by chance. */
function jitter(seed: string): number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  return 0.9 + ((h >>> 0) % 2001) / 10000;
}

interface Slots { prices: Slot[]; changes: Slot[]; volumes: Slot[] }

const slotOf = (obj: Obj | unknown[], key: string | number): Slot => ({ get: () => (obj as Obj)[key as string], set: (v) => { (obj as Obj)[key as string] = v; } });

/** The numbers of one series object ({min, max, values}) or one number. */
function collect(obj: Obj, key: string, into: Slot[], pinned: ReadonlySet<string>): void {
  const v = obj[key];
  if (pinned.has(JSON.stringify(v))) return;
  if (figure(v) !== undefined) { into.push(slotOf(obj, key)); return; }
  if (!v || typeof v !== 'object' || Array.isArray(v)) return;
  const series = v as Obj;
  for (const k of ['min', 'max', 'first', 'last']) if (typeof series[k] === 'number') into.push(slotOf(series, k));
  if (Array.isArray(series.values)) series.values.forEach((x, i) => { if (typeof x === 'number') into.push(slotOf(series.values as unknown[], i)); });
}

const symbolOf = (obj: Obj): string | undefined => {
  const key = Object.keys(obj).find((k) => SYMBOL_KEY.test(compact(k)) && typeof obj[k] === 'string');
  return key === undefined ? undefined : (obj[key] as string);
};

/** Fits the result's market records (see the file comment). `pinned`: JSON of the values the chain reads. */
export function fitMarket22(result: unknown, args: Readonly<Record<string, unknown>>, pinned: ReadonlySet<string>): void {
  if (!result || typeof result !== 'object') return;
  const argKey = Object.keys(args).find((k) => SYMBOL_ARG.test(compact(k)));
  const argValue = argKey === undefined ? undefined : args[argKey];
  const argSymbol = typeof argValue === 'string' ? argValue : Array.isArray(argValue) && typeof argValue[0] === 'string' ? argValue[0] : undefined;
  const groups = new Map<string, Slots>();
  const walk = (node: unknown, symbol: string | undefined, depth: number): void => {
    if (!node || typeof node !== 'object' || depth > 7) return;
    if (Array.isArray(node)) {
      for (const item of node) walk(item, symbol, depth + 1);
      return;
    }
    const obj = node as Obj;
    const own = symbolOf(obj);
    const here = own !== undefined && marketLevel(own) ? own : symbol;
    if (Array.isArray(obj.Elements ?? obj.elements) && chartElements((obj.Elements ?? obj.elements) as unknown[])) {
      ascending(obj, pinned);
      fitChartDates23(obj, args, pinned);
      walkChart24(obj, args, here, here === undefined ? undefined : marketLevel(here), pinned);
      // A chart's labels are its own (null where it has none), never a note word drawn for a `labels` field.
      for (const key of Object.keys(obj)) if (/^labels?$/i.test(key) && typeof obj[key] === 'string' && NOTE_WORDS.has(obj[key] as string)) obj[key] = null;
    }
    if (here !== undefined && marketLevel(here)) {
      let g = groups.get(here);
      if (!g) groups.set(here, (g = { prices: [], changes: [], volumes: [] }));
      for (const key of Object.keys(obj)) {
        const c = compact(key);
        if (PRICE_KEY.test(c)) collect(obj, key, g.prices, pinned);
        else if (CHANGE_KEY.test(c)) collect(obj, key, g.changes, pinned);
        else if (VOLUME_KEY.test(c)) {
          // A volume drawn as a date or a word ("AverageVolume10Day": "2026-07-15") is a volume of shares.
          const level = marketLevel(here)!;
          if (typeof obj[key] === 'string' && figure(obj[key]) === undefined && level.volume !== undefined && !pinned.has(JSON.stringify(obj[key]))) obj[key] = `${((level.volume * jitter(`${here}:${key}`)) / 1e6).toFixed(1)}M`;
          collect(obj, key, g.volumes, pinned);
        }
      }
    }
    for (const [key, child] of Object.entries(obj)) if (child && typeof child === 'object' && !PRICE_KEY.test(compact(key)) && !VOLUME_KEY.test(compact(key)) && !OPTIONS.test(compact(key))) walk(child, here, depth + 1);
  };
  walk(result, argSymbol !== undefined && marketLevel(argSymbol) ? argSymbol : undefined, 0);
  // A past period is priced at the symbol's level then (MSFT in April 2020 near $170, never today's $420).
  const period = askedPeriod(args);
  const mid = period === undefined ? undefined : (period.from + period.to) / 2;
  for (const [symbol, g] of groups) {
    const level = marketLevel(symbol)!;
    fitGroup(symbol, { ...level, price: priceLevelOn(level, mid) }, g);
    // A span of a few days moves a few per cent, never from $405 to $434 in a day.
    if (period !== undefined && period.to - period.from <= 7 * 86_400_000) narrowPrices23(g.prices, (v) => figure(v), (old, n) => rewrite(old, n, false));
  }
  const asked = marketLevel(argSymbol);
  if (asked) fitSymbolNews(result, asked, pinned);
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Moves one symbol's prices (and changes) by one factor onto its level, its volumes onto its volume scale. */
function fitGroup(symbol: string, level: MarketLevel, g: Slots): void {
  const prices = g.prices.map((s) => figure(s.get())).filter((n): n is number => n !== undefined && n > 0);
  if (prices.length > 0) {
    const m = median(prices);
    if (m < level.price / 1.2 || m > level.price * 1.2) {
      const factor = (level.price * jitter(`${symbol}:${m}`)) / m;
      for (const s of [...g.prices, ...g.changes]) {
        const n = figure(s.get());
        if (n !== undefined) s.set(rewrite(s.get(), n * factor, false));
      }
    }
  }
  const volumes = g.volumes.map((s) => figure(s.get())).filter((n): n is number => n !== undefined && n > 0);
  if (level.volume === undefined || volumes.length === 0) return;
  const v = median(volumes);
  const factor = v >= level.volume / 8 && v <= level.volume * 8 ? 1 : (level.volume * jitter(`${symbol}:v${v}`)) / v;
  for (const s of g.volumes) {
    const n = figure(s.get());
    if (n === undefined) continue;
    // Moved onto the scale, a drawn spread (379 to 4843 in three days) is narrowed to a believable one (its square root).
    const moved = factor === 1 ? n : v * factor * Math.sqrt(n / v);
    // One figure far off the rest ("Volume": "11570" beside "AverageVolume10Day": "159.0M") is drawn again on the scale.
    const fitted = moved < level.volume / 40 || moved > level.volume * 12 ? level.volume * jitter(`${symbol}:v${n}`) * 0.6 : moved;
    if (fitted !== n) s.set(rewrite(s.get(), fitted, true));
  }
}

const PRICE_SERIES = /^(open|high|low|close|adjclose|price|last)$/;

/**
 * A chart's elements by type: per symbol one price element (price series only) and one volume element (the volume
 * series only), each with its type as its id, as a charting API sends them; never a "volume" element of prices. True
 * when `elements` is such a chart.
 */
function chartElements(elements: unknown[]): boolean {
  const charted = elements.filter((e): e is Obj => !!e && typeof e === 'object' && !Array.isArray(e) && typeof (e as Obj).Type === 'string' && !!(e as Obj).DataSeries && typeof (e as Obj).DataSeries === 'object');
  if (charted.length === 0 || charted.length !== elements.length) return false;
  const kept: Obj[] = [];
  const seen = new Set<string>();
  for (const e of charted) {
    const series = e.DataSeries as Obj;
    const keys = Object.keys(series);
    const priceKeys = keys.filter((k) => PRICE_SERIES.test(compact(k)));
    const volumeKey = keys.find((k) => VOLUME_KEY.test(compact(k)));
    const sym = String(e.Symbol ?? '');
    if (priceKeys.length > 0 && !seen.has(`${sym}|price`)) {
      seen.add(`${sym}|price`);
      kept.push({ ...e, Type: 'price', ID: 'price', DataSeries: Object.fromEntries(priceKeys.map((k) => [k, series[k]])) });
    }
    if (volumeKey !== undefined && !seen.has(`${sym}|volume`)) {
      seen.add(`${sym}|volume`);
      kept.push({ ...e, Type: 'volume', ID: 'volume', DataSeries: { [volumeKey]: series[volumeKey] } });
    }
  }
  if (kept.length === 0) return false;
  // The price element first, its volume after it.
  kept.sort((a, b) => (a.Type === b.Type ? 0 : a.Type === 'price' ? -1 : 1));
  elements.splice(0, elements.length, ...kept);
  return true;
}

/** A chart's positions (fractions of its width) run forward from left to right, as its dates do. */
function ascending(chart: Obj, pinned: ReadonlySet<string>): void {
  for (const key of ['Positions', 'positions', 'Dates', 'dates']) {
    const list = chart[key];
    if (!Array.isArray(list) || !list.every((x) => typeof x === 'number') || pinned.has(JSON.stringify(list))) continue;
    (list as number[]).sort((a, b) => a - b);
  }
}
