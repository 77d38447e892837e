/**
 * Phrase banks for the template realizer, one list per action. Each entry is a function of the already
 * worded pieces (intent phrase, slot phrases, values), so no `{placeholder}` can survive into the text.
 */

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
  (p) => `I'm looking to ${p.intent}.`,
  (p) => `Hey, could you help me ${p.intent}?`,
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
export const CLEAR_INTENT_WITH_API: ((p: IntentPieces) => string)[] = [
  (p) => `I'd like to use ${p.api} to ${p.intent}.`,
  (p) => `With ${p.api}, can you ${p.intent}?`,
  (p) => `I need ${p.api} to ${p.intent}.`,
  (p) => `Could you ${p.intent} using ${p.api}?`,
  (p) => `Hi, I want to ${p.intent} on ${p.api}.`,
];

/** Value sentences appended to a clear intent (inform_intent_clear_add) and used by inform turns. */
export const VALUE_SENTENCE: ((mentions: string) => string)[] = [
  (m) => `The ${m}.`,
  (m) => `For reference, the ${m}.`,
  (m) => `Just so you know, the ${m}.`,
  (m) => `Here are the details: the ${m}.`,
  (m) => `In case it helps, the ${m}.`,
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

export const VAGUE_INTENT: ((domain: string) => string)[] = [
  (d) => `I need some help with something related to ${d}.`,
  (d) => `I have a question about ${d}.`,
  (d) => `Can you help me with ${d} stuff?`,
  (d) => `I'm looking into ${d} and I'm not sure where to start.`,
  (d) => `Hi, I could use a hand with ${d}.`,
  (d) => `Something about ${d}, can you help?`,
  (d) => `I've got a ${d} thing I need sorted out.`,
];

/** inform with one value, the slot named: "the track ID is 42". */
export const INFORM_NAMED: ((mentions: string) => string)[] = [
  (m) => `The ${m}.`,
  (m) => `Sure, the ${m}.`,
  (m) => `Okay, the ${m}.`,
  (m) => `Yes, the ${m}.`,
  (m) => `Of course. The ${m}.`,
  (m) => `Right, the ${m}.`,
  (m) => `Sure thing: the ${m}.`,
  (m) => `Let me check... the ${m}.`,
];

/** inform with one value, the slot left implicit: "It's 42." */
export const INFORM_BARE: ((value: string) => string)[] = [
  (v) => `It's ${v}.`,
  (v) => `${v}, please.`,
  (v) => `Use ${v}.`,
  (v) => `That would be ${v}.`,
  (v) => `Let's go with ${v}.`,
  (v) => `It is ${v}.`,
];

/** inform after a redundant request: the user points out they said it already. */
export const INFORM_ALREADY: ((mentions: string) => string)[] = [
  (m) => `I already told you: the ${m}.`,
  (m) => `I mentioned that earlier, the ${m}.`,
  (m) => `As I said, the ${m}.`,
  (m) => `I gave you that already. The ${m}.`,
  (m) => `Like I said before, the ${m}.`,
];

export const FAIL_INFORM: ((slots: string, it: string, is: string) => string)[] = [
  (s) => `I don't know ${s}.`,
  (s, _it, is) => `Sorry, I have no idea what ${s} ${is}.`,
  (s, it) => `I'm not sure about ${s}. Can you find ${it}?`,
  (s) => `I don't have ${s} at hand.`,
  (s, it) => `Honestly, I don't know ${s}. Could you look ${it} up?`,
  (s) => `Hmm, I can't remember ${s}.`,
  (s) => `No idea, sorry. I don't know ${s}.`,
];

export const AFFIRM = [
  "Yes, that's what I need.",
  'Yes please.',
  'Sounds good, go ahead.',
  "Exactly, let's do that.",
  'Yep, that works.',
  'Sure, that would be great.',
  "Yes, that's it.",
];

export const NEGATE = [
  "No, that's not what I'm after.",
  "No thanks, that's not it.",
  'Not really, I need something else.',
  "Hmm, no. That doesn't help me.",
  "No, that's not quite what I meant.",
  "Nope, that's something different.",
];

/** user_bye after the request could not be served or the tool reported a failure: no "Nice, thanks". */
export const USER_BYE_FAILED = [
  'Oh well, thanks anyway.',
  "Too bad. Thanks for trying, though.",
  "Okay, I'll try something else. Thanks anyway.",
  'Hmm, pity. Thanks for looking into it.',
  "That's a shame, but thanks for your help.",
  'Alright, thanks for trying. Bye.',
];

export const USER_BYE = [
  "Thanks, that's all I needed!",
  'Great, thank you. Bye!',
  'Perfect, thanks for the help.',
  "That's everything, thanks.",
  'Awesome, thanks a lot!',
  'Thank you, that helps a lot. Goodbye!',
  "Nice, thanks. That's all for now.",
];

export const REQUEST: ((slots: string, intent: string) => string)[] = [
  (s) => `Could you tell me ${s}?`,
  (s) => `What is ${s}?`,
  (s, i) => `I can ${i}. I just need ${s}. What is it?`,
  (s) => `Sure! Which ${s.replace(/^the /, '')} should I use?`,
  (s, i) => `To ${i}, I'll need ${s}. Could you share it?`,
  (s) => `Happy to help. Can you give me ${s}?`,
  (s) => `Before I go ahead, what is ${s}?`,
  (s) => `Could you provide ${s}, please?`,
  (s, i) => `Okay, let's ${i}. Please tell me ${s}.`,
];

/** request for several values: the singular "what is it" phrasing would read badly. */
export const REQUEST_MANY: ((slots: string, intent: string) => string)[] = [
  (s) => `Could you tell me ${s}?`,
  (s, i) => `To ${i}, I'll need ${s}. Could you share them?`,
  (s) => `Happy to help. Can you give me ${s}?`,
  (s) => `Before I go ahead, I need ${s}.`,
  (s) => `Could you provide ${s}, please?`,
  (s, i) => `Okay, let's ${i}. Please tell me ${s}.`,
];

/** request that fixes a failed guess (hallucinated value): the assistant admits it and asks. */
export const REQUEST_AFTER_ERROR: ((slots: string) => string)[] = [
  (s) => `Sorry, I should not have guessed. Could you tell me ${s}?`,
  (s) => `That did not work because I made up ${s}. Could you tell me the real value?`,
  (s) => `My mistake, I used a made-up value. Could you give me ${s}?`,
  (s) => `The service rejected my guess. Can you tell me ${s}?`,
  (s) => `Apologies, I need the real value. Could you tell me ${s}?`,
];

/** Clarify never names a domain: the user's words were vague, and naming the operation's domain would give it away. */
export const CLARIFY = [
  'Sure, I can help with that. What exactly would you like to do?',
  'Could you tell me a bit more about what you need?',
  'There are several things I could do here. What do you have in mind?',
  "Happy to help! Can you be more specific about what you're looking for?",
  'What would you like to know or do, exactly?',
  "I'm not sure I follow yet. What would you like me to do?",
  'Of course. What is it you want to get done?',
];

export const SUGGEST: ((intent: string) => string)[] = [
  (i) => `Would you like me to ${i}?`,
  (i) => `I could ${i} for you. Does that fit?`,
  (i) => `Shall I ${i}?`,
  (i) => `One option is to ${i}. Is that what you need?`,
  (i) => `How about I ${i}?`,
  (i) => `I can ${i}. Would that help?`,
];

/** Before the answer of a lookup (GET). */
export const RESPONSE_INTRO = [
  "Here's the result.",
  'Here you go.',
  'I got the results.',
  'Okay, I have it.',
  'Here is what I found.',
  'I looked it up.',
];

/** Before the answer of an action that changes something (POST, PUT, PATCH, DELETE). */
export const RESPONSE_INTRO_DONE = [
  'Done!',
  'All set.',
  'Good news, that worked.',
  'That went through.',
  "It's done.",
  'Okay, that worked.',
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
export const RESULT_FIELDS: ((about: string) => string)[] = [
  (a) => `${a.charAt(0).toUpperCase()}${a.slice(1)}.`,
  (a) => `${a.charAt(0).toUpperCase()}${a.slice(1)}.`,
  (a) => `It shows that ${a}.`,
  (a) => `According to the service, ${a}.`,
  (a) => `In short, ${a}.`,
];

/** A result that only says it worked ({status: "ok"}). */
export const RESULT_ACKNOWLEDGED = [
  'The service confirmed it.',
  'The service reported success.',
  'It went through without any problems.',
  'The service accepted the request.',
  'Everything went fine on their side.',
];

/** A list result: how many, and the first item's fields. */
export const RESULT_LIST: ((count: string, about: string) => string)[] = [
  (c, a) => `${c}. For the first one, ${a}.`,
  (c, a) => `${c}. Looking at the first, ${a}.`,
  (c, a) => `${c}. The first one: ${a}.`,
  (c, a) => `${c}. Taking the first, ${a}.`,
];

/** A list result whose first item has a name: "I found 3 events; the first is Jazz Night. Its status is onsale." */
export const RESULT_LIST_LABELLED: ((count: string, label: string, about: string) => string)[] = [
  (c, l, a) => `${c}; the first is ${l}.${a ? ` ${a}.` : ''}`,
  (c, l, a) => `${c}, starting with ${l}.${a ? ` ${a}.` : ''}`,
  (c, l, a) => `${c}. The first is ${l}.${a ? ` ${a}.` : ''}`,
  (c, l, a) => `${c}, including ${l}.${a ? ` For that one, ${a.charAt(0).toLowerCase()}${a.slice(1)}.` : ''}`,
];

/** Before the answer of a chained call: where the value the user did not know came from. */
export const CHAIN_NOTE: ((noun: string, label: string | undefined) => string)[] = [
  (n, l) => `I looked up the ${n} first${l ? `, using ${l}` : ''}.`,
  (n, l) => `First I found the ${n}${l ? ` of ${l}` : ''} with another service.`,
  (n, l) => `I got the ${n} from another API${l ? ` (the one for ${l})` : ''}.`,
  (n, l) => `Another service gave me the ${n}${l ? ` for ${l}` : ''}.`,
  (n, l) => `I had to find the ${n} first${l ? `; I went with ${l}` : ''}.`,
];

export const RESPONSE_FAIL: ((intent: string) => string)[] = [
  () => `I'm sorry, but none of the services I have access to can do that.`,
  () => `Unfortunately I can't help with that request; I don't have a suitable tool.`,
  () => `Sorry, that is outside what I can do with the APIs available to me.`,
  () => `I'm afraid I can't fulfil that. There's no service here that handles it.`,
  () => `Apologies, I don't have a way to do that right now.`,
];

export const SYSTEM_BYE = [
  "You're welcome! Have a great day.",
  'Glad I could help. Goodbye!',
  'Anytime! Take care.',
  'Happy to help. Bye!',
  "You're welcome. Let me know if you need anything else.",
  'My pleasure. See you!',
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
