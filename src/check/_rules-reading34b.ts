/**
 * What the final reading of wave 34 found and wave 34b fixed in the generator (QUALITY.md E, F), now checked.
 * `list_said_cut`: a reply reading out a list of plain strings says it whole or says how many more there are: never
 * "the terminals are T1, T2 and T3" where LAX's result lists nine. `deleted_list_undated`: a read of things deleted
 * (or changed) since a time returns when each was deleted: never `"deleted_at": null` on every worklog of "Get IDs
 * of deleted worklogs". Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const READING34B_INVARIANTS = ['list_said_cut', 'deleted_list_undated'] as const satisfies readonly InvariantId[];

/** A list of 4 to 50 plain strings of the result whose first three the reply says as a whole list ("A, B and C"). */
function cutList(result: unknown, text: string): string | undefined {
  let found: string | undefined;
  eachObject(result, (obj) => {
    if (found !== undefined) return;
    for (const list of Object.values(obj)) {
      if (!Array.isArray(list) || list.length < 4 || list.length > 50 || !list.every((v) => typeof v === 'string' && v.length > 0)) continue;
      const [a, b, c] = list as string[];
      if (!text.includes(`${a}, ${b} and ${c}`)) continue;
      // Said whole, or as a part ("and 6 more", "the first three"): no defect.
      if (list.slice(3).some((v) => text.includes(v as string)) || /\b(more|others?|first (three|3)|among them|including|such as)\b/i.test(text)) continue;
      found = `"${a}, ${b} and ${c}" said as the whole of ${list.length}`;
    }
  });
  return found;
}

const DELETED_READ = /\bdeleted\b/i;
const DELETED_KEY = /^(deleted|deleted_?at|deleted_?on|deleted_?time|deletion_?(date|time)|removed_?at)$/i;

/** Records of a read of deleted things whose deletion time is empty, when every one of them has it empty. */
function undated(result: unknown): number {
  let empty = 0;
  let dated = 0;
  eachObject(result, (obj) => {
    for (const [k, v] of Object.entries(obj)) {
      if (!DELETED_KEY.test(k)) continue;
      if (v === null || v === '') empty++;
      else dated++;
    }
  });
  return dated === 0 ? empty : 0;
}

export function checkReading34b(record: DialogueRecord, add: Add): void {
  let last: { result: unknown; op: string } | undefined;
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'tool') {
      last = turn.status === 'ok' && turn.result && typeof turn.result === 'object' ? { result: turn.result, op: turn.operation } : undefined;
      if (last === undefined) return;
      const op = record.operations[turn.operation];
      // Cheap: only a read whose own words say it lists deleted things.
      if (op && op.method === 'GET' && DELETED_READ.test(`${op.name} ${op.path} ${op.description ?? ''}`)) {
        const n = undated(turn.result);
        if (n >= 2) add('deleted_list_undated', at, `a read of deleted things returns ${n} records with no deletion time`);
      }
      return;
    }
    if (turn.speaker !== 'assistant' || turn.action !== 'response' || !turn.text || last === undefined) return;
    const cut = cutList(last.result, turn.text);
    if (cut !== undefined) add('list_said_cut', at, `a list is cut to three as if whole: ${cut}`);
  });
}
