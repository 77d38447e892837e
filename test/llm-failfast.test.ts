/**
 * An LLM run that cannot succeed stops at once and says why: an unreachable endpoint or a refused key
 * exits non-zero, the manifest records the cause and where it stopped, and --resume continues once the
 * cause is fixed (never "already complete"). A 200 whose body is cut is asked again, not given up on.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { answerFor, startFakeLlm } from './_llm-fixtures.ts';
import { projectRoot } from './_shared.ts';

const KEY = 'sk-failfast-SECRET-1234567890';
const tmp = mkdtempSync(join(tmpdir(), 'dialforge-llm-failfast-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function dialforge(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'src/cli/main.ts'), ...args], { cwd: projectRoot, env: { ...process.env, OPENAI_API_KEY: KEY, OPENAI_BASE_URL: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const common = (baseURL: string, out: string) => ['generate', '-n', '6', '--seed', '3', '--realizer', 'llm', '--model', 'test-model', '--base-url', baseURL, '--concurrency', '2', '--timeout', '5', '--max-retries', '1', '--no-cache', '--out', out];
const manifestOf = (out: string) => JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { complete: boolean; interrupted: boolean; stopped?: { code: string; message: string }; counts: { written: number }; llm?: { template_fallbacks?: number } };

test('an unreachable endpoint: exit 1 at once, the cause in the manifest, --resume continues when it is up', { timeout: 120_000 }, async () => {
  const out = join(tmp, 'dead');
  // A port that was just free: nothing listens there.
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  const dead = await dialforge(common(`http://127.0.0.1:${port}/v1`, out));
  assert.equal(dead.status, 1, dead.stderr);
  assert.match(dead.stderr, new RegExp(`cannot reach http://127\\.0\\.0\\.1:${port}/v1 \\(ECONNREFUSED\\) after 1 retries: is the server running`));
  assert.match(dead.stderr, /run the same command with --resume to continue/);
  const manifest = manifestOf(out);
  assert.equal(manifest.complete, false);
  assert.equal(manifest.stopped?.code, 'E_LLM');
  const server = await startFakeLlm();
  try {
    const resumed = await dialforge([...common(server.baseURL, out), '--resume']);
    assert.equal(resumed.status, 0, resumed.stderr);
    assert.equal(manifestOf(out).complete, true);
    assert.equal(manifestOf(out).stopped, undefined);
  } finally {
    await server.close();
  }
});

test('a refused key (401): exit 1, the message names the key problem (never the key), the manifest says why', { timeout: 120_000 }, async () => {
  const server = await startFakeLlm(() => ({ status: 401, json: { error: { message: 'Incorrect API key provided', type: 'invalid_request_error', code: 'invalid_api_key' } } }));
  try {
    const out = join(tmp, 'refused');
    const run = await dialforge(common(server.baseURL, out));
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /answered 401.*the API key was refused: OPENAI_API_KEY is missing, wrong, revoked or for another endpoint/);
    assert.ok(!run.stderr.includes(KEY));
    assert.match(manifestOf(out).stopped?.message ?? '', /API key was refused/);
    assert.equal(manifestOf(out).complete, false);
  } finally {
    await server.close();
  }
});

test('a 200 with a cut JSON body is asked again: every dialogue worded by the model', { timeout: 120_000 }, async () => {
  const broken = new Set<string>();
  const server = await startFakeLlm((body) => {
    const key = JSON.stringify(body.messages);
    if (!broken.has(key)) {
      broken.add(key);
      return { json: '{"id": "x", "choices": [{"message": {"content": "' };
    }
    return { content: answerFor(body) };
  });
  try {
    const out = join(tmp, 'malformed');
    const run = await dialforge(common(server.baseURL, out));
    assert.equal(run.status, 0, run.stderr);
    assert.equal(manifestOf(out).llm?.template_fallbacks, 0, run.stderr);
    assert.ok(broken.size > 0);
  } finally {
    await server.close();
  }
});
