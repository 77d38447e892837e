/** `dialforge specs`: summary, --json, --strict, --responses and the exit codes 0 / 1 / 2. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledSpecsDir, projectRoot } from './_shared.ts';

function dialforge(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(projectRoot, 'src', 'cli', 'main.ts'), ...args], { cwd: projectRoot, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('dialforge specs', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'dialforge-cli-'));
    writeFileSync(join(dir, 'broken.yaml'), 'openapi: 3.0.0\ninfo:\n  title: "unclosed\n  version: 1\n');
    writeFileSync(
      join(dir, 'warns.yaml'),
      'openapi: 3.0.0\ninfo: { title: Warns, version: "1" }\npaths:\n  /a:\n    get:\n      parameters: [{ name: q, in: query }]\n      responses: { "200": { description: ok } }\n',
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('summarizes the bundled specs and exits 0', () => {
    const run = dialforge('specs', bundledSpecsDir);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /\d+ operations · \d+ params \(\d+ required\) · \d+ output fields/);
    assert.match(run.stdout, /specs: \d+ loaded, 0 failed/);
  });

  test('a failing spec: its error with file and line, the others still summarized, exit 1', () => {
    const run = dialforge('specs', join(dir, 'broken.yaml'), join(dir, 'warns.yaml'));
    assert.equal(run.status, 1);
    assert.match(run.stdout, /broken\.yaml {2}FAILED\n {2}error at 3:10: invalid YAML at line 3/);
    assert.match(run.stdout, /warns\.yaml {2}Warns 1 · openapi-3\.0\n {2}1 operation · 1 param/);
    assert.match(run.stdout, /warning at 6:\d+: parameter `q` \(query\) of GET \/a has no schema/);
    assert.doesNotMatch(run.stdout + run.stderr, /\n\s+at /, 'no stack trace');
  });

  test('--strict fails a spec with warnings (exit 1); --json prints the operations', () => {
    assert.equal(dialforge('specs', '--strict', join(dir, 'warns.yaml')).status, 1);
    const run = dialforge('specs', '--json', join(dir, 'warns.yaml'));
    assert.equal(run.status, 0, run.stderr);
    const parsed = JSON.parse(run.stdout) as { operations: { id: string; inputs: unknown[] }[]; issues: { code: string }[] };
    assert.deepEqual(
      parsed.operations.map((o) => o.id),
      ['warns.get_a'],
    );
    assert.equal(parsed.issues[0]?.code, 'W_PARAM_SCHEMA');
  });

  test('usage errors exit 2', () => {
    assert.equal(dialforge('specs').status, 2);
    const run = dialforge('specs', join(dir, 'warns.yaml'), '--responses', join(dir, 'no-such-folder'));
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--responses .*no-such-folder: no such folder/);
  });
});
