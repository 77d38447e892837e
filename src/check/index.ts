/**
 * src/check — the invariant checker. `checkDialogue(record, ctx)` returns `{ok: true}` or every violation found:
 * the six invariants of DESIGN.md, retriever consistency and text hygiene (no placeholders, JSON or raw
 * identifiers in what people say). A record that fails is never written.
 */
import type { DialogueRecord } from '../plan/types.ts';
import { runChecks } from './_invariants.ts';
import type { CheckContext, CheckResult } from './types.ts';

export type * from './types.ts';

export function checkDialogue(record: DialogueRecord, ctx: CheckContext = {}): CheckResult {
  const violations = runChecks(record, ctx);
  return violations.length === 0 ? { ok: true } : { ok: false, violations };
}

/** Only the invariants of meaning (DESIGN.md 7–9): what `dialforge stats` reports for any dialogues file. */
export { checkMeaning, MEANING_INVARIANTS } from './_meaning.ts';
