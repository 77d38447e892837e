/**
 * A forecast asked for one date and no number of days is that day's forecast (QUALITY.md E): weatherapi's `dt`
 * restricts the output to that date, so `dt=2026-11-06` with `days` left out answers November 6 alone, never
 * November 6 to 8 at the documented default of three days. A range (`dt` .. `end_dt`) is not one date.
 */
import type { Operation } from '../specs/types.ts';

const ONE_DAY = /^(dt|date|day|on_?date|for_?date|forecast_?date)$/i;
const END_DAY = /^(end_?(dt|date|day)|to_?date|date_?to|until|to)$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** 1 where the call sent a single date and no count of days or end day; else undefined. */
export function oneDayAsked30(op: Pick<Operation, 'inputs'>, args: Readonly<Record<string, unknown>>, countKey: RegExp): number | undefined {
  const sent = Object.entries(args).some(([k, v]) => ONE_DAY.test(k) && typeof v === 'string' && DAY.test(v));
  // Only where a count of days could have been sent: its documented default does not apply to a date asked.
  if (!sent || !op.inputs.some((p) => countKey.test(p.name))) return undefined;
  if (Object.keys(args).some((k) => countKey.test(k) || END_DAY.test(k))) return undefined;
  if (op.inputs.some((p) => END_DAY.test(p.name))) return undefined;
  return 1;
}
