/** Counts over canonical records, for `dialforge stats` (streaming: counts only). */
import { checkMeaning, MEANING_INVARIANTS } from '../check/index.ts';
import type { DialogueRecord } from '../plan/index.ts';
import { DEFAULT_SPLIT, assignSplit, crossingApis, type SplitOptions } from './split.ts';
import { TextStatsCounter, formatTextStats, type TextStats } from './text-stats.ts';

export interface DialogueStats {
  dialogues: number;
  flows: Record<string, number>;
  families: Record<string, number>;
  actions: Record<string, number>;
  /** Turns per dialogue: histogram plus summary figures. */
  turns: { min: number; max: number; mean: number; median: number; histogram: Record<string, number> };
  /** Masked (asked) parameters per dialogue, and which parameters are masked most. */
  masked: { perDialogue: Record<string, number>; params: Record<string, number> };
  operations: Record<string, number>;
  selfCorrection: Record<string, number>;
  splits: Record<string, number>;
  /**
   * Dialogues breaking each invariant of meaning (DESIGN.md 7–9: side-effecting lookup, invented required
   * value, silent pick, empty read result, reversed range, entity mismatch); 0 for a file dialforge wrote.
   */
  meaning: Record<string, number>;
  /** Variety of the wording and texts no person would say (markup, identifiers). */
  text: TextStats;
}

/** `split`: the split options export would use (default: meta.split, else train/val/test 0.8/0.1/0.1 by API). */
export async function dialogueStats(records: AsyncIterable<DialogueRecord> | Iterable<DialogueRecord>, options: { split?: SplitOptions } = {}): Promise<DialogueStats> {
  const stats: DialogueStats = {
    dialogues: 0,
    flows: {},
    families: {},
    actions: {},
    turns: { min: 0, max: 0, mean: 0, median: 0, histogram: {} },
    masked: { perDialogue: {}, params: {} },
    operations: {},
    selfCorrection: {},
    splits: {},
    meaning: Object.fromEntries(MEANING_INVARIANTS.map((id) => [id, 0])),
    text: new TextStatsCounter().result(),
  };
  const text = new TextStatsCounter();
  const bump = (counts: Record<string, number>, key: string): void => {
    counts[key] = (counts[key] ?? 0) + 1;
  };
  const turnCounts = new Map<number, number>();
  let totalTurns = 0;
  for await (const r of records) {
    stats.dialogues++;
    text.add(r);
    bump(stats.flows, r.flow);
    bump(stats.families, r.family);
    for (const t of r.turns) if (t.speaker !== 'tool') bump(stats.actions, t.action);
    turnCounts.set(r.turns.length, (turnCounts.get(r.turns.length) ?? 0) + 1);
    totalTurns += r.turns.length;
    const asked = r.slots.filter((s) => s.source === 'asked');
    bump(stats.masked.perDialogue, String(asked.length));
    for (const s of asked) bump(stats.masked.params, `${s.operation}.${s.param}`);
    for (const t of r.turns) if (t.speaker === 'assistant' && t.call && t.error === undefined) bump(stats.operations, t.call.operation);
    if (r.meta.self_correction) bump(stats.selfCorrection, r.meta.self_correction);
    for (const invariant of new Set(checkMeaning(r).map((v) => v.invariant))) bump(stats.meaning, invariant);
    // The split export would give it: meta.split when the record has one and no split is asked for.
    const split = options.split ?? DEFAULT_SPLIT;
    if (!options.split && r.meta.split) bump(stats.splits, r.meta.split);
    else bump(stats.splits, crossingApis(r, split).length > 0 ? '(left out: APIs of two splits)' : assignSplit(r, split));
  }
  stats.text = text.result();
  const lengths = [...turnCounts].sort(([a], [b]) => a - b);
  if (lengths.length > 0) {
    stats.turns.min = lengths[0]![0];
    stats.turns.max = lengths[lengths.length - 1]![0];
    stats.turns.mean = Math.round((totalTurns / stats.dialogues) * 100) / 100;
    let seen = 0;
    for (const [n, count] of lengths) {
      seen += count;
      if (seen * 2 >= stats.dialogues) {
        stats.turns.median = n;
        break;
      }
    }
    stats.turns.histogram = Object.fromEntries(lengths.map(([n, c]) => [String(n), c]));
  }
  return stats;
}

/** A plain-text table: label, count, share, bar. Rows sorted by count unless `keepOrder`. */
/** `of`: what a share is of (default: the sum of the counts; the dialogue count where one dialogue counts in several rows). */
export function countTable(title: string, counts: Record<string, number>, options: { top?: number; keepOrder?: boolean; of?: number } = {}): string {
  let rows = Object.entries(counts);
  if (!options.keepOrder) rows.sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  const total = options.of ?? rows.reduce((s, [, c]) => s + c, 0);
  const hidden = options.top !== undefined && rows.length > options.top ? rows.length - options.top : 0;
  if (hidden > 0) rows = rows.slice(0, options.top);
  const width = Math.max(title.length, ...rows.map(([k]) => k.length));
  const countWidth = Math.max(5, ...rows.map(([, c]) => String(c).length));
  const max = Math.max(1, ...rows.map(([, c]) => c));
  const lines = [`${title.padEnd(width)}  ${'count'.padStart(countWidth)}  share`, `${'-'.repeat(width)}  ${'-'.repeat(countWidth)}  -----`];
  for (const [key, count] of rows) {
    const share = total > 0 ? `${((count / total) * 100).toFixed(1)}%`.padStart(6) : '     -';
    lines.push(`${key.padEnd(width)}  ${String(count).padStart(countWidth)} ${share}  ${'#'.repeat(Math.max(1, Math.round((count / max) * 30)))}`);
  }
  if (hidden > 0) lines.push(`(${hidden} more)`);
  return lines.join('\n');
}

export function formatStats(stats: DialogueStats): string {
  const t = stats.turns;
  return [
    `${stats.dialogues} dialogues`,
    countTable('flow', stats.flows),
    countTable('family', stats.families),
    countTable('action', stats.actions),
    `turns per dialogue: min ${t.min}, median ${t.median}, mean ${t.mean}, max ${t.max}\n${countTable('turns', t.histogram, { keepOrder: true })}`,
    countTable('masked params', stats.masked.perDialogue, { keepOrder: true }),
    countTable('masked parameter', stats.masked.params, { top: 15 }),
    countTable('operation called', stats.operations, { top: 20 }),
    ...(Object.keys(stats.selfCorrection).length > 0 ? [countTable('self-correction', stats.selfCorrection)] : []),
    countTable('split', stats.splits),
    countTable('dialogues breaking an invariant of meaning', stats.meaning, { keepOrder: true, of: stats.dialogues }),
    formatTextStats(stats.text),
  ].join('\n\n');
}
