/**
 * The call answers what the user asked for (QUALITY.md D), wave 30. Reads only the dialogue record.
 * `write_on_read_request`: a user whose request only asks to read ("Can you get the current state of the group?",
 * "Can you please get the user payment?") is never answered by a call that adds, changes, removes or charges
 * something (Jira's addUserToGroup, a POST …/pay that makes a Stripe charge).
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { effectOf } from './_effect.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const CHAINS30_INVARIANTS = ['write_on_read_request'] as const satisfies readonly InvariantId[];

/** Verbs that only ask to see something. */
const READ_ASK = /\b(?:get|check|show|see|look up|find|fetch|retrieve|view|list|tell me)\b/i;
/** Any word that asks for a change, names a new thing or an act ("get a new token", "check in", "get it sent"). */
const WRITE_ASK = /\b(?:add|create|make|new|update|change|edit|set|modify|remove|delete|cancel|send|sent|pay|charge|buy|purchase|book|order|post|upload|register|sign|subscribe|unsubscribe|follow|save|move|assign|invite|start|stop|run|submit|approve|reject|refund|reset|enable|disable|rename|replace|mark|publish|log|schedule|reschedule|generate|issue|open|close|archive|restore|merge|transfer|link|attach|import|copy|clone|upgrade|check[ -]?(?:in|out))\b/i;

/** The first request of the dialogue: the first clear intent and the first call after it. */
export function checkChains30(record: DialogueRecord, add: Add): void {
  const at = record.turns.findIndex((t) => t.speaker === 'user' && typeof t.action === 'string' && t.action.startsWith('inform_intent_clear'));
  if (at < 0) return;
  const callAt = record.turns.findIndex((t, i) => i > at && t.speaker === 'assistant' && t.call !== undefined);
  if (callAt < 0) return;
  let asked: string | undefined;
  const user = record.turns[at];
  // The intent sentence is what the assistant searched with (its values follow in sentences of their own).
  for (const t of record.turns.slice(at + 1, callAt)) if (t.speaker === 'assistant' && t.query !== undefined) { asked = t.query; break; }
  asked ??= user?.speaker === 'user' ? user.text ?? '' : '';
  if (!READ_ASK.test(asked) || WRITE_ASK.test(asked)) return;
  const turn = record.turns[callAt];
  const call = turn?.speaker === 'assistant' ? turn.call : undefined;
  if (!call) return;
  // Calls answering a later, changed request (a negated suggestion, a second intent) are not this request's.
  if (record.turns.slice(at + 1, callAt).some((t) => t.speaker === 'user' && typeof t.action === 'string' && /intent|negate/.test(t.action))) return;
  const effect = effectOf(record.operations[call.operation], call.operation);
  if (effect === 'read') return;
  add('write_on_read_request', callAt, `the user only asked to read ("${asked}") and the assistant calls a ${effect} (${call.operation})`);
}
