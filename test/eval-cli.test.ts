/**
 * `dialforge eval` end to end against a scripted OpenAI-compatible server on 127.0.0.1: good, wrong,
 * malformed, slow and never-answered replies give figures worked out by hand (test/_eval-fixtures.ts
 * says what the model does on each item); the cache and --resume send nothing twice; --dry-run sends
 * nothing; an unreachable endpoint and a refused key end with a clear message and exit 1.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ITEMS, scriptedModel } from './_eval-fixtures.ts';
import { startFakeLlm, type FakeLlmServer } from './_llm-fixtures.ts';
import { projectRoot } from './_shared.ts';

const KEY = 'sk-eval-SECRETkey-1234567890';
const tmp = mkdtempSync(join(tmpdir(), 'dialforge-eval-cli-'));
const itemsFile = join(tmp, 'eval.jsonl');
writeFileSync(itemsFile, ITEMS.map((i) => `${JSON.stringify(i)}\n`).join(''));
let server: FakeLlmServer;
before(async () => {
  server = await startFakeLlm(scriptedModel);
});
after(async () => {
  await server.close();
  rmSync(tmp, { recursive: true, force: true });
});

function dialforge(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'src/cli/main.ts'), ...args], { cwd: projectRoot, env: { ...process.env, OPENAI_API_KEY: KEY, OPENAI_BASE_URL: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (status) => resolve({ status, stdout, stderr }));
  });
}

type Figures = Record<string, { figures: Record<string, { value: number | null; n: number }>; breakdowns: Record<string, Record<string, { value: number | null }>>; confusion?: Record<string, Record<string, number>> }>;
const figures = (file: string): { report: { metrics: Figures }; chance: Record<string, { metrics: Figures }>; unanswered: number } => JSON.parse(readFileSync(file, 'utf8'));
const values = (m: Figures[string]) => Object.fromEntries(Object.entries(m.figures).map(([k, f]) => [k, f.value === null ? null : Number(f.value.toFixed(4))]));

// The never-answering item waits out --timeout in five runs: 2 s is still over six times the slow item's 300 ms.
const model = (extra: string[]) => ['eval', itemsFile, '--model', 'scripted', '--base-url', server.baseURL, '--timeout', '2', '--max-retries', '0', '--concurrency', '4', '--no-progress', ...extra];

describe('dialforge eval against a scripted model', () => {
  test('every figure is the one worked out by hand', async () => {
    const json = join(tmp, 'run.json');
    const out = join(tmp, 'run');
    const r = await dialforge(model(['--task', 'all', '--json', json, '--out', out, '--cache-dir', join(tmp, 'cache')]));
    assert.equal(r.status, 1, r.stderr); // one item never answered: scored, and the exit code says so
    assert.match(r.stdout, /1 items got no answer/);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
    const m = figures(json).report.metrics;
    assert.deepEqual(values(m.next_action!), { accuracy: 0.625, no_answer_rate: 0.125 });
    assert.deepEqual(m.next_action!.breakdowns.per_gold_action, {
      call: { value: 1, n: 2, better: 'higher' },
      request: { value: 0.5, n: 2, better: 'higher' },
      response: { value: 0, n: 2, better: 'higher' },
      retriever_call: { value: 1, n: 1, better: 'higher' },
      system_bye: { value: 1, n: 1, better: 'higher' },
    });
    assert.deepEqual(Object.fromEntries(Object.entries(m.next_action!.breakdowns.per_family!).map(([k, f]) => [k, Number(f.value!.toFixed(4))])), { clear_request: 0.6667, no_ask: 0.3333, partial_mask: 1, self_correction: 1 });
    assert.deepEqual(m.next_action!.confusion, {
      retriever_call: { retriever_call: 1 },
      request: { call: 1, request: 1 },
      call: { call: 2 },
      response: { call: 1, no_answer: 1 },
      system_bye: { system_bye: 1 },
    });
    assert.deepEqual(values(m.call!), { name_accuracy: 1, args_exact_match: 1, arg_precision: 1, arg_recall: 1, arg_f1: 1, hallucinated_arg_rate: 0.1667, malformed_call_rate: 0.25 });
    assert.deepEqual(values(m.when_to_ask!), { ask_precision: 1, ask_recall: 0.5, ask_f1: 0.6667, guess_rate: 0.5, over_ask_rate: 0, asked_param_recall: 0.5 });
    assert.deepEqual(values(m.self_correction!), { fix_rate: 1 });
    assert.deepEqual(values(m.dst!), { joint_goal_accuracy: 0.375, slot_precision: 0.875, slot_recall: 0.5, slot_f1: 0.6364, unreadable_rate: 0.5 });
    // Chance levels come with every report.
    assert.deepEqual(Object.keys(figures(json).chance), ['always-ask', 'always-call', 'random']);
    assert.match(r.stdout, /always-ask\s+always-call\s+random/);
    // Per-item answers and the markdown report.
    const answers = readFileSync(join(out, 'answers.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(answers.map((a) => a.next.action), ['retriever_call', 'call', 'call', 'call', 'system_bye', 'call', 'request', 'no_answer']);
    assert.match(answers[7].next.reply.error, /timed out/);
    assert.match(readFileSync(join(out, 'report.md'), 'utf8'), /\| &nbsp;&nbsp;accuracy \| 8 \| 0\.625 \|/);
    // The key is in no file written.
    for (const f of [json, join(out, 'answers.jsonl'), join(out, 'report.md')]) assert.ok(!readFileSync(f, 'utf8').includes(KEY));
  });

  test('a rerun is answered from the cache; --resume reuses --out without a cache', async () => {
    const cache = join(tmp, 'cache2');
    await dialforge(model(['--cache-dir', cache]));
    const before = server.received.length;
    const again = await dialforge(model(['--cache-dir', cache]));
    assert.equal(again.status, 1);
    assert.equal(server.received.length - before, 1, 'only the never-answered item is asked again');
    const out = join(tmp, 'resume');
    await dialforge(model(['--no-cache', '--out', out]));
    const mid = server.received.length;
    const resumed = await dialforge(model(['--no-cache', '--out', out, '--resume']));
    assert.equal(server.received.length - mid, 1);
    assert.match(resumed.stdout, /accuracy\s+8\s+0\.625/);
    const other = await dialforge(['eval', itemsFile, '--model', 'another', '--base-url', server.baseURL, '--out', out, '--resume', '--no-progress']);
    assert.equal(other.status, 2);
    assert.match(other.stderr, /answers of "model:scripted", not "model:another"/);
  });

  test('--dry-run sends nothing and estimates', async () => {
    const before = server.received.length;
    const r = await dialforge(model(['--task', 'all', '--dry-run', '--no-cache', '--price', '1/2']));
    assert.equal(r.status, 0, r.stderr);
    assert.equal(server.received.length, before);
    assert.match(r.stdout, /requests: 16 \(0 already answered in the cache or --out, 16 to send\)/);
    assert.match(r.stdout, /ESTIMATE cost: \$0\.\d+/);
  });

  test('an unreachable endpoint: a clear message, exit 1, no stack trace', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const r = await dialforge(['eval', itemsFile, '--model', 'm', '--base-url', `http://127.0.0.1:${port}/v1`, '--max-retries', '0', '--no-cache', '--no-progress']);
    assert.equal(r.status, 1);
    // Unreachable after the client's retries: stopped at the first request (issue 13), not after five.
    assert.match(r.stderr, /dialforge: cannot reach http:\/\/127\.0\.0\.1:\d+\/v1 \(ECONNREFUSED\) after \d+ retries: is the server running/);
    assert.doesNotMatch(r.stderr, /\n\s+at |internal error/);
  });

  test('a refused key: a clear message, exit 1, the key not shown', async () => {
    const refusing = await startFakeLlm(() => ({ status: 401, json: { error: { message: `Incorrect API key provided: ${KEY}`, type: 'invalid_request_error' } } }));
    try {
      const r = await dialforge(['eval', itemsFile, '--model', 'm', '--base-url', refusing.baseURL, '--no-cache', '--no-progress']);
      assert.equal(r.status, 1);
      assert.match(r.stderr, /answered 401: .*the API key was refused: OPENAI_API_KEY is missing, wrong, revoked or for another endpoint/);
      assert.ok(!r.stderr.includes(KEY));
      assert.doesNotMatch(r.stderr, /\n\s+at |internal error/);
    } finally {
      await refusing.close();
    }
  });
});
