/** Pieces of the LLM realizer: the prompt's script, answer parsing, cache keys, prices, rate-limit headers, ordered streaming. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { canonicalJson } from '../src/realize/_llm-cache.ts';
import { redact } from '../src/realize/_llm-client.ts';
import { estimateTokens, parsePrice, priceFor } from '../src/realize/_llm-cost.ts';
import { orderedMap } from '../src/realize/_llm-order.ts';
import { buildScript, parseAnswer } from '../src/realize/_llm-prompt.ts';
import { parseResetMs, parseRetryAfterMs, RateLimiter } from '../src/realize/_llm-rate.ts';
import { estimateLlmRun, llmCacheKey } from '../src/realize/llm.ts';
import { makePlan, makePlans, templateStandIn } from './_llm-fixtures.ts';

test('script: the masked value is forbidden before its inform turn and required at it', () => {
  const plan = makePlan(5);
  const turns = buildScript(plan).turns as { turn: number; action?: string; must_say?: { value: string }[]; must_not_say?: string[]; ask_for?: string[] }[];
  assert.deepEqual(turns[0]!.must_not_say, ['TRK-1005']);
  assert.deepEqual(turns[2]!.must_not_say, ['TRK-1005'], 'the assistant may not guess it either');
  assert.equal(turns[3]!.must_say![0]!.value, 'TRK-1005');
  assert.equal(turns[3]!.must_not_say, undefined);
  assert.equal(turns[4]!.must_not_say, undefined);
  assert.deepEqual(turns[2]!.ask_for, ['trackId (The track ID)']);
  assert.equal(turns[5]!.action, undefined, 'tool turns are context');
});

test('script: turns the template leaves without words are silent context, and the answer must skip them', () => {
  const base = templateStandIn(makePlan(2));
  delete (base.turns[1] as { text?: string }).text; // retriever_call
  delete (base.turns[4] as { text?: string }).text; // call
  const turns = buildScript(base).turns as { turn: number; silent?: boolean; must_not_say?: string[] }[];
  assert.deepEqual(turns.filter((t) => t.silent).map((t) => t.turn), [1, 4]);
  const spoken = [0, 2, 3, 6, 7, 8];
  const answer = (list: number[]) => JSON.stringify({ utterances: list.map((i) => ({ turn: i, action: (base.turns[i] as { action: string }).action, text: 'Words.' })) });
  assert.ok(parseAnswer(base, answer(spoken)).ok);
  const extra = parseAnswer(base, answer([...spoken, 4]));
  assert.ok(!extra.ok && /turn 4 is not/.test(extra.reasons[0]!));
});

test('answers: fenced JSON accepted; wrong label, missing and extra turns rejected with reasons', () => {
  const plan = makePlan(1);
  const spoken = plan.turns.map((t, i) => ({ t, i })).filter(({ t }) => t.speaker !== 'tool');
  const good = { utterances: spoken.map(({ t, i }) => ({ turn: i, action: (t as { action: string }).action, text: `words ${i}` })) };
  const parsed = parseAnswer(plan, '```json\n' + JSON.stringify(good) + '\n```');
  assert.ok(parsed.ok);
  assert.equal(parsed.texts.get(3), 'words 3');

  const bad = structuredClone(good);
  bad.utterances[1]!.action = 'call';
  bad.utterances.pop();
  bad.utterances.push({ turn: 5, action: 'response', text: 'x' });
  const rejected = parseAnswer(plan, JSON.stringify(bad));
  assert.ok(!rejected.ok);
  assert.deepEqual(rejected.reasons, [
    'turn 1 has action "call" but the script says "retriever_call"',
    'turn 5 is not a user or assistant turn of the script that needs words',
    'turn 8 is missing',
  ]);
  const notJson = parseAnswer(plan, 'Sure! Here you go');
  assert.ok(!notJson.ok && /not valid JSON/.test(notJson.reasons[0]!));
});

test('cache key: canonical (key order does not matter), changes with model, messages and parameters', () => {
  assert.equal(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } }), '{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}');
  const messages = [{ role: 'user' as const, content: 'hi' }];
  const key = llmCacheKey(messages, { model: 'm', temperature: 0.5, maxTokens: 100 });
  assert.match(key, /^[0-9a-f]{64}$/);
  assert.equal(key, llmCacheKey([{ content: 'hi', role: 'user' }], { maxTokens: 100, temperature: 0.5, model: 'm' }));
  assert.notEqual(key, llmCacheKey(messages, { model: 'm2', temperature: 0.5, maxTokens: 100 }));
  assert.notEqual(key, llmCacheKey(messages, { model: 'm', temperature: 0.6, maxTokens: 100 }));
  assert.notEqual(key, llmCacheKey([{ role: 'user', content: 'hi!' }], { model: 'm', temperature: 0.5, maxTokens: 100 }));
});

test('prices: exact, dated snapshot, provider prefix, unknown; --price parsing', () => {
  assert.deepEqual(priceFor('gpt-4o-mini'), { input: 0.15, output: 0.6 });
  assert.deepEqual(priceFor('gpt-4o-mini-2024-07-18'), { input: 0.15, output: 0.6 });
  assert.deepEqual(priceFor('gpt-4o-2024-08-06'), { input: 2.5, output: 10 });
  assert.deepEqual(priceFor('openai/gpt-4.1-mini'), { input: 0.4, output: 1.6 });
  assert.equal(priceFor('llama3.1:8b'), undefined);
  assert.deepEqual(priceFor('llama3.1:8b', { 'llama3.1:8b': { input: 0, output: 0 } }), { input: 0, output: 0 });
  assert.deepEqual(parsePrice('0.15/0.6'), { input: 0.15, output: 0.6 });
  assert.equal(parsePrice('cheap'), undefined);
  assert.equal(estimateTokens('abcdefgh'), 2);
});

test('rate-limit headers: retry-after, reset durations, remaining = 0 pauses', () => {
  assert.equal(parseResetMs('1s'), 1000);
  assert.equal(parseResetMs('6m0s'), 360_000);
  assert.equal(parseResetMs('20ms'), 20);
  assert.equal(parseResetMs('1h2m3.5s'), 3_723_500);
  assert.equal(parseResetMs('2'), 2000);
  assert.equal(parseResetMs('soon'), undefined);
  assert.equal(parseRetryAfterMs(new Headers({ 'retry-after': '3' }), 0), 3000);
  assert.equal(parseRetryAfterMs(new Headers({ 'retry-after-ms': '250', 'retry-after': '3' }), 0), 250);
  assert.equal(parseRetryAfterMs(new Headers({ 'retry-after': 'Thu, 01 Jan 1970 00:00:05 GMT' }), 1000), 4000);

  let now = 1_000_000;
  const limiter = new RateLimiter({}, () => now);
  assert.equal(limiter.nextDelayMs(), 0);
  limiter.observe(429, new Headers({ 'retry-after': '2' }));
  assert.equal(limiter.nextDelayMs(), 2000);
  now += 500;
  assert.equal(limiter.nextDelayMs(), 1500);
  limiter.observe(200, new Headers({ 'x-ratelimit-remaining-tokens': '0', 'x-ratelimit-reset-tokens': '6s' }));
  assert.equal(limiter.nextDelayMs(), 6000);
  limiter.observe(200, new Headers({ 'x-ratelimit-remaining-requests': '12', 'x-ratelimit-reset-requests': '60s' }));
  assert.equal(limiter.nextDelayMs(), 6000, 'remaining > 0 does not pause');
  assert.equal(limiter.serverPauses, 2);
});

test('rpm and tpm budgets: requests are paced, a big request goes into debt', () => {
  let now = 0;
  const limiter = new RateLimiter({ rpm: 120, tpm: 6000 }, () => now);
  // rpm 120 = 2 per second of burst; tpm 6000 = 100 tokens per second.
  limiter.take(10);
  assert.equal(limiter.nextDelayMs(), 0);
  limiter.take(10);
  assert.equal(limiter.nextDelayMs(), 500, 'two requests used the burst: wait for the next half second');
  now += 500;
  assert.equal(limiter.nextDelayMs(), 0);
  limiter.take(300); // far more than a second of tokens: allowed, then paid back
  assert.equal(limiter.nextDelayMs(1), 2010, '200 tokens of debt at 100 per second, plus one');
  assert.equal(limiter.nextDelayMs(50), 2500);
  limiter.settle(300, 100); // it used fewer tokens than estimated: 200 given back
  assert.equal(limiter.nextDelayMs(1), 500, 'now only the request budget waits');
});

test('ordered streaming: results in source order, never more than the window started', async () => {
  let running = 0;
  let most = 0;
  const source = (function* () {
    for (let i = 0; i < 40; i++) yield i;
  })();
  const out: number[] = [];
  for await (const r of orderedMap(source, 5, async (x) => {
    running++;
    most = Math.max(most, running);
    await sleep((40 - x) % 7);
    running--;
    return x * 2;
  })) out.push(r);
  assert.deepEqual(out, Array.from({ length: 40 }, (_, i) => i * 2));
  assert.ok(most <= 5, `at most 5 in flight (saw ${most})`);
});

test('redaction: the key and key-shaped strings are removed', () => {
  assert.equal(redact('bad key sk-abc123def456 given', undefined), 'bad key sk-[redacted] given');
  assert.equal(redact('token hunter2secret here', 'hunter2secret'), 'token [redacted] here');
});

test('dry run: counts requests and estimates tokens and cost without a server', async () => {
  const estimate = await estimateLlmRun(makePlans(10), { model: 'gpt-4o-mini', cacheDir: null, fallback: templateStandIn });
  assert.equal(estimate.requests, 10);
  assert.equal(estimate.cached, 0);
  assert.ok(estimate.promptTokens > 10 * 300 && estimate.promptTokens < 10 * 3000, `prompt tokens ${estimate.promptTokens}`);
  assert.ok(estimate.completionTokens > 10 * 50 && estimate.completionTokens < 10 * 1000, `completion tokens ${estimate.completionTokens}`);
  assert.ok(Math.abs(estimate.costUsd! - (estimate.promptTokens * 0.15 + estimate.completionTokens * 0.6) / 1e6) < 1e-12);
  const local = await estimateLlmRun(makePlans(2), { model: 'qwen2.5:7b', cacheDir: null, fallback: templateStandIn });
  assert.equal(local.costUsd, null);
});

test('script: only the parameters the dialogue touches are described', () => {
  const plan = makePlan(4);
  const op = plan.operations['music.getTrack']!;
  op.parameters = { ...op.parameters, properties: { ...(op.parameters.properties as object), market: { type: 'string', description: 'Market code' } } };
  const ops = buildScript(plan).operations as { id: string; parameters: { name: string; required: boolean; description: string }[] }[];
  assert.deepEqual(ops[0]!.parameters, [{ name: 'trackId', required: true, description: 'The track ID' }]);
});
