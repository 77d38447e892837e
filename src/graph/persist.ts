/**
 * Saved graphs: graphology's serialized JSON (`graph.export()`), with the metadata as the graph attribute
 * `dialforge`; and GEXF for Gephi.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DirectedGraph } from 'graphology';
import { write as writeGexfString } from 'graphology-gexf';
import { DialforgeError } from '../errors.ts';
import type { ApiGraph, EdgeAttributes, GraphAttributes, GraphMeta, NodeAttributes } from './types.ts';

export const GRAPH_FORMAT = 'dialforge-graph';
export const GRAPH_FORMAT_VERSION = 1;

/** The metadata a saved graph carries; `format` and `formatVersion` are filled in. */
export type GraphMetaInput = Omit<GraphMeta, 'format' | 'formatVersion'>;

/** The text `saveGraph` writes: deterministic for the same graph and meta. */
export function serializeGraph(graph: ApiGraph, meta: GraphMetaInput): string {
  const data = graph.export();
  const full: GraphMeta = { format: GRAPH_FORMAT, formatVersion: GRAPH_FORMAT_VERSION, ...meta };
  data.attributes = { ...data.attributes, dialforge: full };
  return `${JSON.stringify(data)}\n`;
}

export function saveGraph(graph: ApiGraph, file: string, meta: GraphMetaInput): void {
  const text = serializeGraph(graph, meta);
  graph.setAttribute('dialforge', { format: GRAPH_FORMAT, formatVersion: GRAPH_FORMAT_VERSION, ...meta });
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  } catch (cause) {
    throw new DialforgeError('E_READ', `cannot write the graph: ${(cause as Error).message}; check the folder exists and is writable`, { file, cause });
  }
}

export function parseGraph(text: string, file = '<graph>'): ApiGraph {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new DialforgeError('E_PARSE', `not JSON: ${(cause as Error).message}; a graph file is written by \`dialforge graph -o\``, { file, cause });
  }
  const record = data as { attributes?: GraphAttributes; nodes?: unknown; edges?: unknown };
  const meta = record?.attributes?.dialforge;
  if (!meta || meta.format !== GRAPH_FORMAT || !Array.isArray(record.nodes) || !Array.isArray(record.edges)) {
    throw new DialforgeError('E_GRAPH', 'not a dialforge graph (no `attributes.dialforge` with format "dialforge-graph"); build one with `dialforge graph <specs…> -o FILE`', { file, location: '#/attributes/dialforge' });
  }
  if (meta.formatVersion !== GRAPH_FORMAT_VERSION) {
    throw new DialforgeError('E_GRAPH', `graph format version ${String(meta.formatVersion)} is not supported (this dialforge reads ${GRAPH_FORMAT_VERSION}); rebuild it with \`dialforge graph\``, { file, location: '#/attributes/dialforge/formatVersion' });
  }
  try {
    return DirectedGraph.from(data as Parameters<typeof DirectedGraph.from>[0]) as unknown as ApiGraph;
  } catch (cause) {
    throw new DialforgeError('E_GRAPH', `broken graph: ${(cause as Error).message}; rebuild it with \`dialforge graph\``, { file, cause });
  }
}

export function loadGraph(file: string): ApiGraph {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new DialforgeError('E_READ', `cannot read the graph: ${(cause as Error).message}; build one with \`dialforge graph <specs…> -o ${file}\``, { file, cause });
  }
  return parseGraph(text, file);
}

/** The metadata of a built or loaded graph (undefined for a graph never saved). */
export function graphMeta(graph: ApiGraph): GraphMeta | undefined {
  return graph.getAttribute('dialforge');
}

/** GEXF 1.3 for Gephi: node label = operation name; edge `kind`, `score` and the pairs as text. */
export function toGexf(graph: ApiGraph): string {
  return writeGexfString<NodeAttributes, EdgeAttributes>(graph, {
    version: '1.3',
    formatNode: (_key, attrs) => ({
      label: attrs.name,
      attributes: { api: attrs.api, method: attrs.method, path: attrs.path, source: attrs.source, inputs: attrs.operation.inputs.length, outputs: attrs.operation.outputs.length },
    }),
    formatEdge: (_key, attrs) => ({
      weight: attrs.score,
      attributes: { kind: attrs.kind, score: attrs.score, pairs: attrs.pairs.map((p) => `${p.output}→${p.input}`).join(', ') },
    }),
  });
}

export function saveGexf(graph: ApiGraph, file: string): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, toGexf(graph));
  } catch (cause) {
    throw new DialforgeError('E_READ', `cannot write GEXF: ${(cause as Error).message}`, { file, cause });
  }
}
