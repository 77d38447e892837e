/**
 * Mock values with the wrong meaning in RapidAPI-style results, wave 20 (QUALITY.md E). Reads only the record.
 * `week_number_range`: a week number (`weekNum`, `week_number`, wrapped `{"$numberInt": …}` too) is 1–53.
 * `wrapped_date_value`: a MongoDB `{"$date": {"$numberLong": …}}` holds epoch milliseconds, never a longitude.
 * `asked_day_local_time`: a result's local time is on the day the call asked for (`dt=2025-09-22`).
 * `search_echo_other`: a search result's echoed query (`searchValue`) is the query sent.
 * `chart_range_order`: a chart's series ranges are coherent (min ≤ max; the low series never above the high one).
 * `numeric_param_word`: an argument the spec exemplifies as a whole number ("8") is a number, never "September".
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { keyWords } from '../text/key-words-speed28.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Json = Record<string, unknown>;

export const RA20_INVARIANTS = ['week_number_range', 'wrapped_date_value', 'asked_day_local_time', 'search_echo_other', 'chart_range_order', 'numeric_param_word'] as const satisfies readonly InvariantId[];

const words = keyWords;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

const WEEK = /^(week_num|week_number|weeknum|weeknumber)$/;
const ASKED_DAY = /^(dt|date|day)$/i;
const LOCAL_TIME = /^(localtime|local_time)$/;
const ECHOED_QUERY = /^(search_value|search_term|searched_for|search_query|query_text|search_string)$/;
const QUERY_ARG = /^(q|query|search|term|keyword|keywords|search_term|search_query)$/;

function each(value: unknown, visit: (record: Json) => void, depth = 0): void {
  if (depth > 6) return;
  if (Array.isArray(value)) for (const item of value) each(item, visit, depth + 1);
  else if (isRecord(value)) {
    visit(value);
    for (const v of Object.values(value)) if (v !== null && typeof v === 'object') each(v, visit, depth + 1);
  }
}

/** `{"$numberInt": "23"}` or "23" or 23 as a number. */
function numberOf(value: unknown): number | undefined {
  const raw = isRecord(value) ? Object.entries(value).find(([k]) => k.startsWith('$number'))?.[1] : value;
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^-?\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

function resultProblems(result: unknown, args: Json, add: (invariant: InvariantId, message: string) => void): void {
  const day = Object.entries(args).find(([k, v]) => ASKED_DAY.test(k) && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v))?.[1] as string | undefined;
  const sent = Object.entries(args).find(([k, v]) => QUERY_ARG.test(words(k)) && typeof v === 'string' && v.trim() !== '')?.[1] as string | undefined;
  const seen = new Set<InvariantId>();
  const once = (invariant: InvariantId, message: string): void => {
    if (!seen.has(invariant)) add(invariant, message);
    seen.add(invariant);
  };
  each(result, (record) => {
    for (const [key, value] of Object.entries(record)) {
      const name = words(key);
      if (WEEK.test(name)) {
        const n = numberOf(value);
        if (n !== undefined && (n < 1 || n > 53 || !Number.isInteger(n))) once('week_number_range', `${key} is ${n}, not a week of the year`);
      }
      if (key === '$date') {
        const raw = isRecord(value) ? value.$numberLong : value;
        const ms = typeof raw === 'number' ? raw : typeof raw === 'string' && /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : undefined;
        if (ms !== undefined && (!Number.isInteger(ms) || ms < 1e11 || ms > 4.2e12)) once('wrapped_date_value', `a $date holds ${String(raw)}, not epoch milliseconds`);
      }
      if (day !== undefined && LOCAL_TIME.test(name) && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) && value.slice(0, 10) !== day) once('asked_day_local_time', `local time ${value} is not on the asked day ${day}`);
      if (sent !== undefined && ECHOED_QUERY.test(name) && typeof value === 'string' && value.trim().toLowerCase() !== sent.trim().toLowerCase()) once('search_echo_other', `${key} "${value}" is not the query sent, "${sent}"`);
    }
    const low = record.low;
    const high = record.high;
    if (isRecord(low) && isRecord(high) && typeof low.min === 'number' && typeof low.max === 'number' && typeof high.min === 'number' && typeof high.max === 'number') {
      const series = ['open', 'high', 'low', 'close'].map((k) => record[k]).filter(isRecord);
      if (low.min > high.min || low.max > high.max || series.some((s) => typeof s.min === 'number' && typeof s.max === 'number' && s.min > s.max)) once('chart_range_order', `chart ranges out of order: low ${low.min}–${low.max}, high ${high.min}–${high.max}`);
    }
  });
}

/** The spec's default or example of a parameter, when it is a whole number (8 or "8"). */
function wholeExample(schema: unknown): boolean {
  if (!isRecord(schema)) return false;
  const shown = [schema.default, schema.example].filter((v) => v !== undefined && v !== null && v !== '');
  return shown.length > 0 && shown.every((v) => (typeof v === 'number' && Number.isInteger(v)) || (typeof v === 'string' && /^\d{1,4}$/.test(v.trim())));
}

export function checkRa20(record: DialogueRecord, add: Add): void {
  const argsOf = new Map<string, Json>();
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'assistant' && turn.call) {
      const args = (turn.call.arguments ?? {}) as Json;
      argsOf.set(turn.call.id, args);
      const properties = (record.operations[turn.call.operation]?.parameters as { properties?: Json } | undefined)?.properties ?? {};
      for (const [key, value] of Object.entries(args)) {
        if (typeof value === 'string' && /\p{L}/u.test(value) && !/\d/.test(value) && wholeExample(properties[key])) add('numeric_param_word', at, `${key} is "${value}" where the spec gives a number`);
      }
    }
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    resultProblems(turn.result, argsOf.get(turn.call_id) ?? {}, (invariant, message) => add(invariant, at, message));
  });
}
