/**
 * A job's record agrees with its state (QUALITY.md E): one still pending, queued or running has no finish time and
 * no result yet (no results link, no file), so a reply never hands over a link to an export that is "pending";
 * one that is done has finished. Called per object by `agreeFields` (`_agree-fields.ts`).
 */

const STATE_KEY = /^(status|state)$/i;
/** States of a job not yet done. */
export const WAITING_STATE = /^(pending|processing|queued|in_?progress|in-progress|running|waiting|started|submitted)$/i;
/** When a job finished (not an event's `end_time`: a meeting still to come has one). */
const FINISHED_KEY = /^(finished|completed|finished_?at|completed_?at|finished_?on|completed_?on|finish_?time|finished_?time|completion_?time|date_?finished|date_?completed)$/i;
/** Where a job's output is fetched: its results link or file. */
const RESULT_KEY = /^(result|results|download|output|export|report|file)_?(url|uri|link|href|location|file|path)$|^(resultUrl|resultsUrl|downloadUrl|downloadLink|fileUrl|outputUrl|exportUrl|reportUrl)$/i;

/** A waiting job's finish time and result link are null (not yet there); values the chain reads are left. */
export function waitingJobHasNoResult(obj: Record<string, unknown>, free: (k: string) => boolean): void {
  let waiting = false;
  for (const k in obj) {
    const v = obj[k];
    if (typeof v === 'string' && STATE_KEY.test(k) && WAITING_STATE.test(v)) waiting = true;
  }
  if (!waiting) return;
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    if (v === null || v === undefined || !free(k)) continue;
    if ((FINISHED_KEY.test(k) && typeof v === 'string') || (RESULT_KEY.test(k) && typeof v === 'string')) obj[k] = null;
  }
}
