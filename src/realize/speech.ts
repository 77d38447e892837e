/**
 * Every opening sentence the template realizer may say to start a dialogue about an operation, without a
 * greeting: clear requests (each spoken wording of the operation in each template, alone and naming the API) and
 * vague ones (each topic in each template, then the openers that name none). The planner gets these through
 * `intentSpeech` (wired by src/generate) and expects a retriever verdict only from one of them, so the plan and the
 * words agree by construction instead of being rejected by the checker.
 */
import type { RecordOperation } from '../plan/types.ts';
import * as P from './_phrases.ts';
import { fitsPlural, GENERIC_VAGUE, vagueTopics } from './_topic.ts';
import { topicTiers34 } from './_topics33.ts';
import { apiName, intentVariants } from './words.ts';
import { sureApiName } from './_spelling.ts';

/** The templates that fit an intent: a wording in another script is quoted, never run into "I'd like to". */
export function clearTemplates(intent: string): ((p: P.IntentPieces) => string)[] {
  return /[^\u0000-\u024f\u2000-\u206f]/.test(intent) ? P.CLEAR_INTENT_QUOTED : P.CLEAR_INTENT;
}

/** Vague templates that read right around a plural topic. */
export const VAGUE_TEMPLATES = P.VAGUE_INTENT.filter(fitsPlural);

/** Templates naming the API, none for a request that names it already ("search Spotify on Spotify"). */
export function apiTemplates(intent: string, api: string): ((p: P.IntentPieces) => string)[] {
  const apiWord = (api.split(' ')[0] ?? '').toLowerCase();
  // A name whose spelling is unsure ('' from sureApiName) is not said at all.
  if (api === '') return [];
  return apiWord.length >= 4 && intent.toLowerCase().split(/[^a-z0-9]+/).includes(apiWord) ? [] : P.CLEAR_INTENT_WITH_API;
}

const clearCache = new WeakMap<RecordOperation, string[]>();

/** Clear requests for `op`, best wording first: each wording in each plain template, then naming the API. */
export function clearSentences(op: RecordOperation): string[] {
  let out = clearCache.get(op);
  if (out) return out;
  const api = apiName(op);
  const sentences: string[] = [];
  for (const intent of intentVariants(op)) {
    const pieces = { intent, api };
    sentences.push(...clearTemplates(intent).map((f) => f(pieces)), ...apiTemplates(intent, sureApiName(op, api) ?? '').map((f) => f(pieces)));
  }
  out = [...new Set(sentences)];
  clearCache.set(op, out);
  return out;
}

/** A vague opening and the topic it names (none for a generic opener). */
export interface VagueOpening {
  text: string;
  topic?: string;
}

const vagueCache = new WeakMap<RecordOperation, VagueOpening[]>();

/** Vague openings about `op`: each topic in each template, best topic first, then the generic openers. */
export function vagueOpenings(op: RecordOperation): VagueOpening[] {
  let out = vagueCache.get(op);
  if (out) return out;
  out = [];
  // A place's object, a bare path word or a verb-led topic ("grids", "geo locations") is no opening the planner plans
  // for (wave 34): a flow it alone would carry is not planned, so the realizer never has to say it.
  const topics = vagueTopics(op, undefined);
  const [, last] = topicTiers34(op, topics);
  for (const topic of topics.filter((t) => !last.includes(t))) for (const f of VAGUE_TEMPLATES) out.push({ text: f(topic), topic });
  for (const text of GENERIC_VAGUE) out.push({ text });
  vagueCache.set(op, out);
  return out;
}

/** What the planner needs to know of the realizer's words (plan/catalog.ts `IntentSpeech`). */
export const intentSpeech = {
  clear: clearSentences,
  vague: (op: RecordOperation): string[] => vagueOpenings(op).map((o) => o.text),
};
