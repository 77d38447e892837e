/**
 * Plans dated where their state says (QUALITY.md E), wave 25. `open_deadline_past`: a record still open (in
 * progress, active, open, pending) has its deadline or due date after the reference date, never two in-progress
 * projects both due 2019-12-10. Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';
import { REFERENCE_DATE } from '../world/index.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const YEARS25_INVARIANTS = ['open_deadline_past'] as const satisfies readonly InvariantId[];

const snake = snakeKey;
const STATE = /^(status|state|project_status|task_status)$/;
const OPEN = /^(in_?progress|in-progress|active|open|pending|ongoing|not_?started|todo)$/i;
const DEADLINE = /(^|_)(deadline|due)(_|$)/;
const DAY = /^\d{4}-\d{2}-\d{2}/;

export function checkYears25(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'tool' || turn.status !== 'ok' || turn.result === null || typeof turn.result !== 'object') return;
    // Cheap first look: a deadline somewhere in the result's text.
    if (!/deadline|due/i.test(JSON.stringify(turn.result))) return;
    let said = false;
    eachObject(turn.result, (obj) => {
      if (said) return;
      const keys = Object.keys(obj);
      const state = keys.find((k) => STATE.test(snake(k)) && typeof obj[k] === 'string');
      if (state === undefined || !OPEN.test(String(obj[state]).replace(/\s+/g, '_'))) return;
      const past = keys.find((k) => DEADLINE.test(snake(k)) && typeof obj[k] === 'string' && DAY.test(obj[k] as string) && (obj[k] as string).slice(0, 10) < REFERENCE_DATE);
      if (past === undefined) return;
      said = true;
      add('open_deadline_past', at, `a record ${String(obj[state])} has its ${past} ${String(obj[past])} before ${REFERENCE_DATE}`);
    });
  });
}
