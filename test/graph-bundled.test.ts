/** The bundled api-specs/ make a connected, chain-rich graph (the README states its figures). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildGraph, summarizeGraph } from '../src/graph/index.ts';
import { loadSpecs } from '../src/specs/index.ts';
import { bundledSpecsDir } from './_shared.ts';

test('bundled specs: one big component, every API chained to another, every edge kind', async (t) => {
  const { operations, issues } = await loadSpecs([bundledSpecsDir]);
  assert.deepEqual(issues.filter((i) => i.severity === 'error'), []);
  const graph = buildGraph(operations);
  const summary = summarizeGraph(graph);
  t.diagnostic(JSON.stringify({ ...summary, hubs: undefined }));
  assert.ok(summary.apis >= 8, `${summary.apis} APIs`);
  assert.ok(summary.largestComponent >= 0.95 * summary.operations, `largest component ${summary.largestComponent} of ${summary.operations}`);
  assert.ok(summary.edges >= 3 * summary.operations, `${summary.edges} edges for ${summary.operations} operations`);
  for (const kind of ['yesyes', 'yeszero', 'zeroyes', 'zerozero'] as const) assert.ok(summary.edgesByKind[kind] > 0, `no ${kind} edge`);
  const apisWithCrossEdges = new Set<string>();
  graph.forEachEdge((_k, _a, _s, _t, source, target) => {
    if (source.api !== target.api) apisWithCrossEdges.add(source.api).add(target.api);
  });
  assert.equal(apisWithCrossEdges.size, summary.apis, 'an API with no edge to another API');
  // Chains of two hops exist: some operation is both a target and a source.
  assert.ok(graph.filterNodes((id) => graph.inDegree(id) > 0 && graph.outDegree(id) > 0).length > summary.operations / 2);
});
