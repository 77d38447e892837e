/**
 * One writer per --out, and write failures that lose nothing: a second run on a folder in use is refused
 * with the holder named; a lock left by a killed run is taken over; a full disk stops the run with the
 * path and what to do, the data file ends with a whole line, and --resume finishes it.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './_shared.ts';

function dialforge(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(projectRoot, 'src', 'cli', 'main.ts'), ...args], { cwd: projectRoot, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
const generate = (out: string, n: number, ...more: string[]) => dialforge('generate', join(projectRoot, 'api-specs'), '--out', out, '-n', String(n), '--workers', '1', ...more);
const noStack = (run: { stderr: string }) => assert.doesNotMatch(run.stderr, /\n\s+at |internal error/);

describe('--out: one run at a time, write failures reported whole', () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'dialforge-out-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('a folder in use by a live run: refused, naming its pid, host and start time; nothing touched', () => {
    const out = join(dir, 'busy');
    mkdirSync(out);
    // This test process is the live holder.
    writeFileSync(join(out, '.dialforge.lock'), JSON.stringify({ pid: process.pid, host: hostname(), started: '2026-01-02T03:04:05.000Z', command: 'dialforge generate' }));
    writeFileSync(join(out, 'dialogues.jsonl'), 'the other run\'s records\n');
    const run = generate(out, 3);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, new RegExp(`is in use by another run: pid ${process.pid} on ${hostname()}, started 2026-01-02T03:04:05.000Z \\(dialforge generate\\)`));
    assert.equal(readFileSync(join(out, 'dialogues.jsonl'), 'utf8'), 'the other run\'s records\n');
    noStack(run);
  });

  test('a stale lock (its process is gone, as after kill -9): taken over with a notice; the lock is gone after the run', () => {
    const out = join(dir, 'stale');
    mkdirSync(out);
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(join(out, '.dialforge.lock'), JSON.stringify({ pid: Number(gone.stdout), host: hostname(), started: '2026-01-02T03:04:05.000Z', command: 'dialforge generate' }));
    const run = generate(out, 3);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, new RegExp(`took over the stale lock of pid ${gone.stdout} on ${hostname()}`));
    assert.ok(!existsSync(join(out, '.dialforge.lock')));
  });

  test('a write error (/dev/full): exit 1, the path and what to do, no stack trace, the manifest says why', { skip: existsSync('/dev/full') ? false : 'no /dev/full on this system' }, () => {
    const out = join(dir, 'full');
    mkdirSync(out);
    symlinkSync('/dev/full', join(out, 'dialogues.jsonl'));
    const run = generate(out, 3);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /cannot write .*dialogues\.jsonl: the disk is full \(ENOSPC\)\. Free space there \(or choose another --out\), then run the same command with --resume/);
    noStack(run);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { complete: boolean; stopped?: { code: string } };
    assert.equal(manifest.complete, false);
    assert.equal(manifest.stopped?.code, 'E_WRITE');
  });

  test('a really full disk (a tiny tmpfs): no torn line, and --resume with room gives the uninterrupted file', { timeout: 600_000 }, (t) => {
    const mount = join(dir, 'tiny');
    mkdirSync(mount);
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=96k', 'tmpfs', mount]);
    if (mounted.status !== 0) {
      t.skip('cannot mount a tmpfs here (needs root): the /dev/full test covers the message');
      return;
    }
    try {
      const out = join(mount, 'out');
      // 40 dialogues (~8 KB each) are over three times what 96k holds.
      const run = generate(out, 40, '--seed', '5');
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stderr, /the disk is full \(ENOSPC\)/);
      const text = readFileSync(join(out, 'dialogues.jsonl'), 'utf8');
      assert.ok(text === '' || text.endsWith('\n'), 'no torn last line');
      for (const line of text.split('\n').filter(Boolean)) JSON.parse(line);
      assert.equal(spawnSync('mount', ['-o', 'remount,size=64m', mount]).status, 0);
      const resumed = generate(out, 40, '--seed', '5', '--resume');
      assert.equal(resumed.status, 0, resumed.stderr);
      const reference = join(dir, 'reference');
      assert.equal(generate(reference, 40, '--seed', '5').status, 0);
      assert.deepEqual(readFileSync(join(out, 'dialogues.jsonl')), readFileSync(join(reference, 'dialogues.jsonl')));
    } finally {
      spawnSync('umount', [mount]);
    }
  });
});
