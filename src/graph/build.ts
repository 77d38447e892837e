/** Builds the API compatibility graph from operations, and explains why an edge exists or not. */
import { DirectedGraph } from 'graphology';
import { DialforgeError } from '../errors.ts';
import { withEffect, type Operation } from '../specs/index.ts';
import { resolveGraphConfig, type GraphConfig } from './config.ts';
import { findMatches, isUserInput, prepare, scorePair } from './_match.ts';
import type { EmbeddingTable } from './embeddings.ts';
import type { ApiGraph, EdgeAttributes, EdgeKind, EdgePair, GraphAttributes, NodeAttributes } from './types.ts';

/** Config overrides, plus what is not config: an embedding table from `computeEmbeddings` (never saved in the settings). */
export interface BuildOptions extends Partial<GraphConfig> {
  /** Adds the embedding cosine to the description evidence (see `embeddingShare`); absent = TF-IDF only. */
  embeddings?: EmbeddingTable;
}

/** The config part of the options (what a saved graph records as its settings). */
function splitOptions(options: BuildOptions): { config: GraphConfig; embeddings: EmbeddingTable | undefined } {
  const { embeddings, ...overrides } = options;
  return { config: resolveGraphConfig(overrides), embeddings };
}

export interface BuildHooks {
  /** Called now and then while matching: params handled so far, and in all. */
  onProgress?: (done: number, total: number) => void;
}

/** Operations sorted by id, duplicate ids made unique (`~2`, `~3`…) so every operation is a node. */
function normalizeOperations(operations: Operation[]): Operation[] {
  const seen = new Map<string, number>();
  const out: Operation[] = [];
  for (const op of operations) {
    const n = (seen.get(op.id) ?? 0) + 1;
    seen.set(op.id, n);
    const decided = withEffect(op);
    out.push(n === 1 ? decided : { ...decided, id: `${op.id}~${n}` });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * ToolDial's edge kind, per DESIGN.md: `yes*` when the source needs inputs (has a required param a
 * caller must supply), `zero*` when it needs none; `*yes` when the target needs more than the chained
 * params, `*zero` when the chained params are all it requires.
 */
export function edgeKind(source: Operation, target: Operation, chainedInputs: Iterable<string>, options: Partial<GraphConfig> = {}): EdgeKind {
  const config = 'weights' in options && options.excludedLocations ? (options as GraphConfig) : resolveGraphConfig(options);
  const chained = new Set(chainedInputs);
  const sourceNeeds = source.inputs.some((p) => p.required && isUserInput(p, config));
  const targetNeedsMore = target.inputs.some((p) => p.required && isUserInput(p, config) && !chained.has(p.name));
  return `${sourceNeeds ? 'yes' : 'zero'}${targetNeedsMore ? 'yes' : 'zero'}` as EdgeKind;
}

function comparePairs(a: EdgePair, b: EdgePair): number {
  return b.score - a.score || (a.input < b.input ? -1 : a.input > b.input ? 1 : 0) || (a.output < b.output ? -1 : a.output > b.output ? 1 : 0);
}

export function nodeAttributes(op: Operation): NodeAttributes {
  return { source: op.api.source, api: op.api.name, method: op.method, path: op.path, name: op.name, operation: op };
}

export const edgeKey = (from: string, to: string): string => `${from}->${to}`;

/**
 * Every (output field → input param) pair that matches, grouped into one edge per operation pair.
 * Nodes and edges are inserted in sorted order, so the same operations give the same graph, byte for byte.
 */
export function buildGraph(operations: Operation[], options: BuildOptions = {}, hooks: BuildHooks = {}): ApiGraph {
  const { config, embeddings } = splitOptions(options);
  const ops = normalizeOperations(operations);
  const prep = prepare(ops, config, embeddings);
  const matches = findMatches(prep, hooks.onProgress);

  const byEdge = new Map<number, Map<number, EdgePair[]>>();
  for (const m of matches) {
    const from = prep.fields[m.field]!.op;
    const to = prep.params[m.param]!.op;
    let targets = byEdge.get(from);
    if (!targets) byEdge.set(from, (targets = new Map()));
    let pairs = targets.get(to);
    if (!pairs) targets.set(to, (pairs = []));
    pairs.push(m.pair);
  }

  const graph: ApiGraph = new DirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
  for (const op of ops) graph.addNode(op.id, nodeAttributes(op));
  for (const from of [...byEdge.keys()].sort((a, b) => a - b)) {
    const targets = byEdge.get(from)!;
    for (const to of [...targets.keys()].sort((a, b) => a - b)) {
      const pairs = targets.get(to)!.sort(comparePairs);
      const source = ops[from]!;
      const target = ops[to]!;
      const kind = edgeKind(source, target, pairs.map((p) => p.input), config);
      const relation = prep.relations[from]!;
      graph.addDirectedEdgeWithKey(edgeKey(source.id, target.id), source.id, target.id, { kind, relation, pairs, score: pairs[0]!.score });
    }
  }
  return graph;
}

/** Finds an operation by exact id, then by exact name, then by a unique id suffix or substring. */
export function resolveOperation(operations: Operation[], query: string): Operation {
  const exact = operations.find((op) => op.id === query);
  if (exact) return exact;
  const tries: Array<(op: Operation) => boolean> = [
    (op) => op.name === query,
    (op) => op.id.toLowerCase().endsWith(query.toLowerCase()),
    (op) => op.id.toLowerCase().includes(query.toLowerCase()) || `${op.method} ${op.path}`.toLowerCase() === query.toLowerCase(),
  ];
  for (const test of tries) {
    const found = operations.filter(test);
    if (found.length === 1) return found[0]!;
    if (found.length > 1) {
      const shown = found.slice(0, 8).map((op) => op.id).join(', ');
      throw new DialforgeError('E_USAGE', `operation "${query}" is ambiguous: ${shown}${found.length > 8 ? ', …' : ''}; give the full id`);
    }
  }
  throw new DialforgeError('E_USAGE', `no operation "${query}" in the given specs or graph; list ids with \`dialforge specs\``);
}

export interface Explanation {
  from: Operation;
  to: Operation;
  /** The edge, when the graph has one. */
  edge?: EdgeAttributes;
  /** Every (output of `from`, input of `to`) pair with its scores, best first, and its verdict. */
  candidates: Array<EdgePair & { verdict: string }>;
  /** Outputs of `from` that echo one of its own required inputs (`field ← input`): they feed no lookup. */
  echoes: string[];
}

/**
 * Why `from → to` is an edge or not: every field of `from` against every param of `to`, scored exactly as
 * the builder scores them (description IDF from all `operations`). With `graph`, a pair that passes but
 * is missing from it was cut by `maxSourcesPerInput`.
 */
export function explainEdge(operations: Operation[], fromQuery: string, toQuery: string, options: BuildOptions = {}, graph?: ApiGraph): Explanation {
  const { config, embeddings } = splitOptions(options);
  const ops = normalizeOperations(operations);
  const from = resolveOperation(ops, fromQuery);
  const to = resolveOperation(ops, toQuery);
  const prep = prepare(ops, config, embeddings);
  const fromIndex = ops.indexOf(from);
  const toIndex = ops.indexOf(to);
  const key = edgeKey(from.id, to.id);
  const edge = graph?.hasEdge(key) ? graph.getEdgeAttributes(key) : undefined;
  const candidates: Explanation['candidates'] = [];
  for (let fi = prep.fieldStart[fromIndex]!; fi < prep.fieldStart[fromIndex + 1]!; fi++) {
    for (let pi = prep.paramStart[toIndex]!; pi < prep.paramStart[toIndex + 1]!; pi++) {
      const { pair, verdict } = scorePair(prep, fi, pi);
      let finalVerdict = verdict;
      if (verdict === 'kept' && graph && !edge?.pairs.some((p) => p.output === pair.output && p.input === pair.input)) {
        finalVerdict = `passes, but cut: more than ${config.maxSourcesPerInput} better cross-API sources for "${pair.input}"`;
      }
      candidates.push({ ...pair, verdict: finalVerdict });
    }
  }
  candidates.sort(comparePairs);
  const echoes: string[] = [];
  for (let fi = prep.fieldStart[fromIndex]!; fi < prep.fieldStart[fromIndex + 1]!; fi++) {
    const f = prep.fields[fi]!;
    if (f.echoOf !== undefined) echoes.push(`${f.field.path} ← ${f.echoOf}`);
  }
  const result: Explanation = { from, to, candidates, echoes };
  if (edge) result.edge = edge;
  return result;
}
