/**
 * An update's values are said as changes (QUALITY.md I): "the subaccount ID is 9TWv4t0G and the subaccount name is
 * Horizon" reads as naming the account, not as asking to rename it; the user says "the new subaccount name is
 * Horizon". Only values the call sets: never the id, a path key or the field an update names its record by.
 */
import { memoizedPer } from '../text/memo.ts';
import type { RecordOperation } from '../plan/types.ts';
import { identifiesRecord27 } from './_identity27.ts';

const UPDATES = /^(?:update|edit|modif(?:y|ies)|change|patch)s?\b/i;
const OP_UPDATES = /(?:^|[_\W])(?:update|edit|modify|change|patch)(?:[_\W]|$)/i;
const ID_PARAM = /^(?:id|ids|uuid|guid|slug|key)$|[a-z](?:_id|Id|ID|_ids|Ids|IDs|_key|Key)$/;

const setsMemo = memoizedPer(sets);

/** Whether the user's value for `param` of `op` is a new value the update sets. */
export function setsNewValue28(op: RecordOperation | undefined, param: string): boolean {
  if (!op || !/^(?:post|put|patch)$/i.test(op.method)) return false;
  return setsMemo(op, param);
}

function sets(op: RecordOperation, param: string): boolean {
  if (!(OP_UPDATES.test(op.name) || UPDATES.test(op.description.trim()) || /^patch$/i.test(op.method))) return false;
  if (ID_PARAM.test(param) || op.path.includes(`{${param}}`)) return false;
  return !identifiesRecord27(op, param);
}

/** "the subaccount name" as "the new subaccount name" where the update sets it. */
export function newValuePhrase28(op: RecordOperation | undefined, param: string, phrase: string): string {
  return /^the /.test(phrase) && setsNewValue28(op, param) ? phrase.replace(/^the /, 'the new ') : phrase;
}
