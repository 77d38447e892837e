/**
 * Values whose shape or scale no real system returns, wave 18 (QUALITY.md E).
 * - `serial_date_off`: spreadsheet serial dates (45100.6042) in one result are of the span the call asked for (its
 *   start and end dates, a day's slack) and never beside epoch seconds under date keys of the same result.
 * - `listing_currency`: a stock record (a ticker `Symbol` and a `Currency`) is priced in its market's currency: a
 *   US exchange's (or a bare US ticker's) in USD, a suffixed ticker's (`VOD.L`) in its market's; never JPM in CLP.
 * - `job_state_mixed`: one async job says one state: never a waiting status beside `is_finished: true`, a done
 *   status beside `is_finished: false`, `is_finished` and `is_in_progress` both true, nor succeeded while waiting.
 * - `size_on_sizeless_good`: a product's variants carry a numeric size only where the good is worn or sized (shoes,
 *   clothes, rings, bikes, balls, beds), never an espresso machine in size 13.
 * Reads only the dialogue record: shares nothing with the generator.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';
import { snakeKeyDashed } from '../text/key-words-speed28.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const NUMBERS18_INVARIANTS = ['serial_date_off', 'listing_currency', 'job_state_mixed', 'size_on_sizeless_good'] as const satisfies readonly InvariantId[];

const snake = snakeKeyDashed;

const DATE_KEY = /(^|_)(dates?|days?|time|times|timestamps?|datetime)$/;
const isSerial = (v: unknown): v is number => typeof v === 'number' && v >= 20000 && v <= 80000;
const isEpoch = (v: unknown): boolean => typeof v === 'number' && v >= 1e9 && v <= 1e10;
const serialOf = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000) + 25569;

/** The serial dates and epoch dates of one result's date keys (numbers and lists of numbers). */
function dateNumbers(result: unknown): { serials: number[]; epochs: number } {
  const serials: number[] = [];
  let epochs = 0;
  eachObject(result, (obj) => {
    for (const [k, v] of Object.entries(obj)) {
      if (!DATE_KEY.test(snake(k))) continue;
      for (const n of Array.isArray(v) ? v : [v]) {
        if (isSerial(n)) serials.push(n);
        else if (isEpoch(n)) epochs++;
      }
    }
  });
  return { serials, epochs };
}

/** Why a result's serial dates cannot be, given the call's arguments, or undefined. */
function serialDatesOff(result: unknown, args: Record<string, unknown>): string | undefined {
  const { serials, epochs } = dateNumbers(result);
  if (serials.length === 0) return undefined;
  if (epochs > 0) return `date keys hold spreadsheet serials (${serials[0]}) beside epoch seconds`;
  const days = Object.values(args).flatMap((v) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) && !Number.isNaN(Date.parse(v.slice(0, 10))) ? [serialOf(v.slice(0, 10))] : []));
  if (days.length < 2) return undefined;
  const lo = Math.min(...days) - 1;
  const hi = Math.max(...days) + 1;
  const off = serials.find((s) => s < lo || s >= hi + 1);
  return off === undefined ? undefined : `serial date ${off} lies outside the asked span (${lo + 1}–${hi - 1})`;
}

const SYMBOL_KEY = /^(symbol|ticker|ticker_symbol|stock_symbol)$/;
const CURRENCY_KEY = /^(currency|currency_code|price_currency|trading_currency)$/;
const EXCHANGE_KEY = /^(exchange|exchange_name|primary_exchange|listing_exchange)$/;
const US_EXCHANGE = /^(nasdaq|nyse|amex|nyse ?arca|bats|cboe|cme|cbot|comex|nymex)\b/i;
const NOT_STOCK = /^(BTC|ETH|USDT|USDC|BNB|SOL|XRP|ADA|DOGE|DOT|LTC|TRX|AVAX|SHIB|MATIC|LINK|XLM|BCH|ATOM|XMR|ETC|UNI|USD|EUR|GBP|JPY|CHF|CAD|AUD|CNY|XAU|XAG)$/;
const SUFFIX: Readonly<Record<string, string>> = { L: 'GBP', TO: 'CAD', PA: 'EUR', DE: 'EUR', AS: 'EUR', MI: 'EUR', MC: 'EUR', T: 'JPY', HK: 'HKD', AX: 'AUD', SW: 'CHF', NS: 'INR' };

function listingOff(obj: Record<string, unknown>): string | undefined {
  let symbol: string | undefined;
  let currency: string | undefined;
  let exchange: string | undefined;
  for (const [k, v] of Object.entries(obj)) {
    const w = snake(k);
    if (/coin|crypto|token|pair|forex/.test(w)) return undefined;
    if (typeof v !== 'string') continue;
    if (SYMBOL_KEY.test(w)) symbol = v;
    else if (CURRENCY_KEY.test(w) && /^[A-Z]{3}$/.test(v)) currency = v;
    else if (EXCHANGE_KEY.test(w)) exchange = v;
  }
  if (symbol === undefined || currency === undefined) return undefined;
  const m = /^([A-Z]{1,5})(?:\.([A-Z]{1,2}))?$/.exec(symbol);
  if (!m || NOT_STOCK.test(m[1]!)) return undefined;
  const expected = exchange !== undefined ? (US_EXCHANGE.test(exchange) ? 'USD' : undefined) : m[2] === undefined ? 'USD' : SUFFIX[m[2]];
  return expected === undefined || expected === currency ? undefined : `${symbol}${exchange ? ` on ${exchange}` : ''} is priced in ${currency}, not ${expected}`;
}

const STATE_KEY = /^((task|job|run|export|import|request|process|build|batch)_)?(status|state)$/;
const WAITING = /^(pending|processing|queued|in[_ -]?progress|running|waiting|scheduled)$/i;
const DONE = /^(done|completed?|finished|succeeded|success|ready)$/i;

function jobStateMixed(obj: Record<string, unknown>): string | undefined {
  let status: string | undefined;
  let finished: boolean | undefined;
  let progress: boolean | undefined;
  let succeeded: boolean | undefined;
  for (const [k, v] of Object.entries(obj)) {
    const w = snake(k);
    if (typeof v === 'string' && STATE_KEY.test(w)) status = v;
    else if (typeof v === 'boolean' && /^(is_)?(finished|completed|done)$/.test(w)) finished = v;
    else if (typeof v === 'boolean' && /^(is_)?(in_progress|running|processing)$/.test(w)) progress = v;
    else if (typeof v === 'boolean' && /^(is_)?(succeeded|successful)$/.test(w)) succeeded = v;
  }
  if (succeeded === true && (finished === false || (status !== undefined && WAITING.test(status)))) return 'the job has succeeded but not finished';
  if (finished === true && progress === true) return 'the job is both finished and in progress';
  if (status === undefined || finished === undefined) return undefined;
  if (finished && WAITING.test(status)) return `status "${status}" beside a finished flag`;
  if (!finished && DONE.test(status)) return `status "${status}" beside a flag saying it has not finished`;
  return undefined;
}

const VARIANTS = /^(variants|variations|options|skus|product_variants)$/;
const SIZED = /\b(shoes?|sneakers|trainers|boots|loafers|sandals|heels|slippers|clogs|shirts?|t-shirts?|jeans|trousers|pants|jumpers?|sweaters?|hoodies?|jackets?|coats?|dress(es)?|skirts?|shorts|bodysuits?|blouses?|cardigans?|leggings|socks|gloves|vests?|tops?|bras?|rings?|bikes?|bicycles?|frames?|helmets?|balls?|football|mattress(es)?|beds?|duvets?|sheets?|hats?|caps?|tyres?|tires?|wheels?|pizza)\b/i;

function sizeOff(obj: Record<string, unknown>): string | undefined {
  const name = Object.entries(obj).find(([k, v]) => /^(name|title|product_name|product_title)$/.test(snake(k)) && typeof v === 'string')?.[1] as string | undefined;
  if (name === undefined || SIZED.test(name)) return undefined;
  for (const [k, v] of Object.entries(obj)) {
    if (!VARIANTS.test(snake(k)) || !Array.isArray(v)) continue;
    const sized = v.find((item) => item && typeof item === 'object' && /^\d{1,2}(\.5)?$/.test(String((item as Record<string, unknown>).size ?? '')));
    if (sized) return `"${name}" comes in size ${String((sized as Record<string, unknown>).size)}`;
  }
  return undefined;
}

export function checkNumbers18(record: DialogueRecord, add: Add): void {
  const argsOf = new Map<string, Record<string, unknown>>();
  record.turns.forEach((turn, i) => {
    if (turn.speaker === 'assistant' && turn.call && !turn.error) argsOf.set(turn.call.id, (turn.call.arguments ?? {}) as Record<string, unknown>);
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    const serial = serialDatesOff(turn.result, argsOf.get(turn.call_id) ?? {});
    if (serial) add('serial_date_off', i, `tool result: ${serial}`);
    eachObject(turn.result, (obj) => {
      const listing = listingOff(obj);
      if (listing) add('listing_currency', i, `tool result: ${listing}`);
      const job = jobStateMixed(obj);
      if (job) add('job_state_mixed', i, `tool result: ${job}`);
      const size = sizeOff(obj);
      if (size) add('size_on_sizeless_good', i, `tool result: ${size}`);
    });
  });
}
