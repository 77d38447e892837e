/**
 * The dates of one record agree (QUALITY.md E), wave 32. Reads only the dialogue record.
 * - `event_before_made`: something that happened to a record (verified, valid after, sent, published, updated,
 *   last tested) is dated days before the record was made, and the assistant says that day: never a sending domain
 *   created on November 23 whose DKIM is "valid from June 3". A nested object (`dkim`) is its holder's; a list's
 *   items are records of their own.
 * - `schedule_in_past`: a call that sets when something is sent or run (`send_at`, `scheduled_at`, `publish_at`)
 *   and succeeds sets it before today: never an email rescheduled to two years ago, reported as done.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { REFERENCE_DATE } from '../world/index.ts';
import { effectOf } from './_effect.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Json = Record<string, unknown>;

export const DATES32_INVARIANTS = ['event_before_made', 'schedule_in_past'] as const satisfies readonly InvariantId[];

const DATE = /^\d{4}-\d{2}-\d{2}([T ]|$)/;
const isDate = (v: unknown): v is string => typeof v === 'string' && DATE.test(v) && !Number.isNaN(Date.parse(v.slice(0, 10)));
const snake = snakeKey;
const CREATED = /^(created|created_at|date_created|creation_date|created_on|created_date|created_time|createdat|inserted_at|date_added|added_at)$/;
const EVENT = /(^|_)(updated|modified|verified|validated|valid_(after|from|since)|sent|send_at|scheduled|first_sent|last_(tested|sent|login|seen|used|active|modified|updated|run|checked|synced|activity|opened|clicked)|published|activated|confirmed|approved|completed|closed|resolved|delivered|opened|clicked|deleted|cancell?ed|archived|processed|expires?|expiry|expiration|renewed|tested)(_|$)/;
const SCHEDULE = /(^|_)(send_at|send_time|send_on|send_date|scheduled|schedule|publish_at|publish_on|deliver_at|deliver_on|remind_at|reminder_at|reminder_time|run_at|post_at|go_live_at)(_|$)/;
const BOUND = /(^|_)(before|after|from|to|since|until|min|max|gte|lte|gt|lt|start|end)$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** How a day is said ("June 3, 2025") or written (2025-06-03). */
function saysDay(text: string, day: string): boolean {
  const spoken = `${MONTHS[Number(day.slice(5, 7)) - 1]} ${Number(day.slice(8, 10))}, ${day.slice(0, 4)}`;
  return text.includes(spoken) || text.includes(day);
}

/** Events dated days before their record's making, as [key, event day, made day]. */
function earlyEvents(node: unknown, made: string | undefined, into: Array<[string, string, string]>, depth: number): void {
  if (node === null || typeof node !== 'object' || depth > 6) return;
  if (Array.isArray(node)) {
    for (const item of node) earlyEvents(item, undefined, into, depth + 1);
    return;
  }
  const obj = node as Json;
  const own = Object.keys(obj).find((k) => CREATED.test(snake(k)) && isDate(obj[k]));
  const anchor = own !== undefined ? (obj[own] as string).slice(0, 10) : made;
  for (const [key, value] of Object.entries(obj)) {
    if (value !== null && typeof value === 'object') earlyEvents(value, Array.isArray(value) ? undefined : anchor, into, depth + 1);
    else if (anchor !== undefined && key !== own && isDate(value) && value.slice(0, 10) < anchor && EVENT.test(snake(key)) && !CREATED.test(snake(key))) into.push([key, value.slice(0, 10), anchor]);
  }
}

export function checkDates32(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'assistant' && turn.call) {
      if (effectOf(record.operations[turn.call.operation], turn.call.operation) === 'read') return;
      const answer = record.turns.slice(at + 1).find((t) => t.speaker === 'tool' && t.call_id === turn.call!.id);
      if (answer?.speaker !== 'tool' || answer.status !== 'ok') return;
      for (const [name, value] of Object.entries(turn.call.arguments ?? {})) {
        const k = snake(name);
        if (isDate(value) && value.slice(0, 10) < REFERENCE_DATE && SCHEDULE.test(k) && !BOUND.test(k)) add('schedule_in_past', at, `${turn.call.operation} sets ${name} to ${value}, before today (${REFERENCE_DATE})`);
      }
      return;
    }
    if (turn.speaker !== 'tool' || turn.status !== 'ok' || turn.result === null || typeof turn.result !== 'object') return;
    const early: Array<[string, string, string]> = [];
    earlyEvents(turn.result, undefined, early, 0);
    if (early.length === 0) return;
    const said = record.turns.slice(at + 1).filter((t) => t.speaker === 'assistant' && typeof (t as { text?: unknown }).text === 'string').map((t) => (t as { text: string }).text).join('\n');
    const shown = early.find(([, day]) => saysDay(said, day));
    if (shown) add('event_before_made', at, `${shown[0]} ${shown[1]} is said, but the record was made on ${shown[2]}`);
  });
}
