/**
 * Goodbyes said short (issue 10, distinct-2). A farewell after the thanks ("Bye!", "Have a good day.") and a stock
 * remark ("That's a weight off.") are the same few word pairs in every dialogue: people mostly just thank, and the
 * assistant answers the thanks in one sentence. What is left names what the dialogue got ("Thanks for the order
 * messages."), so the goodbye is shorter and more its own.
 */
import type { Rng } from '../random/index.ts';
import { isPluralNoun } from './words.ts';

type Bank = readonly string[];
/** The user styles of `_compose.ts` (not imported from there: it imports this file). */
type UserStyle = 'terse' | 'casual' | 'formal';

/** A bank used only `inTen` times in ten; the rest of the time the part is left out. */
export function seldom(rng: Rng, bank: Bank, inTen: number): Bank {
  return rng.int(0, 9) < inTen ? bank : [''];
}

// "get the order messages" → "order messages": only a lookup gives the user a thing to thank for.
const LOOKUP = /^(?:get|list|find|fetch|retrieve|look up|show|see|view|read|check|search for) (?:the |all (?:the )?|my )?(.+)$/;
// "the user", "the order": one plain noun thanked for reads as thanks for the record itself ("Thanks for the order.").
// "several albums", "the latest 20 jobs", "a single track": a count is the documentation's, and "the several albums" is no English.
const VAGUE = /\b(?:future|a|an|some|any|it|one|them|this|that|information|info|data|details|results?|list|items?|everything|something|all|several|multiple|many|various|each|every|single|specific|certain|given|new)\b/i;

/** What a lookup brought, as the user thanks for it ("order messages", "weather forecast"); undefined otherwise. */
export function gotThing(intent: string | undefined): string | undefined {
  const m = intent ? LOOKUP.exec(intent) : null;
  const thing = m?.[1]?.replace(/ in bulk$/, ''); // "assignable users in bulk": how they were found is no part of what came back
  // "the future weather", "the current weather": a condition looked at, not a thing handed over (a forecast is).
  if (!thing || VAGUE.test(thing) || /\bweather$/.test(thing) || /[^\p{L} -]/u.test(thing)) return undefined;
  const words = thing.split(' ');
  if (words.length > 4 || (words.length < 2 && !isPluralNoun(thing))) return undefined;
  return thing;
}

type Got = (thing: string, many: boolean) => string;
/** The user's thanks naming what came back; short, as people thank for a thing they got. */
const USER_GOT: Record<UserStyle, Got[]> = {
  terse: [(t) => `Thanks for the ${t}.`, (t) => `Got the ${t}, thanks.`, (t) => `Thanks for the ${t}!`],
  casual: [(t) => `Thanks for the ${t}!`, (t, many) => `Great, ${many ? 'those are' : "that's"} the ${t} I needed. Thanks!`, (t) => `Cheers for the ${t}!`, (t, many) => `Perfect, ${many ? 'those are' : "that's"} the ${t} I was after.`],
  formal: [(t) => `Thank you for the ${t}.`, (t, many) => `Thank you, ${many ? 'those are' : 'that is'} the ${t} I needed.`, (t) => `Many thanks for the ${t}.`],
};

export function userGot(rng: Rng, style: UserStyle, thing: string): string {
  return rng.pick(USER_GOT[style])(thing, isPluralNoun(thing));
}

/** How the thanks naming what came back open ("Thanks for the", "Great, those are the"), for tests that read openings. */
export function gotOpenings(): string[] {
  return Object.values(USER_GOT)
    .flat()
    .flatMap((f) => [f('\u0000', true), f('\u0000', false)])
    .map((s) => (s.split('\u0000')[0] as string).trim());
}
