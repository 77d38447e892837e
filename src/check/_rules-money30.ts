/**
 * Measured numbers that add up (QUALITY.md E), wave 30. `cost_total_unsummed`: a yearly cost breakdown
 * ({depreciation_cost: […], fuel_cost: […], total_cost: […], total_cost_sum}) has one entry per year in every part,
 * each year's total is the sum of its parts and the grand total the sum of the years. `moment_past_duration`: a
 * record with a duration in seconds has its offset, fade and window inside it (no offset at 1831 s of a 180 s track).
 * Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Obj = Record<string, unknown>;

export const MONEY30_INVARIANTS = ['cost_total_unsummed', 'moment_past_duration'] as const satisfies readonly InvariantId[];

const TOTAL_LIST = /^(?:total_?([a-z]+)|([a-z]+)_?total)$/i;
const DURATION = /^(duration|duration_?s|duration_?secs?|duration_?seconds|length_?seconds)$/i;
const MOMENT = /^(?!.*_?ms$)(?:.*_)?(offset|offset_?seconds|start_of_fade_out|end_of_fade_in|fade_?(?:in|out)(?:_?(?:start|end))?|position_?seconds|start_?seconds|end_?seconds|window_?seconds)$/i;
const numbers = (v: unknown): v is number[] => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'number');
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

export function checkMoney30(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'tool' || turn.status !== 'ok' || !isObj(turn.result)) return;
    const result = turn.result;
    const breakdown = unsummed(result);
    if (breakdown) add('cost_total_unsummed', at, `${turn.operation} ${breakdown}`);
    for (const obj of [result, ...Object.values(result).filter(isObj)]) {
      const past = pastDuration(obj);
      if (past) {
        add('moment_past_duration', at, `${turn.operation} ${past}`);
        break;
      }
    }
  });
}

/** What does not add up in a top-level yearly breakdown, if anything. */
function unsummed(result: Obj): string | undefined {
  const totalKey = Object.keys(result).find((k) => TOTAL_LIST.test(k) && numbers(result[k]));
  if (totalKey === undefined) return undefined;
  const m = TOTAL_LIST.exec(totalKey)!;
  const unit = (m[1] ?? m[2]!).toLowerCase();
  const parts = Object.keys(result).filter((k) => k !== totalKey && new RegExp(`^[a-z]+_?${unit}s?$`, 'i').test(k) && numbers(result[k]));
  if (parts.length < 2) return undefined;
  const totals = result[totalKey] as number[];
  const short = parts.find((k) => (result[k] as number[]).length !== totals.length);
  if (short) return `lists ${(result[short] as number[]).length} entries of ${short} beside ${totals.length} of ${totalKey}`;
  const year = totals.findIndex((t, i) => Math.abs(parts.reduce((s, k) => s + (result[k] as number[])[i]!, 0) - t) > 1);
  if (year >= 0) return `gives ${totalKey} ${totals[year]} for entry ${year + 1}, not the sum of its parts (${parts.reduce((s, k) => s + (result[k] as number[])[year]!, 0)})`;
  const sumKey = Object.keys(result).find((k) => k !== totalKey && k.toLowerCase().startsWith(totalKey.toLowerCase()) && /sum|all|overall|grand/i.test(k.slice(totalKey.length)) && typeof result[k] === 'number');
  const sum = totals.reduce((a, b) => a + b, 0);
  if (sumKey !== undefined && Math.abs((result[sumKey] as number) - sum) > 1) return `gives ${sumKey} ${result[sumKey] as number}, not the sum of ${totalKey} (${sum})`;
  return undefined;
}

/** A moment of a record that lies outside its duration in seconds, if any. */
function pastDuration(obj: Obj): string | undefined {
  const durationKey = Object.keys(obj).find((k) => DURATION.test(k) && typeof obj[k] === 'number' && (obj[k] as number) > 0);
  if (durationKey === undefined) return undefined;
  const duration = obj[durationKey] as number;
  const key = Object.keys(obj).find((k) => MOMENT.test(k) && typeof obj[k] === 'number' && ((obj[k] as number) < 0 || (obj[k] as number) > duration));
  return key === undefined ? undefined : `gives ${key} ${obj[key] as number} for a ${durationKey} of ${duration}`;
}
