/**
 * Fresh reading of the RapidAPI fixtures, wave 17 (QUALITY.md B, E). `stamp_key_said`: a stamp's key is said as
 * what happened then ("the task was created on …"), never read out as a noun ("the task UTC created at is …").
 * (Relative times holding a clock time are `relative_time_clock`, in _rules-numbers17.ts.) Reads only the dialogue record: shares nothing with the generator.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const FRESHRA17_INVARIANTS = ['stamp_key_said'] as const satisfies readonly InvariantId[];

/** "the task UTC created at is", "the first sent at is": a key ending in a preposition read out as a noun. */
const STAMP_KEY = /\b[Tt]he (?:[A-Za-z]+ ){1,4}(?:at|on) (?:is|are|was|were)\b/;

export function checkFreshra17(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'assistant' && turn.text) {
      const stamp = STAMP_KEY.exec(turn.text);
      if (stamp) add('stamp_key_said', at, `a stamp's key is read out as a noun ("${stamp[0]}"): say what happened then ("it was created on …")`);
    }
  });
}
