/**
 * Inputs a careful assistant asks for although the spec leaves them optional, and offsets it never asks for
 * (QUALITY.md I, H): Jira's user search "no users returned if left blank" means nothing without its username,
 * and `startAt` ("the index of the first user to return") is a page offset, never a value the user says.
 */
import type { PlanParam } from './_catalog-types.ts';

/** "the username filter, no users returned if left blank": the search returns nothing without it. */
const NEEDED_WHEN_BLANK = /\bno\s+\w+(?:\s+\w+)?\s+(?:are\s+|is\s+|will\s+be\s+)?returned\s+if\s+(?:it\s+is\s+|this\s+is\s+)?(?:left\s+)?(?:blank|empty|omitted|not\s+(?:set|given|provided|specified))\b/i;

/** Marks required the optional inputs whose description says the call returns nothing without them; returns `params`. */
export function neededWhenBlank32(params: PlanParam[]): PlanParam[] {
  for (const p of params) if (!p.required && p.sayable && typeof p.description === 'string' && NEEDED_WHEN_BLANK.test(p.description)) p.required = true;
  return params;
}

/** "the index of the first user to return (0-based)", "the starting offset": a page offset named by its description. */
const OFFSET_DESCRIPTION = /^\s*(?:the\s+)?(?:(?:0|zero)[- ]based\s+)?(?:index|offset)\s+of\s+the\s+first\s+[a-z ]{1,40}?\bto\s+(?:be\s+)?return|^\s*(?:the\s+)?start(?:ing)?\s+(?:index|offset)\s+of\s+the\s+(?:results|items|records|page)\b/i;

/** A page offset told by its description, whatever its name (`startAt`): never asked, never volunteered. */
export function offsetByDescription32(p: PlanParam): boolean {
  return typeof p.description === 'string' && OFFSET_DESCRIPTION.test(p.description);
}
