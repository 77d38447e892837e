/**
 * Output piped to another process is complete: the CLI waits for stdout and stderr to drain before it
 * exits (process.exit used to cut a pipe at its 64 KB buffer).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './_shared.ts';

/** Runs dialforge with stdout and stderr on real pipes read by this process (as `| jq` would). */
function runPiped(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'src', 'cli', 'main.ts'), ...args], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }));
  });
}

describe('piped output is never cut', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'dialforge-drain-'));
    const paths: Record<string, unknown> = {};
    for (let i = 0; i < 2000; i++) {
      paths[`/items${i}/{id}`] = { get: { operationId: `getItem${i}`, summary: 'Get one item '.repeat(10), parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { 200: { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } } } } } } } };
    }
    writeFileSync(join(dir, 'big.json'), JSON.stringify({ openapi: '3.0.3', info: { title: 'Big', version: '1' }, paths }));
    writeFileSync(join(dir, 'dialogues.jsonl'), `${'not json at all\n'.repeat(5000)}`);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('specs --json: the whole JSON (well over 64 KB) arrives and parses', async () => {
    const run = await runPiped(['specs', join(dir, 'big.json'), '--json']);
    assert.equal(run.status, 0, run.stderr);
    assert.ok(run.stdout.length > 200_000, `${run.stdout.length} bytes`);
    const parsed = JSON.parse(run.stdout) as { operations: unknown[] };
    assert.equal(parsed.operations.length, 2000);
  });

  test('validate with 5,000 bad lines: every line and the final summary line arrive', async () => {
    const run = await runPiped(['validate', join(dir, 'dialogues.jsonl')]);
    assert.equal(run.status, 1);
    const lines = run.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 5001);
    assert.match(lines.at(-1)!, /^BAD {2}.*dialogues\.jsonl \(dialogue, 0 rows, 5000 bad lines\)$/);
  });

  test('a reader that goes away (`| head -1`): the command stops quietly, no EPIPE stack trace', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'src', 'cli', 'main.ts'), 'specs', join(dir, 'big.json'), '--json'], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(status, 0, stderr);
    assert.doesNotMatch(stderr, /EPIPE|\n\s+at /);
  });

  test('stats: a long list of bad lines on stderr arrives whole', async () => {
    const run = await runPiped(['stats', join(dir, 'dialogues.jsonl')]);
    assert.equal(run.stderr.trimEnd().split('\n').filter((l) => /dialogues\.jsonl:\d+: /.test(l)).length, 5000, run.stderr.slice(-500));
  });
});
