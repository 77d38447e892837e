/**
 * How the user's turns follow each other (QUALITY.md J), wave 20. `greeting_twice`: the user greets once, in the
 * opening turn — never "Good morning." and then "Good afternoon." one turn later. `yes_to_open_question`: an answer
 * to a "Which …?" or "What …?" question never opens with "Yes," — no yes answers it. Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const TURNS20_INVARIANTS = ['greeting_twice', 'yes_to_open_question'] as const satisfies readonly InvariantId[];

const GREETING = /^(?:hi|hello|hey|howdy|greetings|good (?:morning|afternoon|evening|day))\b/i;
// "How about I get the watchers?" and "What about the list?" propose; a yes answers them.
const OPEN_QUESTION = /(?:^|[.!]\s+)(?:which|what(?! about| do you (?:say|think))|who|whom|whose|where|when|how(?! about| does that| would that))\b[^.!?]*\?\s*$/i;
const YES = /^(?:yes|yep|yeah|yup)\s*,/i;

const textOf = (turn: unknown): string => {
  const text = (turn as { text?: unknown }).text;
  return typeof text === 'string' ? text.trim() : '';
};

export function checkTurns20(record: DialogueRecord, add: Add): void {
  let spoke = false;
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'user') return;
    const text = textOf(turn);
    if (spoke && GREETING.test(text)) add('greeting_twice', at, `the user greets again mid-dialogue: "${text.slice(0, 40)}"`);
    spoke = true;
    const before = at > 0 ? record.turns[at - 1] : undefined;
    if (before?.speaker === 'assistant' && OPEN_QUESTION.test(textOf(before)) && YES.test(text)) {
      add('yes_to_open_question', at, `"${text.slice(0, 40)}" answers the open question "${textOf(before).slice(-50)}" with a yes`);
    }
  });
}
