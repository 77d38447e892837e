export type * from './types.ts';
export { DEFAULT_GRAPH_CONFIG, resolveGraphConfig } from './config.ts';
export type { GraphConfig, GraphWeights } from './config.ts';
export { buildGraph, edgeKind, edgeKey, explainEdge, nodeAttributes, resolveOperation } from './build.ts';
export type { BuildHooks, Explanation } from './build.ts';
export { GRAPH_FORMAT, GRAPH_FORMAT_VERSION, graphMeta, loadGraph, parseGraph, saveGexf, saveGraph, serializeGraph, toGexf } from './persist.ts';
export type { GraphMetaInput } from './persist.ts';
export { summarizeGraph } from './summary.ts';
export type { GraphSummary } from './summary.ts';
