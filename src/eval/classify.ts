/**
 * A reply mapped to our assistant actions, judged by behaviour as a deployed assistant would be: a
 * `search_apis` call is a retriever_call, a call to any other function is a call, a question is a
 * request (it names a parameter of an offered tool, or asks for a value), a suggest (it proposes doing
 * something) or a clarify (it asks what the user wants); a refusal is response_fail, a farewell
 * system_bye, any other text a response; nothing readable is no_answer.
 */
import { RETRIEVER_FUNCTION, type EvalItem } from '../export/index.ts';
import { humanizeIdentifier } from '../realize/index.ts';
import { normalizeForMatch } from '../text/index.ts';
import type { ModelReply, NextPrediction, PredictedCall } from './types.ts';

/** Every label a next-turn prediction can take. */
export const PREDICTED_ACTIONS = ['retriever_call', 'call', 'request', 'clarify', 'suggest', 'response', 'response_fail', 'system_bye', 'no_answer'] as const;

const SUGGEST = /\b(would you like me to|do you want me to|shall i|how about i|want me to|is that what you (need|want|mean)|would that help|does that (sound|work|fit)|should i go ahead)/;
const CLARIFY = /\b(more about|more specific|more detail|what (would|do) you (like|want|need|have in mind)(?! to use for)|what'?s the (goal|aim|plan|idea)|what is it you|what can i (do|help)|what are you (looking|trying)|how can i help|what do you mean|which (task|service|of these|part|aspect)(?!( \w+)? (ids?|keys?) should i use)|what about [^?]{1,60} exactly|what part|what should i do with|look something up|(a few|several|some) things i (could|can) do)/;
const ASK_VALUE = /(^|\. )(and|next,) (the|your) [^.?!]{1,60}\?$|\bi('ll| will)? ?(still|also|just) need (the|your)\b|\b(tell me|give me|provide|share|send me|let me know(?! if)|i (will |)need|i'?ll need|what is|what'?s|which|what are|could you (confirm|specify)|do you (know|have)|may i have|what should i use)\b/;
const BID = /^(\w+,? )?(please |kindly |just )?(tell me|give me|provide|share|send me|let me know(?! if))\b|\bi('ll| will| still| just|'d| would)?( also)? need (the|your|a|an)\b/;
const FAIL = /\b(sorry|unfortunately|sadly|afraid|apologies|i checked, but)\b[^.]*\b(outside what|beyond what|can'?t|cannot|can not|unable|not able|don'?t have|no (way|tool|api|operation|service)|none of|nothing in my|not something)\b|\b(can'?t|cannot|unable to) (help|do|fulfil|fulfill|complete)\b/;
/** A refusal may end by offering other help ("Can I help with something else?"): still a refusal. */
const OFFER = /\b(can i help with something else|is there anything else i can do)\??$/;
/**
 * A farewell: a goodbye, a reply to thanks ("You're welcome", "My pleasure", "Don't mention it"), a wish ("Good
 * luck with Jazz Night") or an offer to come back ("I'm here if you need more"); short, and no question.
 */
const BYE = /\b(bye|goodbye|good bye|farewell|take care|take it easy|see you|talk soon|until next time|have a (great|good|nice|lovely) (day|one|evening|week)|enjoy (your day|the rest)|good day|anything else|glad (i could|to) help|happy to( (help|look|dig|do)|\.$)|glad (to be of help|it (helped|worked)|that worked out)|you'?re (most |very |so )?welcome|let me know if there'?s anything|my pleasure|pleasure!|don'?t mention it|not a problem|no problem|no trouble|it was nothing|any ?time|you bet|sure thing|of course!|gladly\.|welcome!|cheers|all the best|best of luck|good luck|i hope (you find|\S.{0,60} will be useful)|come back|drop by|reach out|just ask|ask away|ask more|you can always ask|i'?m around if|ping me|holler|i'?ll be around|i'?m here|where to find me|say the word|whenever you like|feel free|that'?s what i'?m here for|sorry (i could not do more|again|about that|for the bother|i came up short|this one was)|i'?m sorry it didn'?t work out|apologies for the trouble|i wish i had better news|that'?s a shame|^(understood|i understand|great!)|^i can look into .{1,60} again)/;

export function parseCall(call: { name: string; arguments: string }): PredictedCall {
  let args: Record<string, unknown> | null = null;
  try {
    const parsed: unknown = call.arguments.trim() === '' ? {} : JSON.parse(call.arguments);
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) args = parsed as Record<string, unknown>;
  } catch {
    args = null;
  }
  return { name: call.name, arguments: args };
}

/** Does the text name a parameter of any offered tool ("the event ID", "eventId", "country code")? */
function namesParameter(text: string, item: EvalItem): boolean {
  const words = normalizeForMatch(text);
  for (const tool of item.tools) {
    if (tool.function.name === RETRIEVER_FUNCTION) continue;
    for (const param of Object.keys((tool.function.parameters.properties ?? {}) as object)) {
      const spoken = normalizeForMatch(humanizeIdentifier(param));
      const raw = normalizeForMatch(param);
      if ((spoken.trim().length > 2 && words.includes(spoken)) || (raw.trim().length > 2 && words.includes(raw))) return true;
    }
  }
  return false;
}

/** A sentence that lists the allowed values of the question before it. */
const CHOICES = /^(the (options|choices) are|you can (choose|pick) from|it can be) /;

/** The action a text reply performs. */
const ALTERNATIVE = /(i'll look it up|i'll find it( from there)?|for you to pick from|to choose from)\.$/;
const ALTERNATIVE_ASK = /^(don't have it|not sure)\?$/;

export function textAction(text: string, item: EvalItem): string {
  const t = text.trim().toLowerCase().replace(/[’‘]/g, "'");
  if (t === '') return 'no_answer';
  // A question or a bidding last sentence ("Please tell me the track IDs."); a '?' inside reported
  // content ("the text is Could you gift-wrap this one? and …") does not make a question.
  const sentences = t.split(/(?<=[.!?])\s+/).filter(Boolean);
  // An offer after the question ("Don't have it? The city will do, and I'll find it.") leaves the question the question.
  if (sentences.length > 1 && ALTERNATIVE.test(sentences[sentences.length - 1] ?? '')) {
    sentences.pop();
    if (sentences.length > 1 && ALTERNATIVE_ASK.test(sentences[sentences.length - 1] ?? '')) sentences.pop();
  }
  // A question followed by its choices ("Which reason? The options are damaged, … and other.") is the question.
  const choicesLast = sentences.length > 1 && CHOICES.test(sentences[sentences.length - 1] ?? '');
  const last = sentences[sentences.length - (choicesLast ? 2 : 1)] ?? '';
  const question = last.endsWith('?');
  const bidding = BID.test(last);
  if (FAIL.test(t) && (!question || OFFER.test(last))) return 'response_fail';
  if (question || bidding) {
    if (CLARIFY.test(t)) return 'clarify';
    if (SUGGEST.test(t)) return 'suggest';
    if (namesParameter(t, item)) return 'request';
    if (ASK_VALUE.test(t)) return 'request';
    if (question) return 'clarify';
  }
  if (BYE.test(t) && t.length <= 120) return 'system_bye';
  return 'response';
}

/** The next-turn reply as an action (and its call). */
export function predictNext(reply: ModelReply, item: EvalItem): NextPrediction {
  if (reply.error !== undefined) return { action: 'no_answer', malformed: false };
  const calls = reply.toolCalls.map(parseCall);
  const malformed = calls.some((c) => c.arguments === null);
  const call = calls.find((c) => c.name !== RETRIEVER_FUNCTION);
  if (call) return { action: 'call', call, malformed };
  if (calls.length > 0) return { action: 'retriever_call', malformed };
  return { action: textAction(reply.content, item), malformed };
}
