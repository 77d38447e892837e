/**
 * Numbered items in sequence, wave 19 (QUALITY.md E).
 * - `parts_out_of_sequence`: the parts of one whole listed from an offset (a book's chapters, an album's tracks,
 *   a show's episodes, each with its `<part>_number`) are numbered consecutively from offset+1: chapters 1, 2, 3
 *   from offset 0, never 1, 15, 16. Items of different wholes (search hits whose `album` differs) are exempt.
 * Reads only the dialogue record: shares nothing with the generator.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';

type Json = Record<string, unknown>;
type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const MOVES19_INVARIANTS = ['parts_out_of_sequence'] as const satisfies readonly InvariantId[];

const PART = /^(chapter|track|episode|part|lesson|lecture|section|step|round|stage|leg|heat|verse|scene|slide|question)_?(number|no|num|nr|index|position)$/i;
const WHOLE = /^(album|show|audiobook|book|season|series|course|playlist|podcast|release)$/i;
const FROM = /^(offset|skip|start_?index)$/i;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Why the parts listed in `list` (held by `holder`) are out of sequence, or undefined. */
function outOfSequence(holder: Json, list: unknown[]): string | undefined {
  if (list.length < 2 || !list.every(isRecord)) return undefined;
  const items = list as Json[];
  const key = Object.keys(items[0]!).find((k) => PART.test(k));
  if (key === undefined || !items.every((x) => Number.isInteger(x[key]))) return undefined;
  const whole = Object.keys(items[0]!).find((k) => WHOLE.test(k) && isRecord(items[0]![k]));
  if (whole !== undefined && items.some((x) => JSON.stringify(x[whole]) !== JSON.stringify(items[0]![whole]))) return undefined;
  const fromKey = Object.keys(holder).find((k) => FROM.test(k) && Number.isInteger(holder[k]));
  const start = (fromKey === undefined ? 0 : Math.max(0, holder[fromKey] as number)) + 1;
  if (items.every((x, i) => x[key] === start + i)) return undefined;
  return `${key} ${items.map((x) => String(x[key])).join(', ')} from offset ${start - 1}`;
}

export function checkMoves19(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, i) => {
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    const seen = new Set<string>();
    eachObject(turn.result, (holder) => visitParts(holder as Json, seen, i, add));
  });
}

/** One object's lists of numbered parts (a module function: a named closure per tool turn costs more under tsx's keepNames). */
function visitParts(holder: Json, seen: Set<string>, i: number, add: Add): void {
  for (const value of Object.values(holder)) {
    if (!Array.isArray(value)) continue;
    const why = outOfSequence(holder, value);
    if (why && !seen.has(why)) {
      seen.add(why);
      add('parts_out_of_sequence', i, `tool result: numbered parts out of sequence: ${why}`);
    }
  }
}
