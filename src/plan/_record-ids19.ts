/** Which body value names the record a write changes. */
import type { PlanOperation, PlanParam } from './_catalog-types.ts';
import { lastNameWord } from './_params.ts';

/** The identifier of the record a write changes, when its path does not carry it. */
const RECORD_ID = /^(id|[a-z]+_id|uuid|key)$/;
/** The identifiers of the records a delete removes (`ids`, `post_ids`): a delete on audit filters alone (`createBy`) removes none the user named. */
const RECORD_IDS = /^(ids|[a-z]+_ids|uuids)$/;
/** The body value naming the record a write changes, when its path names none (`id`; a delete's `ids`). */
export function writtenRecordId(op: PlanOperation, content: readonly PlanParam[]): PlanParam | undefined {
  if (op.operation.inputs.some((i) => i.in === 'path')) return undefined;
  return content.find((p) => RECORD_ID.test(lastNameWord(p.name))) ?? (op.operation.effect === 'delete' ? content.find((p) => RECORD_IDS.test(lastNameWord(p.name))) : undefined);
}
