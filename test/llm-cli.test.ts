/**
 * `dialforge generate --realizer llm` end to end over the bundled specs against the scripted server:
 * records valid and checked, a rerun answered from the cache byte for byte, `--dry-run` sends nothing,
 * `--batch-out` + `dialforge ingest` give a dataset, and the API key is in no file written.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { checkDialogue } from '../src/check/index.ts';
import type { DialogueRecord } from '../src/plan/index.ts';
import { answerFor, completion, startFakeLlm, validateRecord, type ChatBody, type FakeLlmServer } from './_llm-fixtures.ts';
import { projectRoot } from './_shared.ts';

const KEY = 'sk-cli-SECRETkey-9876543210';
const tmp = mkdtempSync(join(tmpdir(), 'dialforge-llm-cli-'));
let server: FakeLlmServer;
before(async () => {
  server = await startFakeLlm();
});
after(async () => {
  await server.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** Runs the CLI asynchronously (the scripted server lives in this process and must keep answering). */
function dialforge(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return start(args).done;
}

function start(args: string[]) {
  let child!: ReturnType<typeof spawn>;
  const done = new Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) => {
    child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'src/cli/main.ts'), ...args], {
      cwd: projectRoot,
      env: { ...process.env, OPENAI_API_KEY: KEY, OPENAI_BASE_URL: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
  return { child, done };
}

const readRecords = (file: string) => readFileSync(file, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as DialogueRecord);
/**
 * Files under `dir`, read while a run may still be writing there: the entry types come with the listing
 * (a stat after it raced with `.tmp` files renamed in between), and a file gone since is simply absent.
 */
const filesUnder = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name))
    : [];

describe('dialforge generate --realizer llm', () => {
  const N = 8;
  const common = () => ['generate', '-n', String(N), '--seed', '3', '--realizer', 'llm', '--model', 'test-model', '--base-url', server.baseURL, '--concurrency', '4', '--timeout', '5'];

  test('writes checked records worded by the model; a rerun comes from the cache, byte for byte', async () => {
    const out = join(tmp, 'run');
    const cache = join(tmp, 'cache');
    const first = await dialforge([...common(), '--out', out, '--cache-dir', cache]);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stderr, /dialogues worded by the model/);
    const sent = server.received.length;
    assert.ok(sent >= N - 1, `one request per written dialogue at least (${sent})`);
    const records = readRecords(join(out, 'dialogues.jsonl'));
    assert.ok(records.length >= N - 1);
    for (const record of records) {
      assert.ok(validateRecord(record), JSON.stringify(validateRecord.errors));
      assert.equal(record.meta.realizer, 'llm:test-model');
      assert.deepEqual(checkDialogue(record), { ok: true });
    }
    assert.ok(records.some((r) => r.meta.template_fallback !== true), 'some dialogues keep the model text');
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { realizer: string; llm: { requests_sent: number; tokens: { prompt: number } } };
    assert.equal(manifest.realizer, 'llm:test-model');
    assert.equal(manifest.llm.requests_sent, sent);
    assert.equal(manifest.llm.tokens.prompt, sent * 120);

    const firstBytes = readFileSync(join(out, 'dialogues.jsonl'));
    const again = await dialforge([...common(), '--out', out, '--cache-dir', cache]);
    assert.equal(again.status, 0, again.stderr);
    assert.equal(server.received.length, sent, 'the rerun sent nothing');
    assert.deepEqual(readFileSync(join(out, 'dialogues.jsonl')), firstBytes);

    for (const file of [...filesUnder(out), ...filesUnder(cache)]) assert.ok(!readFileSync(file, 'utf8').includes(KEY), `${file} holds the API key`);
    assert.ok(server.received.every((r) => r.authorization === `Bearer ${KEY}`));
  });

  test('kill -9 in the middle, then --resume: no request answered twice, the same file as an uninterrupted run', { timeout: 180_000 }, async (t) => {
    const K = 3;
    let phase: 'first' | 'resume' = 'first';
    let answered = 0;
    const flaky = await startFakeLlm((body) => {
      if (phase === 'first' && answered >= K) return { hang: true };
      answered++;
      return { content: answerFor(body) };
    });
    t.after(() => flaky.close());
    const out = join(tmp, 'killed');
    const cache = join(tmp, 'cache-killed');
    const args = [...common().map((a) => (a === server.baseURL ? flaky.baseURL : a)), '--out', out, '--cache-dir', cache];
    const first = start(args);
    const cached = () => filesUnder(cache).filter((f) => f.endsWith('.json')).length;
    let exited: { status: number | null; stderr: string } | undefined;
    void first.done.then((r) => (exited = r));
    while (cached() < K || flaky.received.length <= K) {
      if (exited) assert.fail(`generate ended before the kill (status ${exited.status}): ${exited.stderr}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    first.child.kill('SIGKILL');
    assert.equal((await first.done).signal, 'SIGKILL');
    const seenBefore = flaky.received.length;
    phase = 'resume';
    const resumed = await dialforge([...args, '--resume']);
    assert.equal(resumed.status, 0, resumed.stderr);
    const answeredHashes = flaky.received.filter((r) => r.answered).map((r) => r.hash);
    assert.equal(new Set(answeredHashes).size, answeredHashes.length, 'the server answered no request twice');
    assert.ok(flaky.received.slice(seenBefore).every((r) => !flaky.received.slice(0, seenBefore).some((b) => b.answered && b.hash === r.hash)), 'only never-answered requests were sent again');
    assert.deepEqual(readFileSync(join(out, 'dialogues.jsonl')), readFileSync(join(tmp, 'run', 'dialogues.jsonl')), 'the same file as the uninterrupted run');
  });

  test('--dry-run prints an estimate and sends nothing', async () => {
    const before = server.received.length;
    const run = await dialforge([...common(), '--model', 'gpt-4o-mini', '--out', join(tmp, 'dry'), '--no-cache', '--dry-run']);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /requests: \d+ \(0 already in the cache/);
    assert.match(run.stdout, /ESTIMATE prompt tokens: \d+/);
    assert.match(run.stdout, /ESTIMATE cost: \$\d/);
    assert.equal(server.received.length, before);
    assert.ok(!existsSync(join(tmp, 'dry')), 'nothing written');
  });

  test('--batch-out, then ingest the results', async () => {
    const before = server.received.length;
    const requests = join(tmp, 'batch', 'requests.jsonl');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(tmp, 'batch'), { recursive: true });
    const out = await dialforge([...common(), '--batch-out', requests]);
    assert.equal(out.status, 0, out.stderr);
    assert.equal(server.received.length, before, 'batch mode sends nothing');
    const lines = readFileSync(requests, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as { custom_id: string; body: ChatBody });
    assert.ok(lines.length >= N - 1);
    const results = lines.map((line, i) => JSON.stringify({ id: `b${i}`, custom_id: line.custom_id, response: { status_code: 200, body: completion(answerFor(line.body)) }, error: null }));
    writeFileSync(join(tmp, 'batch', 'results.jsonl'), results.reverse().join('\n') + '\n');
    const ingest = await dialforge(['ingest', join(tmp, 'batch', 'results.jsonl'), '--plans', join(tmp, 'batch', 'requests.plans.jsonl'), '--out', join(tmp, 'batch', 'out')]);
    assert.equal(ingest.status, 0, ingest.stderr);
    const records = readRecords(join(tmp, 'batch', 'out', 'dialogues.jsonl'));
    assert.deepEqual(records.map((r) => r.id), lines.map((l) => l.custom_id), 'plan order');
    for (const record of records) {
      assert.ok(validateRecord(record));
      assert.deepEqual(checkDialogue(record), { ok: true });
    }
    for (const file of filesUnder(join(tmp, 'batch'))) assert.ok(!readFileSync(file, 'utf8').includes(KEY));
  });
});
