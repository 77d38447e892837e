/**
 * An operation that only starts a task (`GetSerpAsync` → `{"task_id": "FdhrLAFkk"}`) while its API has the
 * operation that returns that task's results (`GetTaskResult?task_id=`) is never the last call of a dialogue: a
 * careful assistant does not stop at "the results are not in yet" when it can fetch them (QUALITY.md I). Such an
 * operation is skipped when a plan draws it as the last step (planner.ts draws another chain, so other plans keep
 * their draws); an API with no result operation keeps it (its reply says the results
 * come later, _task-reply.ts).
 */
import type { PlanOperation } from './_catalog-types.ts';

/** A task's, job's or request's own id (`task_id`, `jobId`, `request-id`). */
const TASK_ID = /^(task|job|request)[_-]?id$/i;
/** Leaves beside a task's id that say where it stands, not what it found (the `{status, data}` envelope too). */
const STANDING = /^(id|status|state|message|msg|details?|description|created(_?at)?|submitted(_?at)?|eta|estimated[_a-z]*|queue[_a-z]*|position|progress|(task|job)_?status|status_?url|result_?url|check_?url|url|errors?|success|ok|code|time|timestamp)$/i;
/** Operations taking the id that do not fetch what the task found. */
const NOT_RESULT = /\b(cancel|delete|remove|stop|abort|kill|retry|restart)\b/i;

const leaf = (path: string): string => path.replace(/\[\]/g, '').split('.').pop() ?? '';
const words = (text: string): string => text.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_\-/{}.]+/g, ' ');

/** The id key an operation's output holds when that is all it holds (beside standing), else undefined. */
function startedIdKey(op: PlanOperation): string | undefined {
  const outputs = op.operation.outputs;
  if (outputs.length === 0 || op.params.some((p) => TASK_ID.test(p.name))) return undefined;
  let idKey: string | undefined;
  for (const field of outputs) {
    const name = leaf(field.path);
    if (TASK_ID.test(name) && !field.isList) idKey = name;
    else if (!STANDING.test(name)) return undefined;
  }
  return idKey;
}

const cache = new WeakMap<readonly PlanOperation[], ReadonlySet<string>>();

/** The ids of the operations that only start a task their own API can fetch the results of. */
export function taskStarters(operations: readonly PlanOperation[]): ReadonlySet<string> {
  const cached = cache.get(operations);
  if (cached) return cached;
  const found = new Set<string>();
  const starts = operations.filter((op) => startedIdKey(op) !== undefined);
  if (starts.length > 0) {
    // The APIs with a read taking a task id: fetching a result or a status by it.
    const pollApis = new Set<string>();
    for (const op of operations) {
      if (op.operation.method.toUpperCase() === 'DELETE' || NOT_RESULT.test(words(`${op.operation.name} ${op.operation.path}`))) continue;
      if (op.required.some((p) => TASK_ID.test(p.name))) pollApis.add(op.operation.api.name);
    }
    for (const op of starts) if (pollApis.has(op.operation.api.name)) found.add(op.id);
  }
  cache.set(operations, found);
  return found;
}
