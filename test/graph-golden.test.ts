/**
 * The committed graph of the bundled specs (graphs/api-specs.json and .gexf) is what the current code
 * builds from api-specs/, byte for byte, and holds nothing tied to one machine: a stale golden graph
 * fails here with the command that refreshes it.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { promisify } from 'node:util';
import { after, test } from 'node:test';
import { projectRoot } from './_shared.ts';

const REFRESH = '`npm run graph` (= `dialforge graph api-specs -o graphs/api-specs.json --gexf graphs/api-specs.gexf` in the project root)';
const dir = mkdtempSync(join(tmpdir(), 'dialforge-golden-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('graphs/api-specs.json and .gexf are what `npm run graph` builds now', async () => {
  const golden = { json: join(projectRoot, 'graphs', 'api-specs.json'), gexf: join(projectRoot, 'graphs', 'api-specs.gexf') };
  for (const file of Object.values(golden)) assert.ok(existsSync(file), `${file} is missing: build it with ${REFRESH}`);
  const fresh = { json: join(dir, 'api-specs.json'), gexf: join(dir, 'api-specs.gexf') };
  // The same command as the npm script, from the project root (inputs are recorded as given, relative to it).
  await promisify(execFile)(process.execPath, ['--import', 'tsx', join('src', 'cli', 'main.ts'), 'graph', 'api-specs', '-o', fresh.json, '--gexf', fresh.gexf], { cwd: projectRoot });
  for (const kind of ['json', 'gexf'] as const) {
    const same = readFileSync(fresh[kind]).equals(readFileSync(golden[kind]));
    assert.ok(same, `graphs/api-specs.${kind} is stale (the graph code or api-specs/ changed): refresh it with ${REFRESH} and commit it`);
  }
});

test('the golden graph holds nothing machine-specific: relative inputs, no absolute paths, no timestamps', () => {
  const text = readFileSync(join(projectRoot, 'graphs', 'api-specs.json'), 'utf8');
  const graph = JSON.parse(text) as {
    attributes: { dialforge: { tool: string; inputs: Array<{ file: string; sha256: string }>; settings: Record<string, unknown> } };
    nodes: Array<{ attributes: { source: string } }>;
  };
  const meta = graph.attributes.dialforge;
  assert.deepEqual(Object.keys(meta).sort(), ['format', 'formatVersion', 'inputs', 'settings', 'tool']);
  assert.ok(meta.inputs.length >= 8);
  for (const input of meta.inputs) {
    assert.ok(!isAbsolute(input.file) && input.file.startsWith('api-specs/'), input.file);
    assert.equal(input.sha256, createHash('sha256').update(readFileSync(join(projectRoot, input.file))).digest('hex'), `${input.file}: ${REFRESH}`);
  }
  assert.ok(graph.nodes.every((n) => n.attributes.source.startsWith('api-specs/')));
  const local = [projectRoot, tmpdir(), process.env.HOME].filter((path): path is string => path !== undefined && path.length > 1);
  for (const path of local) assert.ok(!text.includes(path), `the golden graph contains "${path}"`);
  // Specs may hold dates in their examples; the metadata must not.
  assert.doesNotMatch(JSON.stringify(meta), /\d{4}-\d\d-\d\d|\b1[6-9]\d{8}\b/, 'the graph metadata contains a date or a timestamp');
  assert.equal(meta.settings.embeddingModel, undefined, 'the golden graph is built without embeddings');
});
