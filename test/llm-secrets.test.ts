/**
 * The API key never reaches a file: run the realizer (good answers, fallbacks, a server that echoes the
 * key in its error, the batch path) writing records, manifest totals and errors into an output folder and
 * a cache folder, then read every file under both.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { createLlmRealizer, llmManifest, writeLlmBatchRequests } from '../src/realize/index.ts';
import { answerFor, attemptOf, checkerStandIn, makePlans, startFakeLlm, templateStandIn } from './_llm-fixtures.ts';

const tmp = mkdtempSync(join(tmpdir(), 'dialforge-llm-secret-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
const KEY = 'sk-proj-SECRETdoNotLeak0123456789';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => statSync(f).isFile());
}

test('the API key appears in no file under the output and cache folders', async (t) => {
  const saved = process.env.OPENAI_API_KEY;
  process.env.OPENAI_API_KEY = KEY;
  t.after(() => {
    if (saved === undefined) delete process.env.OPENAI_API_KEY;
    else process.env.OPENAI_API_KEY = saved;
  });
  const server = await startFakeLlm((body) => {
    const i = Number(/TRK-(\d+)/.exec(JSON.stringify(body.messages[1]))![1]) - 1000;
    if (i === 3) return { status: 401, json: { error: { message: `Incorrect API key provided: ${KEY}` } } };
    return { content: answerFor(body, i === 1 && attemptOf(body) < 9 ? 'leak' : 'good') };
  });
  t.after(() => server.close());
  const out = join(tmp, 'out');
  const cacheDir = join(tmp, 'cache');
  mkdirSync(out, { recursive: true });
  const realizer = createLlmRealizer({ model: 'gpt-4o-mini', baseURL: server.baseURL, cacheDir, timeoutMs: 2000, maxRetries: 0, check: checkerStandIn, fallback: templateStandIn });
  const lines: string[] = [];
  for await (const o of realizer.realizeAll(makePlans(3))) lines.push(JSON.stringify(o));
  writeFileSync(join(out, 'dialogues.jsonl'), lines.join('\n'));
  writeFileSync(join(out, 'manifest.json'), JSON.stringify({ llm: llmManifest(realizer.stats()) }));
  // A fatal error's message is what a CLI prints or logs.
  const error = await realizer.realize(makePlans(4)[3]!).then(
    () => assert.fail('a 401 must be fatal'),
    (e: Error) => e,
  );
  assert.match(error.message, /401/);
  writeFileSync(join(out, 'error.log'), `${error.message}\n${String(error.stack)}\n${JSON.stringify(error)}`);
  await writeLlmBatchRequests(makePlans(3), join(out, 'requests.jsonl'), { model: 'gpt-4o-mini', fallback: templateStandIn });

  assert.ok(server.received.every((r) => r.authorization === `Bearer ${KEY}`), 'the key was really used');
  const files = [...filesUnder(out), ...filesUnder(cacheDir)];
  assert.ok(files.length >= 6, `files were written (${files.length})`);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    assert.ok(!text.includes(KEY), `${file} holds the API key`);
    assert.ok(!text.includes('SECRETdoNotLeak'), `${file} holds part of the API key`);
  }
});
