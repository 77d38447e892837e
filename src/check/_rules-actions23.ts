/**
 * What an action returns and how its outcome is told (QUALITY.md E, F), wave 23. Reads only the dialogue record.
 * - `deleted_after_other_verb`: a reply never says "the status is deleted" after an operation named by another verb
 *   (resetting columns, transferring playback): the columns were reset, nothing was deleted.
 * - `gone_figures_present`: after "Done: I deleted …" the deleted record's figures are past ("it had 237 clicks"),
 *   never "it has 237 clicks".
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const ACTIONS23_INVARIANTS = ['deleted_after_other_verb', 'gone_figures_present'] as const satisfies readonly InvariantId[];

const SAYS_DELETED = /\b(?:status|state) is (?:now )?deleted\b/i;
/** The first word of an operation's name that deletes (deleteTag, remove-tracks, tags_delete_json). */
const DELETE_WORD = /(?:^|[^a-z])(delete|remove|destroy|erase|purge|drop|discard|trash|clear|deleted|del)(?:[^a-z]|$)|^(delete|remove|destroy|erase|purge|drop|discard|trash|clear)/i;
const DONE_GONE = /\bDone: I (?:deleted|removed|erased|purged|destroyed)\b/;
const HAS_FIGURE = /\b(?:[Ii]t|[Tt]hey) (?:has|have) \d/;

export function checkActions23(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'assistant' || turn.call || !turn.text) return;
    const text = turn.text;
    const deleted = SAYS_DELETED.test(text);
    const gone = DONE_GONE.test(text) && HAS_FIGURE.test(text);
    if (!deleted && !gone) return;
    if (gone) add('gone_figures_present', at, `a deleted record's figures are said in the present: "${HAS_FIGURE.exec(text)?.[0]}"`);
    if (!deleted) return;
    // The call this reply tells of: the last tool turn before it.
    const tool = record.turns.slice(0, at).reverse().find((t) => t.speaker === 'tool');
    const op = tool && tool.speaker === 'tool' ? record.operations[tool.operation] : undefined;
    if (op && !DELETE_WORD.test(op.name.replace(/([a-z])([A-Z])/g, '$1 $2'))) add('deleted_after_other_verb', at, `the reply says the status is deleted after ${op.name}, which deletes nothing by its name`);
  });
}
