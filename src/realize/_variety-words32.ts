/**
 * Still more wordings for the stock acts with the lowest own distinct-2 (issue 10, wave 32): asking for a value,
 * not knowing one, failing a request, clarifying, a vague opening and the goodbyes. Each bank is spread into the
 * bank of the same name in `_compose.ts`, `_phrases.ts` or `_variety-words20.ts` and keeps its contract there:
 * the same opening rules, and no word its neighbours' filters guard against unless the filter still applies
 * ("need" for an optional value, "know" for a search term, "Which" for several values). Most frames put a word
 * of their own right next to the content (the value asked for, the topic), so the pairs around it differ too.
 */

type Frame = (h: string) => string;
type UserStyle = 'terse' | 'casual' | 'formal';

const be = (them: string): string => (them === 'them' ? 'are' : 'is');

// ---------------------------------------------------------------- assistant: asking for values

/** More of REQ_ASK: none opens with "And", "Next", "I still" or "I'll also" (said only after a value was heard),
 * nor agrees ("Sure", "Happy to"): after a tool result an agreement answers nothing. */
export const REQ_ASK_MORE32: ((s: string, i: string, them: string) => string)[] = [
  (s, _i, them) => `What ${be(them)} ${s}, please?`,
  (s, _i, them) => `What ${be(them)} ${s} you'd like me to use?`,
  (s, _i, them) => `What would ${s} be?`,
  (s) => `Can you fill me in on ${s}?`,
  (s) => `Mind sharing ${s}?`,
  (s) => `Could you pass me ${s}?`,
  (s) => `Would you give me ${s}, please?`,
  (s) => `I'll need you to tell me ${s}.`,
  (s, i, them) => `To ${i} for you, what ${be(them)} ${s}?`,
  (s, i, them) => `Once I have ${s}, I can ${i}. Could you share ${them}?`,
  (s, i) => `I can ${i} as soon as I know ${s}.`,
  (s, i) => `Let me ${i} for you. Could you tell me ${s} first?`,
  (s, i) => `To go ahead and ${i}, I'd need ${s}.`,
];

// ---------------------------------------------------------------- user: not knowing a value

/** More of DONT_KNOW_OPEN; none repeats a word a core below says ("sorry", "afraid", "honestly"). */
export const DONT_KNOW_OPEN_MORE32: Record<UserStyle, string[]> = {
  terse: ['Nope,', 'Not sure.'],
  casual: ['Hmm, tricky.', 'Oh, right.', 'Ah,'],
  formal: ['I must confess', 'With apologies,'],
};
/** More of DONT_KNOW_CORE: "don't know", "not sure about", "can't remember", "don't have" right before the
 * thing, which ends at a comma or a full stop (as the checker's choice_not_known reads it). */
export const DONT_KNOW_CORE_MORE32: ((s: string, is: string) => string)[] = [
  (s) => `I really don't know ${s}.`,
  (s) => `I don't have ${s}, unfortunately.`,
  (s) => `I can't remember ${s}, it's been a while.`,
  (s) => `I'm not sure about ${s}, to be honest.`,
  (s, is) => `I have no idea what ${s} ${is}, actually.`,
  (s) => `I can't find ${s} anywhere in my notes.`,
];
/** More of DONT_KNOW_ASK: the user asks the assistant to find it. */
export const DONT_KNOW_ASK_MORE32: ((it: string) => string)[] = [
  (it) => `Would you mind looking ${it} up?`,
  (it) => `Can you track ${it} down?`,
  (it) => `Is there any way you could find ${it}?`,
  () => 'Could you check on your side?',
  (it) => `Can you dig ${it} up somehow?`,
  () => 'Is that something you can find?',
  (it) => `Perhaps you could search for ${it}?`,
];
/** More of DONT_KNOW_WHY, said only of values handed to the user (`whyUnknown`). */
export const DONT_KNOW_WHY_MORE32: string[] = ['It came in an email I can no longer find.', 'A colleague handles that part.', "I'd have to dig through old messages."];

// ---------------------------------------------------------------- assistant: failing a request

/** More of FAIL_OPEN; none ends in "but" before a core that says "but" (none does). */
export const FAIL_OPEN_MORE32: string[] = ['I searched, but', 'I wish I could help, but', 'As far as I can tell,', 'Sorry to say,'];
export const FAIL_CORE_MORE32: ((r: string) => string)[] = [
  (r) => `nothing I have access to can ${r}.`,
  (r) => `none of my tools can ${r}.`,
  (r) => `there's no way for me to ${r}.`,
  (r) => `the services I can reach don't let me ${r}.`,
  (r) => `I can't find a service that would ${r}.`,
];
export const FAIL_TAIL_MORE32: string[] = ['What else can I do for you?', 'Is there something else you need?', 'I can still help with other things.', 'Perhaps there is something else I can look up?'];

// ---------------------------------------------------------------- assistant: clarifying

/** More of CLARIFY_ASK; each names the topic, and none offers to change anything (an API may only read). */
export const CLARIFY_ASK_MORE32: Frame[] = [
  (t) => `What do you want to do about ${t}?`,
  (t) => `What would you like to get done with ${t}?`,
  (t) => `What exactly do you need with ${t}?`,
  (t) => `What can I help you do with ${t}?`,
  (t) => `Happy to help with ${t}. What do you need done?`, // ("a few things … which one?" named none: rd34 control)
  (t) => `What's on your mind regarding ${t}?`,
  (t) => `Could you tell me what you need for ${t}?`,
  (t) => `What are you hoping to do with ${t}?`,
];

// ---------------------------------------------------------------- user: a vague opening

/** More of VAGUE_INTENT; each reads around a plural topic ("webhooks", "artist albums") as well. */
export const VAGUE_INTENT_MORE32: ((d: string) => string)[] = [
  (d) => `I need help with ${d}, but I'm not sure where to begin.`,
  (d) => `I'm trying to sort something out with ${d}.`,
  (d) => `Can you help me with a thing involving ${d}?`,
  (d) => `I have a task involving ${d}.`,
  (d) => `Could you give me a hand with ${d}?`, // ("today" jarred: "historical weather today", rd34 control)
];

// ---------------------------------------------------------------- goodbyes

export const THANKS_MORE32: Record<UserStyle, string[]> = {
  terse: ['Thanks, that works.', 'Good, thanks.', 'Fine, thanks.'],
  casual: ["Oh, that's great, thanks!", 'Nice, cheers!', 'Great, that helps a lot!', 'Thanks, that was handy!', 'Ooh, nice. Thank you!'],
  formal: ['Thank you, that is very useful.', 'I appreciate it, thank you.', 'Thank you for your prompt help.', 'That is most helpful, many thanks.'],
};
export const BYE_FAILED_MORE32: Record<UserStyle, string[]> = {
  terse: ['Oh. Okay.', 'Right, never mind.', 'Ok, no luck then.'],
  casual: ['Ah well, worth a try.', 'No luck then. Thanks anyway!', 'Hmm, okay. Thanks for trying.'],
  formal: ['I see. Thank you for your time regardless.', 'Very well. Thank you for checking.'],
};
export const BYE_FAILED_REFLECT_MORE32: string[] = ["I'll look elsewhere.", "I'll sort it out myself.", "It's not urgent anyway."];

/** More of SYS_GLAD: each answers a thanks. */
export const SYS_GLAD_MORE32: string[] = ["You're most welcome.", 'Glad that did the trick.', 'Good to hear it helped.', 'Glad it was useful.', "It's no trouble."];
/** More of SYS_OFFER; none opens with a word a reply to thanks opens with. */
export const SYS_OFFER_MORE32: string[] = ['Feel free to come back.', 'Give me a shout if anything else comes up.', "Let me know if there's anything more.", 'Come back whenever you need a hand.'];
/** More of SYS_CLOSE. */
export const SYS_CLOSE_MORE32: string[] = ['Have a nice day.', 'Take good care.', 'So long!', 'Speak soon.', 'Catch you later.'];
export const SYS_FAILED_MORE32: string[] = ['Sorry it did not work out this time.', 'I wish I could have done more.', 'Apologies that I could not help here.'];

// ---------------------------------------------------------------- assistant: asking for coordinates

/** More of ASK_COORDINATES (`_replies.ts`): each asks for the coordinates and offers the place's name instead. */
export const ASK_COORDINATES_MORE32: ((slots: string) => string)[] = [
  (s) => `Could you tell me ${s}, or just the name of the place?`,
  (s) => `Can you share ${s}? Otherwise, tell me the place and I'll find them.`,
  (s) => `Do you have ${s} handy, or just the name of the place?`,
  (s) => `If you don't have ${s}, the place's name will do. Which can you give me?`,
];
