/** The data a report page is drawn from: plain JSON, embedded in the HTML file as it is. */
import type { DialogueStats } from '../export/index.ts';

/** One turn as the browser shows it (the dialogue state is left out: it is the bulk of a record). */
export interface ReportTurn {
  speaker: 'user' | 'assistant' | 'tool';
  action?: string;
  text?: string;
  thought?: string;
  query?: string;
  retrieved?: Array<[operation: string, score: number]>;
  request?: string[];
  suggest?: string;
  call?: { operation: string; arguments: Record<string, unknown> };
  /** Tool turns: the operation, status and the result as JSON text (cut at `resultChars`). */
  operation?: string;
  status?: string;
  result?: string;
  error?: { kind: string; note: string };
  train?: boolean;
  corrects?: number;
  /** User turns: the params this turn states. */
  informs?: string[];
}

export interface ReportDialogue {
  id: string;
  index: number;
  flow: string;
  family: string;
  split: string;
  apis: string[];
  operations: string[];
  edgeType: string | null;
  selfCorrection: string | null;
  /** Masked (asked) values and the turn that finally says each one. */
  masked: Array<{ param: string; value: string; turn: number | null }>;
  turns: ReportTurn[];
}

export interface ReportQuality {
  /** Utterances (user and assistant text) read. */
  utterances: number;
  /** Share of utterances that repeat an earlier one exactly (0–1). */
  repeatedShare: number;
  distinct1: number;
  distinct2: number;
  mostRepeated: Array<[text: string, count: number]>;
  /** Records that fail the checker now, and violations by rule. */
  failingRecords: number;
  violations: Record<string, number>;
}

export interface ReportCharts {
  /** Per turn position (0-based, tool turns skipped): how often each action is there. */
  actionsByPosition: Array<Record<string, number>>;
  apis: Record<string, number>;
}

export interface ReportGraphNode {
  id: string;
  label: string;
  api: string;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface ReportGraphEdge {
  from: string;
  to: string;
  kind: string;
  score: number;
  /** Best pairs first: output → input with the evidence reasons. */
  pairs: Array<{ output: string; input: string; score: number; reasons: string[] }>;
}

export interface ReportGraph {
  /** Where the graph came from (a file read, or the specs it was built from). */
  source: string;
  nodes: ReportGraphNode[];
  edges: ReportGraphEdge[];
  apiColors: Record<string, string>;
  kindColors: Record<string, string>;
}

export interface ReportData {
  title: string;
  folder: string;
  manifest: Record<string, unknown> | null;
  stats: DialogueStats;
  charts: ReportCharts;
  quality: ReportQuality;
  /** Dialogues in the browser; `shown < stats.dialogues` means a sample (see `sampleNote`). */
  dialogues: ReportDialogue[];
  sampleNote: string | null;
  graph: ReportGraph | null;
  /** Why there is no graph, when there is none. */
  graphNote: string | null;
  badLines: number;
}
