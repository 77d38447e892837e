/**
 * The assistant's goodbye naming what a lookup brought ("I hope the order messages help."), when nothing from
 * the answer was heard and the user's thanks did not name it (issue 10, wave 32): a reply to thanks that says
 * what it is about is this dialogue's own, where "You're welcome!" is every dialogue's.
 */
import type { Rng } from '../random/index.ts';
import { isPluralNoun } from './words.ts';

type Got = (thing: string, many: boolean) => string;

// Each fits a lookup's things, a list and one forecast alike; none promises more digging (a write never gets here:
// only a lookup's intent names a thing got) and none opens with "Great" (a reply to thanks, not praise).
const GOT_REPLY: Got[] = [
  (t, many) => `I hope the ${t} ${many ? 'help' : 'helps'}.`,
  (t, many) => `Glad the ${t} ${many ? 'were' : 'was'} useful.`,
  (t) => `Come back whenever you need the ${t} again.`,
  (t) => `Happy to fetch the ${t} again any time.`,
  (t, many) => `I hope the ${t} ${many ? 'are' : 'is'} what you needed.`,
];

/** A word about the thing got, or '' most of the time (`inTen` times in ten it is said). */
export function gotReply32(rng: Rng, thing: string | undefined, userSaid: string, inTen: number): string {
  if (!thing || userSaid.toLowerCase().includes(thing.toLowerCase()) || rng.int(0, 9) >= inTen) return '';
  return rng.pick(GOT_REPLY)(thing, isPluralNoun(thing));
}
