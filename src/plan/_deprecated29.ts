import type { PlanOperation } from './_catalog-types.ts';

/**
 * An operation its spec marks deprecated (the flag, or "deprecated" in its summary or description): the assistant
 * never proposes it unasked; a service on its way out is no suggestion.
 */
export function deprecated29(op: PlanOperation): boolean {
  const o = op.operation;
  return o.deprecated === true || /\bdeprecated\b/i.test(`${o.summary ?? ''} ${o.description ?? ''}`);
}
