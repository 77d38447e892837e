/**
 * Operations that answer with no body (a 204): a reset, a transfer, a move, a play or pause on the caller's own
 * player or settings. Their spec names no response field and their path names no record, so a result with an
 * invented id and status ({"id":"28701","status":"deleted"} after resetting columns) is read back as the outcome;
 * the reply must instead confirm the action in the request's words (QUALITY.md E).
 */
import type { Operation } from '../specs/types.ts';
import { identifierWords } from '../text/index.ts';

/** Verbs of an action on a state, not on a record: what real APIs answer with 204 No Content. */
const STATE_ACTION = /^(reset|transfer|move|play|pause|resume|skip|seek|trigger|shuffle|toggle|repeat|restart|reorder|clear|set|mark|start|stop|enable|disable|mute|unmute|follow|unfollow|save|subscribe|unsubscribe|rearrange|swap|rewind|queue|refresh|sync|notify|ping|acknowledge|ack|dismiss|snooze)$/;

/**
 * True when the operation changes something and its spec says nothing it returns, and no record is named by its
 * path or an id input: the call then comes back empty. A create still gets its new record; a delete or an update of
 * no named record (reset the user's columns, transfer playback) has nothing to report but that it was done.
 */
export function answersWithNoBody(op: Operation, targetNamed: boolean): boolean {
  if (op.outputs.length > 0 || op.effect === 'read' || op.effect === 'create') return false;
  const acts = STATE_ACTION.test((identifierWords(op.name)[0] ?? '').toLowerCase());
  // Resetting a filter's columns (`/filter/{id}/columns`) names the filter, but answers nothing of it either.
  if (targetNamed) return acts && !/\}\/?$/.test(op.path);
  return acts || op.effect === 'update' || op.effect === 'delete';
}
