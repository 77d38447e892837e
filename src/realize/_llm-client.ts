/**
 * One chat-completion call to any OpenAI-compatible endpoint through the `openai` package, which retries
 * 408/409/429/5xx, timeouts and dropped connections itself (honouring `retry-after`). Around it: the rate
 * limiter (every HTTP response, retried ones included, is shown to it through a fetch wrapper), and a
 * small memory of what this server accepts: structured output by JSON Schema, else JSON mode, else plain
 * text; `max_tokens` or `max_completion_tokens`. The API key is never put in any message this module makes.
 */
import OpenAI from 'openai';
import { DialforgeError } from '../errors.ts';
import { ANSWER_SCHEMA, ANSWER_SCHEMA_NAME, type ChatMessage } from './_llm-prompt.ts';
import type { CachedAnswer } from './_llm-cache.ts';
import type { RateLimiter } from './_llm-rate.ts';

export type ResponseFormatMode = 'json_schema' | 'json_object' | 'none';
export const RESPONSE_FORMAT_MODES: readonly ResponseFormatMode[] = ['json_schema', 'json_object', 'none'];

export interface WireOptions {
  model: string;
  temperature?: number | undefined;
  maxTokens?: number | undefined;
}

/** The request body as sent (also one line's `body` in a Batch API input file). */
export function wireBody(
  messages: readonly (ChatMessage | Record<string, unknown>)[],
  options: WireOptions,
  mode: ResponseFormatMode,
  maxTokensParam: 'max_tokens' | 'max_completion_tokens' = 'max_tokens',
  sendTemperature = true,
  tools?: readonly unknown[],
): Record<string, unknown> {
  const body: Record<string, unknown> = { model: options.model, messages };
  if (tools && tools.length > 0) body.tools = tools;
  if (options.temperature !== undefined && sendTemperature) body.temperature = options.temperature;
  if (options.maxTokens !== undefined) body[maxTokensParam] = options.maxTokens;
  if (mode === 'json_schema') body.response_format = { type: 'json_schema', json_schema: { name: ANSWER_SCHEMA_NAME, strict: true, schema: ANSWER_SCHEMA } };
  else if (mode === 'json_object') body.response_format = { type: 'json_object' };
  return body;
}

/** A 200 reply whose body is not a chat completion (retried like a 5xx). */
class MalformedReply extends Error {}

/** ` (ECONNREFUSED)`: the system error under fetch's "fetch failed", for the message. */
function causeCode(error: unknown): string {
  for (let cause: unknown = error, depth = 0; cause instanceof Error && depth < 5; cause = cause.cause, depth++) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (typeof code === 'string') return ` (${code})`;
  }
  return '';
}

function isCompletion(value: unknown): value is OpenAI.ChatCompletion {
  return typeof value === 'object' && value !== null && Array.isArray((value as { choices?: unknown }).choices);
}

/** A request that failed after the client's own retries (rate limit, server error, timeout, connection). */
export class LlmRequestFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LlmRequestFailed';
  }
}

export interface TransportOptions extends WireOptions {
  baseURL?: string | undefined;
  apiKey?: string | undefined;
  timeoutMs: number;
  maxRetries: number;
  responseFormat: ResponseFormatMode;
  limiter: RateLimiter;
}

export interface HttpCounters {
  /** HTTP requests really sent, the client's retries included. */
  attempts: number;
  status429: number;
  status5xx: number;
  /** 200 replies whose body was cut or not a chat completion (each asked again). */
  malformed: number;
}

/** Removes the API key (and anything shaped like an OpenAI key) from a text meant for people. */
export function redact(text: string, apiKey: string | undefined): string {
  let out = text;
  if (apiKey && apiKey.length >= 4) out = out.split(apiKey).join('[redacted]');
  return out.replace(/\bsk-[A-Za-z0-9_*.-]{6,}/g, 'sk-[redacted]');
}

interface WireState {
  mode: ResponseFormatMode;
  maxTokensParam: 'max_tokens' | 'max_completion_tokens';
  sendTemperature: boolean;
}

export class LlmTransport {
  private readonly client: OpenAI;
  private readonly options: TransportOptions;
  private mode: ResponseFormatMode;
  private maxTokensParam: 'max_tokens' | 'max_completion_tokens' = 'max_tokens';
  private sendTemperature = true;
  readonly http: HttpCounters = { attempts: 0, status429: 0, status5xx: 0, malformed: 0 };

  constructor(options: TransportOptions) {
    this.options = options;
    this.mode = options.responseFormat;
    const baseURL = options.baseURL ?? process.env.OPENAI_BASE_URL;
    const apiKey = options.apiKey ?? process.env.OPENAI_API_KEY;
    if (!apiKey && !baseURL) {
      throw new DialforgeError('E_USAGE', 'the llm realizer needs OPENAI_API_KEY (for api.openai.com) or --base-url / OPENAI_BASE_URL (for a local vLLM, Ollama or other OpenAI-compatible server)');
    }
    const limiter = options.limiter;
    const http = this.http;
    this.client = new OpenAI({
      // Local servers (vLLM, Ollama, LM Studio) ignore the key, but the client insists on one.
      apiKey: apiKey || 'no-key',
      baseURL: baseURL || undefined,
      timeout: options.timeoutMs,
      maxRetries: options.maxRetries,
      logLevel: 'off',
      fetch: async (input, init) => {
        http.attempts++;
        const response = await fetch(input, init);
        if (response.status === 429) http.status429++;
        else if (response.status >= 500) http.status5xx++;
        limiter.observe(response.status, response.headers);
        return response;
      },
    });
  }

  private get apiKey(): string | undefined {
    return this.options.apiKey ?? process.env.OPENAI_API_KEY;
  }

  /**
   * Sends one request. Resolves with the answer (possibly empty: the caller decides); rejects with
   * LlmRequestFailed when the server could not answer this request (after retries), or a DialforgeError
   * (E_LLM) when no request can succeed (bad key, no access, unknown model or endpoint).
   */
  async complete(messages: readonly (ChatMessage | Record<string, unknown>)[], estimatedTokens: number, tools?: readonly unknown[]): Promise<CachedAnswer> {
    await this.options.limiter.acquire(estimatedTokens);
    let malformed = 0;
    for (;;) {
      const sent: WireState = { mode: this.mode, maxTokensParam: this.maxTokensParam, sendTemperature: this.sendTemperature };
      const body = wireBody(messages, this.options, sent.mode, sent.maxTokensParam, sent.sendTemperature, tools);
      try {
        const completion = (await this.client.chat.completions.create(body as unknown as OpenAI.ChatCompletionCreateParamsNonStreaming)) as unknown as OpenAI.ChatCompletion;
        if (!isCompletion(completion)) throw new MalformedReply(`a body that is not a chat completion (${JSON.stringify(completion)?.slice(0, 80) ?? String(completion)})`);
        const choice = completion.choices?.[0];
        const usage = { prompt: completion.usage?.prompt_tokens ?? estimatedTokens, completion: completion.usage?.completion_tokens ?? 0 };
        this.options.limiter.settle(estimatedTokens, usage.prompt + usage.completion);
        const answer: CachedAnswer = { content: choice?.message?.content ?? '', model: completion.model ?? this.options.model, finishReason: choice?.finish_reason ?? null, usage };
        const toolCalls = (choice?.message?.tool_calls ?? []).flatMap((c) => (c.type === 'function' ? [{ id: c.id, name: c.function?.name ?? '', arguments: c.function?.arguments ?? '' }] : []));
        if (toolCalls.length > 0) answer.toolCalls = toolCalls;
        return answer;
      } catch (error) {
        if (this.adapt(error, sent)) continue;
        // A 200 whose body is cut or not JSON (a proxy, an overloaded server) is a transient failure like
        // a 5xx: ask again, with the same patience as the client's own retries.
        if (error instanceof SyntaxError || error instanceof MalformedReply) {
          if (++malformed <= this.options.maxRetries) {
            this.http.malformed++;
            await new Promise((wait) => setTimeout(wait, Math.min(250 * 2 ** (malformed - 1), 4000)));
            continue;
          }
          throw new LlmRequestFailed(redact(`${this.where()} answered 200 with ${error instanceof SyntaxError ? `a body that is not JSON (${error.message})` : error.message}, ${malformed} times`, this.apiKey));
        }
        throw this.describe(error);
      }
    }
  }

  /** The endpoint for messages; a base URL may carry credentials (https://user:secret@host/v1): never shown. */
  private where(): string {
    return (this.options.baseURL ?? process.env.OPENAI_BASE_URL ?? 'https://api.openai.com/v1').replace(/\/\/[^/@]*@/, '//');
  }

  /**
   * A 400 that names a feature this server lacks: drop to the next option and try again. Judged on what
   * the failed request sent, so requests failing at the same time step down once, not once each.
   */
  private adapt(error: unknown, sent: WireState): boolean {
    if (!(error instanceof OpenAI.APIError) || (error.status !== 400 && error.status !== 422)) return false;
    const text = `${error.message} ${JSON.stringify(error.error ?? '')}`;
    if (/max_completion_tokens/.test(text) && sent.maxTokensParam === 'max_tokens' && this.options.maxTokens !== undefined) {
      this.maxTokensParam = 'max_completion_tokens';
      return true;
    }
    if (/temperature/i.test(text) && sent.sendTemperature && this.options.temperature !== undefined) {
      this.sendTemperature = false;
      return true;
    }
    if (/response_format|json_schema|json_object|structured|guided/i.test(text) && sent.mode !== 'none') {
      const next: ResponseFormatMode = sent.mode === 'json_schema' ? 'json_object' : 'none';
      if (RESPONSE_FORMAT_MODES.indexOf(next) > RESPONSE_FORMAT_MODES.indexOf(this.mode)) this.mode = next;
      return true;
    }
    return false;
  }

  private describe(error: unknown): Error {
    const where = this.where();
    if (error instanceof OpenAI.APIConnectionTimeoutError) {
      return new LlmRequestFailed(`request to ${where} timed out after ${this.options.timeoutMs} ms (${this.options.maxRetries} retries)`);
    }
    if (error instanceof OpenAI.APIConnectionError) {
      // Refused or unresolvable after every retry: no later request can do better, so the run stops.
      const cause = causeCode(error);
      return new DialforgeError(
        'E_LLM',
        redact(`cannot reach ${where}${cause} after ${this.options.maxRetries} retries: is the server running, and is --base-url (or OPENAI_BASE_URL) right?`, this.apiKey),
      );
    }
    if (error instanceof OpenAI.APIError) {
      const message = redact(`${where} answered ${error.status ?? '?'}: ${error.message}`, this.apiKey);
      const status = error.status ?? 0;
      // Retried statuses that still failed, and requests this one dialogue got wrong (too long for the
      // context, refused content): that dialogue keeps its template text; a run of them stops the run.
      if (status === 400 || status === 408 || status === 409 || status === 413 || status === 422 || status === 429 || status >= 500) return new LlmRequestFailed(message);
      const source = this.options.apiKey !== undefined ? 'the key given' : process.env.OPENAI_API_KEY ? 'OPENAI_API_KEY' : 'no key (OPENAI_API_KEY is not set)';
      const hint =
        status === 401
          ? ` — the API key was refused: ${source} is missing, wrong, revoked or for another endpoint. Set OPENAI_API_KEY to a valid key for ${where}.`
          : status === 403
            ? ` — the API key is valid but may not use this model or endpoint (${source}). Check the key's project and permissions, or --model.`
            : status === 404
              ? ' (check --model and --base-url)'
              : '';
      return new DialforgeError('E_LLM', `${message}${hint}`);
    }
    return new LlmRequestFailed(redact(error instanceof Error ? error.message : String(error), this.apiKey));
  }
}
