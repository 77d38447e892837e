/**
 * What a response says after a call, wave 16 (QUALITY.md F, J). `check_count_only`: a check of several items that
 * came back mixed names which ones came back yes, never only "Of the 2 checked, 1 came back yes.".
 * `count_said_twice`: one count is never said twice under two nouns ("There are 9 grids (…), it has 9 points"): the
 * items of a list are what the count beside it calls them. Reads only the dialogue record: shares nothing with the
 * generator.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const REPLIES16_INVARIANTS = ['check_count_only', 'count_said_twice'] as const satisfies readonly InvariantId[];

const COUNT_ONLY = /\bOf the (\d+) checked, (\d+) came back yes\./;
const TWICE = /\b[Tt]here are (\d+) ([a-z]+)s \([^()]*\), it has (\d+) ([a-z]+)s\b/;

export function checkReplies16(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'assistant' || turn.action !== 'response' || !turn.text) return;
    const only = COUNT_ONLY.exec(turn.text);
    if (only && Number(only[2]) > 0 && Number(only[2]) < Number(only[1])) add('check_count_only', at, `the response counts the yeses of a check ("${only[0]}") without saying which items they are`);
    const twice = TWICE.exec(turn.text);
    if (twice && twice[1] === twice[3] && twice[2] !== twice[4]) add('count_said_twice', at, `the response says one count twice under two nouns: "${twice[1]} ${twice[2]}s" and "${twice[3]} ${twice[4]}s"`);
  });
}
