/**
 * The LLM realizer: the plan stays fixed and a model (OpenAI or any OpenAI-compatible server) writes the
 * words. Each answer is parsed, put into the plan, and checked by the injected checker (the same
 * invariants as every record); a rejected answer is retried with the reasons, and after the last retry
 * the template text is kept (`meta.template_fallback: true`). Answers are cached on disk by a hash of the
 * request, requests run under a concurrency and a rate limit, results come back in plan order, and tokens
 * and cost are counted. The same requests can be written as a Batch API file and the results read back.
 *
 * The checker and the template realizer are passed in (the check stage comes after realize, so this
 * module cannot import it; the CLI wires both).
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdirSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname } from 'node:path';
import pLimit from 'p-limit';
import { DialforgeError } from '../errors.ts';
import type { DialoguePlan, DialogueRecord } from '../plan/index.ts';
import { canonicalJson, LlmCache, sha256Hex, type CachedAnswer } from './_llm-cache.ts';
import { LlmRequestFailed, LlmTransport, redact, RESPONSE_FORMAT_MODES, wireBody, type ResponseFormatMode } from './_llm-client.ts';
import { costUsd, DEFAULT_PRICES, estimateTokens, parsePrice, priceFor, type ModelPrice } from './_llm-cost.ts';
import { orderedMap } from './_llm-order.ts';
import { ANSWER_SCHEMA, buildMessages, parseAnswer, retryMessages, spokenTurns, withTexts, type ChatMessage } from './_llm-prompt.ts';
import { RateLimiter } from './_llm-rate.ts';

/** USD per 1M prompt (`input`) and completion (`output`) tokens. */
export type LlmModelPrice = ModelPrice;
/** Structured output asked for: JSON Schema, JSON mode, or plain text. */
export type LlmResponseFormat = ResponseFormatMode;
/** Built-in list prices of common OpenAI models. */
export const DEFAULT_LLM_PRICES: Readonly<Record<string, LlmModelPrice>> = DEFAULT_PRICES;
export const LLM_RESPONSE_FORMATS: readonly LlmResponseFormat[] = RESPONSE_FORMAT_MODES;

/** The price of a model: exact name, then its family (`gpt-4o-mini-2024-07-18` → `gpt-4o-mini`); `overrides` first. */
export function llmPriceFor(model: string, overrides?: Record<string, LlmModelPrice>): LlmModelPrice | undefined {
  return priceFor(model, overrides);
}

/** Parses `0.15/0.6` (USD per 1M input/output tokens). */
export function parseLlmPrice(text: string): LlmModelPrice | undefined {
  return parsePrice(text);
}

/** The first request's messages for a (template-worded) plan: the rules, then the script as JSON. */
export function buildLlmMessages(plan: DialoguePlan): { role: 'system' | 'user' | 'assistant'; content: string }[] {
  return buildMessages(plan);
}

/** Parses a model's answer against the plan: the texts by turn index, or why it was rejected. */
export function parseLlmAnswer(plan: DialoguePlan, content: string): { ok: true; texts: Map<number, string> } | { ok: false; reasons: string[] } {
  return parseAnswer(plan, content);
}

/** The checker's verdict on one record (the shape of src/check's `checkDialogue`). */
export type LlmCheckResult = { ok: true } | { ok: false; violations: readonly unknown[] };
export type LlmChecker = (record: DialogueRecord) => LlmCheckResult | Promise<LlmCheckResult>;
/** The template realizer, used when the model's answers keep failing. */
export type TemplateFallback = (plan: DialoguePlan) => DialogueRecord | Promise<DialogueRecord>;

export interface LlmRealizerOptions {
  model: string;
  /** Default: OPENAI_BASE_URL, else api.openai.com. */
  baseURL?: string | undefined;
  /** Default: OPENAI_API_KEY. Never written anywhere. */
  apiKey?: string | undefined;
  temperature?: number | undefined;
  maxTokens?: number | undefined;
  /** Per HTTP attempt, ms (default 60 000). */
  timeoutMs?: number | undefined;
  /** HTTP retries by the client for 429/5xx/timeouts (default 4). */
  maxRetries?: number | undefined;
  /** Re-asks after a rejected answer (default 2, so at most 3 answers per dialogue). */
  semanticRetries?: number | undefined;
  /** Requests in flight at once (default 8). */
  concurrency?: number | undefined;
  rpm?: number | undefined;
  tpm?: number | undefined;
  /** Cache folder; `null` = no cache (`--no-cache`). Default `.dialforge-cache/llm`. */
  cacheDir?: string | null | undefined;
  /** First structured-output mode to try (default json_schema; the transport falls back on a 400). */
  responseFormat?: ResponseFormatMode | undefined;
  /** Price table entries that replace or extend the built-in defaults. */
  prices?: Record<string, ModelPrice> | undefined;
  /** Abort the run after this many dialogues in a row whose requests all failed (default 20). */
  maxConsecutiveFailures?: number | undefined;
  check: LlmChecker;
  fallback: TemplateFallback;
  /** Called after each dialogue with the running totals (for a progress line). */
  onProgress?: ((stats: LlmStats) => void) | undefined;
}

export const DEFAULT_LLM_CACHE_DIR = '.dialforge-cache/llm';

export type LlmOutcomeSource = 'llm' | 'fallback' | 'rejected';

export interface LlmOutcome {
  /** Position of the plan in the input. */
  position: number;
  planId: string;
  /** The record to write; null when even the template fallback failed the check. */
  record: DialogueRecord | null;
  source: LlmOutcomeSource;
  /** Answers obtained for this dialogue (cached ones included). */
  attempts: number;
  /** Why the last rejected answer was rejected (empty when the model's answer was kept). */
  reasons: string[];
}

/** Why a dialogue fell back to the template text. */
export type LlmFallbackReason = 'request_failed' | 'empty_answer' | 'invalid_json' | 'wrong_turns' | 'check_failed' | 'missing_result';

export interface LlmStats {
  model: string;
  dialogues: number;
  /** Dialogues whose model answer passed the checks. */
  llm: number;
  /** Dialogues that kept the template text. */
  fallbacks: number;
  fallbackReasons: Partial<Record<LlmFallbackReason, number>>;
  /** Dialogues not written: the template fallback failed the checks too. */
  rejected: number;
  /** Answers used, from the server or the cache. */
  answers: number;
  cacheHits: number;
  /** Answers received from the server in this run. */
  sent: number;
  /** HTTP requests, the client's own retries included. */
  httpAttempts: number;
  http429: number;
  http5xx: number;
  /** Requests that failed after all HTTP retries. */
  requestFailures: number;
  /** Re-asks after a rejected answer. */
  semanticRetries: number;
  /** Times the server's rate-limit headers paused sending. */
  serverPauses: number;
  /** Tokens of every answer used (cached ones included: what the dataset cost). */
  promptTokens: number;
  completionTokens: number;
  /** Tokens paid for in this run. */
  sentPromptTokens: number;
  sentCompletionTokens: number;
  /** USD; null when the model has no known price (local models: set one with --price). */
  costUsd: number | null;
  sentCostUsd: number | null;
}

/** Shared with llm-batch.ts; not part of the public API (realize/index.ts lists what is). */
export function emptyStats(model: string): LlmStats {
  return {
    model,
    dialogues: 0,
    llm: 0,
    fallbacks: 0,
    fallbackReasons: {},
    rejected: 0,
    answers: 0,
    cacheHits: 0,
    sent: 0,
    httpAttempts: 0,
    http429: 0,
    http5xx: 0,
    requestFailures: 0,
    semanticRetries: 0,
    serverPauses: 0,
    promptTokens: 0,
    completionTokens: 0,
    sentPromptTokens: 0,
    sentCompletionTokens: 0,
    costUsd: null,
    sentCostUsd: null,
  };
}

/** One violation as a sentence for the model (strings, `{message}`, `{rule|code|invariant, message}`, else JSON). */
function describeViolation(violation: unknown): string {
  if (typeof violation === 'string') return violation;
  if (violation && typeof violation === 'object') {
    const v = violation as Record<string, unknown>;
    const message = typeof v.message === 'string' ? v.message : undefined;
    const label = [v.invariant, v.rule, v.code, v.kind].find((x) => typeof x === 'string' || typeof x === 'number');
    const turn = typeof v.turn === 'number' ? `turn ${v.turn}: ` : '';
    if (message) return `${turn}${label !== undefined ? `${String(label)}: ` : ''}${message}`;
  }
  return JSON.stringify(violation);
}

export function llmRealizerName(model: string): string {
  return `llm:${model}`;
}

function fallbackReasonOf(reasons: string[], kind: 'parse' | 'check'): LlmFallbackReason {
  if (kind === 'check') return 'check_failed';
  return reasons.some((r) => r.startsWith('the answer is not valid JSON') || r.startsWith('the answer has no')) ? 'invalid_json' : 'wrong_turns';
}

/** Texts from a parsed answer (or the failure), then the checker: the shared judgement of live and batch answers. */
/** Shared with llm-batch.ts; not part of the public API (realize/index.ts lists what is). */
export async function judge(
  plan: DialoguePlan,
  content: string,
  realizer: string,
  check: LlmChecker,
): Promise<{ ok: true; record: DialogueRecord } | { ok: false; reasons: string[]; reason: LlmFallbackReason }> {
  if (content.trim() === '') return { ok: false, reasons: ['the answer was empty'], reason: 'empty_answer' };
  const parsed = parseAnswer(plan, content);
  if (!parsed.ok) return { ok: false, reasons: parsed.reasons, reason: fallbackReasonOf(parsed.reasons, 'parse') };
  const record = withTexts(plan, parsed.texts, realizer);
  const verdict = await check(record);
  if (verdict.ok) return { ok: true, record };
  const reasons = verdict.violations.slice(0, 8).map(describeViolation);
  return { ok: false, reasons: reasons.length ? reasons : ['the checker rejected the dialogue'], reason: 'check_failed' };
}

/**
 * The template realization of a plan: the base every LLM answer is written onto (it carries what the
 * template realizer derives besides words: thoughts, the retriever's query and results) and the fallback.
 */
/** Shared with llm-batch.ts; not part of the public API (realize/index.ts lists what is). */
export async function templateBase(plan: DialoguePlan, options: Pick<LlmRealizerOptions, 'fallback'>): Promise<DialogueRecord> {
  // Never modified: records made from it copy what they change.
  return options.fallback(plan);
}

/** The template text, marked, and checked: the record, or why even the template text fails. */
/** Shared with llm-batch.ts; not part of the public API (realize/index.ts lists what is). */
export async function templateFallback(base: DialogueRecord, realizer: string, options: Pick<LlmRealizerOptions, 'check'>): Promise<{ record: DialogueRecord } | { record: null; reasons: string[] }> {
  const record: DialogueRecord = { ...base, meta: { ...base.meta, realizer, template_fallback: true } };
  const verdict = await options.check(record);
  return verdict.ok ? { record } : { record: null, reasons: verdict.violations.slice(0, 8).map(describeViolation) };
}

/** Shared with llm-batch.ts; not part of the public API (realize/index.ts lists what is). */
export function addCost(stats: LlmStats, prices: Record<string, ModelPrice> | undefined, factor = 1, fixed?: ModelPrice): void {
  const price = fixed ?? priceFor(stats.model, prices);
  const all = costUsd(price, stats.promptTokens, stats.completionTokens);
  const sent = costUsd(price, stats.sentPromptTokens, stats.sentCompletionTokens);
  stats.costUsd = all === null ? null : all * factor;
  stats.sentCostUsd = sent === null ? null : sent * factor;
}

/** The canonical request an answer is cached under: never the key, never the endpoint. */
export function llmCacheKey(messages: ChatMessage[], options: Pick<LlmRealizerOptions, 'model' | 'temperature' | 'maxTokens'>): string {
  return sha256Hex(
    canonicalJson({
      v: 1,
      model: options.model,
      messages,
      params: { temperature: options.temperature ?? null, max_tokens: options.maxTokens ?? null },
      schema: ANSWER_SCHEMA,
    }),
  );
}

/**
 * Dialogues started but not yet handed out, for a request concurrency: several times the concurrency, so
 * one slow answer at the head of the line does not leave request slots idle (memory stays bounded by it).
 */
export function llmWindow(concurrency: number): number {
  return Math.max(32, concurrency * 4);
}

export interface LlmRealizer {
  /** Realizes one plan (any order, any concurrency). */
  realize(plan: DialoguePlan, position?: number): Promise<LlmOutcome>;
  /** Realizes a stream of plans and yields the outcomes in plan order, with bounded memory. */
  realizeAll(plans: Iterable<DialoguePlan> | AsyncIterable<DialoguePlan>): AsyncGenerator<LlmOutcome>;
  /** Running totals (a copy). */
  stats(): LlmStats;
}

export function createLlmRealizer(options: LlmRealizerOptions): LlmRealizer {
  const model = options.model;
  const realizer = llmRealizerName(model);
  const concurrency = Math.max(1, options.concurrency ?? 8);
  const semanticRetries = Math.max(0, options.semanticRetries ?? 2);
  const maxConsecutiveFailures = options.maxConsecutiveFailures ?? 20;
  const limiter = new RateLimiter({ rpm: options.rpm, tpm: options.tpm });
  const transport = new LlmTransport({
    model,
    baseURL: options.baseURL,
    apiKey: options.apiKey,
    temperature: options.temperature,
    maxTokens: options.maxTokens,
    timeoutMs: options.timeoutMs ?? 60_000,
    maxRetries: options.maxRetries ?? 4,
    responseFormat: options.responseFormat ?? 'json_schema',
    limiter,
  });
  const cache = options.cacheDir === null ? undefined : new LlmCache(options.cacheDir ?? DEFAULT_LLM_CACHE_DIR);
  const limit = pLimit(concurrency);
  const stats = emptyStats(model);
  let consecutiveFailures = 0;
  let lastFailure = '';
  const apiKey = options.apiKey ?? process.env.OPENAI_API_KEY;

  const snapshot = (): LlmStats => {
    stats.httpAttempts = transport.http.attempts;
    stats.http429 = transport.http.status429;
    stats.http5xx = transport.http.status5xx;
    stats.serverPauses = limiter.serverPauses;
    addCost(stats, options.prices);
    return structuredClone(stats);
  };

  /** One answer: from the cache, else from the server (then cached unless empty). */
  /** Requests on their way, by cache key: a second dialogue with the very same request waits for the first. */
  const inFlight = new Map<string, Promise<CachedAnswer>>();

  const reuse = (answer: CachedAnswer): CachedAnswer => {
    stats.cacheHits++;
    stats.answers++;
    stats.promptTokens += answer.usage.prompt;
    stats.completionTokens += answer.usage.completion;
    return answer;
  };

  /** One answer: from the cache, else from the server (then cached unless empty). */
  async function ask(messages: ChatMessage[]): Promise<CachedAnswer> {
    const key = llmCacheKey(messages, options);
    const pending = inFlight.get(key);
    if (pending) return reuse(await pending);
    const cached = cache ? await cache.get(key) : undefined;
    if (cached) return reuse(cached);
    const again = inFlight.get(key); // another dialogue may have started it while the cache was read
    if (again) return reuse(await again);
    const estimate = estimateTokens(messages.map((m) => m.content).join('\n')) + (options.maxTokens ?? 1000);
    // Cached in the same step as it arrives (a synchronous write): a kill after this leaves it on disk.
    const request = limit(async () => {
      const answer = await transport.complete(messages, estimate);
      cache?.put(key, answer);
      return answer;
    });
    inFlight.set(key, request);
    try {
      const answer = await request;
      stats.sent++;
      stats.answers++;
      stats.promptTokens += answer.usage.prompt;
      stats.completionTokens += answer.usage.completion;
      stats.sentPromptTokens += answer.usage.prompt;
      stats.sentCompletionTokens += answer.usage.completion;
      return answer;
    } finally {
      inFlight.delete(key);
    }
  }

  async function realize(plan: DialoguePlan, position = 0): Promise<LlmOutcome> {
    const base = await templateBase(plan, options);
    // A plan that fails its checks even with the template text would be rejected whatever the model says
    // (an ungrounded call, a bad state): reject it before paying for any request.
    const fallback = await templateFallback(base, realizer, options);
    if (!fallback.record) {
      stats.dialogues++;
      stats.rejected++;
      options.onProgress?.(snapshot());
      return { position, planId: plan.id, record: null, source: 'rejected', attempts: 0, reasons: fallback.reasons };
    }
    let messages = buildMessages(base);
    let reasons: string[] = [];
    let reason: LlmFallbackReason = 'request_failed';
    let attempts = 0;
    let anyAnswer = false;
    for (let attempt = 0; attempt <= semanticRetries; attempt++) {
      if (attempt > 0) stats.semanticRetries++;
      let answer: CachedAnswer;
      try {
        answer = await ask(messages);
      } catch (error) {
        if (!(error instanceof LlmRequestFailed)) throw error;
        stats.requestFailures++;
        lastFailure = error.message;
        reasons = [error.message];
        reason = 'request_failed';
        break; // the client already retried this request; another semantic attempt would repeat it
      }
      attempts++;
      anyAnswer = true;
      const verdict = await judge(base, answer.content, realizer, options.check);
      if (verdict.ok) {
        consecutiveFailures = 0;
        stats.dialogues++;
        stats.llm++;
        options.onProgress?.(snapshot());
        return { position, planId: plan.id, record: verdict.record, source: 'llm', attempts, reasons: [] };
      }
      reasons = verdict.reasons;
      reason = verdict.reason;
      // An empty answer is not a turn of the conversation: ask the same again.
      if (verdict.reason !== 'empty_answer') messages = retryMessages(messages, answer.content, verdict.reasons);
    }
    if (anyAnswer) consecutiveFailures = 0;
    else if (++consecutiveFailures >= maxConsecutiveFailures) {
      // Dialogues in flight finish after the threshold is crossed, so report the threshold, not the count.
      throw new DialforgeError('E_LLM', redact(`${maxConsecutiveFailures} dialogues in a row got no answer from the model; last error: ${lastFailure}`, apiKey));
    }
    stats.dialogues++;
    stats.fallbacks++;
    stats.fallbackReasons[reason] = (stats.fallbackReasons[reason] ?? 0) + 1;
    options.onProgress?.(snapshot());
    return { position, planId: plan.id, record: fallback.record, source: 'fallback', attempts, reasons };
  }

  return {
    realize,
    realizeAll: (plans) => orderedMap(plans, llmWindow(concurrency), (plan, index) => realize(plan, index)),
    stats: snapshot,
  };
}

/** One progress line: `llm 120/1000 · cache 40 · retries 3 · fallback 2 · 45.1k in / 9.8k out tokens · $0.0123`. */
export function formatLlmProgress(stats: LlmStats, total?: number): string {
  const k = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(1)}M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)}k` : String(n));
  const parts = [
    `llm ${stats.dialogues}${total !== undefined ? `/${total}` : ''}`,
    `cache ${stats.cacheHits}`,
    `retries ${stats.semanticRetries}`,
    `fallback ${stats.fallbacks}`,
    `${k(stats.promptTokens)} in / ${k(stats.completionTokens)} out tokens`,
  ];
  if (stats.rejected) parts.push(`rejected ${stats.rejected}`);
  if (stats.http429) parts.push(`429s ${stats.http429}`);
  parts.push(stats.sentCostUsd === null ? 'cost ? (unknown price)' : `$${stats.sentCostUsd.toFixed(4)} this run`);
  return parts.join(' · ');
}

/** The totals for manifest.json (snake_case, like the rest of the manifest). */
export function llmManifest(stats: LlmStats): Record<string, unknown> {
  return {
    model: stats.model,
    dialogues: stats.dialogues,
    llm: stats.llm,
    template_fallbacks: stats.fallbacks,
    fallback_reasons: stats.fallbackReasons,
    rejected: stats.rejected,
    answers: stats.answers,
    cache_hits: stats.cacheHits,
    requests_sent: stats.sent,
    http_attempts: stats.httpAttempts,
    request_failures: stats.requestFailures,
    semantic_retries: stats.semanticRetries,
    tokens: { prompt: stats.promptTokens, completion: stats.completionTokens },
    tokens_this_run: { prompt: stats.sentPromptTokens, completion: stats.sentCompletionTokens },
    cost_usd: stats.costUsd,
    cost_usd_this_run: stats.sentCostUsd,
  };
}

// ---------------------------------------------------------------------------------------------- dry run

export interface LlmEstimate {
  model: string;
  /** First-attempt requests (one per plan); rejected answers add re-asks on top. */
  requests: number;
  /** Of those, already answered in the cache (they cost nothing). */
  cached: number;
  promptTokens: number;
  completionTokens: number;
  /** USD for the uncached requests; null when the model has no known price. */
  costUsd: number | null;
}

/**
 * `--dry-run`: counts the requests and ESTIMATES their tokens (about four characters per token; the
 * answer's size from the template text of the same plan) and cost. Sends nothing.
 */
export async function estimateLlmRun(
  plans: Iterable<DialoguePlan> | AsyncIterable<DialoguePlan>,
  options: Pick<LlmRealizerOptions, 'model' | 'temperature' | 'maxTokens' | 'prices' | 'cacheDir' | 'fallback'>,
): Promise<LlmEstimate> {
  const cache = options.cacheDir === null ? undefined : new LlmCache(options.cacheDir ?? DEFAULT_LLM_CACHE_DIR);
  const estimate: LlmEstimate = { model: options.model, requests: 0, cached: 0, promptTokens: 0, completionTokens: 0, costUsd: null };
  for await (const plan of plans) {
    estimate.requests++;
    const template = await templateBase(plan, options);
    const messages = buildMessages(template);
    if (cache && (await cache.get(llmCacheKey(messages, options)))) {
      estimate.cached++;
      continue;
    }
    // Each message costs a few tokens of framing besides its text.
    estimate.promptTokens += estimateTokens(messages.map((m) => m.content).join('')) + 4 * messages.length;
    const utterances = spokenTurns(plan).map((turn) => ({ turn, action: plan.turns[turn]!.speaker === 'tool' ? '' : (plan.turns[turn] as { action: string }).action, text: (template.turns[turn] as { text?: string } | undefined)?.text ?? '' }));
    const answerTokens = estimateTokens(JSON.stringify({ utterances }));
    estimate.completionTokens += options.maxTokens ? Math.min(options.maxTokens, answerTokens) : answerTokens;
  }
  estimate.costUsd = costUsd(priceFor(options.model, options.prices), estimate.promptTokens, estimate.completionTokens);
  return estimate;
}

// ------------------------------------------------------------------------------------------------ batch
