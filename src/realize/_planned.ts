/** Intent wordings from the planner's own phrase, and the shuffles and checks the template realizer uses on them. */
import type { RecordOperation } from '../plan/types.ts';
import type { Rng } from '../random/index.ts';
import { isEnglish } from '../language/plain.ts';
import * as P from './_phrases.ts';
import { normalWords, sentenceRemainders, spokenRequest } from './_intent.ts';
import { clearTemplates } from './speech.ts';
import { requestPhrase, upperFirst } from './words.ts';

const DOC_SPEAK = /\b(endpoints?|allows you|lets you|this (api|method|operation)|the (api|method) (returns|provides))\b/i;

export function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * Plans made without the realizer's sentences in view carry the planner's own phrase (a summary), which the
 * retriever is known to agree with: worded as a request, and only when that request is speech (never the
 * description pasted, nor documentation in another language or about the API).
 */
export function plannedRequests(planned: string | undefined, target: RecordOperation, pieces: P.IntentPieces, rng: Rng): string[] {
  if (!planned || !isEnglish(planned)) return [];
  const out: string[] = [];
  const asRequest = spokenRequest(requestPhrase(planned), target.description, 12);
  if (asRequest && asRequest !== pieces.intent) out.push(...shuffled(rng, clearTemplates(asRequest)).map((f) => f({ ...pieces, intent: asRequest })), `${upperFirst(asRequest)}, please.`);
  const asPlanned = requestPhrase(planned);
  if (!DOC_SPEAK.test(asPlanned) && !sentenceRemainders(target.description).has(normalWords(asPlanned.split(' ').slice(1).join(' ')))) {
    out.push(...shuffled(rng, clearTemplates(asPlanned)).map((f) => f({ ...pieces, intent: asPlanned })));
  }
  return out;
}

/** Whether a text holds a whole description sentence of the operation (after its verb): the `wording` rule. */
export function pastesDescription(text: string, operation: RecordOperation | undefined): boolean {
  const said = normalWords(text);
  return [...sentenceRemainders(operation?.description ?? '')].some((rest) => said.includes(rest));
}
export { agreeingVariants, agreesInNumber } from './_agree-count25.ts';
