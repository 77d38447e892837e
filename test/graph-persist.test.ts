/** Saved graphs: round trip, byte-identical rebuilds, GEXF, and the errors a bad graph file gives. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { DialforgeError } from '../src/errors.ts';
import { buildGraph, graphMeta, loadGraph, saveGexf, saveGraph, serializeGraph, type GraphMetaInput } from '../src/graph/index.ts';
import { loadSpecs } from '../src/specs/index.ts';
import { bundledSpecsDir } from './_shared.ts';

const dir = mkdtempSync(join(tmpdir(), 'dialforge-graph-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const meta: GraphMetaInput = { tool: 'dialforge@test', inputs: [{ file: 'api-specs', sha256: 'x' }], settings: { minScore: 0.62 } };

describe('saved graphs', async () => {
  const { operations } = await loadSpecs([bundledSpecsDir]);

  test('the bundled specs load into operations', () => assert.ok(operations.length > 20, `${operations.length} operations`));

  test('save then load gives back the same graph (nodes, edges, attributes, metadata)', () => {
    const graph = buildGraph(operations);
    const file = join(dir, 'round.json');
    saveGraph(graph, file, meta);
    const loaded = loadGraph(file);
    assert.equal(loaded.order, graph.order);
    assert.equal(loaded.size, graph.size);
    assert.deepEqual(loaded.export().nodes, graph.export().nodes);
    assert.deepEqual(loaded.export().edges, graph.export().edges);
    assert.deepEqual(graphMeta(loaded), { format: 'dialforge-graph', formatVersion: 1, ...meta });
    // Saving the loaded graph writes the same bytes.
    const again = join(dir, 'again.json');
    saveGraph(loaded, again, meta);
    assert.equal(readFileSync(again, 'utf8'), readFileSync(file, 'utf8'));
  });

  test('same operations in any order → byte-identical file', () => {
    const reversed = [...operations].reverse();
    const rotated = [...operations.slice(7), ...operations.slice(0, 7)];
    const a = serializeGraph(buildGraph(operations), meta);
    assert.equal(serializeGraph(buildGraph(reversed), meta), a);
    assert.equal(serializeGraph(buildGraph(rotated), meta), a);
  });

  test('node attributes carry source, api, method, path, name and the whole operation; edges kind and pairs', () => {
    const graph = buildGraph(operations);
    const op = operations[0]!;
    const attrs = graph.getNodeAttributes(op.id);
    assert.deepEqual(
      { source: attrs.source, api: attrs.api, method: attrs.method, path: attrs.path, name: attrs.name },
      { source: op.api.source, api: op.api.name, method: op.method, path: op.path, name: op.name },
    );
    assert.deepEqual(attrs.operation, op);
    assert.ok(graph.size > 0);
    graph.forEachEdge((_key, edge) => {
      assert.match(edge.kind, /^(yes|zero)(yes|zero)$/);
      for (const pair of edge.pairs) {
        assert.equal(typeof pair.output, 'string');
        assert.equal(typeof pair.input, 'string');
        assert.equal(typeof pair.required, 'boolean');
        assert.ok(pair.score > 0 && pair.score <= 1);
        assert.ok(Array.isArray(pair.evidence.reasons));
      }
    });
  });

  test('GEXF export has every node and edge', () => {
    const graph = buildGraph(operations);
    const file = join(dir, 'g.gexf');
    saveGexf(graph, file);
    const text = readFileSync(file, 'utf8');
    assert.match(text, /<gexf[^>]*version="1.3"/);
    assert.equal(text.match(/<node /g)?.length, graph.order);
    assert.equal(text.match(/<edge /g)?.length, graph.size);
  });
});

describe('bad graph files', () => {
  const expectError = (text: string | undefined, code: string, pattern: RegExp): void => {
    const file = join(dir, `bad-${code}-${Math.random().toString(36).slice(2)}.json`);
    if (text !== undefined) writeFileSync(file, text);
    assert.throws(() => loadGraph(file), (error: unknown) => {
      assert.ok(error instanceof DialforgeError);
      assert.equal(error.code, code);
      assert.equal(error.file, file);
      assert.match(error.message, pattern);
      return true;
    });
  };
  test('missing file', () => expectError(undefined, 'E_READ', /cannot read the graph/));
  test('not JSON', () => expectError('{nope', 'E_PARSE', /not JSON/));
  test('JSON but not a dialforge graph', () => expectError('{"nodes": [], "edges": []}', 'E_GRAPH', /not a dialforge graph/));
  test('a future format version', () =>
    expectError(JSON.stringify({ attributes: { dialforge: { format: 'dialforge-graph', formatVersion: 99 } }, nodes: [], edges: [] }), 'E_GRAPH', /version 99/));
});
