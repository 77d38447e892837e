/**
 * A clarifying question offers only what the API can do: "or change something?" to a user of a weather API, which
 * only reads, offers a thing it cannot do. The dialogue's own operations stand for the API here: the tool list is
 * drawn again after realization, so its candidates are not what the check will see.
 */
import type { DialoguePlan } from '../plan/types.ts';

const WRITES = /^(?:POST|PUT|PATCH|DELETE)$/i;

/** True when every operation the dialogue uses only reads (GET). */
export function readsOnly(plan: Pick<DialoguePlan, 'operations'> | undefined): boolean {
  if (!plan) return false;
  const ops = Object.values(plan.operations ?? {});
  return ops.length > 0 && ops.every((o) => !WRITES.test(o.method));
}

/** Clarifying questions for an API that only reads: what the user wants to know, never "or change something". */
export const CLARIFY_READ: ((topic: string) => string)[] = [
  (t) => `What would you like to know about ${t}?`,
  (t) => `What would you like to find out about ${t}?`,
];

/** A question offering a change ("…, or change something?"), left out where the API only reads. */
export const OFFERS_CHANGE = /\bchange something\b|\bor do\b|\bknow or do\b/;
