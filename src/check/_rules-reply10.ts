/**
 * What the assistant says after a result, wave 10 (QUALITY.md F, J). `bare_code_said`: a number that stands for a
 * word ({type: 2}) is never said as the answer ("the type is 2"): it means nothing to the user. `count_contradiction`:
 * one response never gives two different counts of one thing ("there are 3 reviews …, it has 61 reviews"): a page
 * of a total is said as "3 of its 61 reviews". Reads only the dialogue record: shares nothing with the generator.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const REPLY10_INVARIANTS = ['bare_code_said', 'count_contradiction'] as const satisfies readonly InvariantId[];

const SAID_CODE = /\bthe ((?:[a-z]+ )*?(?:type|kind|category|class|mode)) is (\d+)(?=[,.;]| and |$)/g;
const CODE_KEY = /(^|_|-)(type|kind|category|class|mode)$|[a-z](Type|Kind|Category|Class|Mode)$/;
const LIST_COUNT = /\b[Tt]here (?:are|were) (\d+) ([a-z]+(?: [a-z]+)?)\b/g;
const HAS_COUNT = /\bit has (\d+) ([a-z]+(?: [a-z]+)?)\b/g;

/** The integers a result holds under code-like keys ({type: 2}, {couponType: 5}). */
function codeNumbers(value: unknown, out: Set<string>, depth = 0): void {
  if (value === null || typeof value !== 'object' || depth > 6) return;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v === 'number' && Number.isInteger(v) && CODE_KEY.test(k)) out.add(String(v));
    else codeNumbers(v, out, depth + 1);
  }
}

export function checkReplies10(record: DialogueRecord, add: Add): void {
  let codes = new Set<string>();
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'tool') {
      codes = new Set();
      if (turn.status === 'ok') codeNumbers(turn.result, codes);
      return;
    }
    if (turn.speaker !== 'assistant' || turn.action !== 'response' || !turn.text) return;
    for (const m of turn.text.matchAll(SAID_CODE)) if (codes.has(m[2] as string)) add('bare_code_said', at, `"${m[0]}" says a code number that means nothing to the user`);
    const listed = new Map<string, string>();
    for (const m of turn.text.matchAll(LIST_COUNT)) listed.set(m[2] as string, m[1] as string);
    for (const m of turn.text.matchAll(HAS_COUNT)) {
      const other = listed.get(m[2] as string);
      if (other !== undefined && other !== m[1]) add('count_contradiction', at, `"there are ${other} ${m[2]}" and "${m[0]}" are two counts of one thing`);
    }
  });
}
