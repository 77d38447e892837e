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
