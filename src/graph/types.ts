import type { Operation } from '../specs/types.ts';

/** ToolDial's edge kinds: does the source need inputs (yes/zero), does the target need more than the chained param (yes/zero). */
export type EdgeKind = 'yesyes' | 'yeszero' | 'zeroyes' | 'zerozero';

/** Why an output field was judged to feed an input param; every number in [0, 1]. */
export interface PairEvidence {
  name: number;
  context: number;
  /** TF-IDF cosine of names + descriptions. */
  description: number;
  type: number;
  /**
   * Embedding cosine of the field's and the param's texts, only when the graph was built with an embedding
   * table; the score then uses (1 − embeddingShare)·description + embeddingShare·embedding for the description.
   */
  embedding?: number;
  reasons: string[];
}

export interface EdgePair {
  /** Output field path of the source operation, e.g. `data[].id`. */
  output: string;
  /** Input param name of the target operation. */
  input: string;
  required: boolean;
  score: number;
  evidence: PairEvidence;
  /** The output sits inside an array: the caller picks one item's value (absent when false). */
  isList?: boolean;
}

/**
 * What an edge is for. `lookup`: the source is a read, so calling it to find a value the user lacks is what
 * a careful assistant does. `produces`: the source creates something or acts (create an order, then use its
 * id): a "do X, then use its result" step the user asked for, never a lookup.
 */
export type EdgeRelation = 'lookup' | 'produces';

export interface EdgeAttributes {
  kind: EdgeKind;
  /** The source's effect decides it: reads look up, creates and actions produce. */
  relation: EdgeRelation;
  /** Every matching pair, best first. */
  pairs: EdgePair[];
  /** Best pair score. */
  score: number;
}

export interface NodeAttributes {
  source: string;
  api: string;
  method: string;
  path: string;
  name: string;
  /** The full operation, so a saved graph is enough to generate dialogues. */
  operation: Operation;
}

/** What a saved graph says about how it was made (graph attribute `dialforge`). */
export interface GraphMeta {
  format: 'dialforge-graph';
  /** 2: operations carry `effect`, edges `relation` (version 1 graphs are rebuilt). */
  formatVersion: 2;
  /** `dialforge@<version>`. */
  tool: string;
  /** Every spec file (as given) and responses folder read, with the sha256 of its content. */
  inputs: Array<{ file: string; sha256: string }>;
  /** The resolved GraphConfig the graph was built with. */
  settings: Record<string, unknown>;
}

export interface GraphAttributes {
  dialforge?: GraphMeta;
  [key: string]: unknown;
}

/** The API compatibility graph: node key = operation id. */
export type ApiGraph = import('graphology').DirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
