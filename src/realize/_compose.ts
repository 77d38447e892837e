/**
 * Utterances composed from parts (opener, core, reason, politeness, closing) in the voice of one user style
 * per dialogue, so that the same action is worded in hundreds of ways and a fine-tuned model learns the act,
 * not a sentence. Each part is a list; '' means the part is left out. Content words (what the user wanted,
 * the values asked for) are woven in, which is what makes most wordings unique in a dataset.
 */
import { chosenAsks } from './_chosen-ask21.ts';
export { isChosenRef } from './_chosen-ask21.ts';
import type { Rng } from '../random/index.ts';
import { isPluralNoun } from './words.ts';
import { byeIntent } from './_bye-intent.ts';
import { gotOpenings, gotThing, seldom, userGot } from './_bye24.ts';
import { gotReply32 } from './_bye-got32.ts';
import { askedFor } from './_request24.ts';
import { CLARIFY_READ, OFFERS_CHANGE, readsOnly } from './_read-only25.ts';
import type { DialoguePlan, RecordOperation } from '../plan/types.ts';
import { doneSafe29 } from './_replies29.ts';
import { whyUnknown } from './_why-unknown25.ts';
import * as M from './_variety-words20.ts';
import * as W from './_variety-words32.ts';
import { SYSTEM_DONE, SYSTEM_HEARD, SYSTEM_SUBJECT, SYSTEM_SUBJECT_FAILED, USER_HEARD, USER_SUBJECT, USER_SUBJECT_FAILED, USER_THANKS_FOR, subjectOpenings, thanksForOpenings } from './_variety-bye.ts';
import { properNames29 } from './_proper-names29.ts';
import { withoutAskedPlaceholder31 } from './_placeholders31.ts';

/** How a user speaks through one dialogue. */
export type UserStyle = 'terse' | 'casual' | 'formal';

export function drawStyle(rng: Rng): UserStyle {
  const n = rng.int(0, 9);
  return n < 3 ? 'terse' : n < 7 ? 'casual' : 'formal';
}

type Bank = readonly string[];

/** One pick from each bank, joined by single spaces; empty picks vanish. */
function compose(rng: Rng, ...banks: Bank[]): string {
  return banks
    .map((b) => rng.pick(b))
    .filter((s) => s.length > 0)
    .join(' ')
    .replace(/\s+([,.!?])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

const lastWord = (s: string): string => (s.split(' ').pop() ?? '').toLowerCase();

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "What the user wanted", as it can follow "help me …": a verb phrase such as "find jazz events". */
export interface Topic {
  intent: string;
  /** The record the user named ("order 820005", "Porto Hardware"), for a goodbye to name. */
  subject?: string;
  /** The operation the dialogue headed for: after a write, the goodbye promises no more digging (wave 29). */
  operation?: RecordOperation;
}

// ---------------------------------------------------------------- goodbyes

const THANKS: Record<UserStyle, Bank> = {
  terse: ['Thanks.', 'Thanks!', 'Great, thanks.', 'Cheers.', 'Got it, thanks.', 'Perfect.', 'Nice.', 'Okay, thanks.', 'Thx.', 'Good.', 'Ta.', 'Cool.', 'Sweet.', 'Noted, thanks.', 'Right, thanks.', ...M.THANKS_MORE.terse, ...W.THANKS_MORE32.terse],
  casual: ['Awesome, thanks a lot!', 'Great, thank you!', 'Perfect, thanks!', 'Nice one, thanks.', 'Oh great, thanks!', 'Brilliant, thank you.', 'That helps, thanks!', 'Sweet, thanks!', 'Thanks so much!', 'Cool, thanks.', 'Super, thanks!', 'Ah, perfect. Thanks!', 'Oh nice!', 'Amazing, thanks!', 'Lovely, thanks.', 'Ha, great.', 'Yes! Thanks.', 'Thanks, you rock.', ...M.THANKS_MORE.casual, ...W.THANKS_MORE32.casual],
  formal: ['Thank you very much.', 'Thank you, that is helpful.', 'Many thanks.', 'I appreciate your help.', 'Thank you for your assistance.', 'That is exactly what I needed, thank you.', 'Much appreciated.', 'Thank you kindly.', 'Very helpful, thank you.', 'Excellent, thank you.', 'Thank you for checking.', 'I am grateful, thank you.', ...M.THANKS_MORE.formal, ...W.THANKS_MORE32.formal],
};
/** What the user says about the answer; never the request again word for word. */
const BYE_REFLECT: Record<UserStyle, Bank> = {
  terse: ['', '', 'All good.', 'Sorted.', 'Just what I needed.', 'That works.', 'Enough for now.'],
  casual: ['', '', "That's all I needed.", 'That was quick.', 'That clears it up.', 'Exactly what I was after.', 'Easier than I expected.', 'You saved me some time.', "That's a weight off.", 'Good to have that sorted.'],
  formal: ['', '', 'That answers my question.', 'I now have what I need.', 'That was the last item on my list.', 'This is precisely what I required.', 'That resolves the matter.'],
};
const BYE_CLOSE: Record<UserStyle, Bank> = {
  terse: ['', '', '', '', '', '', 'Bye.', 'Bye!', 'See ya.', 'Later.', ...M.BYE_CLOSE_MORE.terse],
  casual: ['', '', '', '', '', 'Bye!', 'See you!', 'Have a good one!', 'Catch you later.', 'Take care!', 'Ciao!', ...M.BYE_CLOSE_MORE.casual],
  formal: ['', '', '', '', '', 'Goodbye.', 'Have a good day.', 'That will be all.', 'Best regards.', 'Good day.', ...M.BYE_CLOSE_MORE.formal],
};
const BYE_FAILED: Record<UserStyle, Bank> = {
  terse: ['Oh well.', 'Too bad.', 'Okay.', 'Pity.', 'Hm, okay.', 'Never mind then.', 'Shame.', 'Fine.', 'Ah well.', ...W.BYE_FAILED_MORE32.terse],
  casual: ['Oh well, thanks anyway.', 'Too bad. Thanks for trying, though.', "Hmm, that's a shame.", 'Ah, pity.', 'No worries, thanks for checking.', "Okay, I'll try something else.", 'Bummer.', 'Ah, too bad.', 'Oh no. Thanks anyway!', ...W.BYE_FAILED_MORE32.casual],
  formal: ['That is unfortunate, but thank you for trying.', 'I understand. Thank you anyway.', 'Thank you for looking into it.', 'Understood, thank you for checking.', 'I see. I will look for another way.', 'A pity. Thank you nonetheless.', ...W.BYE_FAILED_MORE32.formal],
};
const BYE_FAILED_REFLECT: Bank = ['', '', '', "I'll find another way.", "I'll ask someone else.", 'Maybe later.', "I'll try again tomorrow.", '', '', ...W.BYE_FAILED_REFLECT_MORE32];

/** The opening sentences a goodbye can start with, after a failure or after a success (for tests and checks). */
export function userByeOpenings(failed: boolean): string[] {
  return failed ? [...Object.values(BYE_FAILED).flat(), ...subjectOpenings(true)] : [...Object.values(THANKS).flat(), ...thanksForOpenings(), ...subjectOpenings(false), ...gotOpenings()];
}

/** A goodbye; `heard` is a short value from the answer the user reacts to. */
/** "7ouMYWpwJ422jRcDASZB7P", "rst_3fK8mQ2xLp": an opaque id is nothing a person notes down or asks more about. */
const OPAQUE_ID = /^(?=[^\s]*\d)(?=[^\s]*[A-Za-z])[A-Za-z0-9_,:-]{8,}$/;
function sayable(heard: string | undefined): string | undefined {
  return heard !== undefined && OPAQUE_ID.test(heard) ? undefined : heard;
}

/** Sub-banks of the fixed banks above (filtered by a fixed test), made once each instead of per utterance. */
const subBanks = new Map<string, unknown[]>();
function kept<T>(key: string, make: () => T[]): T[] {
  let bank = subBanks.get(key) as T[] | undefined;
  if (!bank) subBanks.set(key, (bank = make()));
  return bank;
}

const CUES = [/\bnoted\b/i, /\bgot it\b/i, /\bokay\b/i, /\bnice\b/i, /\bgood\b/i, /\bwhat I (?:needed|was after)\b/i];

/** After a call that only started a task: the answer is still to come, so the goodbye never says it arrived. */
const ANSWERED = /what I (needed|wanted|was after)|\banswers\b|\bresolves\b/i;
const BYE_PENDING: Bank = ['', "I'll check back for the results.", "I'll wait for it to finish.", "I'll come back for the results later.", 'I will look at the results once it is done.'];

export function userBye(rng: Rng, style: UserStyle, topic: Topic | undefined, failed: boolean, heardAnswer?: string, pending = false): string {
  const heard = sayable(heardAnswer);
  // "Thanks, that covers order 820005.": naming the record the user gave makes the goodbye this dialogue's own.
  // A farewell after the thanks is said now and then, not in every goodbye: people mostly just thank.
  const close = seldom(rng, BYE_CLOSE[style], 4);
  if (topic?.subject && rng.int(0, 9) < 8) return compose(rng, [rng.pick((failed ? USER_SUBJECT_FAILED : USER_SUBJECT)[style])(topic.subject)], close);
  if (failed) return compose(rng, BYE_FAILED[style], seldom(rng, BYE_FAILED_REFLECT, 6), close);
  // Naming what came back or what was done makes most goodbyes the dialogue's own (a short stock goodbye
  // repeats across a dataset); "Thanks for helping me list the objects." thanks and says what for at once.
  const thanked = topic && byeIntent(topic.intent);
  // "Thanks for the order messages.": what a lookup brought, named as the thing thanked for.
  const got = !pending && rng.int(0, 9) < 5 ? gotThing(thanked || undefined) : undefined;
  const thanksFor = !got && thanked && rng.int(0, 9) < (heard ? 1 : 4);
  const thanks = got ? userGot(rng, style, got) : thanksFor ? rng.pick(USER_THANKS_FOR[style])(thanked) : rng.pick(pending ? kept(`thanks ${style}`, () => THANKS[style].filter((t) => !ANSWERED.test(t))) : THANKS[style]);
  // "Noted, thanks. Jazz Night, noted.": the reaction shares no cue word with the thanks before it.
  const cue = CUES.find((c) => c.test(thanks));
  const reactions = kept(`heard ${style} ${cue ? CUES.indexOf(cue) : -1}`, () => USER_HEARD[style].filter((f) => !cue?.test(f(''))));
  // A stock remark ("That's a weight off.") only now and then, and never after thanks that say what for.
  // "That is exactly what I needed, thank you. This is precisely what I required.": said once is enough.
  // "Thanks for the keys. Writing down the keys.": what was thanked for is not reacted to again.
  const again = got !== undefined && heard !== undefined && lastWord(got) === lastWord(heard);
  const reflect = (/\bwhat I\b/i.test(thanks) && !heard) || again ? '' : heard && rng.int(0, 9) < 8 ? rng.pick(reactions)(heard) : thanksFor || got ? '' : rng.pick(pending ? BYE_PENDING : seldom(rng, BYE_REFLECT[style], style === 'terse' ? 3 : 5));
  // "Good to have that sorted. Have a good one!": the farewell repeats no cue word said before it either.
  const said = `${thanks} ${reflect}`;
  return compose(rng, [thanks], [reflect], close.filter((c) => !CUES.some((q) => q.test(c) && q.test(said))));
}

// Each answers a thanks ("Great!" does not); no offer promises more digging after a purchase or refund (wave 29).
const SYS_GLAD: Bank = ["You're welcome!", "You're welcome.", 'Glad I could help.', 'Happy to help!', 'My pleasure.', 'Anytime!', 'No problem at all.', 'Glad that worked out.', 'Of course!', 'Sure thing.', "I'm glad it helped.", "You're very welcome.", 'No problem.', 'You bet.', 'Pleasure!', 'Glad to be of help.', 'Happy to.', 'Any time.', "Don't mention it.", 'Not a problem.', 'It was nothing.', 'Always happy to help.', 'Sure, happy to.', 'Glad it worked.', "That's what I'm here for.", 'No trouble at all.', 'Gladly.', ...W.SYS_GLAD_MORE32];
const SYS_FAILED: Bank = ['Sorry I could not do more.', "I'm sorry it didn't work out.", 'Sorry about that.', 'I understand.', 'Apologies for the trouble.', 'Understood.', 'Sorry again.', 'Good luck with it.', 'I wish I had better news.', 'Sorry this one was a dead end.', 'I hope you find another way.', 'Sorry for the bother.', "That's a shame, sorry.", 'Sorry I came up short.', ...W.SYS_FAILED_MORE32];
const SYS_OFFER: Bank = ['', '', '', '', '', 'Let me know if you need anything else.', 'Come back any time.', 'Just ask if anything comes up.', "I'm here if you need more.", 'Good luck with the rest.', 'Ask away if something else comes up.', "Ping me if there's more.", 'Holler if you need me.', "I'll be around.", 'Ask again whenever you like.', 'Drop by again whenever.', 'Reach out any time.', "Say the word if there's more to do.", 'I can help again later.', 'You know where to find me.', ...W.SYS_OFFER_MORE32];
const SYS_CLOSE: Bank = ['', '', '', 'Goodbye!', 'Bye!', 'Take care.', 'Have a great day.', 'See you!', 'Stay well.', 'Enjoy your day!', 'All the best.', 'Talk soon.', 'Cheers!', 'Bye for now.', 'Have a good one.', 'Enjoy the rest of your day.', 'Good day!', 'Until next time.', 'Take it easy.', 'Have a lovely week.', 'Farewell!', 'See you around.', 'Best of luck.', ...W.SYS_CLOSE_MORE32];

/** Replies to thanks that share no wording with the word about the answer ("Any time. Ask me … any time."). */
function gladBefore(about: string): Bank {
  const glad = /^(glad|happy)\b/i.test(about);
  const anyTime = /\bany ?time\b/i.test(about);
  return SYS_GLAD.filter((g) => !(glad && /\b(glad|gladly|happy)\b/i.test(g)) && !(anyTime && /\bany ?time\b/i.test(g)));
}

export function systemBye(rng: Rng, topic: Topic | undefined, failed: boolean, heardAnswer?: string, userSaid = ''): string {
  const heard = sayable(heardAnswer);
  // "Thanks for helping me list objects." is not answered "Glad I could help you list objects.": no echo.
  const doneIntent = topic && byeIntent(topic.intent);
  // "Thanks for the order messages." is not answered "… whenever you need to get the order messages again." either.
  const got = gotThing(doneIntent || undefined);
  const done = doneIntent && !userSaid.includes(doneIntent) && !(got && userSaid.includes(got)) ? doneIntent : undefined;
  // The record the user gave, named once: not when the user's goodbye already named it.
  const subject = topic?.subject && !userSaid.includes(topic.subject) && rng.int(0, 9) < 7 ? topic.subject : undefined;
  if (subject) return rng.pick(failed ? SYSTEM_SUBJECT_FAILED : SYSTEM_SUBJECT)(subject);
  // Short: a reply to the thanks, then either a word about the answer or an offer or a farewell, never all three.
  // The word names what came back, else what was done ("Glad I could help you list the objects.").
  const about = failed ? '' : heard && rng.int(0, 9) < 8 ? doneSafe29(rng.pick(SYSTEM_HEARD)(heard), heard, topic?.operation) : done && rng.int(0, 9) < 3 ? rng.pick(SYSTEM_DONE)(done) : gotReply32(rng, got, userSaid, 4);
  // A word about the answer can stand alone ("Good luck with Jazz Night."), as people often reply to thanks.
  // "Glad I could help. Glad I could help with …": the thanks and the word about the answer share no wording.
  if (about) return rng.int(0, 9) < 7 ? about : compose(rng, gladBefore(about), [about]);
  // An offer or a farewell after the thanks, not both, and often neither ("You're welcome!" answers a thanks):
  // stock words said twice over only lengthen every goodbye.
  const after = rng.int(0, 9) < 6 ? (rng.int(0, 1) === 0 ? SYS_OFFER : SYS_CLOSE).filter((o) => o !== '') : [''];
  return compose(rng, failed ? SYS_FAILED : SYS_GLAD, after) || "You're welcome!";
}

// ---------------------------------------------------------------- short answers

const YES: Record<UserStyle, Bank> = {
  terse: ['Yes.', 'Yep.', 'Sure.', 'Yes please.', 'Right.', 'Correct.', 'Yeah.', 'Exactly.'],
  casual: ['Yes!', 'Yeah, exactly.', 'Oh yes.', 'Yep, that works.', 'Sure, sounds good.', "Yes, that's it.", 'Absolutely.', 'Sounds right.', 'Yes please!'],
  formal: ['Yes, please.', 'Yes, that is correct.', 'Indeed.', 'That would be appropriate.', 'Yes, that is what I meant.', 'Certainly.'],
};
const YES_MORE: ((t: Topic) => string)[] = [
  () => '',
  () => '',
  (t) => `I want to ${t.intent}.`,
  () => 'Go ahead.',
  () => "That's what I'm after.",
  (t) => `Please ${t.intent}.`,
  () => 'That would be great.',
  () => "Let's do that.",
];

export function affirm(rng: Rng, style: UserStyle, topic: Topic | undefined): string {
  const more = topic ? rng.pick(YES_MORE)(topic) : '';
  return compose(rng, YES[style], [more]);
}

const NO: Bank = ['No.', 'No,', 'Nope.', 'Not really.', 'Hmm, no.', 'No thanks.', 'Not quite.', 'Actually, no.'];
const NO_MORE: ((t: Topic) => string)[] = [
  () => "that's not what I'm after.",
  () => 'I need something else.',
  (t) => `I don't want to ${t.intent}.`,
  () => "that doesn't help me.",
  () => "that's something different.",
  (t) => `I wasn't trying to ${t.intent}.`,
  () => 'I had something else in mind.',
];

export function negate(rng: Rng, topic: Topic | undefined): string {
  const head = rng.pick(NO);
  const tail = rng.pick(NO_MORE)(topic ?? { intent: 'do that' });
  const sentence = head.endsWith(',') ? `${head} ${tail}` : `${head} ${capital(tail)}`;
  return sentence;
}

// ---------------------------------------------------------------- not knowing a value

const DONT_KNOW_OPEN: Record<UserStyle, Bank> = {
  terse: ['', '', 'Hm.', 'No idea.', 'Sorry,', ...M.DONT_KNOW_OPEN_MORE.terse, ...W.DONT_KNOW_OPEN_MORE32.terse],
  casual: ['', 'Hmm,', 'Oh,', 'Honestly,', 'Ugh,', 'Sorry,', 'Good question.', 'Well,', ...M.DONT_KNOW_OPEN_MORE.casual, ...W.DONT_KNOW_OPEN_MORE32.casual],
  formal: ['', 'Unfortunately,', 'I am afraid', 'I apologise, but', 'Regrettably,', ...M.DONT_KNOW_OPEN_MORE.formal, ...W.DONT_KNOW_OPEN_MORE32.formal],
};
const DONT_KNOW_CORE: ((s: string, is: string) => string)[] = [
  (s) => `I don't know ${s}.`,
  (s, is) => `I have no idea what ${s} ${is}.`,
  (s) => `I'm not sure about ${s}.`,
  (s) => `I don't have ${s} at hand.`,
  (s) => `I can't remember ${s}.`,
  (s) => `I don't have ${s} with me.`,
  (s) => `I never knew ${s}.`,
  (s) => `I can't find ${s} anywhere.`,
  (s) => `I wouldn't know ${s}.`,
  ...M.DONT_KNOW_CORE_MORE,
  ...W.DONT_KNOW_CORE_MORE32,
];
const DONT_KNOW_ASK: ((it: string) => string)[] = [
  () => '',
  () => '',
  () => '',
  (it) => `Can you find ${it}?`,
  (it) => `Could you look ${it} up?`,
  (it) => `Is there a way to get ${it}?`,
  (it) => `Can you figure ${it} out for me?`,
  () => 'Can you check?',
  (it) => `Maybe you can look ${it} up?`,
  ...M.DONT_KNOW_ASK_MORE,
  () => '',
  () => '',
  ...W.DONT_KNOW_ASK_MORE32,
];
const DONT_KNOW_WHY: Bank = ['', '', '', '', '', '', '', '', '', 'It was never sent to me.', "I don't have the paperwork here.", 'Someone else set it up.', '', '', '', '', '', '', '', '', '', ...W.DONT_KNOW_WHY_MORE32];

/** What the user does know (`known`, "the store name is X"), said after another sentence, else undefined. */
export function withKnown(text: string | undefined, known: string | undefined, sentence: (m: string) => string): string | undefined {
  return text === undefined || known === undefined ? text : `${text} ${sentence(known)}`;
}

export function failInform(rng: Rng, style: UserStyle, slots: string, it: string, is: string, known?: string, sentence: (m: string) => string = (m) => `${capital(m)}.`): string {
  const open = rng.pick(seldom(rng, DONT_KNOW_OPEN[style], 5));
  // "No idea. I have no idea what …" says it twice.
  let core = rng.pick(/no idea/i.test(open) ? kept('dont know', () => DONT_KNOW_CORE.filter((f) => !/no idea/.test(f('x', 'is')))) : DONT_KNOW_CORE)(slots, is);
  if (open === 'I am afraid' || open === 'I apologise, but' || open.endsWith(',')) core = core.charAt(0) === 'I' ? core : core.charAt(0).toLowerCase() + core.slice(1);
  // "I don't know the store ID, but the store name is Support Desk Roles.": what the user has, in the same breath,
  // says what to look it up by without a stock "Can you check?".
  // "I can't remember the order ID, it's been a while, but …": a core with its own clause is not run on again.
  if (known && core.endsWith('.') && !core.includes(',') && rng.int(0, 9) < 6) return compose(rng, [open], [`${core.slice(0, -1)}, but ${known}.`]);
  return withKnown(compose(rng, [open], [core], style === 'terse' ? [''] : whyUnknown(slots, DONT_KNOW_WHY), [rng.pick(DONT_KNOW_ASK)(it)]), known, sentence) as string;
}

// ---------------------------------------------------------------- assistant: asking for values

const REQ_ACK: Bank = ['', '', '', '', 'Sure.', 'Of course.', 'Got it.', 'Alright.', 'Okay.', 'Certainly.', 'No problem.', 'Happy to help.', ...M.REQ_ACK_MORE];
/** Acknowledging the value the user just gave, by name ("Paris, got it."). */
const REQ_HEARD: ((h: string) => string)[] = [
  (h) => `${capital(h)}, got it.`,
  (h) => `Okay, ${h}.`,
  (h) => `Noted: ${h}.`,
  (h) => `Thanks, ${h} it is.`,
  (h) => `${capital(h)}, noted.`,
  ...M.REQ_HEARD_MORE,
];
const REQ_ASK: ((s: string, i: string, them: string) => string)[] = [
  (s) => `Could you tell me ${s}?`,
  (s) => `What is ${s}?`,
  (s, i) => `To ${i}, I'll need ${s}.`,
  (s) => `Can you give me ${s}?`,
  (s) => `Could you provide ${s}, please?`,
  (s) => `Could you just give me ${s}?`,
  (s) => `Which ${s.replace(/^the /, '')} should I use?`,
  (s) => `May I have ${s}?`,
  (s) => `Please share ${s}.`,
  (s, _i, them) => `I need ${s}. Do you have ${them}?`,
  (s) => `What's ${s}?`,
  (s) => `I still need ${s}.`,
  (s) => `And ${s}?`,
  (s) => `What should I use for ${s}?`,
  (s) => `Do you know ${s}?`,
  (s) => `Next, ${s}?`,
  (s) => `I'll also need ${s}.`,
  (s, i, them) => `I can ${i} once I have ${s}. What ${them === 'them' ? 'are they' : 'is it'}?`,
  (s, i) => `Let's ${i}. Please tell me ${s}.`,
  (s, i) => `Before I ${i}, I need ${s}.`,
  (s, i) => `In order to ${i}, could you send me ${s}?`,
  ...M.REQ_ASK_MORE,
  ...W.REQ_ASK_MORE32,
];

/** Nouns for things a person sends or makes ("the email", "the reply", "the print"), not values they give. */
const SENT_THING = /\b(?:e-?mail|mail|print|reply|message|post|comment|text|note|order|invitation|invite|letter|notice|report|file)s?\b(?! (?:ID|IDs|address|number|code|key|name|date|type)\b)/;

/** Asks for values; `heard` is a short value the user has just given, acknowledged first. Values the call can go
 * without (`optional`) are asked for, never said to be needed. */
/** After "I gave you that already": the assistant owns the slip, never thanks the user for repeating it. */
const REQ_SORRY: ((h: string) => string)[] = [(h) => `Sorry, you did: ${h}.`, (h) => `My mistake, you already said ${h}.`, (h) => `Sorry about that, ${h} it is.`, (h) => `Right, you did say ${h}. Sorry.`];

export function request(rng: Rng, slots: string, intent: string, many: boolean, heard?: string, optional = false, chosen = false, repeated = false): string {
  // "the chapter IDs", "the radius and the search query": more than one thing, so "What are …?", "Do you have them?".
  const them = many || isPluralNoun(slots) ? 'them' : 'it';
  // "And …?", "Next, …?" follow something already said; "Which track IDs should I use?" asks one thing.
  // "could you send me the email?" asks for a message, not for a value: a noun that is also a thing sent is not "sent".
  const sendable = SENT_THING.test(slots);
  const said = withoutAskedPlaceholder31(intent, slots); // "So I can get the observed weather, what is the date?"
  const asks = REQ_ASK.map((f) => f(slots, said, them)).map((a) => (them === 'them' ? a.replace(/^What(?: is|'s) /, 'What are ') : a)).filter((a) => (heard || !/^(And|Next|I still|I'll also)\b/.test(a)) && !(many && /^Which /.test(a)) && !(sendable && /\bsend me\b/.test(a)) && !(optional && /\bneed\b/.test(a)) && !(/\bsearch terms?$/.test(slots) && /\bknow\b|\bhandy\b/.test(a))); // a search term is made up, never known
  // "Which road ID do you want the closures for?": often the question names what the value is for.
  const named = chosen ? [] : askedFor(slots, intent, them === 'them', optional);
  const picked = rng.pick(chosen ? chosenAsks(slots) : named.length > 0 && rng.int(0, 9) < 4 ? named : asks); // a name the user makes up is chosen, never "known"
  // "To get started, could you tell me …?": a lead before a question, only when nothing was just heard (then the
  // acknowledgement leads), so the same question comes in more words.
  const lead = heard ? '' : rng.pick(seldom(rng, M.REQ_LEAD, 3));
  const ask = lead && /^(?:Could|Can|What|May|Do|Would)\b.*\?$/.test(picked) ? `${lead} ${picked.charAt(0).toLowerCase()}${picked.slice(1)}` : picked;
  // "Thanks, 1.2897 it is." reads as a choice made; a bare number is only noted ("1.2897, noted.").
  const bank = heard && /^[\d.,\s%+-]+$/.test(heard) ? kept('heard number', () => REQ_HEARD.filter((f) => !/ it is\.$|^(?:Okay|Alright|Great), /.test(f('x')))) : REQ_HEARD;
  // A bare question is how a request mostly reads; "Sure." before every one only repeats itself.
  const ack = repeated ? (heard ? rng.pick(REQ_SORRY)(heard) : 'Sorry, you did tell me that.') : heard && rng.int(0, 9) < 8 ? rng.pick(bank)(heard) : rng.pick(seldom(rng, REQ_ACK, 7));
  return compose(rng, [ack], [ask]);
}

// ---------------------------------------------------------------- assistant: clarifying, failing

const CLARIFY_OPEN: Bank = ['', '', '', 'Sure.', 'Happy to help!', 'Of course.', 'Okay.', 'I can help with that.', 'Glad to help.'];
const CLARIFY_ASK: ((topic: string) => string)[] = [
  () => 'What exactly would you like to do?',
  () => 'Could you tell me a bit more about what you need?',
  () => 'There are several things I could do here. What do you have in mind?',
  () => "Can you be more specific about what you're looking for?",
  (t) => `What would you like to do with ${t}?`,
  (t) => `What do you need regarding ${t}?`,
  (t) => `There are a few tools for ${t}. Which task do you have in mind?`,
  () => 'What would you like to know or do, exactly?',
  (t) => `Are you trying to look something up about ${t}, or change something?`,
  () => 'What are you trying to get done?',
  (t) => `What about ${t} exactly?`,
  (t) => `How can I help with ${t}?`, // never "Which part of stages do you need?" (reading 32)
  (t) => `What should I do with ${t}?`,
  (t) => `Do you want to look something up in ${t}, or change something?`,
  ...M.CLARIFY_ASK_MORE,
  ...W.CLARIFY_ASK_MORE32,
];

/** The clarifying banks, all and those naming the topic, per whether the API only reads: made once, not per question. */
const clarifyBanks = new Map<boolean, { bank: Bank1; named: Bank1 }>();
type Bank1 = ((topic: string) => string)[];

export function clarify(rng: Rng, topic: string | undefined, plan?: DialoguePlan): string {
  const onlyReads = readsOnly(plan);
  let banks = clarifyBanks.get(onlyReads);
  if (!banks) {
    // An API that only reads is asked what the user wants to know, never offered "or change something".
    const all = onlyReads ? [...CLARIFY_ASK.filter((f) => !OFFERS_CHANGE.test(f('x'))), ...CLARIFY_READ] : CLARIFY_ASK;
    banks = { bank: all, named: all.filter((f) => f('\u0000').includes('\u0000')) };
    clarifyBanks.set(onlyReads, banks);
  }
  // With a topic, most questions name it: "What would you like to do with albums?" is less generic.
  const { bank, named } = banks;
  const ask = topic && rng.int(0, 9) < 7 ? rng.pick(named) : rng.pick(bank);
  const text = ask(topic ?? 'that');
  return compose(rng, seldom(rng, CLARIFY_OPEN, 5), [topic || !/ that\b/.test(text) ? text : 'What exactly would you like to do?']);
}

const FAIL_OPEN: Bank = ["I'm sorry,", 'Unfortunately,', "I'm afraid", 'Sorry,', 'Apologies,', 'I checked, but', ...M.FAIL_OPEN_MORE, ...W.FAIL_OPEN_MORE32];
const FAIL_CORE: ((r: string) => string)[] = [
  (r) => `none of the services I have access to can ${r}.`,
  (r) => `I don't have a tool that can ${r}.`,
  (r) => `there's no service here that can ${r}.`,
  () => 'that is outside what I can do with the APIs available to me.',
  (r) => `I can't ${r} with the tools I have.`,
  () => "nothing in my catalog handles that kind of request.",
  ...M.FAIL_CORE_MORE,
  ...W.FAIL_CORE_MORE32,
];
const FAIL_TAIL: Bank = ['', '', 'Is there anything else I can do?', 'Maybe a different service could help.', 'Can I help with something else?', 'Sorry about that.', ...M.FAIL_TAIL_MORE, '', ...W.FAIL_TAIL_MORE32];

export function responseFail(rng: Rng, request: string | undefined): string {
  const core = rng.pick(FAIL_CORE)(properNames29(request ?? 'do that'));
  const text = capital(compose(rng, FAIL_OPEN, [core], FAIL_TAIL));
  // One apology is enough: "Sorry, I can't … Sorry about that." drops the second.
  return /^(i'm )?sorry\b/i.test(text) ? text.replace(/ Sorry about that\.$/, '') : text;
}

// ---------------------------------------------------------------- giving values

const GIVE_OPEN: Record<UserStyle, Bank> = {
  terse: ['', '', '', 'Sure,', 'Ok,'],
  // Never "Yes," or "Yep,": the question answered is often "Which …?" or "What …?", which no yes answers.
  casual: ['', 'Sure,', 'Okay,', 'Ah,', 'Oh right,', 'Of course.', 'Let me check...', 'Right, so', 'Hmm,', 'Alright,'],
  formal: ['', 'Certainly.', 'Of course.', 'Well,', 'Gladly.', 'Here it is:'],
};

/** "Sure, the track ID is 42." — the opener fitted before "the …". */
export function informNamed(rng: Rng, style: UserStyle, mentions: string): string {
  const open = rng.pick(GIVE_OPEN[style]);
  const body = `${mentions}.`;
  if (open === '' || /[.:]$/.test(open)) return compose(rng, [open], [capital(body)]);
  return compose(rng, [open], [body]);
}

const BARE: Record<UserStyle, ((v: string) => string)[]> = {
  terse: [(v) => `${v}.`, (v) => `${v}`, (v) => `It's ${v}.`, (v) => `Use ${v}.`],
  casual: [(v) => `It's ${v}.`, (v) => `${v}, please.`, (v) => `Let's go with ${v}.`, (v) => `That would be ${v}.`, (v) => `Oh, it's ${v}.`, (v) => `Try ${v}.`],
  formal: [(v) => `It is ${v}.`, (v) => `Please use ${v}.`, (v) => `That would be ${v}.`, (v) => `It should be ${v}.`],
};

export function informBare(rng: Rng, style: UserStyle, value: string): string {
  return rng.pick(BARE[style])(value);
}
