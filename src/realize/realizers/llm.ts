/** The LLM realizer: an OpenAI-compatible chat model writes the words; plans it cannot word fall back to templates. */
import { createLlmRealizer, type LlmRealizer, type LlmRealizerOptions } from '../llm.ts';
import type { RealizerModule } from '../types.ts';

export const llmRealizerModule: RealizerModule<LlmRealizerOptions, LlmRealizer> = {
  name: 'llm',
  summary: 'llm (see the llm options)',
  // Requests are its cost: one in-process window shares the rate limits, the cache and the running totals.
  workers: false,
  create: (options) => createLlmRealizer(options),
};
