/**
 * Client-side rate limit for LLM requests: requests per minute and tokens per minute (token buckets that
 * refill continuously and may go into debt by one request, so a request larger than a second's worth of
 * tokens still goes through), plus a global pause that the server sets: `retry-after` on a 429/503 and the
 * `x-ratelimit-remaining-*` / `x-ratelimit-reset-*` headers (OpenAI, vLLM, LiteLLM, Azure) when a budget
 * runs out. Waiters are served in arrival order.
 */
import { setTimeout as sleep } from 'node:timers/promises';

export interface RateLimitOptions {
  /** Requests per minute; 0 or undefined = no limit. */
  rpm?: number | undefined;
  /** Tokens (prompt + completion) per minute; 0 or undefined = no limit. */
  tpm?: number | undefined;
}

class TokenBucket {
  private available: number;
  private last: number;
  private readonly perMs: number;
  private readonly capacity: number;

  constructor(perMinute: number, now: number) {
    this.perMs = perMinute / 60_000;
    // About one second's worth of burst (at least one unit): smooth pacing, never a minute's burst at once.
    this.capacity = Math.max(1, perMinute / 60);
    this.available = this.capacity;
    this.last = now;
  }

  private refill(now: number): void {
    this.available = Math.min(this.capacity, this.available + (now - this.last) * this.perMs);
    this.last = now;
  }

  /** Milliseconds until `amount` (at most the capacity: bigger requests go into debt) is available. */
  waitMs(now: number, amount: number): number {
    this.refill(now);
    const need = Math.min(amount, this.capacity);
    return this.available >= need ? 0 : Math.ceil((need - this.available) / this.perMs);
  }

  take(amount: number, now: number): void {
    this.refill(now);
    this.available -= amount;
  }

  /** Correct an estimate once the real count is known (positive = more was used than estimated). */
  adjust(delta: number): void {
    this.available -= delta;
  }
}

/** Parses OpenAI's reset durations ("1s", "6m0s", "20ms", "1h2m3.5s") and plain seconds ("2", "0.5"). */
export function parseResetMs(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return parseFloat(text) * 1000;
  const re = /(\d+(?:\.\d+)?)(ms|h|m|s)/g;
  let total = 0;
  let matched = false;
  for (const m of text.matchAll(re)) {
    matched = true;
    const n = parseFloat(m[1]!);
    total += m[2] === 'h' ? n * 3_600_000 : m[2] === 'm' ? n * 60_000 : m[2] === 's' ? n * 1000 : n;
  }
  return matched ? total : undefined;
}

/** `retry-after-ms`, or `retry-after` as seconds or an HTTP date. */
export function parseRetryAfterMs(headers: Headers, now: number): number | undefined {
  const ms = headers.get('retry-after-ms');
  if (ms && !Number.isNaN(parseFloat(ms))) return parseFloat(ms);
  const after = headers.get('retry-after');
  if (!after) return undefined;
  const seconds = parseFloat(after);
  if (!Number.isNaN(seconds)) return seconds * 1000;
  const date = Date.parse(after);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export class RateLimiter {
  private readonly requests: TokenBucket | undefined;
  private readonly tokens: TokenBucket | undefined;
  private pausedUntil = 0;
  private queue: Promise<void> = Promise.resolve();
  private waiting = 0;
  /** How many times the server told us to slow down (for the summary). */
  serverPauses = 0;

  private readonly clock: () => number;

  /** `clock` is for tests; the limiter only ever measures durations with it. */
  constructor(options: RateLimitOptions = {}, clock: () => number = Date.now) {
    this.clock = clock;
    const now = clock();
    this.requests = options.rpm ? new TokenBucket(options.rpm, now) : undefined;
    this.tokens = options.tpm ? new TokenBucket(options.tpm, now) : undefined;
  }

  /** Waits for room for one request of about `estimatedTokens` tokens, then takes it. */
  acquire(estimatedTokens: number): Promise<void> {
    // No budgets, no pause, nobody waiting: go at once (the common case for local servers).
    if (!this.requests && !this.tokens && this.waiting === 0 && this.pausedUntil <= this.clock()) return Promise.resolve();
    this.waiting++;
    const turn = this.queue.then(async () => {
      for (let wait = this.nextDelayMs(estimatedTokens); wait > 0; wait = this.nextDelayMs(estimatedTokens)) await sleep(wait);
      this.take(estimatedTokens);
      this.waiting--;
    });
    this.queue = turn;
    return turn;
  }

  /** How long a request of about `estimatedTokens` tokens has to wait now (0 = it may go). */
  nextDelayMs(estimatedTokens = 1): number {
    const now = this.clock();
    return Math.max(this.pausedUntil - now, this.requests?.waitMs(now, 1) ?? 0, this.tokens?.waitMs(now, estimatedTokens) ?? 0);
  }

  /** Charges one request of `estimatedTokens` to the budgets (acquire does this once the wait is over). */
  take(estimatedTokens: number): void {
    const now = this.clock();
    this.requests?.take(1, now);
    this.tokens?.take(estimatedTokens, now);
  }

  /** Once a request is done: charge the tokens it really used beyond the estimate (or give back the rest). */
  settle(estimatedTokens: number, actualTokens: number): void {
    this.tokens?.adjust(actualTokens - estimatedTokens);
  }

  /** Looks at every HTTP response (retried ones included) for the server's own limits. */
  observe(status: number, headers: Headers): void {
    const now = this.clock();
    let pauseMs = 0;
    if (status === 429 || status === 503) {
      pauseMs = parseRetryAfterMs(headers, now) ?? 0;
    }
    for (const kind of ['requests', 'tokens'] as const) {
      const remaining = headers.get(`x-ratelimit-remaining-${kind}`);
      if (remaining !== null && Number(remaining) <= 0) {
        pauseMs = Math.max(pauseMs, parseResetMs(headers.get(`x-ratelimit-reset-${kind}`)) ?? 0);
      }
    }
    if (pauseMs > 0) {
      // Never trust a pause longer than ten minutes: a bad header must not stall a run forever.
      const until = now + Math.min(pauseMs, 600_000);
      if (until > this.pausedUntil) {
        this.pausedUntil = until;
        this.serverPauses++;
      }
    }
  }
}
