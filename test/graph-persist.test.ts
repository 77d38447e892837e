/** Saved graphs: round trip, byte-identical rebuilds, GEXF, and the errors a bad graph file gives. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { DirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { DialforgeError } from '../src/errors.ts';
import { buildGraph, graphMeta, loadGraph, saveGexf, saveGraph, saveGraphml, serializeGraph, toGraphml, type GraphMetaInput } from '../src/graph/index.ts';
import { loadSpecs, type Operation } from '../src/specs/index.ts';
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
    assert.deepEqual(graphMeta(loaded), { format: 'dialforge-graph', formatVersion: 2, ...meta });
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

/**
 * A tiny XML well-formedness check: every `&` starts a known entity or a character reference, every `<`
 * starts a declaration or a tag, attribute values are quoted and free of `<`, and tags nest and close.
 * Returns the problem, or undefined.
 */
function xmlProblem(text: string): string | undefined {
  const badAmp = /&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.exec(text);
  if (badAmp) return `bare & at ${badAmp.index}`;
  if (!text.startsWith('<?xml ')) return 'no XML declaration';
  const open: string[] = [];
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+="[^"<]*")*)\s*(\/?)>|<\?xml[^>]*\?>/g;
  let at = 0;
  for (let m = tag.exec(text); m; m = tag.exec(text)) {
    if (/[<>]/.test(text.slice(at, m.index))) return `stray < or > before ${m.index}`;
    at = m.index + m[0].length;
    if (m[2] === undefined) continue;
    if (m[1]) {
      if (open.pop() !== m[2]) return `</${m[2]}> closes nothing at ${m.index}`;
    } else if (!m[4]) open.push(m[2]);
  }
  if (/[<>]/.test(text.slice(at))) return 'stray < or > at the end';
  return open.length > 0 ? `unclosed <${open.join('>, <')}>` : undefined;
}

describe('GraphML', async () => {
  const { operations } = await loadSpecs([bundledSpecsDir]);

  test('well-formed, and parses back (graphology-graphml) with every node, edge and attribute', () => {
    const graph = buildGraph(operations);
    const file = join(dir, 'g.graphml');
    saveGraphml(graph, file);
    const text = readFileSync(file, 'utf8');
    assert.equal(xmlProblem(text), undefined);
    assert.equal(text.match(/<node /g)?.length, graph.order);
    assert.equal(text.match(/<edge /g)?.length, graph.size);
    const back = parseGraphml(DirectedGraph, text);
    assert.equal(back.order, graph.order);
    assert.equal(back.size, graph.size);
    graph.forEachNode((id, attrs) => {
      assert.deepEqual(back.getNodeAttributes(id), {
        label: attrs.name, api: attrs.api, method: attrs.method, path: attrs.path, source: attrs.source, effect: attrs.operation.effect,
        inputs: attrs.operation.inputs.length, outputs: attrs.operation.outputs.length,
      });
    });
    graph.forEachEdge((_key, attrs, source, target) => {
      const edge = back.edge(source, target);
      assert.ok(edge !== undefined, `${source} -> ${target}`);
      const got = back.getEdgeAttributes(edge);
      assert.deepEqual([got.kind, got.relation, got.score, got.weight], [attrs.kind, attrs.relation, attrs.score, attrs.score]);
      assert.equal(got.pairs, attrs.pairs.map((p) => `${p.output}→${p.input}`).join(', '));
    });
    assert.equal(toGraphml(buildGraph([...operations].reverse())), text, 'not deterministic');
  });

  test('markup and control characters in names, paths and ids are escaped', () => {
    const nasty = 'a<b>&c"d\'e\n\tf\u0001g';
    const ops: Operation[] = operations.slice(0, 2).map((op, i) => ({ ...op, id: `${op.id}&<${i}>"`, name: `${nasty}${i}`, path: `/x/${nasty}` }));
    const text = toGraphml(buildGraph(ops));
    assert.equal(xmlProblem(text), undefined);
    const back = parseGraphml(DirectedGraph, text);
    for (const op of ops) {
      assert.ok(back.hasNode(op.id), op.id);
      assert.equal(back.getNodeAttribute(op.id, 'label'), op.name.replace('\u0001', '\uFFFD'));
      assert.equal(back.getNodeAttribute(op.id, 'path'), op.path.replace('\u0001', '\uFFFD'));
    }
  });

  test('the well-formedness check catches broken XML', () => {
    const good = toGraphml(buildGraph(operations.slice(0, 3)));
    assert.equal(xmlProblem(good), undefined);
    assert.match(xmlProblem(good.replace('</graph>', '')) ?? '', /closes nothing|unclosed/);
    assert.match(xmlProblem(good.replace('&amp;', '&').replace('<data key="n_label">', '<data key="n_label">x & y')) ?? '', /bare &/);
    assert.match(xmlProblem(good.replace('<data key="n_api">', '<data key="n_api">a<b')) ?? '', /stray|closes nothing|unclosed/);
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
