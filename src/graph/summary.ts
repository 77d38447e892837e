/** Figures about a graph: what `dialforge graph` prints and the README states. */
import { connectedComponents } from 'graphology-components';
import type { ApiGraph, EdgeKind, EdgeRelation } from './types.ts';

export interface GraphSummary {
  operations: number;
  edges: number;
  edgesByKind: Record<EdgeKind, number>;
  /** Lookup edges (the source is a read) and produces edges (the source creates or acts). */
  edgesByRelation: Record<EdgeRelation, number>;
  /** Operations by effect. */
  operationsByEffect: Record<string, number>;
  /** Pairs (output field → input param) over all edges. */
  pairs: number;
  /** Edges whose source and target belong to different APIs. */
  crossApiEdges: number;
  apis: number;
  /** Connected components (edge direction ignored), isolated operations included. */
  components: number;
  /** Operations in the largest component. */
  largestComponent: number;
  /** Most connected operations: in + out degree, then id. */
  hubs: Array<{ id: string; in: number; out: number }>;
  /** Operations with no edge at all, by id. */
  isolated: string[];
}

export function summarizeGraph(graph: ApiGraph, topHubs = 10): GraphSummary {
  const edgesByKind: Record<EdgeKind, number> = { yesyes: 0, yeszero: 0, zeroyes: 0, zerozero: 0 };
  const edgesByRelation: Record<EdgeRelation, number> = { lookup: 0, produces: 0 };
  const operationsByEffect: Record<string, number> = { read: 0, create: 0, update: 0, delete: 0, action: 0 };
  let pairs = 0;
  let crossApiEdges = 0;
  graph.forEachEdge((_key, attrs, _source, _target, sourceAttrs, targetAttrs) => {
    edgesByKind[attrs.kind]++;
    edgesByRelation[attrs.relation]++;
    pairs += attrs.pairs.length;
    if (sourceAttrs.api !== targetAttrs.api) crossApiEdges++;
  });
  const apis = new Set<string>();
  const hubs: GraphSummary['hubs'] = [];
  const isolated: string[] = [];
  graph.forEachNode((id, attrs) => {
    apis.add(attrs.api);
    operationsByEffect[attrs.operation.effect] = (operationsByEffect[attrs.operation.effect] ?? 0) + 1;
    const inDegree = graph.inDegree(id);
    const outDegree = graph.outDegree(id);
    if (inDegree + outDegree === 0) isolated.push(id);
    else hubs.push({ id, in: inDegree, out: outDegree });
  });
  hubs.sort((a, b) => b.in + b.out - (a.in + a.out) || (a.id < b.id ? -1 : 1));
  const components = connectedComponents(graph);
  return {
    operations: graph.order,
    edges: graph.size,
    edgesByKind,
    edgesByRelation,
    operationsByEffect,
    pairs,
    crossApiEdges,
    apis: apis.size,
    components: components.length,
    largestComponent: components.reduce((max, c) => Math.max(max, c.length), 0),
    hubs: hubs.slice(0, topHubs),
    isolated: isolated.sort(),
  };
}
