/**
 * More wordings for the stock parts of an utterance (issue 10: distinct-2 of 0.13 on 2,000 dialogues). Every
 * bank here is spread into the bank of the same name in `_phrases.ts`, `_compose.ts` or `_variety-bye.ts`, so a
 * fine-tuned model meets each act in many more words; each entry is a sentence a careful speaker would say in
 * the same place as its neighbours there, and keeps their contract (what it may name, how it may open).
 */

type Frame = (h: string) => string;
type UserStyle = 'terse' | 'casual' | 'formal';

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// ---------------------------------------------------------------- user: opening the request

/** More of CLEAR_INTENT: ways to say "I want to <intent>". */
export const CLEAR_INTENT_MORE: ((p: { intent: string }) => string)[] = [
  (p) => `Any chance you could ${p.intent}?`,
  (p) => `I'm wondering if you can ${p.intent}.`,
  (p) => `I need you to ${p.intent}.`,
  (p) => `Would you ${p.intent} for me?`,
  (p) => `I've been meaning to ${p.intent}. Can you help?`,
  (p) => `Could you give me a hand? I need to ${p.intent}.`,
  (p) => `Are you able to ${p.intent}?`,
  (p) => `I'd appreciate it if you could ${p.intent}.`,
  (p) => `Do you think you could ${p.intent}?`,
  (p) => `Can you help? I want to ${p.intent}.`,
  (p) => `Is it possible to ${p.intent}?`,
  (p) => `Please help me ${p.intent}.`,
  (p) => `Mind helping me ${p.intent}?`,
  (p) => `I'd like your help to ${p.intent}.`,
  (p) => `Could I ask you to ${p.intent}?`,
  (p) => `What I'd like is to ${p.intent}.`,
  (p) => `I'm hoping you can ${p.intent}.`,
  (p) => `Can you please ${p.intent}?`,
  (p) => `Could you do me a favour and ${p.intent}?`,
  (p) => `It would help me a lot if you could ${p.intent}.`,
];

/** More of VALUE_SENTENCE: how the user adds the values they know. */
export const VALUE_SENTENCE_MORE: ((m: string) => string)[] = [
  (m) => `For what it's worth, ${m}.`,
  (m) => `In case you need it, ${m}.`,
  (m) => `By the way, ${m}.`,
  (m) => `The details are: ${m}.`,
  (m) => `To be precise, ${m}.`,
  (m) => `Some details: ${m}.`,
  (m) => `This might help: ${m}.`,
  (m) => `I can tell you that ${m}.`,
];

/** More of VAGUE_INTENT: a request that names only the domain. */
export const VAGUE_INTENT_MORE: ((d: string) => string)[] = [
  (d) => `Could we talk about ${d}?`,
  (d) => `I'm hoping you can help with ${d}.`,
  (d) => `I need some help with ${d}, please.`,
  (d) => `I could use some advice on ${d}.`,
  (d) => `Can I ask you about ${d}?`,
  (d) => `I've got a question involving ${d}.`,
  (d) => `Are you any good with ${d}?`,
  (d) => `I'm after some help with ${d}.`,
  (d) => `Something came up with ${d}.`,
  (d) => `Could you lend me a hand with ${d}?`,
];

// ---------------------------------------------------------------- assistant: asking, clarifying, offering

/** More of REQ_ASK (`_compose.ts`): asking for values; the same filters apply (them, Which, need). */
export const REQ_ASK_MORE: ((s: string, i: string, them: string) => string)[] = [
  (s) => `Would you mind telling me ${s}?`,
  (s) => `Could you let me know ${s}?`,
  (s) => `Can you tell me ${s}?`,
  (s) => `Would you share ${s} with me?`,
  (s) => `Do you happen to know ${s}?`,
  (s) => `Do you have ${s} handy?`,
  (s, i, them) => `So I can ${i}, what ${them === 'them' ? 'are' : 'is'} ${s}?`,
  (s, i) => `To ${i}, could you tell me ${s}?`,
  (s, i) => `I'm ready to ${i}; I just need ${s}.`,
  (s) => `Please let me know ${s}.`,
  (s) => `I'll need ${s} for this.`,
  (s) => `Could I get ${s}?`,
  (s) => `Can I have ${s}?`,
  (s) => `What would you like to use for ${s}?`,
];

/** Leads put before a question of REQ_ASK that opens with a question word: "To get started, could you …". */
export const REQ_LEAD: string[] = ['', '', '', '', '', '', 'Quick question:', 'To do that,', 'For this,', 'So that I get it right,', 'Before I go ahead,'];

/** More of REQ_ACK. */
export const REQ_ACK_MORE: string[] = ['Sure thing.', 'Absolutely.', 'I can do that.', "I'd be glad to.", 'Right.', 'Alright then.', 'Sounds good.', 'Will do.', 'Happy to.'];

/** More of REQ_HEARD: the value the user just gave, acknowledged by name. */
export const REQ_HEARD_MORE: Frame[] = [(h) => `${capital(h)}, thanks.`, (h) => `Alright, ${h}.`, (h) => `Great, ${h}.`, (h) => `${capital(h)}, understood.`, (h) => `Thanks for that: ${h}.`];

/** More of CLARIFY_ASK: what about the topic the user wants. */
export const CLARIFY_ASK_MORE: Frame[] = [
  (t) => `What would you like me to do with ${t}?`,
  (t) => `What's the goal with ${t}?`,
  (t) => `What do you want to achieve with ${t}?`,
  (t) => `What kind of help do you need with ${t}?`,
  (t) => `Is there something specific about ${t} you need?`,
  () => 'What did you have in mind?',
  () => 'Could you say a little more about the task?',
];

/** More of SUGGEST: the assistant's guess at the intent, put as a question. */
export const SUGGEST_MORE: Frame[] = [
  (i) => `Should I ${i}?`,
  (i) => `I can go ahead and ${i}. Sound good?`,
  (i) => `Would it help if I ${i}?`,
  (i) => `Are you looking to ${i}?`,
  (i) => `Do you need me to ${i}?`,
  (i) => `Is the idea to ${i}?`,
  (i) => `Perhaps you want to ${i}? I can do that.`,
];

/** More of FAIL_OPEN / FAIL_CORE / FAIL_TAIL: nothing in the catalog serves the request. */
export const FAIL_OPEN_MORE: string[] = ['Sadly,', 'Regrettably,', 'I had a look, but'];
export const FAIL_CORE_MORE: ((r: string) => string)[] = [
  (r) => `I have no service that can ${r}.`,
  (r) => `none of my APIs let me ${r}.`,
  () => 'that falls outside the services I can use.',
  (r) => `the tools I have don't offer a way to ${r}.`,
];
export const FAIL_TAIL_MORE: string[] = ['Anything else I can do for you?', 'Happy to help with something else, though.'];

// ---------------------------------------------------------------- user: not knowing a value

export const DONT_KNOW_OPEN_MORE: Record<UserStyle, string[]> = {
  terse: ['Um,'],
  casual: ['Oh man,', 'Um,', 'Actually,', 'Frankly,'],
  formal: ['I must admit', 'Frankly,'],
};
/** Each core says "don't know", "not sure about", "can't remember" or "don't have" right before the thing and
 * ends there, as the checker's choice_not_known reads it ("I don't have the store ID on hand" would hide it). */
export const DONT_KNOW_CORE_MORE: ((s: string, is: string) => string)[] = [
  (s) => `I just don't know ${s}.`,
  (s) => `I really can't remember ${s}.`,
  (s) => `I'm really not sure about ${s}.`,
  (s) => `I simply don't have ${s}.`,
];
export const DONT_KNOW_ASK_MORE: ((it: string) => string)[] = [(it) => `Could you find ${it} for me?`, () => 'Any way you can check?', (it) => `Would you be able to look ${it} up?`];

// ---------------------------------------------------------------- answers

/** More of RESPONSE_INTRO (a lookup answered) and RESPONSE_INTRO_DONE (a change made). */
export const RESPONSE_INTRO_MORE: string[] = ["Here's what I got.", 'Here is what the service returned.', 'I pulled that up for you.', "Here's the answer.", 'I have the details now.', 'The lookup is done.'];
export const RESPONSE_INTRO_DONE_MORE: string[] = ['That worked.', 'All taken care of.', "You're all set.", 'It went through.', 'Completed.'];

/** More of RESULT_FIELDS: how the facts of a result are framed; each lead ends in ", " or " that ", as the
 * removal note's RESTATED reads a lead, so that "The status is removed." after "I removed …" is still dropped. */
export const RESULT_FIELDS_MORE: Frame[] = [
  (a) => `The record shows that ${a}.`,
  (a) => `From what came back, ${a}.`,
  (a) => `The result shows that ${a}.`,
  (a) => `The details show that ${a}.`,
  (a) => `Going by the result, ${a}.`,
];

/** More of FOUND_ONE / FOUND_MANY: how many items came back. */
export const FOUND_ONE_MORE: Frame[] = [(n) => `I got back one ${n}`, (n) => `one ${n} turned up`];
export const FOUND_MANY_MORE: ((c: number, n: string) => string)[] = [(c, n) => `I got back ${c} ${n}`, (c, n) => `${c} ${n} turned up`, (c, n) => `the result lists ${c} ${n}`];

// ---------------------------------------------------------------- goodbyes

export const THANKS_MORE: Record<UserStyle, string[]> = {
  terse: ['Thanks a bunch.', 'Appreciated.', 'Super.', 'Ok, cheers.'],
  casual: ['Fantastic, thanks!', 'Wonderful, thank you!', 'Thanks a million!', 'Great stuff, thanks.', 'You star, thanks!', 'Oh, lovely. Thanks!'],
  formal: ['I am much obliged.', 'Thank you, that is most helpful.', 'Thank you for your time.', 'That is very kind, thank you.'],
};
export const BYE_CLOSE_MORE: Record<UserStyle, string[]> = {
  terse: ['Cya.', 'Done here.'],
  casual: ['Have a great day!', 'Talk soon!', 'Until next time!'],
  formal: ['Kind regards.', 'Until next time.'],
};

/** More of USER_HEARD; every frame fits a person as well as a thing ("I'll share Marco Mensah" would not). */
export const USER_HEARD_MORE: Record<UserStyle, Frame[]> = {
  // "The closures, understood." answers an order, not a reply: a goodbye notes the thing in words a person says.
  terse: [(h) => `Good to know about ${h}.`, (h) => `Taking note of ${h}.`],
  casual: [(h) => `Glad to know about ${h}.`, (h) => `I'll check out ${h} later.`, (h) => `Now I know about ${h}.`, (h) => `I'll read up on ${h}.`, (h) => `Good to hear about ${h}.`],
  formal: [(h) => `It is useful to learn about ${h}.`, (h) => `I appreciate the details on ${h}.`, (h) => `I will follow up on ${h}.`],
};

export const USER_THANKS_FOR_MORE: Record<UserStyle, Frame[]> = {
  terse: [(i) => `Cheers for helping me ${i}.`],
  casual: [(i) => `Thanks heaps for helping me ${i}.`, (i) => `Really appreciate you helping me ${i}!`],
  formal: [(i) => `Many thanks for helping me ${i}.`, (i) => `Thank you kindly for helping me ${i}.`],
};

export const USER_SUBJECT_MORE: Record<UserStyle, Frame[]> = {
  terse: [(s) => `That's it for ${s}, thanks.`, (s) => `That's all for ${s}, thanks.`],
  casual: [(s) => `Nice, that settles it for ${s}. Thanks!`, (s) => `Sweet, nothing more on ${s} for now. Thanks!`, (s) => `That sorts things out for ${s}, thanks a bunch!`],
  formal: [(s) => `Thank you; I have what I need on ${s}.`, (s) => `Many thanks for your help regarding ${s}.`, (s) => `I am grateful for your help with ${s}.`],
};

export const SYSTEM_HEARD_MORE: Frame[] = [
  (h) => `If anything about ${h} is unclear, just ask.`,
  (h) => `Happy to dig deeper into ${h} if you need.`,
  (h) => `I can pull up more on ${h} whenever you like.`,
  (h) => `Should you need more on ${h}, I'm here.`,
  (h) => `Feel free to ask for more detail on ${h}.`,
  (h) => `Just say the word if you need more on ${h}.`,
  (h) => `Any follow-up questions on ${h}, just ask.`,
];

export const SYSTEM_DONE_MORE: Frame[] = [(i) => `Just ask whenever you need to ${i} again.`, (i) => `Glad to help you ${i}.`];

export const SYSTEM_SUBJECT_MORE: Frame[] = [
  (s) => `Reach out again about ${s} any time.`,
  (s) => `Glad to help with ${s}.`,
  (s) => `Just ask if there's more to do on ${s}.`,
  (s) => `Happy to look at ${s} again whenever you need.`,
];
