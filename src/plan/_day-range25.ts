/**
 * A day range asked of a weather record (QUALITY.md E), wave 25: `dt=2024-04-21&end_dt=2024-04-23` returns one entry
 * per day of the range, never the first day alone said as the whole answer. An operation that takes an end day
 * answers a list of days; the list is as long as the range sent (one day when no end is sent).
 */
import type { Operation } from '../specs/types.ts';

const END_DAY = /^(end_?dt|end_?date|end_?day|date_?to|to_?date|date_?end|until_?date)$/i;
const START_DAY = /^(dt|date|start_?dt|start_?date|start_?day|date_?from|from_?date|date_?start|day)$/i;
const DAY = /^\d{4}-\d{2}-\d{2}/;
const MS_DAY = 86_400_000;
/** Longest range answered day by day; a longer one keeps the usual few entries. */
const MOST_DAYS = 10;

/** The operation takes an end day beside its day (a range of days). */
export function takesDayRange(op: Pick<Operation, 'inputs'>): boolean {
  return op.inputs.some((p) => END_DAY.test(p.name)) && op.inputs.some((p) => START_DAY.test(p.name));
}

/** How many days the call asks for: the range sent, or one day when only its day is sent. */
export function daysAsked(op: Pick<Operation, 'inputs'>, args: Readonly<Record<string, unknown>>): number | undefined {
  if (!takesDayRange(op)) return undefined;
  const start = Object.entries(args).find(([k, v]) => START_DAY.test(k) && typeof v === 'string' && DAY.test(v))?.[1] as string | undefined;
  if (start === undefined) return undefined;
  const end = Object.entries(args).find(([k, v]) => END_DAY.test(k) && typeof v === 'string' && DAY.test(v))?.[1] as string | undefined;
  if (end === undefined) return 1;
  const n = Math.round((Date.parse(end.slice(0, 10)) - Date.parse(start.slice(0, 10))) / MS_DAY) + 1;
  return n >= 1 && n <= MOST_DAYS ? n : undefined;
}

/** Weather of one day (no end day sent) is that day's record itself, never a list of one day. */
export function oneDayFields<F extends { path: string }>(fields: readonly F[], op: Pick<Operation, 'inputs'>, args: Readonly<Record<string, unknown>>): readonly F[] {
  if (fields.length === 0 || !fields.every((f) => f.path.startsWith('days[].')) || daysAsked(op, args) !== 1) return fields;
  return fields.map((f) => ({ ...f, path: f.path.slice('days[].'.length) }));
}
