/**
 * One job has one state (QUALITY.md E): an async task's status word and its flags agree. A task whose result is
 * there has finished (`is_finished: true`, not in progress, succeeded, status "completed"); one still waiting has
 * no finish time and is not "succeeded". Never `task_status: "pending"` and `is_in_progress: true` beside
 * `is_finished: true` and a result. Called per object by `agreeFields`.
 */

import { memoized } from '../text/memo.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

const snake = snakeKey;

/** The job's own status (`status`, `task_status`, `job_state`), not a callback's or a payment's. */
const STATE_KEY = /^((task|job|run|export|import|request|process|processing|build|batch)_)?(status|state)$/;
const WAITING = /^(pending|processing|queued|in[_ -]?progress|running|waiting|started|submitted|scheduled|created|new)$/i;
const DONE = /^(done|completed?|finished|succeeded|success|successful|ok|ready|complete)$/i;
const FAILED = /^(failed|failure|error|errored|cancell?ed|aborted|timed[_ ]?out)$/i;
const FINISHED_FLAG = /^(is_)?(finished|completed|done|complete)$/;
const PROGRESS_FLAG = /^(is_)?(in_progress|running|processing)$/;
const PENDING_FLAG = /^(is_)?(pending|queued|waiting)$/;
const SUCCESS_FLAG = /^(is_)?(succeeded|success|successful)$/;
const FAILED_FLAG = /^(is_)?(failed|errored)$/;
const FINISHED_AT = /(^|_)(finished|completed|ended)_(at|on|time|date)$|^(finish|completion|end)_time$/;
const RESULT_KEY = /^(result|results|data|output|items)$/;

type JobState = 'waiting' | 'done' | 'failed';

const STATUS = 1;
const FINISHED = 2;
const FLAG = 4;
const RESULT = 8;

/** What a key may be to a job (bits above), kept per key: every object of every result is read here, and most are no job. */
const keyClass = memoized((k: string): number => {
  const s = snake(k);
  const flag = FINISHED_FLAG.test(s) || PROGRESS_FLAG.test(s) || PENDING_FLAG.test(s) || SUCCESS_FLAG.test(s) || FAILED_FLAG.test(s);
  return (STATE_KEY.test(s) ? STATUS : 0) | (FINISHED_FLAG.test(s) ? FINISHED : 0) | (flag ? FLAG : 0) | (RESULT_KEY.test(s) ? RESULT : 0);
});

const classOf = (word: string): JobState | undefined => (WAITING.test(word) ? 'waiting' : DONE.test(word) ? 'done' : FAILED.test(word) ? 'failed' : undefined);
const hasData = (v: unknown): boolean => (Array.isArray(v) ? v.length > 0 : !!v && typeof v === 'object' && Object.keys(v).length > 0);

/** The job's flags and status word made to say one state (see the file comment). */
export function oneJobState(obj: Record<string, unknown>, free: (k: string) => boolean, vocabulary?: (key: string) => readonly string[] | undefined): void {
  let statusKey: string | undefined;
  let finished: string | undefined;
  let flags = 0;
  let data = false;
  for (const k in obj) {
    const v = obj[k];
    const c = keyClass(k);
    if (typeof v === 'string' && (c & STATUS) !== 0) statusKey = k;
    else if (typeof v === 'boolean') {
      if ((c & FINISHED) !== 0) finished = k;
      if ((c & FLAG) !== 0) flags++;
    } else if ((c & RESULT) !== 0 && hasData(v)) data = true;
  }
  // A job's record: a status with a flag beside it, or two flags; anything less says one state already.
  if (flags === 0 || (statusKey === undefined && flags < 2)) return;
  const said = statusKey === undefined ? undefined : classOf(obj[statusKey] as string);
  const state: JobState | undefined = data ? 'done' : said ?? (finished !== undefined ? (obj[finished] ? 'done' : 'waiting') : undefined);
  if (state === undefined) return;
  for (const k of Object.keys(obj)) {
    if (!free(k)) continue;
    const v = obj[k];
    const s = snake(k);
    if (typeof v === 'boolean') {
      if (FINISHED_FLAG.test(s)) obj[k] = state !== 'waiting';
      else if (PROGRESS_FLAG.test(s)) obj[k] = state === 'waiting' && !(statusKey !== undefined && /^(pending|queued|scheduled|submitted|created|new)$/i.test(obj[statusKey] as string));
      else if (PENDING_FLAG.test(s)) obj[k] = state === 'waiting' && !(obj[k] === false && statusKey === undefined);
      else if (SUCCESS_FLAG.test(s)) obj[k] = state === 'done';
      else if (FAILED_FLAG.test(s)) obj[k] = state === 'failed';
    } else if (state === 'waiting' && typeof v === 'string' && FINISHED_AT.test(s)) obj[k] = null;
  }
  if (statusKey !== undefined && said !== state && free(statusKey)) {
    const before = obj[statusKey] as string;
    const allowed = vocabulary?.(statusKey);
    const word = state === 'done' ? 'completed' : state === 'failed' ? 'failed' : 'pending';
    // A status with a documented vocabulary takes its own word for the state, or stays when it has none.
    if (allowed) {
      const own = allowed.find((w) => classOf(w) === state);
      if (own !== undefined) obj[statusKey] = own;
      return;
    }
    obj[statusKey] = before === before.toUpperCase() ? word.toUpperCase() : /^\p{Lu}/u.test(before) ? word[0]!.toUpperCase() + word.slice(1) : word;
  }
}
