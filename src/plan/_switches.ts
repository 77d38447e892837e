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

const ID_WORD = /^(id|ids|key|code|number|no|identifier)$/i;

/**
 * A required id of a read, with a documented default, that picks a thing the operation never names (`statId:
 * "02671"` of "FedExCup Ranking"): a fixed selector of the API, sent at its default. Nobody knows "the stat ID is
 * 85431"; a user names what the request is about (a stage's `uniqueStageId` is asked, the stage being named).
 */
export function selectorIdAtDefault(p: { name: string; default?: unknown; idLike: boolean }, op: { name: string; summary?: string; description?: string; effect: string }): boolean {
  if (p.default === undefined || !p.idLike || op.effect !== 'read') return false;
  const words = p.name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 0);
  const thing = words.filter((w) => !ID_WORD.test(w));
  if (thing.length === 0 || words.length === thing.length) return false;
  const said = ` ${`${op.name} ${op.summary ?? ''} ${op.description ?? ''}`.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().replace(/[^a-z]+/g, ' ')} `;
  return !thing.some((w) => said.includes(` ${w} `) || said.includes(` ${w}s `) || said.includes(` ${w.replace(/s$/, '')} `));
}
