/**
 * The API graph for the report: read from a saved graph (the one the run was generated from, or
 * `<folder>/graph.json`) or built from the specs the manifest names, then laid out once with ForceAtlas2 so
 * the page only draws.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DirectedGraph } from 'graphology';
import { createRequire } from 'node:module';
import { buildGraph, loadGraph, type ApiGraph } from '../graph/index.ts';
import { loadSpecs } from '../specs/index.ts';
import type { ReportGraph } from './types.ts';

// A CommonJS module whose typings say `export default`: required, so the function is what is called.
const forceAtlas2 = createRequire(import.meta.url)('graphology-layout-forceatlas2') as typeof import('graphology-layout-forceatlas2').default;

/** Edges drawn at most (best score first); pairs and reasons kept per edge for the hover box. */
const MAX_EDGES = 20000;
const PAIRS_PER_EDGE = 3;
const REASONS_PER_PAIR = 4;

export const KIND_COLORS: Record<string, string> = { yesyes: '#4e79a7', yeszero: '#59a14f', zeroyes: '#f28e2b', zerozero: '#b07aa1' };
const PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf', '#393b79', '#637939', '#8c6d31', '#843c39', '#7b4173', '#3182bd', '#e6550d', '#31a354', '#756bb1', '#636363'];

export interface GraphSource {
  graph: ApiGraph | null;
  source: string;
  /** Why there is no graph, when `graph` is null. */
  note?: string;
}

interface ManifestLike {
  specs?: Array<{ file: string }>;
  graph?: { file: string } | null;
  config?: { responses?: unknown };
}

/** The saved graph given, the run's graph, `<folder>/graph.json`, or one built from the manifest's specs. */
export async function findGraph(folder: string, manifest: ManifestLike | null, graphFile?: string): Promise<GraphSource> {
  const saved = [graphFile, manifest?.graph?.file, join(folder, 'graph.json')].filter((f): f is string => typeof f === 'string');
  for (const file of saved) {
    if (existsSync(file)) return { graph: loadGraph(file), source: file };
    if (file === graphFile) return { graph: null, source: file, note: `--graph ${file}: no such file` };
  }
  const specs = (manifest?.specs ?? []).map((s) => s.file);
  if (specs.length === 0) return { graph: null, source: '', note: 'the manifest names no spec files and the folder has no graph.json: pass --graph FILE to draw the API graph' };
  const missing = specs.filter((f) => !existsSync(f));
  if (missing.length > 0) return { graph: null, source: '', note: `spec files named in the manifest are not here (${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', …' : ''}): run from the folder generate ran in, or pass --graph FILE` };
  const responses = manifest?.config?.responses;
  const loaded = await loadSpecs(specs, typeof responses === 'string' && existsSync(responses) ? { responses } : {});
  return { graph: buildGraph(loaded.operations), source: `built from the ${specs.length} spec file(s) in the manifest` };
}

/** `#rrggbb` of a hue at 55% saturation and 45% lightness (sigma.js reads hex and rgb colours, not hsl). */
function hueHex(hue: number): string {
  const s = 0.55;
  const l = 0.45;
  const channel = (n: number): string => {
    const k = (n + hue / 30) % 12;
    const value = l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255).toString(16).padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

function apiColors(apis: string[]): Record<string, string> {
  // Past the palette, hues spaced by the golden angle stay apart.
  return Object.fromEntries(apis.map((api, i) => [api, PALETTE[i] ?? hueHex((i * 137.508) % 360)]));
}

/** Node positions: start on a circle sorted by API (so APIs start together), then ForceAtlas2, deterministic. */
function layout(graph: ApiGraph, ids: string[]): Record<string, { x: number; y: number }> {
  const copy = new DirectedGraph();
  ids.forEach((id, i) => {
    const angle = (2 * Math.PI * i) / ids.length;
    copy.addNode(id, { x: 100 * Math.cos(angle), y: 100 * Math.sin(angle) });
  });
  graph.forEachEdge((_edge, _attrs, from, to) => {
    if (!copy.hasEdge(from, to)) copy.addEdge(from, to);
  });
  if (ids.length < 2) return Object.fromEntries(ids.map((id) => [id, { x: 0, y: 0 }]));
  const settings = { ...forceAtlas2.inferSettings(copy), barnesHutOptimize: ids.length > 500 };
  return forceAtlas2(copy, { iterations: ids.length > 2000 ? 100 : 300, settings });
}

export function reportGraph(graph: ApiGraph, source: string): ReportGraph {
  const ids = graph.nodes().sort((a, b) => {
    const x = graph.getNodeAttribute(a, 'api');
    const y = graph.getNodeAttribute(b, 'api');
    return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
  });
  const colors = apiColors([...new Set(ids.map((id) => graph.getNodeAttribute(id, 'api')))]);
  const positions = layout(graph, ids);
  const round = (x: number): number => Math.round(x * 100) / 100;
  const nodes = ids.map((id) => {
    const attrs = graph.getNodeAttributes(id);
    const p = positions[id] ?? { x: 0, y: 0 };
    return { id, label: `${attrs.method} ${attrs.path}`, api: attrs.api, x: round(p.x), y: round(p.y), size: round(2 + Math.sqrt(graph.degree(id))), color: colors[attrs.api] ?? '#888' };
  });
  const edges = graph
    .mapEdges((_key, attrs, from, to) => ({
      from,
      to,
      kind: attrs.kind,
      score: attrs.score,
      pairs: attrs.pairs.slice(0, PAIRS_PER_EDGE).map((p) => ({ output: p.output, input: p.input, score: p.score, reasons: p.evidence.reasons.slice(0, REASONS_PER_PAIR) })),
    }))
    .sort((a, b) => b.score - a.score || (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : 1))
    .slice(0, MAX_EDGES);
  return { source, nodes, edges, apiColors: colors, kindColors: KIND_COLORS };
}
