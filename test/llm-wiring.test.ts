/**
 * The LLM realizer wired to the real template realizer and the real invariant checker (src/check), and
 * the `dialforge ingest` command end to end over a batch file written by the library.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { checkDialogue } from '../src/check/index.ts';
import type { DialogueRecord } from '../src/plan/index.ts';
import { createLlmRealizer, realize, writeLlmBatchRequests, type LlmOutcome } from '../src/realize/index.ts';
import { answerFor, attemptOf, completion, makePlans, startFakeLlm, validateRecord, type ChatBody } from './_llm-fixtures.ts';
import { projectRoot } from './_shared.ts';

const tmp = mkdtempSync(join(tmpdir(), 'dialforge-llm-wiring-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

test('real checker and template: good answers kept, a leak re-asked, a persistent leak falls back to the real template text', async (t) => {
  const server = await startFakeLlm((body) => {
    const i = Number(/TRK-(\d+)/.exec(body.messages[1]!.content)![1]) - 1000;
    if (i === 1 && attemptOf(body) === 1) return { content: answerFor(body, 'leak') };
    if (i === 2) return { content: answerFor(body, 'leak') };
    return { content: answerFor(body) };
  });
  t.after(() => server.close());
  const realizer = createLlmRealizer({
    model: 'test-model',
    baseURL: server.baseURL,
    apiKey: 'sk-wiring-test',
    cacheDir: null,
    timeoutMs: 2000,
    check: (record) => checkDialogue(record),
    fallback: (plan) => realize(plan),
  });
  const outcomes: LlmOutcome[] = [];
  for await (const o of realizer.realizeAll(makePlans(3))) outcomes.push(o);
  assert.deepEqual(outcomes.map((o) => o.source), ['llm', 'llm', 'fallback']);
  assert.equal(outcomes[1]!.attempts, 2);
  assert.match(outcomes[2]!.reasons.join('\n'), /no_leak/);
  for (const o of outcomes) {
    assert.ok(validateRecord(o.record));
    assert.deepEqual(checkDialogue(o.record!), { ok: true });
  }
  // The model rewords exactly the turns the template words; silent action turns stay silent.
  const template = realize(makePlans(3)[0]!);
  const worded = (r: DialogueRecord) => r.turns.map((turn) => turn.speaker !== 'tool' && typeof turn.text === 'string');
  assert.deepEqual(worded(outcomes[0]!.record!), worded(template));
  assert.deepEqual(outcomes[2]!.record, { ...realize(makePlans(3)[2]!), meta: { ...template.meta, realizer: 'llm:test-model', template_fallback: true } });
});

test('dialforge ingest: results back into dialogues.jsonl and manifest.json, failures counted', async () => {
  const N = 5;
  const requests = join(tmp, 'requests.jsonl');
  const written = await writeLlmBatchRequests(makePlans(N), requests, { model: 'gpt-4o-mini', fallback: (plan) => realize(plan) });
  const lines = readFileSync(requests, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as { custom_id: string; body: ChatBody });
  const results = lines.map((line, i) => ({
    id: `b${i}`,
    custom_id: line.custom_id,
    response: { status_code: 200, request_id: `r${i}`, body: completion(answerFor(line.body, i === 3 ? 'invent' : 'good'), 'gpt-4o-mini-2024-07-18') },
    error: null,
  }));
  const resultsFile = join(tmp, 'results.jsonl');
  writeFileSync(resultsFile, results.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const out = join(tmp, 'out');
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(projectRoot, 'src/cli/main.ts'), 'ingest', resultsFile, '--plans', written.plansFile, '--out', out], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stderr, /5 dialogues written/);
  assert.match(run.stderr, /4 dialogues worded by the model, 1 kept the template text \(check_failed 1\)/);
  const records = readFileSync(join(out, 'dialogues.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as DialogueRecord);
  assert.deepEqual(records.map((r) => r.id), makePlans(N).map((p) => p.id));
  for (const r of records) {
    assert.ok(validateRecord(r));
    assert.deepEqual(checkDialogue(r), { ok: true });
    assert.equal(r.meta.realizer, 'llm:gpt-4o-mini');
  }
  assert.equal(records[3]!.meta.template_fallback, true);
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
  assert.deepEqual(manifest.counts, { planned: 5, written: 5, rejected: 0 });
  assert.equal(manifest.llm.template_fallbacks, 1);
  assert.deepEqual(manifest.llm.tokens, { prompt: 600, completion: 300 });
  assert.ok(manifest.llm.cost_usd > 0);

  const missing = spawnSync(process.execPath, ['--import', 'tsx', join(projectRoot, 'src/cli/main.ts'), 'ingest', join(tmp, 'nope.jsonl'), '--plans', written.plansFile], { encoding: 'utf8' });
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /^dialforge: .*nope\.jsonl: cannot read/m);
  assert.doesNotMatch(missing.stderr, /at .*\.ts:\d+/, 'no stack trace');
});
