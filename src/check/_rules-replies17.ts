/**
 * What a response says after a call, wave 17 (QUALITY.md F, J). `first_one_unnamed`: "3 chapters, including Chapter 7
 * and Chapter 13. The first one: … the chapter number is 17" tells the details of an item it never named, which reads
 * as Chapter 7's; the details told are those of a named item. `several_from_one`: an operation that takes several ids
 * (`ids`, `albumIds`) is called with one id chained from one record: a multi-get for one item teaches the wrong
 * operation (the single read exists) or leaves the user's "several" unanswered. Reads only the dialogue record: shares
 * nothing with the generator.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const REPLIES17_INVARIANTS = ['first_one_unnamed', 'several_from_one'] as const satisfies readonly InvariantId[];

const INCLUDING_FIRST = /, including ([^.]+)\. The first one: /;
const NAME_KEY = /^(name|title)$/i;
const MANY_IDS = /(^|_)ids$|[a-z]Ids$/;

/** The name of the first item of the first list of records in a result (depth ≤ 2), if it has one. */
function firstItemName(result: unknown, depth = 0): string | undefined {
  if (depth > 2 || result === null || typeof result !== 'object') return undefined;
  if (Array.isArray(result)) {
    const first = result[0];
    if (first === null || typeof first !== 'object' || Array.isArray(first)) return undefined;
    const name = Object.entries(first).find(([k, v]) => NAME_KEY.test(k) && typeof v === 'string');
    return name ? (name[1] as string) : undefined;
  }
  for (const value of Object.values(result)) {
    if (value !== null && typeof value === 'object') {
      const name = firstItemName(value, depth + 1);
      if (name !== undefined) return name;
    }
  }
  return undefined;
}

export function checkReplies17(record: DialogueRecord, add: Add): void {
  let lastResult: unknown;
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'tool') lastResult = turn.result;
    if (turn.speaker !== 'assistant' || turn.action !== 'response' || !turn.text) return;
    const including = INCLUDING_FIRST.exec(turn.text);
    if (!including) return;
    const first = firstItemName(lastResult);
    if (first !== undefined && !(including[1] as string).includes(first)) add('first_one_unnamed', at, `the response names ${including[1]} yet tells "the first one", ${JSON.stringify(first)}, which it never named`);
  });
  for (const slot of record.slots) {
    if (slot.source !== 'chained' || !MANY_IDS.test(slot.param)) continue;
    const value = slot.value;
    const one = Array.isArray(value) ? value.length === 1 : typeof value === 'string' && !value.includes(',');
    if (one) add('several_from_one', null, `${slot.operation}.${slot.param} takes several ids but is given one, ${JSON.stringify(value)}, chained from ${slot.from?.operation ?? 'another call'}`);
  }
}
