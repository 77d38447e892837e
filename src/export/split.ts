/**
 * Deterministic, group-aware splits. A dialogue's split is a pure function of its group key (target
 * API, target operation or dialogue id) and the split seed, so adding dialogues never moves earlier
 * ones, and with `by: 'api'` every dialogue of one API lands in the same split.
 */
import { createHash } from 'node:crypto';
import { DialforgeError } from '../errors.ts';
import type { DialogueRecord } from '../plan/index.ts';

export type SplitBy = 'api' | 'operation' | 'dialogue';
export const SPLIT_BY: readonly SplitBy[] = ['api', 'operation', 'dialogue'];

export interface SplitOptions {
  /** Split name → share; shares are normalised, order is kept (e.g. train, val, test). */
  ratios: Record<string, number>;
  by: SplitBy;
  seed: number;
}

export const DEFAULT_SPLIT: SplitOptions = { ratios: { train: 0.8, val: 0.1, test: 0.1 }, by: 'api', seed: 0 };

/** Parses `train=0.8,val=0.1,test=0.1` (shares need not sum to 1; they are normalised). */
export function parseSplitRatios(text: string): Record<string, number> {
  const ratios: Record<string, number> = {};
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const match = /^([A-Za-z][\w-]*)=(\d+(?:\.\d+)?)$/.exec(part);
    if (!match) throw new DialforgeError('E_USAGE', `--split: "${part}" is not name=share (e.g. --split train=0.8,val=0.1,test=0.1)`);
    const name = match[1]!;
    if (name in ratios) throw new DialforgeError('E_USAGE', `--split: split "${name}" is given twice`);
    ratios[name] = Number(match[2]);
  }
  const total = Object.values(ratios).reduce((a, b) => a + b, 0);
  if (Object.keys(ratios).length === 0 || !(total > 0)) throw new DialforgeError('E_USAGE', `--split: give at least one split with a share above 0 (e.g. --split train=0.8,val=0.1,test=0.1)`);
  return ratios;
}

/** The operation a dialogue is about: the last of its chain (the target). */
export function targetOperation(record: DialogueRecord): string {
  return record.chain[record.chain.length - 1] ?? Object.keys(record.operations).sort()[0] ?? record.id;
}

export function apiOf(record: DialogueRecord, operation: string): string {
  const op = record.operations[operation];
  if (op) return op.api;
  const dot = operation.indexOf('.');
  return dot > 0 ? operation.slice(0, dot) : operation;
}

/** Every API a dialogue touches: the operations it uses and calls (retrieved-only candidates excluded). */
export function apisOf(record: DialogueRecord): string[] {
  const apis = new Set<string>();
  for (const id of Object.keys(record.operations)) apis.add(apiOf(record, id));
  for (const t of record.turns) if (t.speaker === 'assistant' && t.call) apis.add(apiOf(record, t.call.operation));
  return [...apis].sort();
}

export function groupKey(record: DialogueRecord, by: SplitBy): string {
  if (by === 'dialogue') return `dialogue:${record.id}`;
  const target = targetOperation(record);
  return by === 'operation' ? `operation:${target}` : `api:${apiOf(record, target)}`;
}

/** Uniform number in [0, 1) from (seed, key). */
function unitHash(seed: number, key: string): number {
  const digest = createHash('sha256').update(`${seed}\u0000${key}`).digest();
  return digest.readUInt32BE(0) / 2 ** 32;
}

/** The split a group key falls into. */
export function splitOfKey(key: string, options: SplitOptions): string {
  const entries = Object.entries(options.ratios).filter(([, share]) => share > 0);
  const total = entries.reduce((sum, [, share]) => sum + share, 0);
  const u = unitHash(options.seed, key) * total;
  let acc = 0;
  for (const [name, share] of entries) {
    acc += share;
    if (u < acc) return name;
  }
  return entries[entries.length - 1]![0];
}

export function assignSplit(record: DialogueRecord, options: SplitOptions = DEFAULT_SPLIT): string {
  return splitOfKey(groupKey(record, options.by), options);
}

/**
 * With `by: 'api'`: the APIs of a dialogue that belong to another split than its target API's (a
 * chain across APIs). Such a dialogue cannot be placed without an API crossing splits, so the writer
 * leaves it out and counts it. Empty for the other groupings, which promise nothing about APIs.
 */
export function crossingApis(record: DialogueRecord, options: SplitOptions = DEFAULT_SPLIT): string[] {
  if (options.by !== 'api') return [];
  const split = assignSplit(record, options);
  return apisOf(record).filter((api) => splitOfKey(`api:${api}`, options) !== split);
}

/** Proof that no API crosses splits: every API listed under two or more splits. */
export function apisInSeveralSplits(apisPerSplit: Record<string, string[]>): Record<string, string[]> {
  const where = new Map<string, string[]>();
  for (const [split, apis] of Object.entries(apisPerSplit)) for (const api of apis) where.set(api, [...(where.get(api) ?? []), split]);
  return Object.fromEntries([...where].filter(([, splits]) => splits.length > 1).sort(([a], [b]) => (a < b ? -1 : 1)));
}
