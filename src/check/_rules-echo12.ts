/**
 * Results that agree with the call and with their own fields (QUALITY.md E). `ticker_not_echoed`: a list fetched
 * for a ticker (`ticker_symbol: "AAPL"`) never tags its items with other tickers only ("tickers": ["GOOGL"]);
 * lists that are about other instruments (peers, movers) are exempt. `uuid_not_hex`: a field named uuid or guid in
 * the 8-4-4-4-12 shape is hex ("cuvr599c-…" is no UUID). `money_sign_currency`: a money string's sign agrees with
 * its record's currency ("$475.00" beside `currency: "EUR"` does not). Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { keyWords } from '../text/key-words-speed28.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Json = Record<string, unknown>;

export const ECHO12_INVARIANTS = ['ticker_not_echoed', 'uuid_not_hex', 'money_sign_currency'] as const satisfies readonly InvariantId[];

/** A key as lower-case words joined by `_` (`stockTicker` → `stock_ticker`), kept per key. */
const words = keyWords;

const TICKER_NAME = /^(?:(?:stock|ticker|company|instrument)_)?(ticker|tickers|symbol|symbols)$/;
const TICKER_VALUE = /^\^?[A-Z][A-Z0-9]{0,9}([.\-=][A-Z0-9]{1,5})?$/;
const OTHER_INSTRUMENTS = /peer|similar|related|recommend|compet|correlat|gainer|loser|mover|active|trending|screen|compare/i;
const UUID_SHAPE = /^[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}$/i;
const UUID_HEX = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MONEY_TEXT = /^([$€£¥₹₩])\s?\d[\d,]*(\.\d+)?$/;
/** The currencies each sign writes. */
const SIGN_OF: Readonly<Record<string, readonly string[]>> = { $: ['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN', 'ARS', 'CLP', 'COP', 'TWD', 'BRL'], '€': ['EUR'], '£': ['GBP', 'EGP'], '¥': ['JPY', 'CNY'], '₹': ['INR'], '₩': ['KRW'] };
const CURRENCY_NAME = /^(currency|currency_code|currency_id|currency_iso)$/;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The tickers a call was sent, if any argument names one. */
function sentTickers(args: Json): string[] {
  for (const [key, value] of Object.entries(args)) {
    if (!TICKER_NAME.test(words(key))) continue;
    const parts = (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : []).map((v) => (typeof v === 'string' ? v.trim() : ''));
    if (parts.length > 0 && parts.every((p) => TICKER_VALUE.test(p))) return parts;
  }
  return [];
}

/** The first ticker field of a record that holds only tickers other than the sent ones. */
function otherTicker(record: Json, sent: readonly string[]): string | undefined {
  for (const [key, value] of Object.entries(record)) {
    if (!TICKER_NAME.test(words(key))) continue;
    const held = Array.isArray(value) ? value : [value];
    if (held.length > 0 && held.every((v) => typeof v === 'string' && TICKER_VALUE.test(v)) && !held.some((v) => sent.includes(v as string))) return `${key} ${JSON.stringify(value)}`;
  }
  return undefined;
}

function checkTickers(result: unknown, sent: readonly string[], at: number, add: Add): void {
  const visit = (value: unknown, depth: number): boolean => {
    if (Array.isArray(value)) return value.some((item) => visit(item, depth));
    if (!isRecord(value)) return false;
    const other = otherTicker(value, sent);
    if (other !== undefined) {
      add('ticker_not_echoed', at, `fetched for ${sent.join(',')}, the result has ${other}`);
      return true;
    }
    return depth < 1 && Object.values(value).some((child) => child !== null && typeof child === 'object' && visit(child, depth + 1));
  };
  visit(result, 0);
}

/** uuid_not_hex and money_sign_currency over one result, the first of each. */
function checkValues(result: unknown, at: number, add: Add): void {
  let uuid = false;
  let money = false;
  const walk = (node: unknown, depth: number): void => {
    if (node === null || typeof node !== 'object' || depth > 8 || (uuid && money)) return;
    if (Array.isArray(node)) return node.forEach((n) => walk(n, depth + 1));
    const obj = node as Json;
    let currency: string | undefined;
    for (const [k, v] of Object.entries(obj)) if (typeof v === 'string' && /^[A-Z]{3}$/.test(v) && CURRENCY_NAME.test(words(k))) currency = v;
    for (const [k, v] of Object.entries(obj)) {
      if (typeof v !== 'string') {
        walk(v, depth + 1);
        continue;
      }
      if (!uuid && /(^|_)(uuid|guid)$/.test(words(k)) && UUID_SHAPE.test(v) && !UUID_HEX.test(v)) {
        uuid = true;
        add('uuid_not_hex', at, `${k} "${v}" is no UUID: a UUID is hex`);
      }
      const sign = currency !== undefined && !money ? MONEY_TEXT.exec(v)?.[1] : undefined;
      if (sign !== undefined && !(SIGN_OF[sign] ?? []).includes(currency!)) {
        money = true;
        add('money_sign_currency', at, `${k} "${v}" is written in ${sign} but its currency is ${currency}`);
      }
    }
  };
  walk(result, 0);
}

export function checkEcho12(record: DialogueRecord, add: Add): void {
  const sentBy = new Map<string, { operation: string; args: Json }>();
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'assistant' && turn.call) sentBy.set(turn.call.id, { operation: turn.call.operation, args: (turn.call.arguments ?? {}) as Json });
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    checkValues(turn.result, at, add);
    const call = sentBy.get(turn.call_id);
    const sent = call ? sentTickers(call.args) : [];
    if (call && sent.length > 0 && !OTHER_INSTRUMENTS.test(call.operation)) checkTickers(turn.result, sent, at, add);
  });
}
