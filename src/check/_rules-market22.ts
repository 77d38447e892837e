/**
 * Market data that means what it says, wave 22 (QUALITY.md E, F). Reads only the record and the world's price levels.
 * `symbol_price_scale`: the prices of a well-known symbol (its record's own symbol, else the call's) lie near its
 * level: never KO charted at $270 or WTI crude closing at 189.
 * `chart_element_type`: a chart element typed or identified "volume" holds the volume series, never open/high/low/close
 * prices; a chart's labels are never a note word ("Important", "Follow-up").
 * `chart_said_without_prices`: the reply after a price chart tells a price of it (a close, its range), never only
 * its positions, labels and element types.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { askedPeriod, marketLevel } from '../world/index.ts';
import { pastPeriod } from './_rules-dates23.ts';
import { squashedKey } from '../text/key-words-speed28.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Json = Record<string, unknown>;

export const MARKET22_INVARIANTS = ['symbol_price_scale', 'chart_element_type', 'chart_said_without_prices'] as const satisfies readonly InvariantId[];

const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
/** A key's letters and digits, lower-case (`PricePreviousClose` → `pricepreviousclose`), kept per key. */
const compact = squashedKey;

/** Operations and arguments that can hold market data: anything else is skipped before any walk. */
const MARKET_OP = /quote|chart|stock|ticker|symbol|future|coin|crypto|market|price|series|candle|ohlc/i;
const SYMBOL_ARG = /^(symbol|symbols|ticker|tickers|tickersymbol|stocksymbol|stock)$/;
const SYMBOL_KEY = /^(symbol|ticker|tickersymbol|stocksymbol)$/;
const PRICE_KEY = /^(open|high|low|close|adjclose|last|lastprice|price|currentprice|bid|ask|previousclose|prevclose|priceopen|pricepreviousclose|settle|settlementprice|priceusd|openprice|closeprice|regularmarketprice)$/;
const PRICE_SERIES = /^(open|high|low|close)$/;
/** Options are priced on their own scale (a premium of $4 on a $250 stock). */
const OPTIONS = /option|strike|expir|premium|^(calls?|puts?)$/;
const NOTE_WORDS = new Set(['Priority', 'Review', 'Archive', 'Follow-up', 'Important']);
/** How far off its level a symbol's median price may lie: the generator keeps it within 1.2 × 1.1. */
const OFF = 2.5;

const figure = (v: unknown): number | undefined => {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  const m = typeof v === 'string' ? /^\(?\+?\$?(\d+(?:\.\d+)?)\)?$/.exec(v.trim()) : null;
  return m ? Number(m[1]) : undefined;
};

/** Prices of each symbol in one result, by symbol. */
function pricesBySymbol(result: unknown, argSymbol: string | undefined): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const walk = (node: unknown, symbol: string | undefined, depth: number): void => {
    if (depth > 7 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) walk(item, symbol, depth + 1);
      return;
    }
    const obj = node as Json;
    const ownKey = Object.keys(obj).find((k) => SYMBOL_KEY.test(compact(k)) && typeof obj[k] === 'string');
    const here = ownKey !== undefined && marketLevel(obj[ownKey]) ? (obj[ownKey] as string) : symbol;
    for (const [key, value] of Object.entries(obj)) {
      if (here !== undefined && PRICE_KEY.test(compact(key))) {
        const list = out.get(here) ?? [];
        const n = figure(value);
        if (n !== undefined) list.push(n);
        else if (isRecord(value)) for (const k of ['min', 'max']) if (typeof value[k] === 'number') list.push(value[k] as number);
        out.set(here, list);
      } else if (value !== null && typeof value === 'object' && !OPTIONS.test(compact(key))) walk(value, here, depth + 1);
    }
  };
  walk(result, argSymbol !== undefined && marketLevel(argSymbol) ? argSymbol : undefined, 0);
  return out;
}

/** The elements of a chart result ({Elements: [{Type, ID, DataSeries}]}), or none. */
function chartElements(result: unknown): Json[] {
  if (!isRecord(result)) return [];
  const elements = result.Elements ?? result.elements;
  return Array.isArray(elements) ? elements.filter((e): e is Json => isRecord(e) && isRecord(e.DataSeries ?? e.dataSeries)) : [];
}

function chartProblems(result: unknown, add: (invariant: InvariantId, message: string) => void): string[] {
  const elements = chartElements(result);
  if (elements.length === 0) return [];
  const labels = (result as Json).Labels ?? (result as Json).labels;
  const problems: string[] = [];
  if (typeof labels === 'string' && NOTE_WORDS.has(labels)) problems.push(`its labels are the note word "${labels}"`);
  const closes: string[] = [];
  for (const e of elements) {
    const series = (e.DataSeries ?? e.dataSeries) as Json;
    const kind = `${String(e.Type ?? e.type ?? '')} ${String(e.ID ?? e.id ?? '')}`.toLowerCase();
    const prices = Object.keys(series).filter((k) => PRICE_SERIES.test(compact(k)));
    if (/\bvolume\b/.test(kind) && prices.length > 0) problems.push(`an element of type volume holds the price series ${prices.join(', ')}`);
    const close = series.close ?? series.Close;
    if (isRecord(close)) for (const k of ['min', 'max']) if (typeof close[k] === 'number') closes.push(String(close[k]));
  }
  if (problems.length > 0) add('chart_element_type', `a chart where ${problems.join(' and ')}`);
  return closes;
}

/** A close said in a reply: "69", "$69.00", "69.0" for 69. */
const saysFigure = (text: string, figureText: string): boolean => {
  const n = Number(figureText);
  return [figureText, n.toFixed(2), n.toFixed(1)].some((f) => new RegExp(`(^|[^\\d.])${f.replace('.', '\\.')}(?!\\d)`).test(text));
};

export function checkMarket22(record: DialogueRecord, add: Add): void {
  // Cheap bail: no call of a market-like operation or with a symbol argument.
  const market = record.turns.some((t) => t.speaker === 'assistant' && t.call && (MARKET_OP.test(t.call.operation) || Object.keys(t.call.arguments ?? {}).some((k) => SYMBOL_ARG.test(compact(k)))));
  if (!market) return;
  const argsOf = new Map<string, Json>();
  let closes: string[] = [];
  let chartAt = -1;
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'assistant' && turn.call) argsOf.set(turn.call.id, (turn.call.arguments ?? {}) as Json);
    if (turn.speaker === 'assistant' && turn.action === 'response' && chartAt >= 0 && closes.length > 0) {
      const text = typeof turn.text === 'string' ? turn.text : '';
      if (!closes.some((c) => saysFigure(text, c))) add('chart_said_without_prices', at, `the reply after the chart of turn ${chartAt} tells none of its closing prices`);
      closes = [];
    }
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    const args = argsOf.get(turn.call_id) ?? {};
    const argKey = Object.keys(args).find((k) => SYMBOL_ARG.test(compact(k)));
    const argValue = argKey === undefined ? undefined : args[argKey];
    const argSymbol = typeof argValue === 'string' ? argValue : Array.isArray(argValue) && typeof argValue[0] === 'string' ? argValue[0] : undefined;
    // A past period is judged on its own level (past_price_off_level, _rules-dates23.ts).
    if (!pastPeriod(askedPeriod(args))) for (const [symbol, prices] of pricesBySymbol(turn.result, argSymbol)) {
      const level = marketLevel(symbol);
      if (!level || prices.length === 0) continue;
      const median = [...prices].sort((a, b) => a - b)[Math.floor(prices.length / 2)]!;
      if (median > level.price * OFF || median < level.price / OFF) add('symbol_price_scale', at, `${symbol} is priced near ${median}, far from its level of about ${level.price}`);
    }
    const said = chartProblems(turn.result, (invariant, message) => add(invariant, at, message));
    if (said.length > 0) {
      closes = said;
      chartAt = at;
    }
  });
}
