/**
 * World-consistent values a result states (QUALITY.md E): opening hours are clock times, one row per day; a
 * postcode has its country's form (no US ZIP+4 in Tokyo); a record the call has just created is not already
 * closed or cancelled. Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';
import { effectOf } from './_effect.ts';
import { identifierWords } from '../text/index.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const WORLD11_INVARIANTS = ['opening_hours', 'postcode_country', 'created_closed'] as const satisfies readonly InvariantId[];

const OPENS = /^(opens?|open_?(at|time)|opening_?time)$/i;
const CLOSES = /^(closes?|close_?(at|time)|closing_?time)$/i;
const DAY = /^(day|weekday|day_?of_?week)$/i;
const CLOCK = /^(\d{1,2}):(\d{2})(:\d{2})?$/;

/** Postcode forms of the countries whose form is one pattern. */
const POSTCODE: Readonly<Record<string, RegExp>> = {
  US: /^\d{5}(-\d{4})?$/, CA: /^[A-Z]\d[A-Z] ?\d[A-Z]\d$/, GB: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/, JP: /^\d{3}-?\d{4}$/,
  PT: /^\d{4}-\d{3}$/, NL: /^\d{4} ?[A-Z]{2}$/, DE: /^\d{5}$/, FR: /^\d{5}$/, ES: /^\d{5}$/, IT: /^\d{5}$/, AT: /^\d{4}$/,
  CH: /^\d{4}$/, BE: /^\d{4}$/, DK: /^\d{4}$/, NO: /^\d{4}$/, SE: /^\d{3} ?\d{2}$/, FI: /^\d{5}$/, PL: /^\d{2}-\d{3}$/,
  CZ: /^\d{3} ?\d{2}$/, HU: /^\d{4}$/, AU: /^\d{4}$/, NZ: /^\d{4}$/, ZA: /^\d{4}$/, IN: /^\d{6}$/, KR: /^\d{5}$/,
  SG: /^\d{6}$/, BR: /^\d{5}-?\d{3}$/, MX: /^\d{5}$/, IS: /^\d{3}$/, GR: /^\d{3} ?\d{2}$/, TR: /^\d{5}$/,
};
const COUNTRY_KEY = /^(country|country_?code|country_?iso|iso_?country)$/i;
const POSTCODE_KEY = /^(zip|zip_?code|zipcode|postal|postal_?code|postcode|post_?code)$/i;

const STATUS_KEY = /^(status|state)$/i;
/** States a record cannot be in the moment it is made. */
const ENDED = /^(closed|cancel+ed|archived|deleted|terminated|expired)$/i;

export function checkWorld11(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, i) => {
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    eachObject(turn.result, (obj) => {
      const hours = badHours(obj);
      if (hours) add('opening_hours', i, `tool result: ${hours}`);
      const postcode = foreignPostcode(obj);
      if (postcode) add('postcode_country', i, `tool result: ${postcode}`);
    });
    const ended = endedOnCreation(record, i);
    if (ended) add('created_closed', i, ended);
  });
}

const snakeOf = new Map<string, string>();
/** A key as snake-case words (`postalCode` → `postal_code`), remembered: the same keys recur in every record. */
function snake(key: string): string {
  let out = snakeOf.get(key);
  if (out === undefined) {
    out = identifierWords(key).join('_');
    if (snakeOf.size >= 50_000) snakeOf.clear();
    snakeOf.set(key, out);
  }
  return out;
}
const keyOf = (obj: Record<string, unknown>, test: RegExp): string | undefined => Object.keys(obj).find((k) => test.test(snake(k)));

/** A record's opening and closing times that are no clock times, or a list of day rows naming one day twice. */
function badHours(obj: Record<string, unknown>): string | undefined {
  for (const value of Object.values(obj)) {
    if (!Array.isArray(value) || value.length < 2 || value.length > 14) continue;
    // Only lists of day rows (the first row names a day and an opening time) are read further.
    const first = value[0];
    if (!first || typeof first !== 'object' || Array.isArray(first)) continue;
    const dayKey = keyOf(first as Record<string, unknown>, DAY);
    if (!dayKey || !keyOf(first as Record<string, unknown>, OPENS)) continue;
    const days = value.map((row) => (row && typeof row === 'object' && !Array.isArray(row) ? (row as Record<string, unknown>)[dayKey] : undefined));
    if (!days.every((d): d is string => typeof d === 'string')) continue;
    const seen = new Set<string>();
    for (const day of days) {
      if (seen.has(day.toLowerCase())) return `the opening hours list ${day} twice`;
      seen.add(day.toLowerCase());
    }
  }
  const opensKey = keyOf(obj, OPENS);
  const closesKey = keyOf(obj, CLOSES);
  if (!opensKey || !closesKey) return undefined;
  const opens = CLOCK.exec(String(obj[opensKey]));
  const closes = CLOCK.exec(String(obj[closesKey]));
  if (!opens || !closes) return undefined;
  const minutes = (m: RegExpExecArray): number => Number(m[1]) * 60 + Number(m[2]);
  if (Number(opens[1]) > 23 || Number(opens[2]) > 59 || Number(closes[2]) > 59 || minutes(closes) > 24 * 60) return `opening hours ${String(obj[opensKey])}–${String(obj[closesKey])} are no clock times`;
  // Closing after midnight (a bar until 02:00) is fine; closing in the day before opening is not.
  if (minutes(closes) < minutes(opens) && minutes(closes) >= 5 * 60) return `it closes at ${String(obj[closesKey])}, before it opens at ${String(obj[opensKey])}`;
  return undefined;
}

/** A postcode not in the form of the country beside it. */
function foreignPostcode(obj: Record<string, unknown>): string | undefined {
  const countryKey = keyOf(obj, COUNTRY_KEY);
  const postcodeKey = keyOf(obj, POSTCODE_KEY);
  if (!countryKey || !postcodeKey) return undefined;
  const country = obj[countryKey];
  const postcode = obj[postcodeKey];
  if (typeof country !== 'string' || typeof postcode !== 'string' || postcode === '') return undefined;
  const form = POSTCODE[country];
  return form && !form.test(postcode) ? `postcode ${postcode} is not in the form of ${country}` : undefined;
}

/** The record a create call returns (the top object, or the one object it wraps), reporting an ended state. */
function endedOnCreation(record: DialogueRecord, index: number): string | undefined {
  const turn = record.turns[index]!;
  if (turn.speaker !== 'tool' || effectOf(record.operations?.[turn.operation], turn.operation) !== 'create') return undefined;
  const result = turn.result;
  if (!result || typeof result !== 'object' || Array.isArray(result)) return undefined;
  const top = result as Record<string, unknown>;
  const inner = Object.values(top).filter((v) => v && typeof v === 'object' && !Array.isArray(v));
  const own = keyOf(top, STATUS_KEY) ? top : inner.length === 1 && Object.keys(top).length <= 2 ? (inner[0] as Record<string, unknown>) : undefined;
  const key = own ? keyOf(own, STATUS_KEY) : undefined;
  const status = key ? own![key] : undefined;
  if (typeof status !== 'string' || !ENDED.test(status)) return undefined;
  // The user may have made it so (`status: "closed"` in the call).
  const call = record.turns.find((t) => t.speaker === 'assistant' && 'call' in t && t.call?.id === turn.call_id);
  if (call && JSON.stringify(call).toLowerCase().includes(`"${status.toLowerCase()}"`)) return undefined;
  return `${turn.operation} has just created the record, yet its ${key} is ${status}`;
}
