/**
 * Values and asks of real OpenAPI specs that mean what they say (QUALITY.md E, F, I), wave 24:
 * - `placeholder_example_value`: a spec's "fill this in" example ("YOUR_BALANCE_PLATFORM", "<account id>", "xxx",
 *   "XEaaaaaaaaaaaa…", "STUBBED") is never a value a tool returns nor one the assistant says.
 * - `tuple_change_without_object`: a relationship tuple is said with its object: "the user is user:alek, the
 *   relation is reader" says reader of nothing.
 * - `one_record_without_id`: an operation about one record ("Returns information about an export job") is never
 *   called without that record's id, whatever the spec marks required: it would report on a job nobody named.
 * Reads only the dialogue record.
 */
import type { DialogueRecord, RecordOperation } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const MISC24_INVARIANTS = ['placeholder_example_value', 'tuple_change_without_object', 'one_record_without_id'] as const satisfies readonly InvariantId[];

/** A whole value shaped as a placeholder (kept in step with isPlaceholderShape in src/plan/_examples.ts). */
const PLACEHOLDER_VALUE = /^(?:your|my)_[A-Za-z0-9_]+$|^<[^<>]{1,60}>$|^x{3,}$|([A-Za-z])\1{7,}|^(?:stubbed|todo|tbd|fixme|changeme|replace_?me)$/i;
/** The same inside speech: a placeholder word among others. */
const PLACEHOLDER_WORD = /\b(?:YOUR|MY)_[A-Z0-9_]{3,}\b|([A-Za-z])\1{7,}|\bSTUBBED\b|\byour (?:balance platform|account id|api key)\b/;

function placeholderIn(value: unknown, depth = 0): string | undefined {
  if (typeof value === 'string') return value.length <= 120 && PLACEHOLDER_VALUE.test(value) ? value : undefined;
  if (!value || typeof value !== 'object' || depth > 8) return undefined;
  for (const v of Array.isArray(value) ? value : Object.values(value)) {
    const hit = placeholderIn(v, depth + 1);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/** "information about an export job": one record, by its article (kept in step with src/plan/_one-record24.ts). */
const ABOUT_ONE = /\b(?:information|info|details?|metadata|the state|the status)\s+(?:about|of|on|for)\s+(?:an?|one|a single|a particular|a specific|the given|the specified)\s+[a-z]/i;
const READ_START = /^\s*(?:returns?|gets?|retrieves?|fetch(?:es)?|shows?|reads?|describes?|looks? up|view)\b/i;
const OWN_ID = /^(?:id|[a-z]+_?id)$/i;

/** The one id parameter of an operation about one record, or undefined. */
function oneRecordId(op: RecordOperation): string | undefined {
  if (!(op.method.toUpperCase() === 'GET' || READ_START.test(op.description))) return undefined;
  if (!ABOUT_ONE.test(op.description.slice(0, 400))) return undefined;
  const ids = Object.keys((op.parameters.properties ?? {}) as Record<string, unknown>).filter((k) => OWN_ID.test(k) && !/^(?:key|api_?key)$/i.test(k));
  return ids.length === 1 ? ids[0] : undefined;
}

/** The tuples ({user, relation, object}) of a result, at most a few. */
function tuplesOf(result: unknown): Array<{ user: string; relation: string; object: string }> {
  const out: Array<{ user: string; relation: string; object: string }> = [];
  eachObject(result, (obj) => {
    const { user, relation, object } = obj;
    if (typeof user === 'string' && typeof relation === 'string' && typeof object === 'string' && out.length < 20) out.push({ user, relation, object });
  });
  return out;
}

export function checkMisc24(record: DialogueRecord, add: Add): void {
  let tuples: Array<{ user: string; relation: string; object: string }> = [];
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'tool') {
      if (turn.status !== 'ok') return;
      const hit = placeholderIn(turn.result);
      if (hit !== undefined) add('placeholder_example_value', at, `${turn.operation} result holds the placeholder "${hit.slice(0, 40)}"`);
      tuples = tuplesOf(turn.result);
      return;
    }
    if (turn.speaker !== 'assistant') return;
    const text = turn.text ?? '';
    const word = text === '' ? null : PLACEHOLDER_WORD.exec(text);
    if (word) add('placeholder_example_value', at, `the assistant says the placeholder "${word[0]}"`);
    // Cheap first: only a reply after a result with tuples, which names a tuple's user.
    if (tuples.length > 0 && text !== '') {
      const bare = tuples.find((t) => text.includes(t.user) && text.includes(t.relation) && !text.includes(t.object));
      if (bare) add('tuple_change_without_object', at, `the tuple of ${bare.user} as ${bare.relation} is said without its object ${bare.object}`);
    }
    const call = turn.call;
    if (call && (turn as { error?: unknown }).error === undefined) {
      const op = record.operations[call.operation];
      const id = op ? oneRecordId(op) : undefined;
      const args = call.arguments ?? {};
      if (id !== undefined && (args as Record<string, unknown>)[id] === undefined) add('one_record_without_id', at, `${call.operation} is about one record but is called without its ${id}`);
    }
  });
}
