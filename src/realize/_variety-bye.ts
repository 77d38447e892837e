/**
 * Goodbye parts that carry the dialogue's own content: what came back (`heard`: a name, "the 3 albums") or what
 * was done (the intent, "list the objects"). A stock goodbye ("Thanks! Bye!") repeats across a dataset and its
 * word pairs count once however often it is said; a goodbye that names what this dialogue did is its own.
 * Frames are short and varied in the words next to the content, so the pairs around a name differ too.
 */

import * as M from './_variety-words20.ts';

type Frame = (h: string) => string;
/** The user styles of `_compose.ts` (not imported from there: it imports these banks). */
type UserStyle = 'terse' | 'casual' | 'formal';

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The user's reaction to what came back, naming it; every frame fits a name and "the 3 albums" alike. */
export const USER_HEARD: Record<UserStyle, Frame[]> = {
  terse: [
    (h) => `${capital(h)}, noted.`,
    (h) => `Noting ${h}.`,
    (h) => `Writing down ${h}.`,
    (h) => `${capital(h)}, got it.`,
    ...M.USER_HEARD_MORE.terse,
  ],
  casual: [
    (h) => `Good to know about ${h}.`,
    (h) => `I'll keep ${h} in mind.`,
    (h) => `I'll look into ${h}.`,
    (h) => `Interesting to see ${h}.`,
    (h) => `I'll follow up on ${h} later.`,
    (h) => `Just what I was after: ${h}.`,
    (h) => `I'll have a closer look at ${h}.`,
    ...M.USER_HEARD_MORE.casual,
  ],
  formal: [
    (h) => `I'll note down ${h}.`,
    (h) => `I will make a note of ${h}.`,
    (h) => `Knowing about ${h} is what I needed.`,
    (h) => `I will look at ${h} more closely.`,
    (h) => `It is helpful to know about ${h}.`,
    (h) => `I shall keep ${h} in mind.`,
    ...M.USER_HEARD_MORE.formal,
  ],
};

/** Thanks that say what was done ("Thanks for helping me list the objects."), in place of a stock thanks. */
export const USER_THANKS_FOR: Record<UserStyle, Frame[]> = {
  terse: [(i) => `Thanks for helping me ${i}.`, ...M.USER_THANKS_FOR_MORE.terse],
  casual: [(i) => `Thanks for helping me ${i}!`, (i) => `Cheers for helping me ${i}.`, (i) => `Thanks a lot for helping me ${i}.`, ...M.USER_THANKS_FOR_MORE.casual],
  formal: [(i) => `Thank you for helping me ${i}.`, (i) => `I appreciate you helping me ${i}.`, ...M.USER_THANKS_FOR_MORE.formal],
};

/** The first sentence of every thanks-for goodbye, for tests that read how a goodbye opens. */
export function thanksForOpenings(): string[] {
  return Object.values(USER_THANKS_FOR)
    .flat()
    .map((f) => (f('\u0000').split('\u0000')[0] as string).trim());
}

/** The assistant's word about what came back, naming it; it may stand alone after the user's thanks. Every frame
 * fits a person, a title and a thing alike ("I hope Marco Mensah will be useful" does not). */
export const SYSTEM_HEARD: Frame[] = [
  (h) => `If you need more on ${h}, just ask.`,
  (h) => `Happy to look at ${h} again any time.`,
  (h) => `Feel free to ask more about ${h}.`,
  (h) => `I can look into ${h} again whenever you like.`,
  (h) => `Ask me about ${h} any time.`,
  (h) => `You can always ask me more about ${h}.`,
  (h) => `I'm around if you want to revisit ${h}.`,
  ...M.SYSTEM_HEARD_MORE,
];

/** The assistant's word about what was done, by the intent ("Glad I could help you list the objects."). */
export const SYSTEM_DONE: Frame[] = [
  (i) => `Glad I could help you ${i}.`,
  (i) => `Happy to help you ${i}.`,
  (i) => `Come back whenever you need to ${i} again.`,
  (i) => `Any time you need to ${i}, just ask.`,
  ...M.SYSTEM_DONE_MORE,
];

/** The user's thanks naming the record they gave ("order 820005", "Porto Hardware"); fits a thing and a person,
 * a lookup and a change alike ("that's all I wanted to know" would not fit a deletion). */
export const USER_SUBJECT: Record<UserStyle, Frame[]> = {
  terse: [(s) => `Thanks, that covers ${s}.`, (s) => `Got what I needed on ${s}, thanks.`, (s) => `Thanks for the help with ${s}.`, (s) => `All set on ${s}, thanks.`, ...M.USER_SUBJECT_MORE.terse],
  casual: [
    (s) => `Great, that's everything I needed on ${s}!`,
    (s) => `Perfect, that's all I needed for ${s}. Thanks!`,
    (s) => `Thanks a lot for the help with ${s}!`,
    (s) => `Awesome, I'm all set on ${s} now.`,
    (s) => `Cool, that covers ${s}. Thanks!`,
    ...M.USER_SUBJECT_MORE.casual,
  ],
  formal: [
    (s) => `Thank you, that is all I needed regarding ${s}.`,
    (s) => `Thank you for your help with ${s}.`,
    (s) => `I appreciate your help with ${s}.`,
    (s) => `That covers everything regarding ${s}. Thank you.`,
    ...M.USER_SUBJECT_MORE.formal,
  ],
};

/** The same after a failure or an empty answer. */
export const USER_SUBJECT_FAILED: Record<UserStyle, Frame[]> = {
  terse: [(s) => `Too bad about ${s}.`, (s) => `Oh well, I'll check ${s} another way.`],
  casual: [(s) => `Ah, too bad about ${s}. Thanks anyway!`, (s) => `Oh well, I'll figure out ${s} another way.`, (s) => `No luck with ${s} then. Thanks for trying!`],
  formal: [(s) => `That is unfortunate regarding ${s}. Thank you for trying.`, (s) => `I will look into ${s} another way. Thank you anyway.`],
};

/** The assistant's word naming the record, when the user's goodbye did not. */
export const SYSTEM_SUBJECT: Frame[] = [
  (s) => `If anything else comes up with ${s}, just ask.`,
  (s) => `Happy to help with ${s} again.`,
  (s) => `Just ask if you need more on ${s}.`,
  (s) => `Feel free to come back about ${s}.`,
  (s) => `Anything more on ${s}, just ask.`,
  ...M.SYSTEM_SUBJECT_MORE,
];
export const SYSTEM_SUBJECT_FAILED: Frame[] = [(s) => `Sorry I could not do more with ${s}.`, (s) => `I hope you find another way for ${s}.`, (s) => `I wish I had better news on ${s}.`];

/** How the user's goodbyes naming the record open ("Thanks, that covers"), for tests that read how a goodbye opens. */
export function subjectOpenings(failed: boolean): string[] {
  return Object.values(failed ? USER_SUBJECT_FAILED : USER_SUBJECT)
    .flat()
    .map((f) => (f('\u0000').split('\u0000')[0] as string).trim());
}
