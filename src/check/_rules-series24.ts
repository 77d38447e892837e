/**
 * Time series, timestamps and rates that are believable (QUALITY.md E), wave 24. Reads only the dialogue record and
 * the world's calendar.
 * `chart_span_flat`: a price chart asked for two years or more moves: its closes span at least 20 % (a five-year
 * TSLA chart never closes between $137 and $147).
 * `chart_outside_asked`: a chart's days (its `Dates`, its series' min and max days, its elements' time stamps) lie in
 * the period the call asked for, up to today: never a time stamp of 2026-09-08 on a chart that ends March 16, 2026.
 * `series_extremes_same_day`: a daily chart's series reaches its min and its max on two days, never both on one.
 * `stamps_out_of_order`: one record's times run in its life's order: nothing finished, sent or updated before it
 * was created, nothing updated before it was finished (a task created 2025-02-02 never had its callback sent
 * 2024-12-03; an order modified 2024-02-13 was not shipped 2026-02-06).
 * `same_currency_rate`: an exchange rate of a record whose currencies are all one currency is 1 (JPY to JPY is
 * never 1.6984).
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { askedPeriod, REFERENCE_DATE } from '../world/index.ts';
import { eachObject } from './_objects.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Json = Record<string, unknown>;

export const SERIES24_INVARIANTS = ['chart_span_flat', 'chart_outside_asked', 'series_extremes_same_day', 'stamps_out_of_order', 'same_currency_rate'] as const satisfies readonly InvariantId[];

const DAY_MS = 86_400_000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const TODAY = Math.floor((Date.parse(`${REFERENCE_DATE}T00:00:00Z`) - SERIAL_EPOCH) / DAY_MS);
const isSerial = (x: unknown): x is number => typeof x === 'number' && x > 20_000 && x < 80_000;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const snake = snakeKey;
const dayOf = (serial: number): string => new Date(SERIAL_EPOCH + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);

/** A chart's time stamp's day as a serial (its first ten characters an ISO day), or undefined. */
function stampDay(v: unknown): number | undefined {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(v)) return undefined;
  const ms = Date.parse(`${v.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(ms) ? undefined : Math.floor((ms - SERIAL_EPOCH) / DAY_MS);
}

function checkChart(chart: Json, args: Json, at: number, add: Add): void {
  const elements = (chart.Elements ?? chart.elements) as unknown[];
  const period = askedPeriod(args);
  const dates = (chart.Dates ?? chart.dates) as unknown;
  const serials = Array.isArray(dates) ? dates.filter(isSerial) : [];
  const daily = serials.length >= 2 && serials[1]! - serials[0]! >= 0.9;
  const from = period === undefined ? undefined : Math.floor((period.from - SERIAL_EPOCH) / DAY_MS);
  const to = period === undefined ? undefined : Math.min(Math.floor((period.to - SERIAL_EPOCH) / DAY_MS), TODAY);
  const outside = (d: number): boolean => from !== undefined && to !== undefined && to >= from && (Math.floor(d) < from - 3 || Math.floor(d) > to + 1);
  const off = serials.find(outside);
  if (off !== undefined) add('chart_outside_asked', at, `the chart has a day ${dayOf(off)} outside the period asked (${dayOf(from!)} to ${dayOf(to!)})`);
  for (const e of elements) {
    if (!isRecord(e)) continue;
    for (const k of ['TimeStamp', 'timestamp', 'Timestamp']) {
      const d = stampDay(e[k]);
      if (d !== undefined && serials.length > 0 && (d > Math.floor(Math.max(...serials)) + 1 || outside(d))) add('chart_outside_asked', at, `a chart element's ${k} ${String(e[k])} lies after the chart's last day ${dayOf(Math.max(...serials))} or outside the period asked`);
    }
    const ds = e.DataSeries;
    if (!isRecord(ds)) continue;
    for (const [name, s] of Object.entries(ds)) {
      if (!isRecord(s)) continue;
      for (const k of ['minDate', 'maxDate']) if (isSerial(s[k]) && outside(s[k] as number)) add('chart_outside_asked', at, `the ${name} series' ${k} ${dayOf(s[k] as number)} lies outside the period asked`);
      if (daily && isSerial(s.minDate) && isSerial(s.maxDate) && Math.floor(s.minDate) === Math.floor(s.maxDate) && s.min !== s.max) add('series_extremes_same_day', at, `the ${name} series reaches its min ${String(s.min)} and its max ${String(s.max)} on one day, ${dayOf(s.minDate)}`);
      if (/^close$/i.test(name) && period !== undefined && period.to - period.from >= 730 * DAY_MS && typeof s.min === 'number' && typeof s.max === 'number' && s.min > 0 && s.max / s.min < 1.2) {
        add('chart_span_flat', at, `closes between ${s.min} and ${s.max} over ${Math.round((period.to - period.from) / (365 * DAY_MS))} years`);
      }
    }
  }
}

/** A record's stages, in the order they happen (snake-case key patterns). */
const STAGES: readonly RegExp[] = [
  /(^|_)(created|creation|inserted|submitted|requested|queued)(_|$)/,
  /(^|_)(started|began)(_|$)/,
  /(^|_)(finished|completed|ended|processed|executed|shipped|booking|booked|value|settled|settlement|captured)(_|$)/,
  /(^|_)(sent|callback|delivered|notified)(_|$)/,
  /(^|_)(updated|modified|changed)(_|$)/,
];
const NOT_STAGE = /birth|dob|release|founded|expir|due|valid|deadline|until|next|schedul|planned|estimat|start_date|end_date|from|^to$|last_login|period/;
const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Two times of one record out of their life's order, as a message; undefined when in order. */
function stampsOutOfOrder(obj: Json): string | undefined {
  let staged: Array<{ key: string; stage: number; ms: number }> | undefined;
  for (const [k, v] of Object.entries(obj)) {
    if (typeof v !== 'string' || v.length < 10 || !ISO.test(v)) continue;
    const s = snake(k);
    if (NOT_STAGE.test(s)) continue;
    const stage = STAGES.findIndex((re) => re.test(s));
    const ms = Date.parse(v);
    if (stage >= 0 && !Number.isNaN(ms)) (staged ??= []).push({ key: k, stage, ms });
  }
  if (staged === undefined || staged.length < 2) return undefined;
  // Days only are compared by day: a shipment dated the day it was created is in order.
  const day = (x: { ms: number }): number => Math.floor(x.ms / DAY_MS);
  for (const a of staged) for (const b of staged) {
    if (a.stage >= b.stage || (a.stage !== 0 && b.stage !== 4)) continue;
    const later = (obj[a.key] as string).length === 10 || (obj[b.key] as string).length === 10 ? day(a) > day(b) : a.ms > b.ms;
    if (later) return `${a.key} ${String(obj[a.key])} is after ${b.key} ${String(obj[b.key])}`;
  }
  return undefined;
}

const RATE = /(^|_)(exchange_rate|conversion_rate|fx_rate)$/;

function sameCurrencyRate(obj: Json): string | undefined {
  let rate: string | undefined;
  const codes = new Set<string>();
  for (const [k, v] of Object.entries(obj)) {
    const s = snake(k);
    if (RATE.test(s)) rate = k;
    else if (/currency(_code)?$/.test(s) && typeof v === 'string' && /^[A-Z]{3}$/.test(v)) codes.add(v);
  }
  if (rate === undefined || codes.size !== 1) return undefined;
  const value = Number(obj[rate]);
  return Number.isFinite(value) && value !== 1 ? `${rate} is ${String(obj[rate])} where every currency is ${[...codes][0]}` : undefined;
}

export function checkSeries24(record: DialogueRecord, add: Add): void {
  const argsOf = new Map<string, Json>();
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'assistant' && turn.call) argsOf.set(turn.call.id, (turn.call.arguments ?? {}) as Json);
    if (turn.speaker !== 'tool' || turn.status !== 'ok' || !isRecord(turn.result) && !Array.isArray(turn.result)) return;
    const args = argsOf.get(turn.call_id) ?? {};
    const seen = new Set<InvariantId>();
    const once = (id: InvariantId, message: string | undefined): void => {
      if (message === undefined || seen.has(id)) return;
      seen.add(id);
      add(id, at, `tool result: ${message}`);
    };
    eachObject(turn.result, (obj) => {
      if (Array.isArray(obj.Elements ?? obj.elements) && (obj.Dates ?? obj.dates) !== undefined) checkChart(obj, args, at, (id, _at, message) => once(id, message));
      once('stamps_out_of_order', stampsOutOfOrder(obj));
      once('same_currency_rate', sameCurrencyRate(obj));
    });
  });
}
