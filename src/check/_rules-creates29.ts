/**
 * What a create returns (QUALITY.md E), wave 29. Reads only the dialogue record.
 * `created_date_changed`: the record a create call returns holds a date the call sent as sent, under its key or its
 * obvious longer one (`deadline` → `deadlineUtc`): never a project sent due 2026-06-13 coming back due 2026-07-29.
 * `created_updated_later`: a record a create call has just made was last updated as it was made: never created at
 * 05:00 and updated at 23:00 the same day.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { effectOf } from './_effect.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Json = Record<string, unknown>;

export const CREATES29_INVARIANTS = ['created_date_changed', 'created_updated_later'] as const satisfies readonly InvariantId[];

const DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const isDate = (v: unknown): v is string => typeof v === 'string' && DATE.test(v) && !Number.isNaN(Date.parse(v));
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const snake = snakeKey;
const WRAPPER = /^(data|result|item|record|object|response)$/;
const CREATED = /^(created|created_at|date_created|creation_date|created_on|created_date|created_time|inserted_at)$/;
const UPDATED = /^(updated|updated_at|date_updated|modified|modified_at|last_modified|updated_on|date_modified|updated_time|modified_date|last_updated)$/;
const SUFFIX = /^(utc|at|on|date|time|datetime)$/;

/** The record a create returns: the result itself or its one wrapper. */
function madeRecord(result: Json): Json {
  const wrapper = Object.keys(result).find((k) => WRAPPER.test(k) && isRecord(result[k]));
  return wrapper === undefined ? result : (result[wrapper] as Json);
}

function checkMade(made: Json, args: Json, at: number, add: Add): void {
  const keys = Object.keys(made);
  for (const [name, value] of Object.entries(args)) {
    if (!isDate(value)) continue;
    const arg = snake(name);
    const key = name in made ? name : keys.find((k) => snake(k) === arg || (snake(k).startsWith(`${arg}_`) && SUFFIX.test(snake(k).slice(arg.length + 1))));
    const back = key === undefined ? undefined : made[key];
    if (isDate(back) && Date.parse(back) !== Date.parse(value)) add('created_date_changed', at, `the new record's ${key} is ${back}, not the ${value} the call sent`);
  }
  const created = keys.find((k) => CREATED.test(snake(k)) && isDate(made[k]));
  const updated = keys.find((k) => UPDATED.test(snake(k)) && isDate(made[k]));
  if (created === undefined || updated === undefined) return;
  const later = Date.parse(made[updated] as string) - Date.parse(made[created] as string);
  // A second or a minute is the same moment written apart; an hour is a second change.
  if (later > 60_000) add('created_updated_later', at, `a record just created was updated at ${String(made[updated])}, after its creation at ${String(made[created])}`);
}

export function checkCreates29(record: DialogueRecord, add: Add): void {
  let args: Json = {};
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'assistant' && turn.call) {
      args = (turn.call.arguments ?? {}) as Json;
      return;
    }
    if (turn.speaker !== 'tool' || turn.status !== 'ok' || !isRecord(turn.result)) return;
    const op = record.operations[turn.operation];
    if (op && effectOf(op, turn.operation) === 'create') checkMade(madeRecord(turn.result), args, at, add);
  });
}
