/**
 * A job takes minutes to hours (QUALITY.md E): an export, a report or an import created at one moment finishes
 * the same day, never nine months later ("created March 21, 2024, finished January 4, 2025"). Its finish is moved
 * to a few minutes or hours after its start, and never before another of its own times (an update, a send).
 */

/** When a job was asked for or began (not an event's `start_time`: a festival lasts days). */
const BEGUN = /^(created|created_?at|date_?created|started|started_?at|submitted_?at|queued_?at|requested_?at)$/i;
/** When it finished (not an event's `end_time`). */
const FINISHED = /^(finished|completed|finished_?at|completed_?at|finished_?on|completed_?on|finish_?time|finished_?time|completion_?time|date_?finished|date_?completed)$/i;
/** Times this pass can read and write back in their own form: "2025-01-04T01:15:00Z", "2013-01-01 12:30:28". */
const STAMP = /^(\d{4}-\d{2}-\d{2})([T ])(\d{2}:\d{2}:\d{2})(\.\d+)?(Z?)$/;
const DAY_MS = 86_400_000;

/** The first string field whose key names a start and the first (another) whose key names an end. */
export function startEndKeys(obj: Record<string, unknown>, start: RegExp, end: RegExp): [string | undefined, string | undefined] {
  let first: string | undefined;
  let last: string | undefined;
  for (const k in obj) {
    if (typeof obj[k] !== 'string') continue;
    if (first === undefined && start.test(k)) first = k;
    else if (last === undefined && end.test(k)) last = k;
  }
  return [first, last];
}

export function jobDuration30(obj: Record<string, unknown>, free: (k: string) => boolean): void {
  const [begun, ended] = startEndKeys(obj, BEGUN, FINISHED);
  if (begun === undefined || ended === undefined || !free(ended)) return;
  const start = STAMP.exec(obj[begun] as string);
  const end = STAMP.exec(obj[ended] as string);
  if (!start || !end) return;
  const t0 = Date.parse(`${start[1]}T${start[3]}Z`);
  const t1 = Date.parse(`${end[1]}T${end[3]}Z`);
  if (!Number.isFinite(t0) || !Number.isFinite(t1) || t1 < t0 || t1 - t0 <= DAY_MS) return;
  // Minutes to hours, fixed by the start it follows: this pass runs outside the record's rng.
  const seed = [...(obj[begun] as string)].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  let finish = t0 + (3 + (seed % 178)) * 60_000;
  // Another time of the job between its start and its old finish (a sent or updated time) stays before it.
  for (const k in obj) {
    if (k === begun || k === ended || typeof obj[k] !== 'string') continue;
    const m = STAMP.exec(obj[k] as string);
    const t = m ? Date.parse(`${m[1]}T${m[3]}Z`) : NaN;
    if (t > t0 && t <= t1 && t >= finish) finish = t + 60_000;
  }
  if (finish - t0 > DAY_MS) return;
  const iso = new Date(finish).toISOString();
  obj[ended] = `${iso.slice(0, 10)}${end[2]}${iso.slice(11, 19)}${end[4] !== undefined ? iso.slice(19, 19 + end[4].length) : ''}${end[5]}`;
}
