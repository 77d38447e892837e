/**
 * An id that is only an id "within the workflow" (Jira's transition id) names nothing without its workflow
 * (QUALITY.md I): the parameter that says which one (`workflowName`) is asked for as if the spec required it.
 * So is what names or sets the thing a call adds ("the name of the property to add"): no property is added unnamed.
 */
import type { PlanParam } from './_catalog-types.ts';
import { lastNameWord } from './_params.ts';

const WHAT_IS_ADDED = /^\s*(?:the\s+)?(?:name|key|value)\s+of\s+the\s+[a-z]+\s+to\s+(?:add|create|set)\b/i;
const WITHIN = /\b(?:within|inside|scoped to|relative to|unique (?:only )?(?:with)?in)\s+(?:the|a|its|that)\s+([a-z]+)\b/i;

/** Marks required the optional parameters that qualify a required one's id; returns `params`, changed in place. */
export function qualifiedBy25(params: PlanParam[]): PlanParam[] {
  for (const p of params) if (!p.required && p.description !== undefined && WHAT_IS_ADDED.test(p.description)) p.required = true;
  for (const p of params) {
    const m = p.required && p.description !== undefined ? WITHIN.exec(p.description) : null;
    if (m === null) continue;
    const noun = m[1]!.toLowerCase();
    const names = new Set([noun, `${noun}_name`, `${noun}_id`, `${noun}_key`]);
    for (const q of params) if (!q.required && names.has(lastNameWord(q.name))) q.required = true;
  }
  return params;
}
