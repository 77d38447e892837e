/**
 * src/realize — writes the words of a planned dialogue. `realize(plan, ctx)` fills `text` on user and assistant
 * turns, `thought` on assistant turns and, for retriever_call turns, `query` and `retrieved` by searching with the
 * realized words; nothing else of the plan changes. The template realizer is offline and deterministic per
 * (seed, index).
 */
import type { DialoguePlan, DialogueRecord } from '../plan/types.ts';
import { realizeWithTemplates } from './_template.ts';
import type { RealizeContext } from './types.ts';

export type * from './types.ts';
export { humanizeIdentifier, intentPhrase, slotNoun, slotPhrase, splitIdentifier } from './words.ts';
export { buildLlmMessages, createLlmRealizer, DEFAULT_LLM_CACHE_DIR, DEFAULT_LLM_PRICES, estimateLlmRun, formatLlmProgress, LLM_RESPONSE_FORMATS, llmCacheKey, type LlmChecker, type LlmCheckResult, type LlmEstimate, type LlmFallbackReason, llmManifest, type LlmModelPrice, type LlmOutcome, type LlmOutcomeSource, llmPriceFor, type LlmRealizer, llmRealizerName, type LlmRealizerOptions, type LlmResponseFormat, type LlmStats, llmWindow, parseLlmAnswer, parseLlmPrice, type TemplateFallback } from './llm.ts';
export { ingestLlmBatchResults, type LlmBatchIngest, type LlmBatchOptions, llmBatchPlansPath, type LlmBatchRequestLine, llmBatchRequestLine, type LlmIngestOptions, readLlmPlansFile, writeLlmBatchRequests } from './llm-batch.ts';
export * from './chat.ts';
export { templateRealizer } from './realizers/template.ts';
export { intentSpeech } from './speech.ts';
export { llmRealizerModule, realizerModule, realizerModules, realizerNames, registerRealizer, templateRealizerModule } from './realizers/index.ts';

/** Realizes one plan with the template realizer. */
export function realize(plan: DialoguePlan, ctx: RealizeContext = {}): DialogueRecord {
  return realizeWithTemplates(plan, ctx);
}
