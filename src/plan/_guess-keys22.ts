/** Phase 2c of a draft: the operation a hallucination happens on is asked a key the service looks up (see _guess22.ts). */
import { isGuessKey } from './_guess22.ts';
import type { Draft } from './_draft.ts';

/**
 * Phase 2c: the operation a hallucination happens on is asked a lookup key, so the guess the service rejects is one
 * it can reject. A key the user would have given moves to the asked values (a value asked moves the other way,
 * so the request still states something); with no key at all the chain does not fit the flow.
 */
export function askGuessKey(draft: Draft): string | undefined {
  const { flow, assigned } = draft;
  for (let j = 0; j < assigned.length; j++) {
    const needs = flow.positions[j];
    const a = assigned[j]!;
    if (!needs?.hallucination || a.asked.some((p) => isGuessKey(a.op, p))) continue;
    const key = a.given.find((p) => isGuessKey(a.op, p));
    if (!key) return `${a.op.id}: no lookup key to guess (a count, a date, a text or a new record's name is taken as sent)`;
    a.given = a.given.filter((p) => p !== key);
    const back = a.asked.find((p) => p.required);
    if (needs.gives && a.given.length === 0 && back) {
      a.asked = a.asked.filter((p) => p !== back);
      a.given.push(back);
    }
    a.asked.push(key);
  }
  return undefined;
}
