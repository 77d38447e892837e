/**
 * Mail account records true to their life (QUALITY.md E), wave 27. Reads only the record.
 * - `new_record_activity`: a record a create call just made (a Mandrill subaccount) has done nothing yet: no first or
 *   last send, login or open date, no messages sent, opened or clicked this week or month.
 * - `valid_after_untested`: a check that found a setting valid (`cname: {valid: true, valid_after}`) found it valid
 *   by its last test: `valid_after` is never after `last_tested_at`.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { effectOf } from './_effect.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const MAIL27_INVARIANTS = ['new_record_activity', 'valid_after_untested'] as const satisfies readonly InvariantId[];

const PERIOD_COUNT = /^(sent|sends|opens|opened|clicks|clicked|bounces|bounced|hard_bounces|soft_bounces|complaints|rejects|unsubs|unsubscribes|deliveries|delivered|views|visits|hits|requests|calls|messages|emails|orders)_(hourly|daily|weekly|monthly|yearly|today|this_week|this_month|total)$/;
const ACTIVITY_AT = /^(first|last)_(sent|send|sent_email|email|login|logged_in|seen|active|activity|open|opened|click|clicked|used|order|ordered|message)_(at|on|date|time)$/;
const ISO = /^\d{4}-\d{2}-\d{2}/;

function checkNew(result: Record<string, unknown>, args: Record<string, unknown>, at: number, add: Add): void {
  // A record made with its contents (an order with its lines) may come with activity.
  if (Object.values(args).some((v) => Array.isArray(v) && v.length > 0)) return;
  for (const [key, value] of Object.entries(result)) {
    if (key in args) continue;
    if (typeof value === 'string' && ACTIVITY_AT.test(key)) add('new_record_activity', at, `a record just created has ${key} ${value}`);
    else if (typeof value === 'number' && value > 0 && PERIOD_COUNT.test(key)) add('new_record_activity', at, `a record just created has ${key} ${value}`);
  }
}

function checkValidAfter(result: Record<string, unknown>, at: number, add: Add): void {
  const tested = result.last_tested_at;
  if (typeof tested !== 'string' || !ISO.test(tested)) return;
  for (const [key, value] of Object.entries(result)) {
    if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
    const { valid, valid_after: after } = value as { valid?: unknown; valid_after?: unknown };
    if (valid === true && typeof after === 'string' && ISO.test(after) && after.slice(0, 10) > tested.slice(0, 10)) add('valid_after_untested', at, `${key} is valid after ${after}, later than its last test ${tested}`);
  }
}

export function checkMail27(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    const result = turn.result;
    if (result === null || typeof result !== 'object' || Array.isArray(result)) return;
    const fields = result as Record<string, unknown>;
    if ('last_tested_at' in fields) checkValidAfter(fields, at, add);
    if (effectOf(record.operations[turn.operation], turn.operation) !== 'create') return;
    const call = [...record.turns.slice(0, at)].reverse().find((t) => t.speaker === 'assistant' && t.call?.operation === turn.operation);
    checkNew(fields, ((call?.speaker === 'assistant' ? call.call?.arguments : undefined) ?? {}) as Record<string, unknown>, at, add);
  });
}
