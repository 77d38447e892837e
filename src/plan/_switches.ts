/**
 * A read's kind switch (`type`, `kind`, `mode`, `additionalTypes`, `searchLocationSubtext`): which sort of
 * record or answer comes back. A user asks for an album or a region; nobody says "the type is album" or "the
 * additional types are TYP-61182", so the switch is never volunteered, and a required one with a documented
 * default is sent at it, as the assistant would.
 */
import { lastNameWord } from './_params.ts';

const KIND_SWITCH = /(^|_)(type|types|kind|kinds|mode|subtext|category_type|result_type|search_type)$/;

/** Is `p` a read's kind switch? Only reads: a task's charge type on a create is what the user decides. */
export function isKindSwitch(p: { name: string }, effect: string): boolean {
  return effect === 'read' && KIND_SWITCH.test(lastNameWord(p.name));
}

/** A required kind switch of a read that the call sends at its documented default (`type: multi`). */
export function kindSwitchAtDefault(p: { name: string; default?: unknown; idLike: boolean }, effect: string): boolean {
  return p.default !== undefined && !p.idLike && isKindSwitch(p, effect);
}
