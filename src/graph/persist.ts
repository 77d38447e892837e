/**
 * Saved graphs: graphology's serialized JSON (`graph.export()`), with the metadata as the graph attribute
 * `dialforge`; GEXF for Gephi; GraphML for Gephi, yEd, Cytoscape and networkx.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DirectedGraph } from 'graphology';
import { write as writeGexfString } from 'graphology-gexf';
import { DialforgeError } from '../errors.ts';
import type { ApiGraph, EdgeAttributes, GraphAttributes, GraphMeta, NodeAttributes } from './types.ts';

export const GRAPH_FORMAT = 'dialforge-graph';
export const GRAPH_FORMAT_VERSION = 2;

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

/** GEXF 1.3 for Gephi: node label = operation name, node `effect`; edge `kind`, `relation`, `score` and the pairs as text. */
export function toGexf(graph: ApiGraph): string {
  return writeGexfString<NodeAttributes, EdgeAttributes>(graph, {
    version: '1.3',
    formatNode: (_key, attrs) => ({
      label: attrs.name,
      attributes: { api: attrs.api, method: attrs.method, path: attrs.path, source: attrs.source, effect: attrs.operation.effect, inputs: attrs.operation.inputs.length, outputs: attrs.operation.outputs.length },
    }),
    formatEdge: (_key, attrs) => ({
      weight: attrs.score,
      attributes: { kind: attrs.kind, relation: attrs.relation, score: attrs.score, pairs: attrs.pairs.map((p) => `${p.output}→${p.input}`).join(', ') },
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

/** Characters XML 1.0 forbids (C0 controls but tab/newline/return, lone surrogates, U+FFFE/U+FFFF) become U+FFFD. */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escaped for XML element text and double-quoted attribute values alike (whitespace kept as character references). */
function xmlEscape(value: string): string {
  return value.replace(XML_FORBIDDEN, '\uFFFD').replace(/[&<>"'\t\n\r]/g, (c) => XML_ENTITIES[c]!);
}

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

type GraphmlType = 'string' | 'int' | 'double';

/**
 * GraphML (the graphml.graphdrawing.org schema) with the same attributes as the GEXF: node `label`
 * (operation name), `api`, `method`, `path`, `source`, `effect`, `inputs`, `outputs`; edge `kind`, `relation`, `score`,
 * `weight` (= score, read by Gephi) and the pairs as text. Node ids are the operation ids. Written here:
 * graphology-graphml publishes only a parser.
 */
export function toGraphml(graph: ApiGraph): string {
  const nodeKeys: Array<[string, GraphmlType]> = [['label', 'string'], ['api', 'string'], ['method', 'string'], ['path', 'string'], ['source', 'string'], ['effect', 'string'], ['inputs', 'int'], ['outputs', 'int']];
  const edgeKeys: Array<[string, GraphmlType]> = [['kind', 'string'], ['relation', 'string'], ['score', 'double'], ['weight', 'double'], ['pairs', 'string']];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeKeys.map(([name, type]) => `  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`),
    ...edgeKeys.map(([name, type]) => `  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`),
    '  <graph id="G" edgedefault="directed">',
  ];
  const data = (prefix: string, key: string, value: string | number): string => `      <data key="${prefix}_${key}">${xmlEscape(String(value))}</data>`;
  graph.forEachNode((id, attrs) => {
    lines.push(`    <node id="${xmlEscape(id)}">`);
    lines.push(data('n', 'label', attrs.name), data('n', 'api', attrs.api), data('n', 'method', attrs.method), data('n', 'path', attrs.path), data('n', 'source', attrs.source), data('n', 'effect', attrs.operation.effect));
    lines.push(data('n', 'inputs', attrs.operation.inputs.length), data('n', 'outputs', attrs.operation.outputs.length));
    lines.push('    </node>');
  });
  graph.forEachEdge((_key, attrs, source, target) => {
    lines.push(`    <edge source="${xmlEscape(source)}" target="${xmlEscape(target)}">`);
    lines.push(data('e', 'kind', attrs.kind), data('e', 'relation', attrs.relation), data('e', 'score', attrs.score), data('e', 'weight', attrs.score));
    lines.push(data('e', 'pairs', attrs.pairs.map((p) => `${p.output}→${p.input}`).join(', ')));
    lines.push('    </edge>');
  });
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}

export function saveGraphml(graph: ApiGraph, file: string): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, toGraphml(graph));
  } catch (cause) {
    throw new DialforgeError('E_READ', `cannot write GraphML: ${(cause as Error).message}; check the folder exists and is writable`, { file, cause });
  }
}
