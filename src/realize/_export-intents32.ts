/**
 * An action that starts a job named by the result's own `id` (QUALITY.md J), wave 32: "export the activity history"
 * → `{id, state: "pending", type, created_at, finished_at: null, result_url: null}` was said "It was created on …, the
 * state is pending", never that an export was started nor its ID. Such a result (an id, a pending state and only
 * bookkeeping beside them) from an operation that is no read is a started job, said as the task reply says one.
 */
import type { RecordOperation } from '../plan/types.ts';
import { effectOf } from './_effect.ts';

/** Keys beside a job's id and state that say where it stands, never what it made. */
const BOOKKEEPING = /^(?:id|status|state|type|kind|created(?:_?at)?|finished(?:_?at)?|completed(?:_?at)?|started(?:_?at)?|updated(?:_?at)?|result_?url|download_?url|status_?url|eta|progress|message)$/i;
/** A description that says the operation starts work (an API sending every call by POST reads as a read). */
const STARTS = /^\s*(?:begin|start|initiate|trigger|schedule|launch|queue|export|import|generate)s?\b/i;
const PENDING = /^(?:queued|pending|processing|in[_ -]?progress|running|waiting|scheduled|submitted|accepted)$/i;

/** The job an action's result only started, keyed by its own `id`; undefined for anything else. */
export function startedJob32(op: RecordOperation | undefined, record: Record<string, unknown>): { id: string; noun: 'job'; status: string } | undefined {
  const id = record['id'];
  if (typeof id !== 'string' && typeof id !== 'number') return undefined;
  const stateKey = Object.keys(record).find((k) => /^(?:status|state)$/i.test(k));
  const state = stateKey !== undefined ? record[stateKey] : undefined;
  if (typeof state !== 'string' || !PENDING.test(state)) return undefined;
  if (!Object.keys(record).every((k) => BOOKKEEPING.test(k)) || (effectOf(op) === 'read' && !STARTS.test(op?.description ?? ''))) return undefined;
  // Nothing the job made is in yet: a link or an end time already given means it is done.
  if (['finished_at', 'result_url', 'download_url', 'completed_at'].some((k) => record[k] !== undefined && record[k] !== null)) return undefined;
  return { id: String(id), noun: 'job', status: state.replace(/[_-]/g, ' ').toLowerCase() };
}
