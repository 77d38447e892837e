/**
 * One pass over a dialogues.jsonl: the `stats` figures, chart series, quality figures and a deterministic
 * sample of dialogues in the compact form the page shows.
 */
import { createHash } from 'node:crypto';
import { DEFAULT_SPLIT, apiOf, assignSplit, crossingApis, dialogueStats, readDialogueRecords } from '../export/index.ts';
import type { DialogueRecord, Turn } from '../plan/index.ts';
import { qualityCounter } from './_quality.ts';
import type { ReportCharts, ReportDialogue, ReportQuality, ReportTurn } from './types.ts';
import type { DialogueStats } from '../export/index.ts';

export interface CollectOptions {
  /** Dialogues kept for the browser; beyond this a deterministic sample (by a hash of the record id). */
  maxDialogues: number;
  /** Tool results longer than this (JSON text) are cut. */
  resultChars: number;
}

export interface Collected {
  stats: DialogueStats;
  charts: ReportCharts;
  quality: ReportQuality;
  dialogues: ReportDialogue[];
  badLines: number;
}

/** The split `stats` and export give the record: meta.split, else the default split by API. */
function splitOf(record: DialogueRecord): string {
  if (record.meta.split) return record.meta.split;
  return crossingApis(record, DEFAULT_SPLIT).length > 0 ? '(left out: APIs of two splits)' : assignSplit(record, DEFAULT_SPLIT);
}

function compactTurn(turn: Turn, resultChars: number): ReportTurn {
  if (turn.speaker === 'tool') {
    const json = JSON.stringify(turn.result) ?? 'null';
    return { speaker: 'tool', operation: turn.operation, status: turn.status, result: json.length > resultChars ? `${json.slice(0, resultChars)}…` : json };
  }
  const out: ReportTurn = { speaker: turn.speaker, action: turn.action };
  if (turn.text !== undefined) out.text = turn.text;
  if (turn.speaker === 'user') {
    if (turn.informs) out.informs = turn.informs.map((p) => p.param);
    return out;
  }
  if (turn.thought !== undefined) out.thought = turn.thought;
  if (turn.query !== undefined) out.query = turn.query;
  if (turn.retrieved) out.retrieved = turn.retrieved.map((r) => [r.operation, r.score]);
  if (turn.request) out.request = turn.request.map((p) => p.param);
  if (turn.suggest !== undefined) out.suggest = turn.suggest;
  if (turn.call) out.call = { operation: turn.call.operation, arguments: turn.call.arguments };
  if (turn.error) out.error = { kind: turn.error.kind, note: turn.error.note };
  if (turn.train !== undefined) out.train = turn.train;
  if (turn.corrects !== undefined) out.corrects = turn.corrects;
  return out;
}

/** Masked values and the last user turn that states each (where the value is finally said). */
function maskedValues(record: DialogueRecord): ReportDialogue['masked'] {
  return record.slots
    .filter((s) => s.source === 'asked')
    .map((slot) => {
      let turn: number | null = null;
      record.turns.forEach((t, i) => {
        if (t.speaker === 'user' && t.informs?.some((p) => p.operation === slot.operation && p.param === slot.param)) turn = i;
      });
      return { param: slot.param, value: typeof slot.value === 'string' ? slot.value : JSON.stringify(slot.value), turn };
    });
}

export function compactDialogue(record: DialogueRecord, options: Pick<CollectOptions, 'resultChars'>): ReportDialogue {
  return {
    id: record.id,
    index: record.index,
    flow: record.flow,
    family: record.family,
    split: splitOf(record),
    apis: [...new Set(record.chain.map((op) => apiOf(record, op)))],
    operations: record.chain,
    edgeType: record.edge_type,
    selfCorrection: record.meta.self_correction ?? null,
    masked: maskedValues(record),
    turns: record.turns.map((t) => compactTurn(t, options.resultChars)),
  };
}

/** A number from the record id: the sample is the `max` records with the smallest keys, whatever the file order. */
function sampleKey(id: string): number {
  return createHash('sha256').update(id).digest().readUInt32BE(0);
}

function sampler(max: number): { add(record: DialogueRecord, make: () => ReportDialogue): void; result(): ReportDialogue[] } {
  let kept: Array<{ key: number; dialogue: ReportDialogue }> = [];
  const trim = (): void => {
    kept.sort((a, b) => a.key - b.key || (a.dialogue.id < b.dialogue.id ? -1 : 1));
    kept = kept.slice(0, max);
  };
  return {
    add(record, make) {
      if (max <= 0) return;
      kept.push({ key: sampleKey(record.id), dialogue: make() });
      if (kept.length >= 2 * max) trim();
    },
    result() {
      trim();
      return kept.map((k) => k.dialogue).sort((a, b) => a.index - b.index || (a.id < b.id ? -1 : 1));
    },
  };
}

export async function collectDialogues(file: string, options: CollectOptions): Promise<Collected> {
  let badLines = 0;
  const actionsByPosition: Array<Record<string, number>> = [];
  const apis: Record<string, number> = {};
  const quality = qualityCounter();
  const sample = sampler(options.maxDialogues);
  async function* tap(): AsyncGenerator<DialogueRecord> {
    for await (const record of readDialogueRecords(file, () => badLines++)) {
      let position = 0;
      for (const turn of record.turns) {
        if (turn.speaker === 'tool') continue;
        const counts = (actionsByPosition[position++] ??= {});
        counts[turn.action] = (counts[turn.action] ?? 0) + 1;
      }
      for (const api of new Set(record.chain.map((op) => apiOf(record, op)))) apis[api] = (apis[api] ?? 0) + 1;
      quality.add(record);
      sample.add(record, () => compactDialogue(record, options));
      yield record;
    }
  }
  const stats = await dialogueStats(tap());
  return { stats, charts: { actionsByPosition, apis }, quality: quality.result(), dialogues: sample.result(), badLines };
}
