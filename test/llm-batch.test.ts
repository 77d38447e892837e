/**
 * The batch path: `writeLlmBatchRequests` writes an OpenAI Batch API input file (also what `vllm run-batch`
 * reads) plus the plans; `ingestLlmBatchResults` reads a results file back (any order, failures included),
 * judges every answer like a live one and falls back to the template text where it fails.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { ingestLlmBatchResults, readLlmPlansFile, writeLlmBatchRequests, type LlmOutcome } from '../src/realize/index.ts';
import { answerFor, checkerStandIn, completion, makePlans, templateStandIn, validateRecord, type ChatBody } from './_llm-fixtures.ts';

const tmp = mkdtempSync(join(tmpdir(), 'dialforge-llm-batch-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

test('batch: requests file in the Batch API format, results read back in plan order, failures fall back', async () => {
  const N = 8;
  const requestsFile = join(tmp, 'requests.jsonl');
  const written = await writeLlmBatchRequests(makePlans(N), requestsFile, { model: 'gpt-4o-mini', temperature: 0.7, maxTokens: 800, fallback: templateStandIn });
  assert.equal(written.requests, N);
  assert.equal(written.plansFile, join(tmp, 'requests.plans.jsonl'));

  const lines = readFileSync(requestsFile, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as { custom_id: string; method: string; url: string; body: ChatBody });
  assert.equal(lines.length, N);
  for (const [i, line] of lines.entries()) {
    assert.deepEqual(Object.keys(line).sort(), ['body', 'custom_id', 'method', 'url']);
    assert.equal(line.custom_id, makePlans(N)[i]!.id);
    assert.equal(line.method, 'POST');
    assert.equal(line.url, '/v1/chat/completions');
    assert.equal(line.body.model, 'gpt-4o-mini');
    assert.equal(line.body.temperature, 0.7);
    assert.equal(line.body.max_tokens, 800);
    assert.equal(line.body.response_format?.type, 'json_schema');
    assert.deepEqual(line.body.messages.map((m) => m.role), ['system', 'user']);
  }
  const plans: unknown[] = [];
  for await (const plan of readLlmPlansFile(written.plansFile)) plans.push(plan);
  assert.equal(plans.length, N);
  assert.equal((plans[0] as { meta: { realizer: string } }).meta.realizer, 'llm:gpt-4o-mini');

  // Results as a batch service returns them: out of order, one leaked, one failed, one missing, one malformed.
  const results = lines.map((line, i) => {
    const ok = (content: string) => ({ id: `batch_req_${i}`, custom_id: line.custom_id, response: { status_code: 200, request_id: `r${i}`, body: completion(content, 'gpt-4o-mini-2024-07-18') }, error: null });
    if (i === 2) return ok(answerFor(line.body, 'leak'));
    if (i === 4) return { id: `batch_req_${i}`, custom_id: line.custom_id, response: { status_code: 500, request_id: `r${i}`, body: { error: { message: 'server error' } } }, error: null };
    if (i === 6) return ok('not json at all');
    return ok(answerFor(line.body));
  });
  results.splice(5, 1); // plan 5 has no result
  results.reverse();
  const resultsFile = join(tmp, 'results.jsonl');
  writeFileSync(resultsFile, results.map((r) => JSON.stringify(r)).join('\n') + '\n');

  const ingest = await ingestLlmBatchResults(resultsFile, readLlmPlansFile(written.plansFile), { check: checkerStandIn, fallback: templateStandIn });
  const outcomes: LlmOutcome[] = [];
  for await (const o of ingest.outcomes) outcomes.push(o);
  assert.deepEqual(outcomes.map((o) => o.planId), makePlans(N).map((p) => p.id));
  assert.deepEqual(outcomes.map((o) => o.source), ['llm', 'llm', 'fallback', 'llm', 'fallback', 'fallback', 'fallback', 'llm']);
  for (const o of outcomes) {
    assert.ok(o.record && validateRecord(o.record));
    assert.deepEqual(checkerStandIn(o.record), { ok: true });
    assert.equal(o.record.meta.realizer, 'llm:gpt-4o-mini');
    assert.equal(o.record.meta.template_fallback, o.source === 'fallback' ? true : undefined);
  }
  const stats = ingest.stats();
  assert.equal(stats.llm, 4);
  assert.equal(stats.fallbacks, 4);
  assert.deepEqual(stats.fallbackReasons, { check_failed: 1, request_failed: 1, missing_result: 1, invalid_json: 1 });
  assert.equal(stats.promptTokens, 6 * 120);
  // Batch prices are half the list price.
  assert.ok(Math.abs(stats.costUsd! - 0.5 * (6 * 120 * 0.15 + 6 * 60 * 0.6) / 1e6) < 1e-12);
});

test('ingest: a file that is not a results file is a clear error', async () => {
  const bad = join(tmp, 'bad.jsonl');
  writeFileSync(bad, '{"hello": 1}\n');
  await assert.rejects(ingestLlmBatchResults(bad, [], { check: checkerStandIn, fallback: templateStandIn }), (e: Error & { code?: string; location?: string }) => {
    assert.equal(e.code, 'E_PARSE');
    assert.equal(e.location, '1');
    assert.match(e.message, /custom_id/);
    return true;
  });
});

test('batch: the batch file may go into a folder that does not exist yet', async () => {
  const requestsFile = join(tmp, 'new', 'nested', 'requests.jsonl');
  const written = await writeLlmBatchRequests(makePlans(2), requestsFile, { model: 'gpt-4o-mini', fallback: templateStandIn });
  assert.equal(written.requests, 2);
  assert.equal(readFileSync(requestsFile, 'utf8').trim().split('\n').length, 2);
  assert.equal(readFileSync(written.plansFile, 'utf8').trim().split('\n').length, 2);
});
