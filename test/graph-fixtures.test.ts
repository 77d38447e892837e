/** Recall and precision of the graph over the shared fixtures (chains from the MANIFESTs, judged sample). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { skipWithoutFixtures } from './_shared.ts';
import { chainsFile, fixtureGraph, PRECISION_SAMPLE, recordedVerdicts, sampleEdges, sampleKey } from './_graph-fixture.ts';

interface Chain {
  from: string;
  to: string;
  param: string;
  unmeasurable?: string;
  /** The source requires the value it would supply: dropped from the graph on purpose (QUALITY.md ECHO). */
  echo?: string;
}

describe('fixture graph', { skip: skipWithoutFixtures }, () => {
  test('recall: at least 90% of the MANIFEST chains are edges with that param', async (t) => {
    const { graph } = await fixtureGraph();
    const { chains } = JSON.parse(readFileSync(chainsFile, 'utf8')) as { chains: Chain[] };
    const missingNodes = chains.flatMap((c) => [c.from, c.to]).filter((id) => !graph.hasNode(id));
    assert.deepEqual(missingNodes, [], 'chain operations missing from the graph: fix test/data/graph-chains.json or the loader ids');
    let found = 0;
    let measurable = 0;
    let measurableFound = 0;
    let echoes = 0;
    let echoesFound = 0;
    const misses: string[] = [];
    for (const chain of chains) {
      const key = `${chain.from}->${chain.to}`;
      const ok = graph.hasEdge(key) && graph.getEdgeAttributes(key).pairs.some((p) => p.input === chain.param);
      if (ok) found++;
      const hasOutputs = graph.getNodeAttribute(chain.from, 'operation').outputs.length > 0;
      if (chain.echo) {
        echoes++;
        if (ok) echoesFound++;
        continue;
      }
      if (!hasOutputs || chain.unmeasurable) continue;
      measurable++;
      if (ok) measurableFound++;
      else misses.push(`${key} (${chain.param})`);
    }
    const recall = measurableFound / measurable;
    t.diagnostic(
      `recall ${measurableFound}/${measurable} = ${recall.toFixed(3)} over chains whose source has output fields that can carry the value; ` +
        `${found}/${chains.length} = ${(found / chains.length).toFixed(3)} over all MANIFEST chains; ` +
        `${echoesFound}/${echoes} echo chains kept (the source requires the value itself: dropped on purpose)`,
    );
    assert.ok(measurable >= 100, `only ${measurable} measurable chains`);
    assert.equal(echoesFound, 0, 'an echo chain is an edge again: echo pairs must be dropped');
    assert.ok(recall >= 0.9, `recall ${recall.toFixed(3)} < 0.9; missed:\n${misses.join('\n')}`);
  });

  test('precision: at least 85% of a seeded sample of 60 lookup edges (30 OpenAPI, 30 RapidAPI) are CORRECT by the QUALITY.md protocol', async (t) => {
    const { graph } = await fixtureGraph();
    const verdicts = new Map(recordedVerdicts().map((v) => [v.key, v]));
    const sample = sampleEdges(graph).map((edge) => sampleKey(graph, edge));
    assert.equal(sample.length, PRECISION_SAMPLE);
    const unjudged = sample.filter((key) => !verdicts.has(key));
    assert.deepEqual(unjudged, [], 'sampled edges without a verdict: the graph changed; run `node --import tsx test/_graph-fixture.ts` and judge them in test/data/graph-precision.json');
    const good = sample.filter((key) => verdicts.get(key)!.ok).length;
    t.diagnostic(`precision ${good}/${sample.length} = ${(good / sample.length).toFixed(2)}`);
    assert.ok(good / sample.length >= 0.85, `precision ${good}/${sample.length} < 0.85`);
  });

  test('no edge joins an operation to itself, and every pair passes the score threshold', async () => {
    const { graph } = await fixtureGraph();
    graph.forEachEdge((key, attrs, source, target) => {
      assert.notEqual(source, target, key);
      assert.ok(attrs.pairs.length > 0, key);
      assert.equal(attrs.score, attrs.pairs[0]!.score, key);
      for (const pair of attrs.pairs) assert.ok(pair.score >= 0.62 || pair.evidence.reasons.includes('descriptions alike'), `${key} ${pair.output}>${pair.input}`);
    });
  });
});
