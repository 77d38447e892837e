/**
 * Kill and resume: a child process realizes N plans against the scripted server and is killed with
 * SIGKILL in the middle; rerun, it must get every answer it already received from its cache (the server
 * answers no request twice) and write the same file as an uninterrupted run. Requests that were in
 * flight at the kill, and so never answered, are the only ones the server sees again.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { answerFor, startFakeLlm, type Received } from './_llm-fixtures.ts';
import { projectRoot } from './_shared.ts';

const tmp = mkdtempSync(join(tmpdir(), 'dialforge-llm-resume-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const N = 24;
const CONCURRENCY = 4;
const child = join(projectRoot, 'test', '_llm-child.ts');

function run(baseURL: string, cacheDir: string, outFile: string) {
  const proc = spawn(process.execPath, ['--import', 'tsx', child, baseURL, cacheDir, outFile, String(N), String(CONCURRENCY)], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, OPENAI_API_KEY: 'sk-resume-test-key' },
  });
  let stderr = '';
  proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => proc.on('exit', (code, signal) => resolve({ code, signal })));
  return { proc, done, stderr: () => stderr };
}

const cacheEntries = (dir: string) => {
  try {
    return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.json')).length;
  } catch {
    return 0;
  }
};

test('SIGKILL mid-run, then resume: no request answered twice, same file as an uninterrupted run', { timeout: 120_000 }, async (t) => {
  // Uninterrupted reference run.
  const reference = await startFakeLlm((body) => ({ content: answerFor(body), delayMs: 5 }));
  t.after(() => reference.close());
  const refOut = join(tmp, 'reference.jsonl');
  const ref = run(reference.baseURL, join(tmp, 'cache-ref'), refOut);
  assert.equal((await ref.done).code, 0, ref.stderr());
  assert.equal(reference.received.length, N);

  // Interrupted run: the server answers the first K requests, then holds every later one unanswered.
  const K = 10;
  let answeredSoFar = 0;
  let phase: 'first' | 'resume' = 'first';
  const server = await startFakeLlm((body) => {
    if (phase === 'first' && answeredSoFar >= K) return { hang: true };
    answeredSoFar++;
    return { content: answerFor(body), delayMs: 5 };
  });
  t.after(() => server.close());
  const cacheDir = join(tmp, 'cache');
  const outFile = join(tmp, 'out.jsonl');
  const first = run(server.baseURL, cacheDir, outFile);
  // Kill once the K answered requests are safely in the cache and the next ones are in flight.
  let exited = false;
  void first.done.then(() => (exited = true));
  while (cacheEntries(cacheDir) < K || server.received.length < K + 1) {
    if (exited) assert.fail(`the child ended before the kill: ${first.stderr()}`);
    await sleep(10);
  }
  first.proc.kill('SIGKILL');
  const killed = await first.done;
  assert.equal(killed.signal, 'SIGKILL');
  const beforeResume = server.received.length;
  assert.ok(beforeResume > K && beforeResume < N, `killed in the middle (${beforeResume} of ${N} requests seen)`);

  phase = 'resume';
  const second = run(server.baseURL, cacheDir, outFile);
  assert.equal((await second.done).code, 0, second.stderr());

  const answered = server.received.filter((r: Received) => r.answered);
  const times = new Map<string, number>();
  for (const r of answered) times.set(r.hash, (times.get(r.hash) ?? 0) + 1);
  assert.ok([...times.values()].every((n) => n === 1), 'the server answered no request twice');
  assert.equal(answered.length, N, 'exactly one answered request per dialogue over both runs');
  const resent = server.received.slice(beforeResume).map((r) => r.hash);
  const answeredFirst = new Set(server.received.slice(0, beforeResume).filter((r) => r.answered).map((r) => r.hash));
  assert.ok(resent.every((h) => !answeredFirst.has(h)), 'the resumed run re-sent only requests that were never answered');
  assert.equal(readFileSync(outFile, 'utf8'), readFileSync(refOut, 'utf8'), 'the resumed file equals the uninterrupted one');
});
