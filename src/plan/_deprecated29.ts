import type { PlanOperation } from './_catalog-types.ts';

const DEPRECATED_TEXT = /^\W*deprecated\b|\(deprecated\)|\b(?:this|the) (?:endpoint|operation|method|call|route|resource|function|api) (?:is|has been|was|is now) deprecated\b/i;

/**
 * An operation its spec marks deprecated (the flag, or "deprecated" in its summary or description): the assistant
 * never proposes it unasked; a service on its way out is no suggestion.
 */
export function deprecated29(op: PlanOperation): boolean {
  const o = op.operation;
  // "Versions 1 and 2 of the API are deprecated" or a deprecated way of calling it says nothing of the operation itself.
  return o.deprecated === true || /\bdeprecated\b/i.test(o.summary ?? '') || DEPRECATED_TEXT.test(o.description ?? '');
}
