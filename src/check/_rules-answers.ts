/**
 * Results that hold what was asked and responses that report it (QUALITY.md E, F): an ok result whose own status
 * says it failed or found nothing ("status": "ZERO_RESULTS" next to coordinates) is no success to answer from
 * (`status_contradicts_result`); a response that reads out a page's sort settings ("3 sorts (direction ASC,
 * property _id …)") reports bookkeeping, never the answer (`paging_as_answer`). Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const ANSWER_INVARIANTS = ['status_contradicts_result', 'paging_as_answer'] as const satisfies readonly InvariantId[];

/** A status that says the request failed or found nothing. */
const FAILED_STATUS = /^(zero_?results|no_?results|not_?found|error|failed|failure|invalid_?request|over_?query_?limit|request_?denied|unknown_?error)$/i;
const STATUS_KEY = /^(status|state|result_?status|outcome)$/i;
/** Sort and page settings read out as if they were the answer. */
const SORT_WORDS = /\b(null handling|direction (asc|desc)\b|property _id|ignore case (true|false)|\d+ sorts?\b|the sort is\b|the pageable\b)/i;

/** Does the object hold content beyond its status and message (a record, a list, coordinates)? */
function hasContent(record: Record<string, unknown>): boolean {
  return Object.entries(record).some(([k, v]) => !STATUS_KEY.test(k) && !/^(message|msg|error|error_?message|code)$/i.test(k) && v !== null && (typeof v === 'number' || (typeof v === 'object' && (!Array.isArray(v) || v.length > 0))));
}

export function checkAnswers(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, i) => {
    if (turn.speaker === 'tool' && turn.status === 'ok' && turn.result && typeof turn.result === 'object' && !Array.isArray(turn.result)) {
      const result = turn.result as Record<string, unknown>;
      const status = Object.entries(result).find(([k, v]) => STATUS_KEY.test(k) && typeof v === 'string' && FAILED_STATUS.test(v));
      if (status && hasContent(result)) add('status_contradicts_result', i, `tool result: "${status[0]}": "${String(status[1])}" next to the content a successful call returns`);
    }
    if (turn.speaker === 'assistant' && turn.action === 'response' && typeof turn.text === 'string') {
      const said = SORT_WORDS.exec(turn.text);
      if (said) add('paging_as_answer', i, `response reads out sort or page settings ("${said[0]}") instead of the result's content`);
    }
  });
}
