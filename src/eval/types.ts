/** The nouns of the eval stage: what a model answered, what it was taken to mean, and the figures. */
import type { EvalItem } from '../export/index.ts';

export type { EvalItem } from '../export/index.ts';

/** Which prompt an item is sent with: the next turn (tools offered) or the dialogue state as JSON. */
export type EvalMode = 'next' | 'dst';
export const EVAL_MODES: readonly EvalMode[] = ['next', 'dst'];

/** A tool call as the model sent it: `arguments` is the raw JSON text. */
export interface ReplyCall {
  name: string;
  arguments: string;
}

/** One answer of a model (or a baseline) to one prompt; `error` when no answer came back. */
export interface ModelReply {
  content: string;
  toolCalls: ReplyCall[];
  error?: string;
}

/** A tool call with its arguments parsed (null when they were not a JSON object). */
export interface PredictedCall {
  name: string;
  arguments: Record<string, unknown> | null;
}

/** What the next-turn reply was taken to mean. */
export interface NextPrediction {
  /** One of our assistant actions, or `no_answer` (empty, failed or unreadable). */
  action: string;
  /** The first non-retriever tool call, if any. */
  call?: PredictedCall;
  /** Tool calls whose arguments were not a JSON object, and other unreadable parts. */
  malformed: boolean;
}

/** The dialogue state parsed from a dst reply; null when the reply held no readable state. */
export type PredictedState =
  | { api_confirmed: false }
  | { api_confirmed: true; operation: string; values: Record<string, unknown> }
  | null;

/** One item with the answers it got (a mode's answer is absent when that mode was not run). */
export interface ItemAnswer {
  item: EvalItem;
  next?: { reply: ModelReply; prediction: NextPrediction };
  dst?: { reply: ModelReply; state: PredictedState };
}

/** One figure: its value (null when no item applies) and how many items it is over. */
export interface Figure {
  value: number | null;
  n: number;
  /** Which way is better (1.0 is perfect for `higher`, 0.0 for `lower`). */
  better: 'higher' | 'lower';
}

export interface MetricReport {
  metric: string;
  title: string;
  mode: EvalMode;
  figures: Record<string, Figure>;
  /** Named breakdowns: group → figure (accuracy per gold action, per flow family …). */
  breakdowns: Record<string, Record<string, Figure>>;
  /** gold → predicted → count, for metrics that have one. */
  confusion?: Record<string, Record<string, number>>;
}

/** A metric: one file in metrics/, registered in metrics/index.ts. */
export interface Metric {
  name: string;
  title: string;
  mode: EvalMode;
  /** Pure: the answers of every item (items the metric does not apply to are skipped by it). */
  score(answers: readonly ItemAnswer[]): MetricReport;
}

export interface EvalReport {
  items: number;
  metrics: MetricReport[];
}
