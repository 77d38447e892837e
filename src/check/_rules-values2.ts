/**
 * Results that honour what the call asked for (QUALITY.md E): the item a chain takes from a list filtered by a
 * name, title or keyword carries that value in its label; a list asked for by year has its release dates in
 * that year; a record's composed description ("X is a movie.") names the record itself, not another one.
 * Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId, Violation } from './types.ts';
import { eachObject } from './_objects.ts';
import { snakeKeyUnderscored } from '../text/key-words-speed28.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const VALUES2_INVARIANTS = ['filter_ignored', 'foreign_description'] as const satisfies readonly InvariantId[];

interface Call {
  turn: number;
  operation: string;
  args: Record<string, unknown>;
  result?: unknown;
  resultTurn?: number;
}

/** `primaryReleaseYear` → `primary_release_year`. */
const words = snakeKeyUnderscored;
const NAME_FILTER = /^(q|query|keywords?|search|search_?term|search_?query|name|title|display_?name)$/;
const LABEL = /^(name|title|display_?name|headline|label)$/i;
const RELEASED = /(^|_)(release_?date|released|first_?air_?date|air_?date)$/;

export function checkValues2(record: DialogueRecord, add: Add): void {
  const calls = callsOf(record);
  calls.forEach((call, i) => {
    if (call.result === undefined || call.resultTurn === undefined) return;
    const later = calls.slice(i + 1).flatMap((c) => Object.values(c.args)).filter((v) => typeof v === 'string' || typeof v === 'number');
    for (const [key, value] of Object.entries(call.args)) {
      if (typeof value !== 'string' || value.length < 3 || value.length > 40 || /[*%{}]/.test(value)) continue;
      if (!NAME_FILTER.test(words(key))) continue;
      for (const item of takenItems(call.result, later)) {
        const labels = Object.entries(item).filter(([k, v]) => LABEL.test(k) && typeof v === 'string') as [string, string][];
        if (labels.length === 0) continue;
        const wanted = value.toLowerCase();
        if (!labels.some(([, v]) => v.toLowerCase().includes(wanted) || wanted.includes(v.toLowerCase()))) {
          add('filter_ignored', call.resultTurn, `the item taken from ${call.operation} (${key} "${value}") is "${labels[0]![1]}"`);
        }
      }
    }
    const year = Object.entries(call.args).find(([k, v]) => /(^|_)year$/.test(words(k)) && /^(19|20)\d{2}$/.test(String(v)))?.[1];
    if (year !== undefined) {
      for (const item of listItems(call.result)) {
        for (const [k, v] of Object.entries(item)) {
          if (RELEASED.test(words(k)) && typeof v === 'string' && /^\d{4}-/.test(v) && !v.startsWith(String(year))) {
            add('filter_ignored', call.resultTurn, `${call.operation} asked for year ${year} returns ${k} ${v}`);
            break;
          }
        }
      }
    }
  });
  record.turns.forEach((turn, i) => {
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    eachObject(turn.result, (obj) => {
      const problem = foreignDescription(obj);
      if (problem) add('foreign_description', i, `tool result: ${problem}`);
    });
  });
}

/** The violations of `record` only (for tests and callers outside checkMeaning). */
export function values2Violations(record: DialogueRecord): Violation[] {
  const out: Violation[] = [];
  checkValues2(record, (invariant, turn, message) => out.push({ invariant, turn, message }));
  return out;
}

function callsOf(record: DialogueRecord): Call[] {
  const calls: Call[] = [];
  const byId = new Map<string, Call>();
  record.turns.forEach((turn, i) => {
    const t = turn as { speaker: string; call?: { id?: string; operation: string; arguments?: Record<string, unknown> }; call_id?: string; status?: string; result?: unknown };
    if (t.speaker === 'assistant' && t.call) {
      const call: Call = { turn: i, operation: t.call.operation, args: t.call.arguments ?? {} };
      calls.push(call);
      if (t.call.id) byId.set(t.call.id, call);
    }
    if (t.speaker === 'tool' && t.status === 'ok' && t.call_id && byId.has(t.call_id)) {
      const call = byId.get(t.call_id)!;
      call.result = t.result;
      call.resultTurn = i;
    }
  });
  return calls;
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** The records of the lists in a result (the result's own list, or one list under a wrapper, two levels deep). */
function listItems(result: unknown, depth = 0): Record<string, unknown>[] {
  if (Array.isArray(result)) return result.filter(isObject);
  if (!isObject(result) || depth > 2) return [];
  return Object.values(result).flatMap((v) => listItems(v, depth + 1));
}

/** List items holding a value a later call uses (the item the chain takes). */
function takenItems(result: unknown, later: unknown[]): Record<string, unknown>[] {
  const items = listItems(result);
  if (items.length === 0) return [];
  return items.filter((item) => Object.entries(item).some(([k, v]) => !LABEL.test(k) && (typeof v === 'string' || typeof v === 'number') && String(v).length >= 2 && later.includes(v)));
}

/** A composed description ("A Room with a View is a movie.") beside a name or title of another record. */
function foreignDescription(obj: Record<string, unknown>): string | undefined {
  const label = Object.entries(obj).find(([k, v]) => LABEL.test(k) && typeof v === 'string')?.[1] as string | undefined;
  if (label === undefined) return undefined;
  for (const [k, v] of Object.entries(obj)) {
    if (!/(description|overview|summary|about|bio)$/i.test(words(k)) || typeof v !== 'string') continue;
    const m = /^(.{3,80}?) is an? [a-z ]{3,30}( in [^.]+)?\.$/.exec(v);
    if (m && !/^(this|it|that|there|here|which|what|who)$/i.test(m[1]!) && m[1] !== label && !label.includes(m[1]!) && !m[1]!.includes(label)) return `${k} "${v}" is about another record than "${label}"`;
  }
  return undefined;
}
