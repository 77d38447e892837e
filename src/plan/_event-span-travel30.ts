/**
 * An event's end is told as its start is, and after it (QUALITY.md E): a start "2023-06-10T23:00:00.000Z" ends at
 * "2023-06-11T01:30:00.000Z", never "17:00"; a start "14:15" ends at "16:45", never on another day's ISO stamp.
 * Recorded samples mix the two forms; the start's form wins and the end follows it by two to three hours.
 */
import { startEndKeys } from './_durations-travel30.ts';

const START = /^(start|start_?time|starts_?at|start_?date_?time|begin|begins_?at|begin_?time)$/i;
const END = /^(end|end_?time|ends_?at|end_?date_?time|finish|finish_?time)$/i;
const ISO = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(\.\d+)?(Z)$/;
const CLOCK = /^(\d{2}):(\d{2})(:\d{2})?$/;

export function eventSpan30(obj: Record<string, unknown>, free: (k: string) => boolean): void {
  const [startKey, endKey] = startEndKeys(obj, START, END);
  if (startKey === undefined || endKey === undefined || !free(endKey)) return;
  const start = obj[startKey] as string;
  const end = obj[endKey] as string;
  const iso = ISO.exec(start);
  const clock = CLOCK.exec(start);
  const endIso = ISO.exec(end);
  const endClock = CLOCK.exec(end);
  // Only a pair told in two forms is mended: one form on both sides is left to the passes that order dates.
  if (!((iso && endClock) || (clock && endIso))) return;
  // Two to three hours, fixed by the start: this pass runs outside the record's rng.
  const minutes = 120 + ([...start].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % 3) * 30;
  if (iso) {
    const t = new Date(Date.parse(`${iso[1]}T${iso[2]}Z`) + minutes * 60_000).toISOString();
    obj[endKey] = `${t.slice(0, 19)}${iso[3] !== undefined ? t.slice(19, 19 + iso[3].length) : ''}Z`;
    return;
  }
  const at = (Number(clock![1]) * 60 + Number(clock![2]) + minutes) % 1440;
  obj[endKey] = `${String(Math.floor(at / 60)).padStart(2, '0')}:${String(at % 60).padStart(2, '0')}${clock![3] ?? ''}`;
}
