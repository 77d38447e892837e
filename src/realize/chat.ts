/**
 * A plain chat-completion client over the realizer's LLM layer, for stages that ask a model something
 * other than dialogue words (`dialforge eval`): the same transport (retries, 400-fallbacks, redaction),
 * disk cache keyed by the full request, p-limit concurrency, rate limits and token/cost counting. Requests
 * may offer tools; answers carry the model's tool calls.
 */
import pLimit from 'p-limit';
import { canonicalJson, isEmptyAnswer, LlmCache, sha256Hex, type CachedAnswer } from './_llm-cache.ts';
import { LlmRequestFailed, LlmTransport, type ResponseFormatMode } from './_llm-client.ts';
import { costUsd, estimateTokens, priceFor, type ModelPrice } from './_llm-cost.ts';
import { RateLimiter } from './_llm-rate.ts';
import { DEFAULT_LLM_CACHE_DIR, type LlmRealizerOptions } from './llm.ts';

/** The connection, limits, cache and prices of a chat run: the LLM realizer's own options, less the realizer's. */
export type LlmChatOptions = Pick<LlmRealizerOptions, 'model' | 'baseURL' | 'apiKey' | 'temperature' | 'maxTokens' | 'timeoutMs' | 'maxRetries' | 'concurrency' | 'rpm' | 'tpm' | 'cacheDir' | 'prices'>;

export interface LlmChatRequest {
  /** OpenAI wire messages (system/user/assistant with tool_calls/tool). */
  messages: Record<string, unknown>[];
  /** OpenAI `tools`; omitted or empty = none offered. */
  tools?: unknown[] | undefined;
  /** `json_object` asks for JSON mode (dropped by itself when the server lacks it). Default none. */
  responseFormat?: 'json_object' | 'none' | undefined;
}

export interface LlmChatAnswer {
  content: string;
  toolCalls: { id: string; name: string; arguments: string }[];
  model: string;
  finishReason: string | null;
  usage: { prompt: number; completion: number };
  cached: boolean;
}

export interface LlmChatStats {
  model: string;
  answers: number;
  cacheHits: number;
  sent: number;
  requestFailures: number;
  httpAttempts: number;
  http429: number;
  http5xx: number;
  promptTokens: number;
  completionTokens: number;
  sentPromptTokens: number;
  sentCompletionTokens: number;
  /** USD; null when the model has no known price. */
  costUsd: number | null;
  sentCostUsd: number | null;
}

export interface LlmChat {
  /** One answer: from the cache, else from the server. Rejects with LlmChatRequestFailed or DialforgeError(E_LLM). */
  complete(request: LlmChatRequest): Promise<LlmChatAnswer>;
  stats(): LlmChatStats;
}

/** A request that failed after the client's retries (the server could not answer this one). */
export { LlmRequestFailed as LlmChatRequestFailed };

/** The cache key of a chat request: model, messages, tools, parameters — never the key or endpoint. */
export function llmChatCacheKey(request: LlmChatRequest, options: Pick<LlmChatOptions, 'model' | 'temperature' | 'maxTokens'>): string {
  return sha256Hex(
    canonicalJson({
      v: 'chat-1',
      model: options.model,
      messages: request.messages,
      tools: request.tools ?? [],
      format: request.responseFormat ?? 'none',
      params: { temperature: options.temperature ?? null, max_tokens: options.maxTokens ?? null },
    }),
  );
}

/** Rough prompt tokens of a request (messages and tool definitions, plus a little framing per message). */
export function estimateChatPromptTokens(request: LlmChatRequest): number {
  return estimateTokens(JSON.stringify(request.messages) + JSON.stringify(request.tools ?? [])) + 4 * request.messages.length;
}

export function createLlmChat(options: LlmChatOptions): LlmChat {
  const limiter = new RateLimiter({ rpm: options.rpm, tpm: options.tpm });
  const transports = new Map<ResponseFormatMode, LlmTransport>();
  const transportFor = (mode: ResponseFormatMode): LlmTransport => {
    let transport = transports.get(mode);
    if (!transport) {
      transport = new LlmTransport({
        model: options.model,
        baseURL: options.baseURL,
        apiKey: options.apiKey,
        temperature: options.temperature,
        maxTokens: options.maxTokens,
        timeoutMs: options.timeoutMs ?? 60_000,
        maxRetries: options.maxRetries ?? 4,
        responseFormat: mode,
        limiter,
      });
      transports.set(mode, transport);
    }
    return transport;
  };
  // Fails early (no key and no endpoint) rather than at the first request.
  transportFor('none');
  const cache = options.cacheDir === null ? undefined : new LlmCache(options.cacheDir ?? DEFAULT_LLM_CACHE_DIR);
  const limit = pLimit(Math.max(1, options.concurrency ?? 8));
  const stats: LlmChatStats = {
    model: options.model,
    answers: 0,
    cacheHits: 0,
    sent: 0,
    requestFailures: 0,
    httpAttempts: 0,
    http429: 0,
    http5xx: 0,
    promptTokens: 0,
    completionTokens: 0,
    sentPromptTokens: 0,
    sentCompletionTokens: 0,
    costUsd: null,
    sentCostUsd: null,
  };
  const answerOf = (a: CachedAnswer, cached: boolean): LlmChatAnswer => ({
    content: a.content,
    toolCalls: a.toolCalls ?? [],
    model: a.model,
    finishReason: a.finishReason,
    usage: a.usage,
    cached,
  });

  async function complete(request: LlmChatRequest): Promise<LlmChatAnswer> {
    const key = llmChatCacheKey(request, options);
    const hit = cache ? await cache.get(key) : undefined;
    if (hit) {
      stats.cacheHits++;
      stats.answers++;
      stats.promptTokens += hit.usage.prompt;
      stats.completionTokens += hit.usage.completion;
      return answerOf(hit, true);
    }
    const transport = transportFor(request.responseFormat ?? 'none');
    const estimate = estimateChatPromptTokens(request) + (options.maxTokens ?? 500);
    let answer: CachedAnswer;
    try {
      answer = await limit(() => transport.complete(request.messages, estimate, request.tools));
    } catch (error) {
      if (error instanceof LlmRequestFailed) stats.requestFailures++;
      throw error;
    }
    if (cache && !isEmptyAnswer(answer)) await cache.put(key, answer);
    stats.sent++;
    stats.answers++;
    stats.promptTokens += answer.usage.prompt;
    stats.completionTokens += answer.usage.completion;
    stats.sentPromptTokens += answer.usage.prompt;
    stats.sentCompletionTokens += answer.usage.completion;
    return answerOf(answer, false);
  }

  return {
    complete,
    stats: () => {
      const transportList = [...transports.values()];
      stats.httpAttempts = transportList.reduce((n, t) => n + t.http.attempts, 0);
      stats.http429 = transportList.reduce((n, t) => n + t.http.status429, 0);
      stats.http5xx = transportList.reduce((n, t) => n + t.http.status5xx, 0);
      const price = priceFor(options.model, options.prices);
      stats.costUsd = costUsd(price, stats.promptTokens, stats.completionTokens);
      stats.sentCostUsd = costUsd(price, stats.sentPromptTokens, stats.sentCompletionTokens);
      return structuredClone(stats);
    },
  };
}

/** Is this request already answered in the cache (for `--dry-run`)? */
export async function llmChatCached(request: LlmChatRequest, options: Pick<LlmChatOptions, 'model' | 'temperature' | 'maxTokens' | 'cacheDir'>): Promise<boolean> {
  if (options.cacheDir === null) return false;
  return (await new LlmCache(options.cacheDir ?? DEFAULT_LLM_CACHE_DIR).get(llmChatCacheKey(request, options))) !== undefined;
}

/** USD for token counts at a model's price; null when unknown. */
export function llmChatCost(model: string, promptTokens: number, completionTokens: number, prices?: Record<string, ModelPrice>): number | null {
  return costUsd(priceFor(model, prices), promptTokens, completionTokens);
}

/** Rough token count of a text (about four characters per token). */
export function estimateLlmTokens(text: string): number {
  return estimateTokens(text);
}

/** Runs `fn` over a source with at most `window` started and not yet handed out; yields in source order. */
export { orderedMap as orderedLlmMap } from './_llm-order.ts';
