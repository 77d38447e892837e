/**
 * Goodbyes that answer what the user said (QUALITY.md J), wave 29. `thanks_answered_great`: the assistant's goodbye
 * answers the user's thanks, never "Great!" (a reaction to news, not to thanks). `bye_digs_after_write`: after a
 * completed write (a refund made, tickets bought, a playlist created) the goodbye promises no more digging ("I can
 * dig further later", "Happy to dig deeper into Workout Mix"): nothing was looked into. Reads only the last turns.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const REPLIES29_INVARIANTS = ['thanks_answered_great', 'bye_digs_after_write'] as const satisfies readonly InvariantId[];

const GREAT = /^Great[!.]/;
const DIGGING = /\b(?:dig deeper|dig further|pull up more)\b/i;
/** A call that changes something: not a read by method, nor by a lookup word in its name (POST searches exist). */
const LOOKUP_NAME = /(?:list|search|get|find|query|read|lookup|fetch|check|validate|retrieve|count|preview|estimate)/i;

export function checkReplies29(record: DialogueRecord, add: Add): void {
  const at = record.turns.length - 1;
  const bye = record.turns[at];
  if (!bye || bye.speaker !== 'assistant' || bye.action !== 'system_bye') return;
  const text = bye.text ?? '';
  if (GREAT.test(text)) add('thanks_answered_great', at, `the goodbye answers the user's thanks with "Great!": "${text.slice(0, 60)}"`);
  if (!DIGGING.test(text)) return;
  for (let i = at - 1; i >= 0; i--) {
    const turn = record.turns[i];
    if (!turn || turn.speaker !== 'assistant' || turn.action !== 'call' || !turn.call || turn.error) continue;
    const op = record.operations[turn.call.operation];
    if (op && op.method !== 'GET' && !LOOKUP_NAME.test(op.name)) add('bye_digs_after_write', at, `after ${turn.call.operation} (a write) the goodbye promises more digging: "${text.slice(0, 60)}"`);
    return;
  }
}
