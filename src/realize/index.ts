/**
 * src/realize — writes the words of a planned dialogue. `realize(plan, ctx)` fills `text` on user and assistant
 * turns, `thought` on assistant turns and, for retriever_call turns, `query` and `retrieved` by searching with the
 * realized words; nothing else of the plan changes. The template realizer is offline and deterministic per
 * (seed, index).
 */
import type { DialoguePlan, DialogueRecord } from '../plan/types.ts';
import { realizeWithTemplates } from './_template.ts';
import type { RealizeContext, Realizer } from './types.ts';

export type * from './types.ts';
export { cachedRetriever } from './retrieval.ts';
export { leaves, mentionsValue, normalizeForMatch, statesValue } from './mention.ts';
export { humanizeIdentifier, intentPhrase, looksLikeIdentifier, slotNoun, slotPhrase, splitIdentifier } from './words.ts';
export * from './llm.ts';
export * from './chat.ts';

/** The template realizer: phrase banks, slot phrases from parameter names, intent phrases from descriptions. */
export const templateRealizer: Realizer = {
  name: 'template',
  realize: (plan, ctx) => realizeWithTemplates(plan, ctx ?? {}),
};

/** Realizes one plan with the template realizer. */
export function realize(plan: DialoguePlan, ctx: RealizeContext = {}): DialogueRecord {
  return realizeWithTemplates(plan, ctx);
}
