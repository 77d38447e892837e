/**
 * Phrase banks for the template realizer, one list per action. Each entry is a function of the already
 * worded pieces (intent phrase, slot phrases, values), so no `{placeholder}` can survive into the text.
 */
import type { Rng } from '../random/index.ts';
import * as M from './_variety-words20.ts';
import * as W from './_variety-words32.ts';

function up(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export interface IntentPieces {
  /** "get the weather for a city" */
  intent: string;
  /** "Open Meteo" */
  api: string;
}

export const CLEAR_INTENT: ((p: IntentPieces) => string)[] = [
  (p) => `I'd like to ${p.intent}.`,
  (p) => `Can you help me ${p.intent}?`,
  (p) => `I need to ${p.intent}.`,
  (p) => `Could you ${p.intent} for me?`,
  (p) => `Hi! I want to ${p.intent}.`,
  (p) => `Is there a way to ${p.intent}?`,
  (p) => `Hello, I'm trying to ${p.intent}. Can you do that?`,
  (p) => `Please ${p.intent}.`,
  // "I'm looking to look for a keyword": the opener never repeats the intent's verb.
  (p) => (/^look\b/.test(p.intent) ? `I'm hoping to ${p.intent}.` : `I'm looking to ${p.intent}.`),
  (p) => `Hey, could you help me ${p.intent}?`,
  (p) => `I want to ${p.intent}.`,
  (p) => `Would you be able to ${p.intent}?`,
  (p) => `I was hoping you could ${p.intent}.`,
  (p) => `Could you please ${p.intent}?`,
  (p) => `Can you ${p.intent}?`,
  (p) => `I'd like you to ${p.intent}, please.`,
  (p) => `Help me ${p.intent}, please.`,
  (p) => `My goal today is to ${p.intent}.`,
  (p) => `I have to ${p.intent}. Can you help?`,
  (p) => `Quick one: can you ${p.intent}?`,
  (p) => `I'm trying to ${p.intent}.`,
  (p) => `Would it be possible to ${p.intent}?`,
  ...M.CLEAR_INTENT_MORE,
];

/** For an intent in another script, quoted rather than fitted into an English sentence. */
export const CLEAR_INTENT_QUOTED: ((p: IntentPieces) => string)[] = [
  (p) => `I need help with this: ${p.intent}.`,
  (p) => `Can you do this for me: ${p.intent}?`,
  (p) => `Here is what I want: ${p.intent}.`,
  (p) => `I'm trying to do this: ${p.intent}.`,
  (p) => `Could you handle this request: ${p.intent}?`,
];

/** Used when the plain intent does not make the retriever find the operation: name the API too. */
// Never "I need Domain Checker to …": a person needs a thing done, not a product by its title.
export const CLEAR_INTENT_WITH_API: ((p: IntentPieces) => string)[] = [
  (p) => `I'd like to use ${p.api} to ${p.intent}.`,
  (p) => `With ${p.api}, can you ${p.intent}?`,
  (p) => `Could you ${p.intent} using ${p.api}?`,
  (p) => `Hi, I want to ${p.intent} on ${p.api}.`,
];

/** A mention at a sentence's start: "the track ID is 42" → "The track ID is 42". */
const atStart = (m: string): string => m.charAt(0).toUpperCase() + m.slice(1);

/** Value sentences appended to a clear intent (inform_intent_clear_add) and used by inform turns. */
// Mostly the values alone: a lead ("In case it helps,") before every one is filler that repeats across a dataset.
export const VALUE_SENTENCE: ((mentions: string) => string)[] = [
  ...Array.from({ length: 20 }, () => (m: string) => `${atStart(m)}.`),
  (m) => `For reference, ${m}.`,
  (m) => `Just so you know, ${m}.`,
  (m) => `Here are the details: ${m}.`,
  (m) => `In case it helps, ${m}.`,
  (m) => `Oh, and ${m}.`,
  (m) => `If it matters, ${m}.`,
  (m) => `You may need this: ${m}.`,
  (m) => `Also, ${m}.`,
  ...M.VALUE_SENTENCE_MORE,
];

/** Requests nothing in the catalog serves: the planner's out-of-scope request, addressed to the assistant. */
export const OUT_OF_SCOPE: ((request: string) => string)[] = [
  (r) => `Can you ${r}?`,
  (r) => `Could you please ${r}?`,
  (r) => `I need someone to ${r}. Can you do it?`,
  (r) => `Please ${r}.`,
  (r) => `Hi! Would you ${r}?`,
  (r) => `Is it possible for you to ${r}?`,
];

/** A greeting before the intent, per user style; '' most often. */
export const GREETING = ['', '', '', '', 'Hi.', 'Hello!', 'Hey there.', 'Good morning.', 'Hi there!', 'Hello,', 'Hey!', 'Good afternoon.'];

export const VAGUE_INTENT: ((domain: string) => string)[] = [
  (d) => `I need some help with something related to ${d}.`,
  (d) => `I have a question about ${d}.`,
  (d) => `Can you help me with ${d} stuff?`,
  (d) => `I'm looking into ${d} and I'm not sure where to start.`,
  (d) => `Hi, I could use a hand with ${d}.`,
  (d) => `Something about ${d}, can you help?`,
  (d) => `I've got a ${d} thing I need sorted out.`,
  (d) => `I need a hand with ${d}.`,
  (d) => `It's about ${d}.`,
  (d) => `Could you help me out with ${d}?`,
  (d) => `I've been dealing with ${d} and could use some help.`,
  (d) => `Question about ${d}.`,
  (d) => `I'm after something to do with ${d}.`, // "do something with news" is no request a person makes
  (d) => `Can we look at ${d} together?`,
  (d) => `There's a ${d} issue I need help with.`,
  (d) => `I'm stuck on something involving ${d}.`,
  (d) => `Do you know anything about ${d}?`,
  (d) => `I'd like some help with ${d}, if you have a minute.`,
  (d) => `Got a question on ${d} for you.`,
  (d) => `Can you help with ${d}? I'm not sure what I need yet.`,
  (d) => `I was told you could help with ${d}.`,
  ...M.VAGUE_INTENT_MORE,
  ...W.VAGUE_INTENT_MORE32,
];

/** inform after a redundant request: the user points out they said it already. */
export const INFORM_ALREADY: ((mentions: string) => string)[] = [
  (m) => `I already told you: ${m}.`,
  (m) => `I mentioned that earlier, ${m}.`,
  (m) => `As I said, ${m}.`,
  (m) => `I gave you that already. ${atStart(m)}.`,
  (m) => `Like I said before, ${m}.`,
];

export const SUGGEST: ((intent: string) => string)[] = [
  (i) => `Would you like me to ${i}?`,
  (i) => `I could ${i} for you. Does that fit?`,
  (i) => `Shall I ${i}?`,
  (i) => `One option is to ${i}. Is that what you need?`,
  (i) => `How about I ${i}?`,
  (i) => `I can ${i}. Would that help?`,
  (i) => `It sounds like you might want to ${i}. Is that what you need?`,
  (i) => `Want me to ${i}?`,
  (i) => `Do you want me to ${i}?`,
  (i) => `My best guess is that you'd like to ${i}. Shall I?`,
  (i) => `I found a way to ${i}. Is that what you want?`,
  (i) => `Would you like me to ${i} for you?`,
  ...M.SUGGEST_MORE,
];

/** Before the answer of a lookup (GET). */
export const RESPONSE_INTRO = [
  "Here's the result.",
  'Here you go.',
  'I got the results.',
  'Okay, I have it.',
  'Here is what I found.',
  'I looked it up.',
  'Okay, here it is.',
  'Got it.',
  'Here are the details.',
  'This is what came back.',
  'I checked for you.',
  'Alright, I have the answer.',
  'Found it.',
  'Here is the information.',
  ...M.RESPONSE_INTRO_MORE,
];

/** Before the answer of an action that changes something (POST, PUT, PATCH, DELETE). */
export const RESPONSE_INTRO_DONE = [
  'Done!',
  'All set.',
  'Good news, that worked.',
  'That went through.',
  "It's done.",
  'Okay, that worked.',
  'Finished.',
  "That's taken care of.",
  'Success!',
  'The change is in.',
  'All done.',
  ...M.RESPONSE_INTRO_DONE_MORE,
];

/** Before the answer of a call that came back empty. */
export const RESPONSE_INTRO_EMPTY = [
  'I checked.',
  'I looked it up, but no luck.',
  'I searched for it.',
  'Okay, I ran the search.',
  'I had a look.',
];

/** Before the answer of a call whose result says it failed (success: false, an error status). */
export const RESPONSE_INTRO_FAILED = [
  "Unfortunately, that didn't go through.",
  "I'm afraid it didn't work.",
  'Hmm, the service reported a problem.',
  "Sorry, the request wasn't successful.",
  "That didn't work out, I'm afraid.",
];

/** How the fields of a result are framed ("It shows that the status is …"). */
// Mostly the facts alone: "It shows that", "Going by the result," before the facts says nothing.
export const RESULT_FIELDS: ((about: string) => string)[] = [
  ...Array.from({ length: 24 }, () => (a: string) => `${up(a)}.`),
  (a) => `It shows that ${a}.`,
  (a) => `According to the service, ${a}.`,
  ...M.RESULT_FIELDS_MORE,
];

/** A result that only says it worked ({status: "ok"}). */
export const RESULT_ACKNOWLEDGED = [
  'The service confirmed it.',
  'The service reported success.',
  'It went through without any problems.',
  'The service accepted the request.',
  'Everything went fine on their side.',
  'No errors came back.',
  'The service processed it.',
  'It was accepted.',
];

/** A result that only says it worked, with what was asked of the service. */
export const RESULT_ACKNOWLEDGED_WHAT: ((intent: string) => string)[] = [
  (i) => `The service confirmed the request to ${i}.`,
  (i) => `The request to ${i} went through without errors.`,
  (i) => `I asked the service to ${i}, and it confirmed.`,
  (i) => `Your request to ${i} was accepted.`,
  (i) => `The service reported success for the request to ${i}.`,
  (i) => `It accepted the request to ${i}; nothing else came back.`,
];

/** A list with no items. */
export const RESULT_NONE: ((noun: string) => string)[] = [
  (n) => `I couldn't find any ${n}.`,
  (n) => `There are no ${n} that match.`,
  (n) => `No ${n} came back.`,
  (n) => `The search turned up no ${n}.`,
];

/** How many items came back: "I found 3 albums", "there are 3 albums". */
export const FOUND_ONE: ((noun: string) => string)[] = [(n) => `I found one ${n}`, (n) => `there is one ${n}`, (n) => `just one ${n} came back`, (n) => `I see one ${n}`, ...M.FOUND_ONE_MORE];
export const FOUND_MANY: ((count: number, noun: string) => string)[] = [
  (c, n) => `I found ${c} ${n}`,
  (c, n) => `there are ${c} ${n}`,
  (c, n) => `${c} ${n} came back`,
  (c, n) => `I see ${c} ${n}`,
  (c, n) => `the service returned ${c} ${n}`,
  ...M.FOUND_MANY_MORE,
];

/** A read whose result holds nothing beyond what was sent ({id, found: true}). */
export const RESULT_ONLY_EXISTS: ((what: string) => string)[] = [
  (w) => `The service knows ${w}, but it sent back no other details.`,
  (w) => `There is a record for ${w}, but nothing else came back with it.`,
  (w) => `It exists (${w}), but the service returned no further details.`,
  (w) => `The service confirmed ${w} exists; it gave no other details.`,
];

/** A list of named items, every one named (up to three): how many, the names, the first one's details. */
export const RESULT_LIST_NAMED: ((count: string, names: string, first: string, about: string) => string)[] = [
  (c, n, f, a) => `${up(c)}: ${n}.${a ? ` For ${f}, ${a}.` : ''}`,
  (c, n, f, a) => `${up(c)}: ${n}.${a ? ` About ${f}: ${a}.` : ''}`,
  (c, n, _f, a) => `${up(c)}: ${n}.${a ? ` The first one: ${a}.` : ''}`,
  (c, n, f, a) => `${up(c)}, namely ${n}.${a ? ` For ${f} in particular, ${a}.` : ''}`,
  (c, n, f, a) => `${up(c)} (${n}).${a ? ` As for ${f}, ${a}.` : ''}`,
];

/** A longer list of named items, the first few named. */
export const RESULT_LIST_SOME: ((count: string, names: string, first: string, about: string) => string)[] = [
  (c, n, f, a) => `${up(c)}, among them ${n}.${a ? ` About ${f}: ${a}.` : ''}`,
  (c, n, f, a) => `${up(c)}. Among them are ${n}.${a ? ` For ${f}, ${a}.` : ''}`,
  (c, n, f, a) => `${up(c)}, including ${n}.${a ? ` Looking at ${f}, ${a}.` : ''}`,
  (c, n, f, a) => `${up(c)}; the first few are ${n}.${a ? ` For ${f}, ${a}.` : ''}`,
];

/** A list of one unnamed item: its fields. */
export const RESULT_ONE: ((count: string, about: string) => string)[] = [
  (c, a) => `${up(c)}: ${a}.`,
  (c, a) => `${up(c)}; ${a}.`,
  (c, a) => `${up(c)}. In it, ${a}.`,
];

/** A list result: how many, and the first item's fields. */
export const RESULT_LIST: ((count: string, about: string) => string)[] = [
  (c, a) => `${up(c)}. For the first one, ${a}.`,
  (c, a) => `${up(c)}. Looking at the first, ${a}.`,
  (c, a) => `${up(c)}. The first one: ${a}.`,
  (c, a) => `${up(c)}. At the top of the list, ${a}.`,
];

/** A list result whose first item has a name: "I found 3 events; the first is Jazz Night. Its status is onsale." */
export const RESULT_LIST_LABELLED: ((count: string, label: string, about: string) => string)[] = [
  (c, l, a) => `${up(c)}; the first is ${l}.${a ? ` ${a}.` : ''}`,
  (c, l, a) => `${up(c)}, starting with ${l}.${a ? ` ${a}.` : ''}`,
  (c, l, a) => `${up(c)}. The first is ${l}.${a ? ` ${a}.` : ''}`,
  (c, l, a) => `${up(c)}, including ${l}.${a ? ` For that one, ${a.charAt(0).toLowerCase()}${a.slice(1)}.` : ''}`,
];

/** Before the answer of a chained call: where the value the user did not know came from. */
export const CHAIN_NOTE: ((noun: string, label: string | undefined, does?: string) => string)[] = [
  (n, l) => `I looked up the ${n} first${l ? `, using ${l}` : ''}.`,
  (n, l) => `First I found the ${n}${l ? ` of ${l}` : ''} with another service.`,
  // The other API is named by what it does ("to search for places"), never by a value ("the one for Sydney").
  (n, l, d) => `I got the ${n}${l ? ` of ${l}` : ''} ${d ? `by using another API to ${d}` : 'from another API'}.`,
  (n, l) => `Another service gave me the ${n}${l ? ` for ${l}` : ''}.`,
  // "I went with X" would tell of a choice where one record matched.
  (n, l) => `I had to find the ${n} first${l ? `, for ${l}` : ''}.`,
  (n, l) => `Since you didn't have the ${n}, I looked it up${l ? ` for ${l}` : ''}.`,
  // Says what was looked up, never "the ID came from a first lookup" (content-free, unnatural).
  (n, l) => (l ? `I looked up ${l} first to get the ${n}.` : `I had to look up the ${n} first.`),
  (n, l) => `I found the ${n} with a quick search${l ? `; it belongs to ${l}` : ''}.`,
];

export const THOUGHT_RETRIEVE: ((goal: string) => string)[] = [
  (g) => `The user wants to ${g}. I should search for a suitable API.`,
  (g) => `I need a tool to ${g}; let me search the catalog.`,
  (g) => `Searching for an API that can ${g}.`,
  (g) => `Let me look for an operation to ${g}.`,
  (g) => `First I need to find an API to ${g}.`,
];

export const THOUGHT_RETRIEVE_ANY = [
  'Let me check whether any API in the catalog can do this.',
  'Searching the catalog for a tool that handles this request.',
  'I need to see if there is a service for this. Searching.',
  'Let me look for an operation that could serve this.',
  'Checking the catalog for a matching API.',
];

export const THOUGHT_RETRIEVE_VAGUE: ((domain: string) => string)[] = [
  (d) => `The request is about ${d} but not specific. Let me see which APIs match.`,
  (d) => `The user mentions ${d} without saying what they need. I'll search the catalog.`,
  (d) => `It's unclear what the user wants about ${d}; searching for candidates.`,
  (d) => `Vague request about ${d}. Let me check what tools could apply.`,
  (d) => `Let me search the catalog for ${d} tools before deciding.`,
];

export const THOUGHT_RETRIEVE_SOURCE: ((slot: string, it: string) => string)[] = [
  (s, it) => `The user does not know ${s}. I should find an API whose output provides ${it}.`,
  (s) => `I need another tool that returns ${s}; searching the catalog.`,
  (s, it) => `Since the user cannot tell me ${s}, let me look for an operation that yields ${it}.`,
  (s) => `Let me search for an API that can give me ${s}.`,
  (s) => `I can get ${s} from another API. Searching for one.`,
];

/**
 * The greeting of a user's opening turn: drawn either way (the seeded draws stay as they were), said only when the
 * user has not spoken yet — a second "Good afternoon." mid-dialogue is no greeting.
 */
export function greetingOnce(rng: Rng, spokenBefore: boolean): (text: string) => string {
  const drawn = greeting(rng);
  return spokenBefore ? (t) => t : drawn;
}

/** "Hello, I'm trying to get a quote." → "I'm trying to get a quote.": a sentence said after the user's first turn. */
export function withoutGreeting(text: string): string {
  const greeting = /^(?:hi|hello|hey)(?: there)?[!,.]\s+/i.exec(text);
  return greeting ? text.charAt(greeting[0].length).toUpperCase() + text.slice(greeting[0].length + 1) : text;
}

/** A greeting before an opening sentence (often none); a greeting ending in "," runs into it. */
export function greeting(rng: Rng): (text: string) => string {
  const g = rng.pick(GREETING);
  if (!g) return (t) => t;
  return g.endsWith(',') ? (t) => (/^I\b/.test(t) ? `${g} ${t}` : `${g} ${t.charAt(0).toLowerCase()}${t.slice(1)}`) : (t) => (/^(Hi|Hello|Hey)\b/.test(t) ? t : `${g} ${t}`);
}
