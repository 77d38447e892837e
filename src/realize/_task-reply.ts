/**
 * An operation that only starts a task (`Get SERP [async]` → `{"task_id": "vtXy08VRec"}`) has not got the thing
 * asked for: its answer is a task ID, and the content comes later from the API's task-result lookup. The reply
 * says so, and the goodbye thanks for starting it, never for getting what is still to come.
 */
import type { RecordOperation } from '../plan/types.ts';
import { startedJob32 } from './_export-intents32.ts';

/** A task's or job's own id key (`task_id`, `taskId`, `job-id`, `jobID`). */
const TASK_ID_KEY = /^(task|job)[_-]?id$/i;
/** Keys beside a task's id that say where it stands, not what it found. */
const BOOKKEEPING_KEY = /^(id|status|state|message|msg|detail|details|created(_?at)?|submitted(_?at)?|eta|estimated[_a-z]*|queue[_a-z]*|position|progress|cost|price|balance|credits?[_a-z]*|(task|job)_?status|status_?url|result_?url|check_?url|url|error|errors|success|ok|code|time|timestamp)$/i;
/** A status that says the work is not done yet. */
const PENDING = /^(queued|pending|processing|in[_ -]?progress|inprogress|submitted|accepted|running|waiting|started|scheduled|new|created)$/i;

export interface StartedTask {
  /** The task's id as the result gives it. */
  id: string;
  /** `task` or `job`, as the result names it. */
  noun: 'task' | 'job';
  /** Its pending status, when the result states one (`queued`). */
  status?: string;
}

function recordOf(result: unknown): Record<string, unknown> | undefined {
  if (!result || typeof result !== 'object' || Array.isArray(result)) return undefined;
  const obj = result as Record<string, unknown>;
  // RapidAPI's `{status: 200, data: {...}}` envelope.
  const data = obj['data'];
  if (data && typeof data === 'object' && !Array.isArray(data) && Object.keys(obj).every((k) => k === 'data' || k === 'status' || k === 'message')) return data as Record<string, unknown>;
  return obj;
}

/** The task an operation's result only started, if that is all it holds; undefined for a result with content. */
export function startedTask(op: RecordOperation | undefined, result: unknown): StartedTask | undefined {
  const record = recordOf(result);
  if (!record) return undefined;
  const keys = Object.keys(record);
  const idKey = keys.find((k) => TASK_ID_KEY.test(k));
  if (idKey === undefined) return startedJob32(op, record);
  if (!keys.every((k) => k === idKey || BOOKKEEPING_KEY.test(k))) return undefined;
  const id = record[idKey];
  if (typeof id !== 'string' && typeof id !== 'number') return undefined;
  // An operation sent the task's id (its result, its status, its cancel) reports on a task: it starts none.
  const inputs = Object.keys(((op?.parameters as { properties?: Record<string, unknown> } | undefined)?.properties) ?? {});
  if (inputs.some((name) => TASK_ID_KEY.test(name))) return undefined;
  const statusKey = keys.find((k) => /^((task|job)_?)?(status|state)$/i.test(k));
  const status = statusKey !== undefined ? record[statusKey] : undefined;
  // A task already done ("completed") delivered with it what it was for: nothing is still to come.
  if (typeof status === 'string' && !PENDING.test(status)) return undefined;
  return { id: String(id), noun: /^job/i.test(idKey) ? 'job' : 'task', ...(typeof status === 'string' ? { status: status.replace(/[_-]/g, ' ').toLowerCase() } : {}) };
}

/** The reply to a started task: it was created, with its ID, and what was asked for comes from its results later. */
export function startedTaskReply(task: StartedTask, intent: string, pick: <T>(items: readonly T[]) => T): string {
  const state = task.status && task.status !== 'created' && task.status !== 'new' ? ` Its status is ${task.status}.` : '';
  const lead = pick([
    `I started a ${task.noun} to ${intent}: its ${task.noun} ID is ${task.id}.`,
    `The request went in as a ${task.noun}, ${task.noun} ID ${task.id}.`,
    `That created a ${task.noun} (${task.noun} ID ${task.id}) rather than an answer right away.`,
  ]);
  const later = pick([
    `The results come from the ${task.noun}'s results once it finishes; I can fetch them with that ID.`,
    `Once the ${task.noun} is done, its results can be fetched with that ID.`,
    `What you asked for is not in yet: it comes with the ${task.noun}'s results when it finishes, fetched with that ID.`,
  ]);
  return `${lead}${state} ${later}`;
}
