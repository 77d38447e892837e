/**
 * Results and replies of writes, wave 14 (QUALITY.md E, F, J). `write_not_done`: a write the dialogue plays as done
 * (an ok tool turn) never returns a result whose own outcome flag says it did not happen (`"deleted": false`,
 * `"success": false`). `removal_as_status`: after a removal the reply says what was removed, never only "The status
 * is deleted." / "It is not deleted.", which reads as if the parent record went. `bare_yes_no`: a yes/no check's answer
 * says what the check found, never only "The answer is no.". `change_unconfirmed`: after an update (reschedule, rename,
 * edit) the reply says at least one of the new values the call sent. Reads only the dialogue record: shares nothing
 * with the generator.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { effectOf } from './_effect.ts';
import { mentionsValue, normalizeForMatch } from '../text/index.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const WRITES14_INVARIANTS = ['write_not_done', 'removal_as_status', 'bare_yes_no', 'change_unconfirmed'] as const satisfies readonly InvariantId[];

/** Outcome flags of a write: false means the write did not happen. */
const OUTCOME_FLAG = /^(is_?|was_?)?(success|succeeded|successful|ok|done|deleted|removed|cancel+ed|updated|saved|added|created|unsubscribed|revoked|archived|rescheduled)$/i;
/** A reply that is only a status read back about the removal. */
const ONLY_STATUS = /^(?:[^.]{0,40}, )?(?:the status|the state|it) (?:is|was) (?:now )?(?:not )?(?:deleted|removed)\.$/i;
const BARE_ANSWER = /\bthe answers? (?:is|are) (?:yes|no|true|false)\b/i;
/** An update by name: the call changes values the user gave (reschedule it to, rename it to). */
const CHANGE_NAME = /(^|[^a-z])(update|edit|change|modify|patch|reschedule|rename|move)/i;
/** Arguments that say which record or who calls, never what is changed. */
const WHICH = /(^|_|[a-z])(id|ids|Id|ID|Ids|IDs|key|Key|token|Token|secret|uuid|username|user)$|^(key|id|_id|api_?key|access_?token|fields|expand|format|async)$/;

/** The false outcome flag at a result's top, if any. */
function falseOutcome(result: unknown): string | undefined {
  if (result === null || typeof result !== 'object' || Array.isArray(result)) return undefined;
  return Object.entries(result as Record<string, unknown>).find(([k, v]) => v === false && OUTCOME_FLAG.test(k))?.[0];
}

/** "the name of the workflow to use": an argument that picks the record, never a value set (wave 16). */
const PICKS = /\b(to use|to (?:update|edit|change|modify|target|select|look up)|which (?:\w+ )?(?:to|is|are)|identif(?:y|ies|ying|ier)|that (?:holds|contains|owns))\b/i;

/** `workflowName` at /workflow/transitions/{id}/properties: its first word is a container on the path, not the thing changed. */
function picksRecord(name: string, description: unknown, path: string): boolean {
  if (typeof description === 'string' && PICKS.test(description)) return true;
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/).filter(Boolean);
  const segments = path.toLowerCase().split('/').filter((s) => s !== '' && !/[{}:]/.test(s)).map((s) => s.replace(/s$/, ''));
  return words.length >= 2 && segments.slice(0, -1).includes((words[0] ?? '').replace(/s$/, ''));
}

/** The values an update sent that a reply could say (no ids, keys, flags or arguments that pick the record). */
function changedValues(args: Record<string, unknown>, path: string, props: Record<string, { description?: unknown }>): unknown[] {
  return Object.entries(args).filter(([k, v]) => !WHICH.test(k) && !/(password|passwd|secret|pin|otp)$/i.test(k) && !path.includes(`{${k}}`) && !picksRecord(k, props[k]?.description, path) && ((typeof v === 'string' && v.length > 0 && v.length <= 60) || typeof v === 'number')).map(([, v]) => v);
}

export function checkWrites14(record: DialogueRecord, add: Add): void {
  let effect = 'read';
  let opName = '';
  let opPath = '';
  let result: unknown;
  let sent: Record<string, unknown> = {};
  let props: Record<string, { description?: unknown }> = {};
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'assistant' && turn.call && !turn.error) {
      const op = record.operations[turn.call.operation];
      effect = effectOf(op, turn.call.operation);
      opName = op?.name ?? turn.call.operation;
      opPath = op?.path ?? '';
      sent = turn.call.arguments ?? {};
      props = ((op?.parameters as { properties?: Record<string, { description?: unknown }> } | undefined)?.properties) ?? {};
      return;
    }
    if (turn.speaker === 'tool') {
      result = turn.status === 'ok' ? turn.result : undefined;
      const flag = turn.status === 'ok' && effect !== 'read' ? falseOutcome(turn.result) : undefined;
      if (flag !== undefined) add('write_not_done', at, `the ${effect} is played as done but its result says "${flag}": false`);
      return;
    }
    if (turn.speaker !== 'assistant' || turn.action !== 'response' || !turn.text || result === undefined) return;
    const text = turn.text.trim();
    if (effect === 'delete' && ONLY_STATUS.test(text)) add('removal_as_status', at, `"${text}" does not say what was removed from what`);
    const flags = Array.isArray(result) ? result : [result];
    if (flags.length > 0 && flags.every((f) => typeof f === 'boolean') && BARE_ANSWER.test(text)) add('bare_yes_no', at, `"${BARE_ANSWER.exec(text)?.[0]}" does not say what the check found`);
    if (effect === 'update' || (effect === 'action' && CHANGE_NAME.test(opName))) {
      const values = changedValues(sent, opPath, props);
      const said = normalizeForMatch(text);
      if (values.length > 0 && !values.some((v) => mentionsValue(said, v))) add('change_unconfirmed', at, `the reply never says the new value sent (${values.slice(0, 2).map((v) => JSON.stringify(v)).join(', ')})`);
    }
  });
}
