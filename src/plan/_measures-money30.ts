/**
 * Measured numbers of one record agree (QUALITY.md E). A track's analysis is drawn field by field, so a 180-second
 * track had its offset at 1831 seconds and its fade-out starting at 201. Here, in a record with a duration in seconds,
 * the moments inside it (an offset, a fade's start or end, a position) lie inside the duration (an offset that runs
 * past it is 0: the analysis starts at the start; a fade-out starts in the last seconds), and a count of samples is
 * the duration times the sample rate beside it. Values the chain reads (pinned) stay.
 */
type Obj = Record<string, unknown>;

const DURATION = /^(duration|duration_?s|duration_?secs?|duration_?seconds|length_?seconds)$/i;
/** A moment within the duration, in its unit (no `_ms` beside a duration in seconds). */
const MOMENT = /^(?!.*_?ms$)(?:.*_)?(offset|offset_?seconds|start_of_fade_out|end_of_fade_in|fade_?(?:in|out)(?:_?(?:start|end))?|position_?seconds|start_?seconds|end_?seconds|window_?seconds)$/i;
const FADE_OUT = /fade_?out|end_?seconds/i;
const SAMPLES = /^(num_?samples|sample_?count|samples)$/i;
const SAMPLE_RATE = /^(analysis_?)?sample_?rate$/i;

/** A fixed fraction in [0, 1) from a number: the same record settles the same way. */
const fraction = (n: number): number => ((Math.round(Math.abs(n) * 1000) * 2654435761) >>> 0) / 4294967296;

/** Settles every record of the result that has a duration in seconds (see the file comment). */
export function settleMeasures30(result: unknown, pinned: ReadonlySet<string>, depth = 0): void {
  if (result === null || typeof result !== 'object' || depth > 5) return;
  if (Array.isArray(result)) {
    for (const item of result.slice(0, 50)) settleMeasures30(item, pinned, depth + 1);
    return;
  }
  const obj = result as Obj;
  const durationKey = Object.keys(obj).find((k) => DURATION.test(k) && typeof obj[k] === 'number' && (obj[k] as number) > 0);
  if (durationKey !== undefined) settleRecord(obj, obj[durationKey] as number, pinned);
  for (const v of Object.values(obj)) if (v !== null && typeof v === 'object') settleMeasures30(v, pinned, depth + 1);
}

function settleRecord(obj: Obj, duration: number, pinned: ReadonlySet<string>): void {
  const free = (k: string): boolean => typeof obj[k] === 'number' && !pinned.has(JSON.stringify(obj[k]));
  const places = Number.isInteger(duration) ? 0 : 3;
  const round = (n: number): number => Number(n.toFixed(places === 0 ? 2 : places));
  for (const k of Object.keys(obj)) {
    if (!MOMENT.test(k) || !free(k)) continue;
    const v = obj[k] as number;
    if (v >= 0 && v <= duration) continue;
    // A fade-out starts in the last few seconds; an offset or a fade-in past the end starts at the start.
    obj[k] = FADE_OUT.test(k) ? round(duration * (0.9 + 0.08 * fraction(v))) : 0;
  }
  const rateKey = Object.keys(obj).find((k) => SAMPLE_RATE.test(k) && typeof obj[k] === 'number' && (obj[k] as number) > 0);
  const samplesKey = Object.keys(obj).find((k) => SAMPLES.test(k) && free(k));
  if (rateKey !== undefined && samplesKey !== undefined) obj[samplesKey] = Math.round(duration * (obj[rateKey] as number));
}
