/**
 * Cars in tool results (QUALITY.md E), wave 22. `mpg_combined_outside`: a record's combined fuel economy lies
 * between its city and highway figures (never 31 beside 8 and 11).
 * `placeholder_make_said`: a car's make or model shown to the user is a name, never a code ("the make is MK-39321").
 * `same_model_untold`: several results of one make and model, of different years, are told apart in the reply by
 * their years (never "the city mpg is 9 …; the city mpg is 8 …" for three Chirons). Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Json = Record<string, unknown>;

export const CARS22_INVARIANTS = ['mpg_combined_outside', 'placeholder_make_said', 'same_model_untold'] as const satisfies readonly InvariantId[];

const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const CITY = /^(city_?mpg|city_?08|mpg_?city|cityMpg)$/i;
const HIGHWAY = /^(highway_?mpg|hwy_?mpg|highway_?08|mpg_?highway|highwayMpg)$/i;
const COMBINED = /^(combined_?mpg|combination_?mpg|comb_?mpg|comb_?08|mpg_?combined|combinedMpg|combinationMpg)$/i;
const MAKE = /^(make|make_?name|makeName|model|model_?name|modelName|manufacturer)$/i;
const PLACEHOLDER = /^[A-Z]{1,5}-?\d{3,}$/;
const YEAR = /^(year|model_?year|modelYear)$/i;
/** The first look: keys only a car's record has. */
const CAR_KEY = /^(make|make_?name|makeName|city_?mpg|cityMpg|combined_?mpg|model_?year|modelYear|vin|manufacturer)$/i;

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && /^\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : undefined);
const keyOf = (obj: Json, test: RegExp): string | undefined => Object.keys(obj).find((k) => test.test(k));

/** The car records of a result, each with the list it sits in (if any). */
function carRecords(value: unknown, out: { obj: Json; list: Json[] | undefined }[], list: Json[] | undefined, depth: number): void {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    const items = value.filter(isRecord);
    for (const item of value) carRecords(item, out, items.length === value.length ? items : undefined, depth + 1);
    return;
  }
  const obj = value as Json;
  if (Object.keys(obj).some((k) => CAR_KEY.test(k))) out.push({ obj, list });
  for (const v of Object.values(obj)) if (v !== null && typeof v === 'object') carRecords(v, out, undefined, depth + 1);
}

/** The assistant's text that reports a tool turn: the next assistant turn with text and no call. */
function replyAfter(record: DialogueRecord, at: number): { text: string; at: number } | undefined {
  for (let i = at + 1; i < record.turns.length; i++) {
    const turn = record.turns[i] as { speaker: string; text?: unknown; call?: unknown };
    if (turn.speaker === 'user') return undefined;
    if (turn.speaker === 'assistant' && !turn.call && typeof turn.text === 'string') return { text: turn.text, at: i };
  }
  return undefined;
}

export function checkCars22(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'tool' || turn.status !== 'ok' || turn.result === null || typeof turn.result !== 'object') return;
    const cars: { obj: Json; list: Json[] | undefined }[] = [];
    carRecords(turn.result, cars, undefined, 0);
    if (cars.length === 0) return;
    const reply = replyAfter(record, at);
    let outside = false;
    let code = false;
    for (const { obj } of cars) {
      const [c, h, m] = [keyOf(obj, CITY), keyOf(obj, HIGHWAY), keyOf(obj, COMBINED)].map((k) => (k === undefined ? undefined : num(obj[k])));
      if (!outside && c !== undefined && h !== undefined && m !== undefined && (m < Math.min(c, h) || m > Math.max(c, h))) {
        outside = true;
        add('mpg_combined_outside', at, `combined ${m} mpg is not between city ${c} and highway ${h}`);
      }
      const shown = Object.entries(obj).find(([k, v]) => MAKE.test(k) && typeof v === 'string' && PLACEHOLDER.test(v) && reply?.text.includes(v));
      if (!code && shown && reply) {
        code = true;
        add('placeholder_make_said', reply.at, `${shown[0]} "${shown[1] as string}" is a code said as a car's name`);
      }
    }
    const list = cars.find((c) => c.list !== undefined && c.list.length >= 2)?.list;
    if (list !== undefined && reply !== undefined) untold(list, reply, add);
  });
}

/** Results of one make and model, each of its own year: the reply says at least the years, or names one alone. */
function untold(list: Json[], reply: { text: string; at: number }, add: Add): void {
  const first = list[0]!;
  const model = keyOf(first, /^(model|model_?name|modelName)$/i);
  const year = keyOf(first, YEAR);
  if (model === undefined || year === undefined || typeof first[model] !== 'string') return;
  if (!list.every((o) => o[model] === first[model] && num(o[year]) !== undefined)) return;
  const years = list.map((o) => String(o[year]));
  if (new Set(years).size < years.length) return;
  // A reply that reads out figures of each (two or more "; " parts) without one year leaves them untold.
  const parts = reply.text.split(/;\s+/).length;
  if (parts >= 2 && !years.some((y) => reply.text.includes(y))) add('same_model_untold', reply.at, `${list.length} results of ${first[model] as string} (${years.join(', ')}) are said without their years`);
}
