/**
 * Replies that say items as a person would (QUALITY.md J, reading 33), wave 34. `offer_fields_read_out`: a reply
 * listing things on sale by their kind and price says each as the thing ("a standard ticket for 815 PLN in area
 * H8"), never its fields read out as a template, item after item ("the ticket type is standard, the price is 815
 * PLN, the area is H8; the ticket type is accessible, …"). Reads only the assistant's replies.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const SPEECH34_INVARIANTS = ['offer_fields_read_out'] as const satisfies readonly InvariantId[];

/** Two items in a row, each read as "the <thing> type is …, the price is …". */
const READ_OUT = /\bthe ((?:[a-z]+ )?(?:type|kind|class|tier)) is [^,;.]+, the (?:price|cost|fare|amount|fee) is [^;]+; (?:and )?the \1 is /;

export function checkSpeech34(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'assistant' || typeof turn.text !== 'string' || !turn.text.includes('; ') || !turn.text.includes(' is ')) return;
    const m = READ_OUT.exec(turn.text);
    if (m) add('offer_fields_read_out', at, `items on sale read out as fields ("the ${m[1]} is …, the price is …; …"), never said as the things they are`);
  });
}
