/**
 * Replies that report what came back (QUALITY.md F), wave 30. `count_without_items`: a reply to a result holding a
 * list of records says some of them, never only a count beside it ("The details show that the count is 1." after
 * three suggestions came back). Reads only the response turns that say a count, and the tool result before each.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const REPLIES30_INVARIANTS = ['count_without_items'] as const satisfies readonly InvariantId[];

/** "the count is 1", "the total is 28": a count said as a field, never an amount ("the total is 1807.47 CAD"). */
const COUNT_SAID = /\b(?:count|total|size) is \d+(?!\d|[.,]\d| ?[A-Za-z%$€£¥])/i;

export function checkReplies30(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'assistant' || turn.action !== 'response' || !COUNT_SAID.test(turn.text ?? '')) return;
    const tool = record.turns.slice(0, at).reverse().find((t) => t.speaker === 'tool');
    if (!tool || tool.speaker !== 'tool' || tool.status !== 'ok') return;
    const words = itemWords(tool.result, 0);
    if (words.length === 0) return;
    const text = (turn.text ?? '').toLowerCase();
    if (words.some((w) => text.includes(w.toLowerCase()))) return;
    add('count_without_items', at, `the reply says a count but none of the records the list held (e.g. "${words[0]}")`);
  });
}

/** The text values of the records in the lists of a result (their own fields and one level down), up to 40. */
function itemWords(value: unknown, depth: number): string[] {
  if (value === null || typeof value !== 'object' || depth > 5) return [];
  if (Array.isArray(value)) {
    const out: string[] = [];
    for (const item of value.slice(0, 10)) {
      if (item === null || typeof item !== 'object' || Array.isArray(item)) continue;
      for (const v of Object.values(item as Record<string, unknown>)) {
        const inner = v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.values(v as Record<string, unknown>) : [v];
        for (const w of inner) if (typeof w === 'string' && w.length >= 3 && /\p{L}{3}/u.test(w) && !/^https?:/.test(w)) out.push(w);
      }
      if (out.length >= 40) break;
    }
    return out;
  }
  return Object.values(value as Record<string, unknown>).flatMap((v) => itemWords(v, depth + 1));
}
