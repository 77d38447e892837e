import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, it } from 'node:test';
import { checkDialogue } from '../src/check/index.ts';
import type { DialogueRecord } from '../src/plan/index.ts';
import { projectRoot } from './_shared.ts';

const cli = join(projectRoot, 'src/cli/main.ts');
const root = mkdtempSync(join(tmpdir(), 'dialforge-generate-'));

function generate(out: string, ...args: string[]): { status: number | null; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', cli, 'generate', '--out', out, ...args], { encoding: 'utf8', cwd: projectRoot });
  return { status: run.status, stderr: run.stderr };
}

const read = (dir: string, file = 'dialogues.jsonl'): string => readFileSync(join(dir, file), 'utf8');
const manifestOf = (dir: string): Record<string, unknown> & { counts: { written: number; planned: number }; interrupted: boolean; complete: boolean; next_index: number } =>
  JSON.parse(read(dir, 'manifest.json'));

describe('dialforge generate', () => {
  it('writes dialogues.jsonl and manifest.json over the bundled specs, byte-identical for the same seed', () => {
    const a = join(root, 'a');
    const b = join(root, 'b');
    const c = join(root, 'c');
    assert.equal(generate(a, '-n', '40', '--seed', '9').status, 0);
    assert.equal(generate(b, '-n', '40', '--seed', '9').status, 0);
    assert.equal(generate(c, '-n', '40', '--seed', '10').status, 0);
    assert.equal(read(a), read(b));
    assert.equal(read(a, 'manifest.json'), read(b, 'manifest.json'));
    assert.notEqual(read(a), read(c));
    const manifest = manifestOf(a);
    const lines = read(a).trim().split('\n');
    assert.equal(manifest.counts.written, lines.length);
    assert.equal(manifest.counts.planned, 40);
    assert.equal(manifest.interrupted, false);
    assert.equal(manifest.complete, true);
    for (const key of ['version', 'seed', 'config_hash', 'specs', 'families', 'flows', 'rejected', 'realizer']) assert.ok(key in manifest, key);
    assert.equal((manifest.specs as unknown[]).length, 10);
    for (const line of lines) assert.deepEqual(checkDialogue(JSON.parse(line) as DialogueRecord), { ok: true });
  });

  it('shards together equal the whole run', () => {
    const whole = join(root, 'whole');
    assert.equal(generate(whole, '-n', '30', '--seed', '2').status, 0);
    const parts = [1, 2].map((i) => {
      const dir = join(root, `shard${i}`);
      assert.equal(generate(dir, '-n', '30', '--seed', '2', '--shard', `${i}/2`).status, 0);
      return read(dir);
    });
    assert.equal(parts.join(''), read(whole));
  });

  it('a run stopped by SIGINT leaves valid files and a manifest saying interrupted; --resume ends with the uninterrupted file', async () => {
    const n = '300'; // the first records are out long before the 300th (and 300 >= 200 keeps default workers at work)
    const full = join(root, 'full');
    assert.equal(generate(full, '-n', n, '--seed', '4').status, 0);

    const out = join(root, 'interrupted');
    const child = spawn(process.execPath, ['--import', 'tsx', cli, 'generate', '--out', out, '-n', n, '--seed', '4'], { cwd: projectRoot, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    // The manifest appears when generation starts; interrupt as soon as the first records are out.
    while (!(existsSync(join(out, 'dialogues.jsonl')) && read(out).length > 0)) await sleep(10);
    child.kill('SIGINT');
    assert.equal(await exited, 130, stderr);
    const manifest = manifestOf(out);
    assert.equal(manifest.interrupted, true);
    assert.equal(manifest.complete, false);
    assert.ok(manifest.next_index > 0 && manifest.next_index < Number(n), `stopped at ${manifest.next_index}`);
    const partial = read(out);
    assert.ok(partial.endsWith('\n'));
    assert.ok(read(full).startsWith(partial), 'what was written is the start of the full run');
    for (const line of partial.trim().split('\n')) assert.deepEqual(checkDialogue(JSON.parse(line) as DialogueRecord), { ok: true });

    const resumed = generate(out, '-n', n, '--seed', '4', '--resume');
    assert.equal(resumed.status, 0, resumed.stderr);
    assert.equal(read(out), read(full));
    assert.equal(read(out, 'manifest.json'), read(full, 'manifest.json'));
  });

  it('--resume refuses other settings, and bad flags exit 2 with a message', () => {
    const dir = join(root, 'a');
    const other = generate(dir, '-n', '41', '--seed', '9', '--resume');
    assert.equal(other.status, 2);
    assert.match(other.stderr, /--resume: .* other settings or inputs/);
    const bad = generate(join(root, 'bad'), '--flows', 'fail_inform=x');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--flows: "fail_inform=x" is not family=weight/);
    const shard = generate(join(root, 'bad'), '--shard', '4/3');
    assert.equal(shard.status, 2);
    assert.match(shard.stderr, /--shard: "4\/3" is not a shard/);
  });
});
