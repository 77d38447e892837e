/**
 * Words that fit what the API can do and what the user means (QUALITY.md B, D), wave 25. Reads only the record.
 * - `clarify_offers_change`: a clarifying question offers "or change something" where every operation the dialogue
 *   knows of on the dialogue's APIs only reads (GET): the API cannot change anything.
 * - `one_for_several_ids`: the user asks about one thing ("I need to remove an episode.") and then gives two or more
 *   IDs of it to the same operation.
 * - `breakdown_zeros_only`: a reply tells only the empty rows of a breakdown ("the number of 1-star ratings is 0")
 *   while the result has rows that are not empty, which go unsaid.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const WORDS25_INVARIANTS = ['clarify_offers_change', 'one_for_several_ids', 'breakdown_zeros_only'] as const satisfies readonly InvariantId[];

const WRITE_METHOD = /^(?:POST|PUT|PATCH|DELETE)$/i;
const ID_PARAM = /(?:^|[_\-.])ids?$|[a-z]Ids?$/;
const ONE_THING = /\b(?:a|an) ([a-z]{3,})\b/gi;
/** "the number of 1-star ratings is 0": a breakdown row (a name with a number in it) said empty, or not. */
const ZERO_ROW = /\bthe number of [a-z ]*\d[a-z\d -]* is 0\b/i;
const FULL_ROW = /\bthe number of [a-z ]*\d[a-z\d -]* is [1-9]/i;

export function checkWords25(record: DialogueRecord, add: Add): void {
  clarifyOffersChange(record, add);
  oneForSeveral(record, add);
  zerosOnly(record, add);
}

function clarifyOffersChange(record: DialogueRecord, add: Add): void {
  const at = record.turns.findIndex((t) => t.speaker === 'assistant' && t.action === 'clarify' && /\bchange something\b/i.test(t.text ?? ''));
  if (at < 0) return;
  // The dialogue's APIs, with their listed operations: another API's writes (a movie rating) change nothing here.
  const apis = new Set(Object.values(record.operations).map((o) => o.api));
  const ops = [...Object.values(record.operations), ...Object.values(record.candidates ?? {}).filter((o) => apis.has(o.api))];
  if (ops.some((o) => WRITE_METHOD.test(o.method))) return;
  add('clarify_offers_change', at, 'the clarifying question offers to change something, but every operation only reads');
}

const several = (v: unknown): boolean => (Array.isArray(v) ? v.length >= 2 : typeof v === 'string' && v.split(',').filter((s) => s.trim()).length >= 2);

function oneForSeveral(record: DialogueRecord, add: Add): void {
  const intents = record.turns.flatMap((t, at) => (t.speaker === 'user' && /^inform_intent_clear/.test(t.action) && /\ban? [a-z]/i.test(t.text ?? '') ? [{ text: t.text ?? '', at }] : []));
  if (intents.length === 0) return;
  for (const turn of record.turns) {
    const call = turn.speaker === 'assistant' ? turn.call : undefined;
    if (!call) continue;
    const args = (call.arguments ?? {}) as Record<string, unknown>;
    if (!Object.entries(args).some(([k, v]) => ID_PARAM.test(k) && several(v))) continue;
    // The thing named with "a"/"an" is one the operation handles by its name ("remove an episode", remove-episodes-user).
    const name = (record.operations[call.operation]?.name ?? call.operation).toLowerCase();
    for (const { text, at } of intents) {
      for (const m of text.matchAll(ONE_THING)) {
        const noun = (m[1] as string).toLowerCase();
        if (!new RegExp(`(?:^|[^a-z])${noun}s?(?:[^a-z]|$)`).test(name)) continue;
        add('one_for_several_ids', at, `the user asks about one ${noun}, then gives several IDs to ${call.operation}`);
        return;
      }
    }
  }
}

function zerosOnly(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'assistant' || turn.action !== 'response') return;
    const text = turn.text ?? '';
    if (!text.includes(' is 0') || !ZERO_ROW.test(text) || FULL_ROW.test(text)) return;
    // A breakdown in the results ({"1": 0, "3": 3}): keys all numbers, some value not zero.
    let full = false;
    for (const t of record.turns) {
      if (full || t.speaker !== 'tool' || t.status !== 'ok') continue;
      eachObject(t.result, (obj) => {
        const keys = Object.keys(obj);
        if (!full && keys.length >= 2 && keys.every((k) => /^\d+$/.test(k)) && keys.some((k) => typeof obj[k] === 'number' && obj[k] !== 0)) full = true;
      });
    }
    if (full) add('breakdown_zeros_only', at, 'the reply says only empty rows of a breakdown whose other rows are not empty');
  });
}
