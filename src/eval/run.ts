/**
 * Asking a model: every item in every mode through the realize stage's chat client (cache, concurrency,
 * rate limits, cost), replies in item order. A request that fails after the client's retries becomes an
 * unanswered item (scored as no_answer); several failures in a row, or a refused key, stop the run with
 * a DialforgeError. `previous` replies (`--resume`) are reused without a request.
 */
import { DialforgeError } from '../errors.ts';
import { createLlmChat, estimateChatPromptTokens, estimateLlmTokens, LlmChatRequestFailed, llmChatCached, llmChatCost, orderedLlmMap, type LlmChatOptions, type LlmChatRequest, type LlmChatStats, type LlmEstimate } from '../realize/index.ts';
import { dstRequest, nextRequest } from './prompt.ts';
import { toItemAnswer } from './score.ts';
import type { EvalItem, EvalMode, ItemAnswer, ModelReply } from './types.ts';

export interface ModelEvalOptions extends LlmChatOptions {
  modes: readonly EvalMode[];
  /** Replies already received, by item id and mode (error-free ones are reused). */
  previous?: ReadonlyMap<string, Partial<Record<EvalMode, ModelReply>>> | undefined;
  /** Stop after this many requests in a row failed (default 5). */
  maxConsecutiveFailures?: number | undefined;
  /** Called with each item's answer, in item order, and whether any of its replies is new (not from `previous`). */
  onAnswer?: ((answer: ItemAnswer, fresh: boolean) => void | Promise<void>) | undefined;
}

export function requestFor(item: EvalItem, mode: EvalMode): LlmChatRequest {
  return mode === 'next' ? nextRequest(item) : dstRequest(item);
}

export interface ModelEvalResult {
  answers: ItemAnswer[];
  stats: LlmChatStats;
  /** Items with at least one mode unanswered (request failed). */
  unanswered: number;
}

export async function evaluateModel(items: readonly EvalItem[], options: ModelEvalOptions): Promise<ModelEvalResult> {
  const chat = createLlmChat(options);
  const maxFailures = options.maxConsecutiveFailures ?? 5;
  let failuresInARow = 0;
  let unanswered = 0;
  const ask = async (item: EvalItem, mode: EvalMode): Promise<{ reply: ModelReply; fresh: boolean }> => {
    const before = options.previous?.get(item.id)?.[mode];
    if (before && before.error === undefined) return { reply: before, fresh: false };
    try {
      const answer = await chat.complete(requestFor(item, mode));
      failuresInARow = 0;
      return { reply: { content: answer.content, toolCalls: answer.toolCalls.map((c) => ({ name: c.name, arguments: c.arguments })) }, fresh: true };
    } catch (error) {
      if (!(error instanceof LlmChatRequestFailed)) throw error;
      if (++failuresInARow >= maxFailures) {
        throw new DialforgeError('E_LLM', `${maxFailures} requests in a row failed; last error: ${error.message} (is the server up, and --base-url right?)`);
      }
      return { reply: { content: '', toolCalls: [], error: error.message }, fresh: true };
    }
  };
  const window = Math.max(32, (options.concurrency ?? 8) * 4);
  const answers: ItemAnswer[] = [];
  const results = orderedLlmMap(items, window, async (item) => {
    const replies: Partial<Record<EvalMode, ModelReply>> = {};
    let fresh = false;
    for (const mode of options.modes) {
      const got = await ask(item, mode);
      replies[mode] = got.reply;
      fresh ||= got.fresh;
    }
    return { answer: toItemAnswer(item, replies), fresh };
  });
  for await (const { answer, fresh } of results) {
    if (answer.next?.reply.error !== undefined || answer.dst?.reply.error !== undefined) unanswered++;
    answers.push(answer);
    await options.onAnswer?.(answer, fresh);
  }
  return { answers, stats: chat.stats(), unanswered };
}

/** A dry run's figures: the same as the LLM realizer's (requests, cached, tokens, USD or null). */
export type EvalEstimate = LlmEstimate;

/**
 * `--dry-run`: the requests a run would send and an ESTIMATE of their tokens (about four characters a
 * token; a next turn's answer sized like the gold turn, a state like the gold state) and cost.
 */
export async function estimateModelEval(items: readonly EvalItem[], options: Pick<ModelEvalOptions, 'model' | 'temperature' | 'maxTokens' | 'cacheDir' | 'prices' | 'modes' | 'previous'>): Promise<EvalEstimate> {
  const estimate: EvalEstimate = { model: options.model, requests: 0, cached: 0, promptTokens: 0, completionTokens: 0, costUsd: null };
  for (const item of items) {
    for (const mode of options.modes) {
      estimate.requests++;
      const request = requestFor(item, mode);
      const before = options.previous?.get(item.id)?.[mode];
      if ((before && before.error === undefined) || (await llmChatCached(request, options))) {
        estimate.cached++;
        continue;
      }
      estimate.promptTokens += estimateChatPromptTokens(request);
      const answer = mode === 'dst' ? JSON.stringify(item.gold.state) : item.gold.call ? JSON.stringify(item.gold.call) : 'Could you tell me the value I still need for this request?';
      const tokens = estimateLlmTokens(answer) + 8;
      estimate.completionTokens += options.maxTokens ? Math.min(options.maxTokens, tokens) : tokens;
    }
  }
  estimate.costUsd = llmChatCost(options.model, estimate.promptTokens, estimate.completionTokens, options.prices);
  return estimate;
}
