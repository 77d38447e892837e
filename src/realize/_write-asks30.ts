/**
 * What a write is asked for (QUALITY.md D): a later sentence of a write's description that reads ("Adds given
 * user to a group. Returns the current state of the group.") says what comes back, never what the user wants; a
 * user who asks to "get the current state of the group" is never answered by adding someone to it.
 */
import type { RecordOperation } from '../plan/types.ts';
import { effectOf } from './_effect.ts';
import { operationEffect } from '../specs/index.ts';

/** Verbs that ask only to read. */
const READ_REQUEST = /^(?:get|list|show|find|retrieve|fetch|look up|check|see|view|return|read|search|query)\b/i;

/** A later description sentence's request (`phrase`) of a write that only reads: no way to ask for the write. */
export function laterReadOfWrite30(op: RecordOperation, phrase: string, first: boolean): boolean {
  return !first && READ_REQUEST.test(phrase.trim()) && effectOf(op) !== 'read';
}

/**
 * A write by a verb of its name or path (`POST /orders/{email}/pay` named `userPayment`): a description that
 * opens on a read verb ("The endpoint firstly checks if there is a user …") says how it works, not what it does.
 */
export function verbWrites30(op: { method: string; path: string; name: string }): boolean {
  const decided = operationEffect({ method: op.method, path: op.path, name: op.name });
  return decided.effect !== 'read' && /^(?:name|path) verb\b/.test(decided.evidence);
}
