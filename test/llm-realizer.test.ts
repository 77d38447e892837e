/**
 * The LLM realizer against a real HTTP server on 127.0.0.1 that speaks /v1/chat/completions and answers
 * by script: good answers, 429 with retry-after, 500s, a hang past the timeout, malformed JSON, a wrong
 * action label, a leaked masked value, an invented argument value. Every record written must validate;
 * bad answers must end in re-asks or the template fallback, and be counted.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { createLlmRealizer, type LlmOutcome, type LlmRealizerOptions } from '../src/realize/llm.ts';
import { answerFor, attemptOf, checkerStandIn, makePlans, planIndexOf, startFakeLlm, templateStandIn, validateRecord, type ChatBody, type FakeLlmServer, type Reply } from './_llm-fixtures.ts';

const tmp = mkdtempSync(join(tmpdir(), 'dialforge-llm-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
let dirCount = 0;
const freshDir = () => join(tmp, `cache-${++dirCount}`);

function options(server: FakeLlmServer, extra: Partial<LlmRealizerOptions> = {}): LlmRealizerOptions {
  return {
    model: 'test-model',
    baseURL: server.baseURL,
    apiKey: 'sk-test-key-0000',
    timeoutMs: 2000,
    maxRetries: 3,
    concurrency: 4,
    cacheDir: freshDir(),
    check: checkerStandIn,
    fallback: templateStandIn,
    ...extra,
  };
}

async function collect(server: FakeLlmServer, n: number, extra: Partial<LlmRealizerOptions> = {}) {
  const realizer = createLlmRealizer(options(server, extra));
  const outcomes: LlmOutcome[] = [];
  for await (const outcome of realizer.realizeAll(makePlans(n))) outcomes.push(outcome);
  return { outcomes, stats: realizer.stats() };
}

function assertAllValid(outcomes: LlmOutcome[]): void {
  outcomes.forEach((o, i) => {
    assert.equal(o.position, i, 'outcomes come in plan order');
    assert.ok(o.record, `record ${i} written`);
    assert.ok(validateRecord(o.record), `record ${i} validates against the schema`);
    assert.deepEqual(checkerStandIn(o.record), { ok: true });
  });
}

const countFiles = (dir: string): number => {
  try {
    return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.json')).length;
  } catch {
    return 0;
  }
};

describe('llm realizer against a scripted server', () => {
  test('good answers: texts from the model, plan order kept, cached, --no-cache bypasses', async (t) => {
    // Later plans answer faster, so answers arrive out of order.
    const server = await startFakeLlm((body) => ({ content: answerFor(body), delayMs: 40 - 5 * (planIndexOf(body) % 8) }));
    t.after(() => server.close());
    const cacheDir = freshDir();
    const first = await collect(server, 8, { cacheDir });
    assertAllValid(first.outcomes);
    for (const o of first.outcomes) {
      assert.equal(o.source, 'llm');
      assert.equal(o.record!.meta.realizer, 'llm:test-model');
      assert.equal(o.record!.meta.template_fallback, undefined);
      assert.match((o.record!.turns[3] as { text: string }).text, /^The ID is TRK-/);
    }
    assert.deepEqual(first.outcomes.map((o) => o.planId), makePlans(8).map((p) => p.id));
    assert.equal(server.received.length, 8);
    assert.equal(server.received[0]!.body.response_format?.type, 'json_schema');
    assert.equal(server.received[0]!.authorization, 'Bearer sk-test-key-0000');
    assert.equal(first.stats.sent, 8);
    assert.equal(first.stats.promptTokens, 8 * 120);
    assert.equal(first.stats.completionTokens, 8 * 60);
    assert.equal(first.stats.costUsd, null, 'an unknown model has no price');
    assert.equal(countFiles(cacheDir), 8);

    const again = await collect(server, 8, { cacheDir });
    assert.equal(server.received.length, 8, 'a rerun sends nothing: every answer comes from the cache');
    assert.equal(again.stats.cacheHits, 8);
    assert.equal(again.stats.sent, 0);
    assert.deepEqual(again.outcomes, first.outcomes);

    const bypass = await collect(server, 8, { cacheDir: null });
    assert.equal(server.received.length, 16, '--no-cache sends every request again');
    assert.equal(bypass.stats.cacheHits, 0);
    assert.equal(countFiles(cacheDir), 8);
  });

  test('priced model: cost from usage and the price table, overridable', async (t) => {
    const server = await startFakeLlm();
    t.after(() => server.close());
    const builtIn = await collect(server, 2, { model: 'gpt-4o-mini-2024-07-18' });
    assert.ok(Math.abs(builtIn.stats.costUsd! - (2 * 120 * 0.15 + 2 * 60 * 0.6) / 1e6) < 1e-12);
    const custom = await collect(server, 2, { model: 'my-local', prices: { 'my-local': { input: 1, output: 2 } } });
    assert.ok(Math.abs(custom.stats.costUsd! - (2 * 120 + 2 * 60 * 2) / 1e6) < 1e-12);
  });

  test('429 with retry-after: the client waits and retries, counted', async (t) => {
    const seen = new Set<number>();
    const server = await startFakeLlm((body) => {
      const i = planIndexOf(body);
      if (!seen.has(i)) {
        seen.add(i);
        return { status: 429, headers: { 'retry-after': '0.05' }, json: { error: { message: 'Rate limit reached', type: 'requests' } } };
      }
      return { content: answerFor(body) };
    });
    t.after(() => server.close());
    const { outcomes, stats } = await collect(server, 4);
    assertAllValid(outcomes);
    assert.ok(outcomes.every((o) => o.source === 'llm'));
    assert.equal(stats.http429, 4);
    assert.equal(stats.httpAttempts, 8);
    assert.ok(stats.serverPauses >= 1, 'retry-after paused the limiter');
    assert.equal(stats.fallbacks, 0);
  });

  test('500s: retried by the client; a request that keeps failing falls back and is never cached', async (t) => {
    const counts = new Map<number, number>();
    const server = await startFakeLlm((body): Reply => {
      const i = planIndexOf(body);
      const n = (counts.get(i) ?? 0) + 1;
      counts.set(i, n);
      if (i === 0) return { status: 500, json: { error: { message: 'boom' } } }; // always
      if (n <= 2) return { status: 502, json: { error: { message: 'bad gateway' } } };
      return { content: answerFor(body) };
    });
    t.after(() => server.close());
    const cacheDir = freshDir();
    const { outcomes, stats } = await collect(server, 3, { cacheDir, maxRetries: 2 });
    assertAllValid(outcomes);
    assert.equal(outcomes[0]!.source, 'fallback');
    assert.equal(outcomes[0]!.record!.meta.template_fallback, true);
    assert.equal(outcomes[0]!.record!.meta.realizer, 'llm:test-model');
    assert.match(outcomes[0]!.reasons[0]!, /answered 500/);
    assert.equal(outcomes[1]!.source, 'llm');
    assert.equal(outcomes[2]!.source, 'llm');
    assert.equal(stats.requestFailures, 1);
    assert.deepEqual(stats.fallbackReasons, { request_failed: 1 });
    assert.equal(stats.http5xx, 3 + 2 + 2);
    assert.equal(countFiles(cacheDir), 2, 'the failed request left no cache entry');
  });

  test('a hang past the timeout: aborted and retried', async (t) => {
    const hung = new Set<number>();
    const server = await startFakeLlm((body): Reply => {
      const i = planIndexOf(body);
      if (i % 2 === 0 && !hung.has(i)) {
        hung.add(i);
        return { hang: true };
      }
      return { content: answerFor(body) };
    });
    t.after(() => server.close());
    const { outcomes, stats } = await collect(server, 4, { timeoutMs: 400 });
    assertAllValid(outcomes);
    assert.ok(outcomes.every((o) => o.source === 'llm'));
    assert.deepEqual([...hung].sort(), [0, 2]);
    // Two hung and were sent again; on a very loaded machine a slow answer may time out too, never fewer.
    assert.ok(stats.httpAttempts >= 6, `attempts ${stats.httpAttempts}`);
  });

  test('a hang on every attempt: falls back after the retries', async (t) => {
    const server = await startFakeLlm(() => ({ hang: true }));
    t.after(() => server.close());
    const { outcomes, stats } = await collect(server, 1, { timeoutMs: 100, maxRetries: 1 });
    assertAllValid(outcomes);
    assert.equal(outcomes[0]!.source, 'fallback');
    assert.match(outcomes[0]!.reasons[0]!, /timed out/);
    assert.equal(stats.httpAttempts, 2);
  });

  test('malformed JSON: re-asked with the reason, then accepted', async (t) => {
    const server = await startFakeLlm((body) => ({ content: attemptOf(body) === 1 ? '{"utterances": [{"turn": 0,' : answerFor(body) }));
    t.after(() => server.close());
    const { outcomes, stats } = await collect(server, 2);
    assertAllValid(outcomes);
    assert.ok(outcomes.every((o) => o.source === 'llm' && o.attempts === 2));
    assert.equal(stats.semanticRetries, 2);
    const reask = server.received.find((r) => attemptOf(r.body) === 2)!.body;
    assert.match(reask.messages.at(-1)!.content, /not valid JSON/);
    assert.equal(reask.messages.at(-2)!.content, '{"utterances": [{"turn": 0,', 'the rejected answer is shown back to the model');
  });

  const alwaysBad: [string, Parameters<typeof answerFor>[1], string, RegExp][] = [
    ['a wrong action label', 'wrong_label', 'wrong_turns', /turn 0 has action "inform_intent_vague" but the script says "inform_intent_clear"/],
    ['a leaked masked value', 'leak', 'check_failed', /leak.*masked value/],
    ['an invented argument value', 'invent', 'check_failed', /grounded.*never said/],
    ['a placeholder', 'placeholder', 'check_failed', /placeholder/],
  ];
  for (const [what, mutation, reason, message] of alwaysBad) {
    test(`${what} on every attempt: bounded re-asks, then the template text, counted`, async (t) => {
      const server = await startFakeLlm((body) => ({ content: answerFor(body, mutation) }));
      t.after(() => server.close());
      const { outcomes, stats } = await collect(server, 2, { semanticRetries: 2 });
      assertAllValid(outcomes);
      for (const o of outcomes) {
        assert.equal(o.source, 'fallback');
        assert.equal(o.attempts, 3);
        assert.match(o.reasons.join('\n'), message);
        assert.equal(o.record!.meta.template_fallback, true);
        assert.equal(o.record!.meta.realizer, 'llm:test-model');
        assert.deepEqual(o.record, { ...templateStandIn(makePlans(2)[o.position]!), meta: { ...o.record!.meta } });
      }
      assert.equal(server.received.length, 6);
      assert.equal(stats.semanticRetries, 4);
      assert.equal(stats.fallbacks, 2);
      assert.deepEqual(stats.fallbackReasons, { [reason]: 2 });
    });
  }

  test('an invented value, then a good answer: accepted on the re-ask', async (t) => {
    const server = await startFakeLlm((body) => ({ content: answerFor(body, attemptOf(body) === 1 ? 'invent' : 'good') }));
    t.after(() => server.close());
    const { outcomes, stats } = await collect(server, 3);
    assertAllValid(outcomes);
    assert.ok(outcomes.every((o) => o.source === 'llm' && o.attempts === 2));
    assert.equal(stats.semanticRetries, 3);
    assert.equal(stats.fallbacks, 0);
    const reask = server.received.find((r) => attemptOf(r.body) === 2)!.body;
    assert.match(reask.messages.at(-2)!.content, /TRK-99999/, 'the rejected answer is shown back');
    assert.match(reask.messages.at(-1)!.content, /grounded: argument value "TRK-100\d" was never said/, 'with the reason');
  });

  test('an empty answer is not cached and is asked again', async (t) => {
    let empties = 0;
    const server = await startFakeLlm((body) => {
      if (empties < 1) {
        empties++;
        return { content: '' };
      }
      return { content: answerFor(body) };
    });
    t.after(() => server.close());
    const cacheDir = freshDir();
    const { outcomes, stats } = await collect(server, 1, { cacheDir });
    assertAllValid(outcomes);
    assert.equal(outcomes[0]!.source, 'llm');
    assert.equal(server.received.length, 2);
    assert.equal(server.received[0]!.hash, server.received[1]!.hash, 'the same request, asked again');
    assert.equal(stats.cacheHits, 0);
    assert.equal(countFiles(cacheDir), 1);
  });

  test('a server without JSON-schema output: falls back to JSON mode, then remembers', async (t) => {
    const server = await startFakeLlm((body: ChatBody): Reply => {
      if (body.response_format?.type === 'json_schema') return { status: 400, json: { error: { message: "response_format 'json_schema' is not supported by this model" } } };
      return { content: answerFor(body) };
    });
    t.after(() => server.close());
    const { outcomes } = await collect(server, 3, { concurrency: 1 });
    assertAllValid(outcomes);
    assert.deepEqual(
      server.received.map((r) => r.body.response_format?.type),
      ['json_schema', 'json_object', 'json_object', 'json_object'],
    );
  });

  test('a bad key is fatal (E_LLM), not a fallback', async (t) => {
    const server = await startFakeLlm(() => ({ status: 401, json: { error: { message: 'Incorrect API key provided: sk-test-key-0000', code: 'invalid_api_key' } } }));
    t.after(() => server.close());
    await assert.rejects(collect(server, 2), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'E_LLM');
      assert.match(error.message, /401/);
      assert.doesNotMatch(error.message, /sk-test-key-0000/);
      return true;
    });
  });

  test('a server that never answers stops the run after N dialogues in a row', async (t) => {
    const server = await startFakeLlm(() => ({ status: 503, json: { error: { message: 'overloaded' } } }));
    t.after(() => server.close());
    await assert.rejects(collect(server, 6, { maxRetries: 0, maxConsecutiveFailures: 3, concurrency: 1 }), /3 dialogues in a row got no answer/);
  });
});

test('a request the server refuses (400, too long): that dialogue keeps the template text, the run goes on', async (t) => {
  const server = await startFakeLlm((body): Reply => {
    if (planIndexOf(body) === 1) return { status: 400, json: { error: { message: "This model's maximum context length is 8192 tokens", code: 'context_length_exceeded' } } };
    return { content: answerFor(body) };
  });
  t.after(() => server.close());
  const { outcomes, stats } = await collect(server, 3);
  assertAllValid(outcomes);
  assert.deepEqual(outcomes.map((o) => o.source), ['llm', 'fallback', 'llm']);
  assert.match(outcomes[1]!.reasons[0]!, /answered 400: .*maximum context length/);
  assert.deepEqual(stats.fallbackReasons, { request_failed: 1 });
  assert.equal(server.received.length, 3, 'a 400 is not retried');
});

test('two dialogues with the very same request at once: sent once', async (t) => {
  const server = await startFakeLlm((body) => ({ content: answerFor(body), delayMs: 30 }));
  t.after(() => server.close());
  const realizer = createLlmRealizer(options(server, { cacheDir: null }));
  const plan = makePlans(1)[0]!;
  const [a, b] = await Promise.all([realizer.realize(plan), realizer.realize(structuredClone(plan))]);
  assert.equal(server.received.length, 1);
  assert.deepEqual(a.record, b.record);
  assert.equal(realizer.stats().cacheHits, 1);
});

test('JSON-schema refused while several requests are in flight: every one steps down once, to JSON mode', async (t) => {
  const server = await startFakeLlm((body: ChatBody): Reply => {
    if (body.response_format?.type === 'json_schema') return { status: 400, json: { error: { message: 'json_schema response_format is not supported' } }, delayMs: 20 };
    return { content: answerFor(body) };
  });
  t.after(() => server.close());
  const { outcomes } = await collect(server, 6, { concurrency: 4 });
  assertAllValid(outcomes);
  const types = server.received.map((r) => r.body.response_format?.type ?? 'none');
  assert.ok(!types.includes('none'), `no request dropped structured output altogether: ${types.join(',')}`);
  assert.equal(types.filter((x) => x === 'json_object').length, 6);
});
