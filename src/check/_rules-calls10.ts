/**
 * Calls a careful assistant would not make (QUALITY.md I, C): an update that changes nothing, and a list of ids
 * passed as the one id a chain took. Reads only the record and the loader's effect rule; it shares nothing with the
 * planner it checks.
 */
import type { AssistantTurn, DialogueRecord, RecordOperation } from '../plan/types.ts';
import { effectOf } from './_effect.ts';
import type { InvariantId, Violation } from './types.ts';

export const CALLS10_INVARIANTS = ['update_without_change', 'list_as_one_id'] as const satisfies readonly InvariantId[];

const PATH_PARAM = /\{([^}]+)\}/g;
/** A path parameter that is the value written (`newProjectTypeKey`), not the record written to. */
const NEW_VALUE = /^new([A-Z_-]|$)/;
/** A field holding one record's id (`album.id`, `developerId`, `album_id`), not a list of them (`ids`). */
const ONE_ID = /(^|\.|_|[a-z])(id|Id|ID|uuid|Uuid)$/;


/**
 * `update_without_change`: a successful update sends at least one value to change, never only the path's
 * identifiers (`partialUpdateProjectRole {id}` "The status is updated": nothing was said to change).
 */
function checkUpdates(record: DialogueRecord, out: Violation[]): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'assistant') return;
    const call = (turn as AssistantTurn).call;
    if (!call || (turn as AssistantTurn).error) return;
    const op = record.operations[call.operation];
    if (!op || effectOf(op, call.operation) !== 'update') return;
    const inPath = [...op.path.matchAll(PATH_PARAM)].map((m) => m[1]!);
    if (inPath.some((name) => NEW_VALUE.test(name))) return;
    const sent = Object.keys(call.arguments ?? {});
    if (sent.every((name) => inPath.includes(name))) {
      out.push({ invariant: 'update_without_change', turn: at, message: `${call.operation} (update) is called with only ${sent.length > 0 ? sent.join(', ') : 'no arguments'}: nothing to change was given or asked` });
    }
  });
}

/**
 * `list_as_one_id`: a chained value taken from one record's id field (`tracks[0].album.id`) is one id; a
 * comma-joined list there is several records' ids passed off as one record's.
 */
function checkListIds(record: DialogueRecord, out: Violation[]): void {
  for (const slot of record.slots) {
    if (slot.source !== 'chained' || !slot.from || !ONE_ID.test(slot.from.field)) continue;
    const value = slot.value;
    const several = Array.isArray(value) ? value.length > 1 : typeof value === 'string' && value.split(',').filter((v) => v.trim() !== '').length > 1;
    if (several) out.push({ invariant: 'list_as_one_id', turn: null, message: `${slot.operation}.${slot.param} = ${JSON.stringify(value)} is taken from ${slot.from.operation} ${slot.from.field}, one record's id, yet holds several` });
  }
}

export function checkCalls10(record: DialogueRecord): Violation[] {
  const out: Violation[] = [];
  checkUpdates(record, out);
  checkListIds(record, out);
  return out;
}
