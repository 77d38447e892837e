/** `dialforge graph`: build + summary + files, --explain, usage errors. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { bundledSpecsDir, projectRoot } from './_shared.ts';

const dir = mkdtempSync(join(tmpdir(), 'dialforge-graph-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(projectRoot, 'src', 'cli', 'main.ts'), ...args], { encoding: 'utf8', cwd: projectRoot });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('graph <specs> -o FILE --gexf FILE: writes both, prints the summary; a rebuild is byte-identical', () => {
  const out = join(dir, 'g.json');
  const gexf = join(dir, 'g.gexf');
  const r = run(['graph', bundledSpecsDir, '-o', out, '--gexf', gexf]);
  assert.equal(r.status, 0, r.stderr);
  for (const line of ['operations', 'by effect', 'edges', 'by relation', 'by kind', 'components', 'no edge', 'top hub operations']) assert.match(r.stdout, new RegExp(line));
  assert.ok(existsSync(gexf));
  const saved = JSON.parse(readFileSync(out, 'utf8')) as { attributes: { dialforge: { tool: string; inputs: Array<{ file: string; sha256: string }> } } };
  assert.match(saved.attributes.dialforge.tool, /^dialforge@/);
  assert.ok(saved.attributes.dialforge.inputs.length >= 8);
  assert.ok(saved.attributes.dialforge.inputs.every((i) => /^[0-9a-f]{64}$/.test(i.sha256)));
  const again = join(dir, 'g2.json');
  assert.equal(run(['graph', bundledSpecsDir, '-o', again]).status, 0);
  assert.equal(readFileSync(again, 'utf8'), readFileSync(out, 'utf8'));

  // --explain against the saved graph lists the candidate pairs of an edge that exists.
  const graph = JSON.parse(readFileSync(out, 'utf8')) as { edges: Array<{ source: string; target: string }> };
  const edge = graph.edges[0]!;
  const why = run(['graph', '--explain', edge.source, edge.target, '--graph', out]);
  assert.equal(why.status, 0, why.stderr);
  assert.match(why.stdout, /edge: yes, (lookup|produces), kind (yes|zero)(yes|zero)/);
  assert.match(why.stdout, /source effect: (read|create|update|delete|action) \(.+\); target effect: /);
  assert.match(why.stdout, /: kept;/);
});

test('usage errors exit 2 with a message and no stack', () => {
  for (const args of [['graph', bundledSpecsDir], ['graph', '--explain', 'a'], ['graph', bundledSpecsDir, '-o', join(dir, 'x.json'), '--min-score', '7']]) {
    const r = run(args);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, /^dialforge: /);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  }
  const unknown = run(['graph', '--explain', 'no.such.op', 'other', bundledSpecsDir]);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /no operation "no.such.op"/);
});
