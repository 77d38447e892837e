/**
 * Amounts and numbers of one result that must agree with each other (QUALITY.md E), wave 21.
 * - `minor_units_mixed`: a result whose amounts are held in minor units (the tool turn's `minor_units`) has every
 *   amount of one currency said in the same unit: never "the amount is 351.44 EUR" (35144 divided by 100) and "the
 *   total balance is 608 EUR" (608 as held) in one reply.
 * - `part_sum_total`: a record listing a principal and what is added to it (`fee`, `interest`) beside a `total`
 *   has the total equal their sum (fee 7 + principal 339 is no total of 608).
 * - `above_maximum`: a value never exceeds the `maximum…` beside it (`estimatedDays` 344 with `maximumDays` 248).
 * - `reservation_hour`: a restaurant table booked for a party is at a meal time (11:00–15:30 or 17:00–23:30),
 *   never at 06:45, unless the user asked for that time.
 * Reads only the dialogue record: shares nothing with the generator.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const UNITS21_INVARIANTS = ['minor_units_mixed', 'part_sum_total', 'above_maximum', 'reservation_hour'] as const satisfies readonly InvariantId[];

const CURRENCY = /^(currency|currency_?code|currency_?iso|iso_?currency)$/i;
/** ISO 4217 currencies without a minor unit, and those with three decimals (the checker's own list). */
const NO_DECIMALS = new Set(['BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX', 'VND', 'VUV', 'XAF', 'XOF', 'XPF']);
const THREE_DECIMALS = new Set(['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND']);
const decimals = (code: string): number => (NO_DECIMALS.has(code) ? 0 : THREE_DECIMALS.has(code) ? 3 : 2);

/** Whole-number amounts of a result beside (or under) a currency code: [value, currency]. */
function heldAmounts(result: unknown): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  const walk = (node: unknown, currency: string | undefined, depth: number): void => {
    if (!node || typeof node !== 'object' || depth > 8) return;
    if (Array.isArray(node)) {
      for (const item of node) walk(item, currency, depth + 1);
      return;
    }
    const obj = node as Record<string, unknown>;
    const own = Object.entries(obj).find(([k, v]) => CURRENCY.test(k) && typeof v === 'string' && /^[A-Z]{3}$/.test(v))?.[1] as string | undefined;
    const here = own ?? currency;
    for (const v of Object.values(obj)) {
      if (here !== undefined && typeof v === 'number' && Number.isInteger(v) && Math.abs(v) >= 10) out.push([v, here]);
      else if (v && typeof v === 'object') walk(v, here, depth + 1);
    }
  };
  walk(result, undefined, 0);
  return out;
}

const SAID_AMOUNT = /(?<![\d.,])(-?\d+(?:\.\d+)?) ([A-Z]{3})\b/g;

/** "351.44 EUR" said as 35144 divided and "608 EUR" said as held, in one reply: the two amounts the reply mixes. */
function mixedUnits(text: string, held: Array<[number, string]>): string | undefined {
  const converted = new Map<string, string>();
  const raw = new Map<string, string>();
  for (const m of text.matchAll(SAID_AMOUNT)) {
    const n = Number(m[1]);
    const code = m[2]!;
    const scale = 10 ** decimals(code);
    if (scale === 1) continue;
    const asConverted = held.some(([v, c]) => c === code && Math.abs(v / scale - n) < 1e-9 && v !== n);
    const asHeld = held.some(([v, c]) => c === code && v === n);
    if (asConverted && !asHeld) converted.set(code, m[0]);
    if (asHeld && !asConverted) raw.set(code, m[0]);
  }
  for (const [code, said] of converted) if (raw.has(code)) return `"${said}" is converted from minor units, "${raw.get(code)}" is not`;
  return undefined;
}

const PART = /^(principal|fee|fees|interest)$/i;

/** Why a record's total is not the sum of the principal and what it lists beside it, or undefined. */
function badSum(obj: Record<string, unknown>): string | undefined {
  const total = Object.keys(obj).find((k) => /^total$/i.test(k) && typeof obj[k] === 'number');
  if (total === undefined) return undefined;
  const parts = Object.keys(obj).filter((k) => PART.test(k) && typeof obj[k] === 'number');
  if (parts.length < 2 || !parts.some((k) => /^principal$/i.test(k))) return undefined;
  const sum = parts.reduce((s, k) => s + (obj[k] as number), 0);
  if (Math.abs(sum - (obj[total] as number)) < 0.011) return undefined;
  return `${parts.map((k) => `${k} ${obj[k]}`).join(' + ')} is ${Number(sum.toFixed(2))}, yet ${total} is ${obj[total]}`;
}

const MAXIMUM = /^(maximum|max)_?(.+)$/i;

/** Why a value exceeds the maximum beside it, or undefined. */
function aboveMaximum(obj: Record<string, unknown>): string | undefined {
  for (const [k, max] of Object.entries(obj)) {
    const m = MAXIMUM.exec(k);
    if (!m || typeof max !== 'number') continue;
    const rest = m[2]!.replace(/^_/, '').toLowerCase();
    const key = Object.keys(obj).find((o) => o !== k && o.toLowerCase().endsWith(rest) && typeof obj[o] === 'number' && !MAXIMUM.test(o) && !/^min/i.test(o));
    if (key !== undefined && (obj[key] as number) > max) return `${key} ${obj[key]} is above ${k} ${max}`;
  }
  return undefined;
}

const PARTY = /^(party_?size|partysize|covers|guests|number_?of_?guests|people)$/i;
const TIME = /^(time|reservation_?time|booking_?time|start_?time)$/i;
const RESTAURANT = /restaurant|dining|table/i;

/** The time of a restaurant table for a party, when it is no meal time. */
function offHour(obj: Record<string, unknown>): string | undefined {
  if (!Object.keys(obj).some((k) => PARTY.test(k))) return undefined;
  const key = Object.keys(obj).find((k) => TIME.test(k) && typeof obj[k] === 'string');
  const m = key === undefined ? null : /^(\d{2}):(\d{2})/.exec(obj[key] as string);
  if (!m) return undefined;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  if ((minutes >= 11 * 60 && minutes <= 15 * 60 + 30) || (minutes >= 17 * 60 && minutes <= 23 * 60 + 30)) return undefined;
  return obj[key!] as string;
}

export function checkUnits21(record: DialogueRecord, add: Add): void {
  let held: Array<[number, string]> = [];
  const asked = new Set<string>();
  record.turns.forEach((turn, i) => {
    if (turn.speaker === 'user' && typeof turn.text === 'string') for (const m of turn.text.matchAll(/\b\d{1,2}:\d{2}\b/g)) asked.add(m[0].padStart(5, '0'));
    if (turn.speaker === 'assistant' && turn.call) for (const v of Object.values(turn.call.arguments)) if (typeof v === 'string') asked.add(v.slice(0, 5));
    if (turn.speaker === 'assistant' && turn.action === 'response' && held.length > 0) {
      const why = mixedUnits(turn.text ?? '', held);
      if (why) add('minor_units_mixed', i, `response mixes units: ${why}`);
    }
    if (turn.speaker !== 'tool') return;
    held = turn.status === 'ok' && turn.minor_units !== undefined && turn.minor_units.length > 0 ? heldAmounts(turn.result) : [];
    if (turn.status !== 'ok') return;
    const op = record.operations[turn.operation];
    const restaurant = RESTAURANT.test(`${turn.operation} ${op?.path ?? ''} ${op?.description ?? ''}`);
    eachObject(turn.result, (obj) => {
      const sum = badSum(obj);
      if (sum) add('part_sum_total', i, `tool result: ${sum}`);
      const over = aboveMaximum(obj);
      if (over) add('above_maximum', i, `tool result: ${over}`);
      const hour = restaurant ? offHour(obj) : undefined;
      if (hour !== undefined && !asked.has(hour.slice(0, 5))) add('reservation_hour', i, `tool result: a restaurant table for a party at ${hour}, no meal time`);
    });
  });
}
