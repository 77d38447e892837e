/**
 * Dates, spans and the values that depend on them (QUALITY.md E), wave 23. Reads only the record and the world's
 * price levels.
 * `past_price_off_level`: a call asking about a period a year or more ago gets prices of a well-known symbol near
 * its level then (MSFT in April 2020 near $170, never today's $420).
 * `short_span_price_swing`: a chart or price bars asked for a span of a week or less move at most 10 % (never $405
 * to $434 in one day).
 * `span_beyond_documented`: a call's date range is no longer than its parameter's or operation's description allows
 * ("the difference between dt and end_dt should not be more than 30 days").
 * `year_outside_documented`: a year sent lies within the years its parameter's description supports (no 2026
 * Chiron where "model years from 1985 to 2023" are).
 * `event_local_time`: an event in a known city starts at 08:00 or later on the day its UTC time says, local time
 * (never `startsAt` 06:45Z for Seattle, 11:45 pm the day before, told as "starts June 19").
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { askedPeriod, EVENT_START_KEY, eventZone, isoDayMs, localMoment, marketLevel, priceLevelOn, UTC_MOMENT } from '../world/index.ts';
import { eachObject } from './_objects.ts';
import { memoized } from '../text/memo.ts';
import { squashedKey } from '../text/key-words-speed28.ts';
import { describedRange, documentedMaxSpan } from '../text/index.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Json = Record<string, unknown>;

export const DATES23_INVARIANTS = ['past_price_off_level', 'short_span_price_swing', 'span_beyond_documented', 'event_local_time', 'year_outside_documented'] as const satisfies readonly InvariantId[];

const DAY_MS = 86_400_000;
const compact = squashedKey;
const SYMBOL_ARG = /^(symbol|symbols|ticker|tickers|tickersymbol|stocksymbol|stock)$/;
const SYMBOL_KEY = /^(symbol|ticker|tickersymbol|stocksymbol)$/;
/** Bars of prices: their open/high/low/close, numbers or {min, max} series. */
const BAR_KEY = /^(open|high|low|close)$/;
/** How far a past price may lie from its time-scaled level (the generator keeps it within 1.2 × 1.1). */
const OFF = 2;
const SWING = 0.1;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A period whose middle lies a year or more before the world's today. */
export function pastPeriod(period: { from: number; to: number } | undefined): boolean {
  if (period === undefined) return false;
  const level = { kind: 'stock', price: 100, name: '', sector: '' } as const;
  return priceLevelOn(level, (period.from + period.to) / 2) < 100 / 1.14;
}

/** Open/high/low/close figures of a result (numbers, or a series' min and max), at most a few levels down. */
function barPrices(node: unknown, into: number[], depth: number, symbol: string | undefined): void {
  if (depth > 6 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) barPrices(item, into, depth + 1, symbol);
    return;
  }
  // Another symbol's record (a result listing several) is priced on its own level.
  const own = Object.entries(node as Json).find(([k, v]) => SYMBOL_KEY.test(compact(k)) && typeof v === 'string');
  if (own !== undefined && symbol !== undefined && String(own[1]).toUpperCase() !== symbol.toUpperCase()) return;
  for (const [key, value] of Object.entries(node as Json)) {
    if (BAR_KEY.test(compact(key))) {
      if (typeof value === 'number' && value > 0) into.push(value);
      else if (isRecord(value)) for (const k of ['min', 'max']) if (typeof value[k] === 'number' && (value[k] as number) > 0) into.push(value[k] as number);
    } else if (value !== null && typeof value === 'object') barPrices(value, into, depth + 1, symbol);
  }
}

function checkCall(record: DialogueRecord, operation: string, args: Json, at: number, add: Add): void {
  const op = record.operations[operation];
  if (!op) return;
  const props = (op.parameters?.properties ?? {}) as Record<string, { description?: string }>;
  for (const [name, value] of Object.entries(args)) {
    const year = typeof value === 'number' ? value : typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : undefined;
    const text = year === undefined || !/year/i.test(name) ? undefined : props[name]?.description;
    const range = text === undefined ? undefined : describedRange(text);
    if (range !== undefined && range.min >= 1800 && range.max <= 2200 && (year! < range.min || year! > range.max)) add('year_outside_documented', at, `the year ${year} is outside the years ${range.min}–${range.max} its description supports`);
  }
  const dated = Object.entries(args).filter(([, v]) => isoDayMs(v) !== undefined);
  if (dated.length < 2) return;
  const text = `${op.description ?? ''} ${dated.map(([k]) => props[k]?.description ?? '').join(' ')}`;
  const max = documentedMaxSpan(text);
  if (max === undefined) return;
  const days = dated.map(([, v]) => isoDayMs(v)!);
  const span = (Math.max(...days) - Math.min(...days)) / DAY_MS;
  if (span > max) add('span_beyond_documented', at, `the call asks for ${span} days where its description allows at most ${max}`);
}

export function checkDates23(record: DialogueRecord, add: Add): void {
  const argsOf = new Map<string, Json>();
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'assistant' && turn.call) {
      const args = (turn.call.arguments ?? {}) as Json;
      argsOf.set(turn.call.id, args);
      checkCall(record, turn.call.operation, args, at, add);
      return;
    }
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    checkEvents(turn.result, at, add);
    const args = argsOf.get(turn.call_id);
    // Cheap bail: a call with a symbol and a date.
    const symbolKey = args === undefined ? undefined : Object.keys(args).find((k) => SYMBOL_ARG.test(compact(k)));
    if (args === undefined || symbolKey === undefined) return;
    const period = askedPeriod(args);
    if (period === undefined) return;
    const value = args[symbolKey];
    const symbol = typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined;
    const prices: number[] = [];
    barPrices(turn.result, prices, 0, symbol);
    if (prices.length < 2) return;
    const lo = Math.min(...prices);
    const hi = Math.max(...prices);
    if (period.to - period.from <= 7 * DAY_MS && (hi - lo) / ((hi + lo) / 2) > SWING) add('short_span_price_swing', at, `prices from ${lo} to ${hi} within ${(period.to - period.from) / DAY_MS + 1} days`);
    const level = marketLevel(symbol);
    if (!level || !pastPeriod(period)) return;
    const then = priceLevelOn(level, (period.from + period.to) / 2);
    const median = [...prices].sort((a, b) => a - b)[Math.floor(prices.length / 2)]!;
    if (median > then * OFF || median < then / OFF) add('past_price_off_level', at, `${symbol} is priced near ${median} for ${new Date(period.from).toISOString().slice(0, 10)}, far from its level then of about ${then.toFixed(2)}`);
  });
}

const letters = memoized((k: string): string => k.toLowerCase().replace(/[^a-z]/g, ''));

/** Events of a result whose start is at night or on another day in their city's time. */
function checkEvents(result: unknown, at: number, add: Add): void {
  let said = false;
  eachObject(result, (obj) => {
    if (said) return;
    const key = Object.keys(obj).find((k) => EVENT_START_KEY.test(letters(k)) && typeof obj[k] === 'string' && UTC_MOMENT.test(obj[k] as string));
    if (key === undefined) return;
    const zone = eventZone(obj);
    const local = zone === undefined ? undefined : localMoment(obj[key] as string, zone);
    if (local === undefined) return;
    const day = (obj[key] as string).slice(0, 10);
    if (local.minutes >= 480 && local.day === day) return;
    said = true;
    const clock = `${String(Math.floor(local.minutes / 60)).padStart(2, '0')}:${String(local.minutes % 60).padStart(2, '0')}`;
    add('event_local_time', at, `an event starting ${String(obj[key])} starts at ${clock} on ${local.day} in its city (${zone})`);
  });
}
