/**
 * The fixture graph (../shared/fixtures: OpenAPI specs + RapidAPI tools with recorded responses) and the
 * seeded edge sample the precision test judges. Run this file to print the current sample with the
 * verdicts on record (`node --import tsx test/_graph-fixture.ts`), to refresh test/data/graph-precision.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { buildGraph, type ApiGraph } from '../src/graph/index.ts';
import { loadSpecs, type Operation } from '../src/specs/index.ts';
import { fixturesDir, projectRoot } from './_shared.ts';

export const PRECISION_SEED = 20260;
export const PRECISION_SAMPLE = 50;
export const precisionFile = join(projectRoot, 'test', 'data', 'graph-precision.json');
export const chainsFile = join(projectRoot, 'test', 'data', 'graph-chains.json');

let cached: Promise<{ operations: Operation[]; graph: ApiGraph }> | undefined;

export function fixtureGraph(): Promise<{ operations: Operation[]; graph: ApiGraph }> {
  cached ??= (async () => {
    const { operations } = await loadSpecs([join(fixturesDir, 'openapi'), join(fixturesDir, 'rapidapi', 'tools')], {
      responses: join(fixturesDir, 'rapidapi', 'responses'),
    });
    return { operations, graph: buildGraph(operations) };
  })();
  return cached;
}

/** What a verdict is about: the edge and its best pair (a changed best pair needs a new judgement). */
export function sampleKey(graph: ApiGraph, edge: string): string {
  const best = graph.getEdgeAttributes(edge).pairs[0]!;
  return `${edge} ${best.output} > ${best.input}`;
}

/** `n` distinct edges drawn with a seeded generator from the edges in key order. */
export function sampleEdges(graph: ApiGraph, n = PRECISION_SAMPLE, seed = PRECISION_SEED): string[] {
  const edges = graph.edges().sort();
  const rng = xoroshiro128plus(seed);
  const picked: string[] = [];
  for (let i = 0; i < Math.min(n, edges.length); i++) {
    const j = uniformInt(rng, i, edges.length - 1);
    [edges[i], edges[j]] = [edges[j]!, edges[i]!];
    picked.push(edges[i]!);
  }
  return picked;
}

export interface Verdict {
  key: string;
  ok: boolean;
  why: string;
}

export function recordedVerdicts(): Verdict[] {
  return (JSON.parse(readFileSync(precisionFile, 'utf8')) as { verdicts: Verdict[] }).verdicts;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { graph } = await fixtureGraph();
  let known: Map<string, Verdict>;
  try {
    known = new Map(recordedVerdicts().map((v) => [v.key, v]));
  } catch {
    known = new Map();
  }
  for (const edge of sampleEdges(graph)) {
    const key = sampleKey(graph, edge);
    const attrs = graph.getEdgeAttributes(edge);
    const v = known.get(key);
    process.stdout.write(`${v ? (v.ok ? 'OK ' : 'BAD') : '???'} ${key}\n    ${attrs.kind} ${attrs.pairs.map((p) => `${p.output}>${p.input}(${p.score})`).join(' ')}\n`);
  }
}
