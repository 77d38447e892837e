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

export const PRECISION_SEED = 90060;
/** Lookup edges per stratum: sources in fixtures/openapi, sources in fixtures/rapidapi (QUALITY.md: 30 + 30). */
export const PRECISION_PER_STRATUM = 30;
export const PRECISION_SAMPLE = 2 * PRECISION_PER_STRATUM;
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

/**
 * The judged sample: `PRECISION_PER_STRATUM` lookup edges whose source is an OpenAPI fixture, then as many
 * whose source is a RapidAPI tool, each drawn with the seeded generator from the edges in key order.
 * Produces edges (the source creates or acts) are never lookups, so they are not in the sample.
 */
export function sampleEdges(graph: ApiGraph, seed = PRECISION_SEED): string[] {
  const lookups = graph.filterEdges((_key, attrs) => attrs.relation === 'lookup').sort();
  const rapid = (edge: string): boolean => graph.getNodeAttributes(graph.source(edge)).operation.api.format === 'rapidapi';
  return [
    ...drawEdges(lookups.filter((edge) => !rapid(edge)), PRECISION_PER_STRATUM, seed),
    ...drawEdges(lookups.filter(rapid), PRECISION_PER_STRATUM, seed + 1),
  ];
}

/** `n` distinct edges drawn with a seeded generator from `edges` (in the order given). */
function drawEdges(edges: string[], n: number, seed: number): string[] {
  const rng = xoroshiro128plus(seed);
  const picked: string[] = [];
  for (let i = 0; i < Math.min(n, edges.length); i++) {
    const j = uniformInt(rng, i, edges.length - 1);
    [edges[i], edges[j]] = [edges[j]!, edges[i]!];
    picked.push(edges[i]!);
  }
  return picked;
}

/** QUALITY.md's edge-judging protocol: only CORRECT counts as right. */
export type EdgeVerdict = 'CORRECT' | 'ECHO' | 'SIDE-EFFECT' | 'WRONG-MEANING' | 'DOUBTFUL';

export interface Verdict {
  key: string;
  verdict: EdgeVerdict;
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
    const from = graph.getNodeAttributes(graph.source(edge)).operation;
    const to = graph.getNodeAttributes(graph.target(edge)).operation;
    const needs = (op: typeof from): string => op.inputs.filter((p) => p.required).map((p) => p.name).join(',');
    process.stdout.write(
      `${v ? v.verdict : '???'} ${key}\n    ${attrs.kind} ${attrs.pairs.slice(0, 3).map((p) => `${p.output}>${p.input}(${p.score})`).join(' ')}\n` +
        `    from: ${from.effect} ${from.method} ${from.path} needs[${needs(from)}] — ${(from.summary ?? from.description ?? '').slice(0, 100).replace(/\s+/g, ' ')}\n` +
        `    to:   ${to.method} ${to.path} needs[${needs(to)}] — ${(to.summary ?? to.description ?? '').slice(0, 100).replace(/\s+/g, ' ')}\n`,
    );
  }
}
