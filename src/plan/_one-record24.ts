/**
 * An operation about one record ("Returns information about an export job", POST /exports/info.json) needs that
 * record's id even when the spec leaves `id` optional (Mandrill's bodies mark nothing required): called with {}
 * it reports on no job the user named (QUALITY.md I). Such an id is required in meaning, so the assistant asks
 * for it or finds it by a list first. Kept in step with src/check/_rules-misc24.ts.
 */
import type { Operation, Param } from '../specs/types.ts';

/** "information about an export job", "details of a template", "info about one sender": one record, by article. */
const ABOUT_ONE = /\b(?:information|info|details?|metadata|the state|the status)\s+(?:about|of|on|for)\s+(?:an?|one|a single|a particular|a specific|the given|the specified)\s+[a-z]/i;
/** `/exports/info.json`, `/templates/info`: the path's last word says "about one". */
const INFO_PATH = /\/(?:info|details?)(?:\.json)?$/i;
/** The id of the record itself: `id`, `job_id`, `export_id` (never `key`, a credential, nor a list of ids). */
const OWN_ID = /^(?:id|[a-z]+_?id)$/i;

/** Is `op` about one record whose id it may leave out. */
export function aboutOneRecord(op: Pick<Operation, 'path' | 'summary' | 'description' | 'effect'>): boolean {
  if (op.effect !== 'read') return false;
  const text = `${op.summary ?? ''} ${(op.description ?? '').slice(0, 200)}`;
  return ABOUT_ONE.test(text) || (INFO_PATH.test(op.path) && /\b(?:information|info|details?)\b/i.test(text));
}

/** `param` made required when it is the one record's own id of an operation about one record. */
export function withOneRecordId(param: Param, op: Operation): Param {
  if (param.required || !OWN_ID.test(param.name) || /^(?:key|api_?key)$/i.test(param.name)) return param;
  if (op.inputs.some((p) => p.required && OWN_ID.test(p.name))) return param;
  if (!aboutOneRecord(op)) return param;
  // Only the sole id of the operation: with several, which one names the record is no longer plain.
  if (op.inputs.filter((p) => OWN_ID.test(p.name)).length !== 1) return param;
  return { ...param, required: true };
}
