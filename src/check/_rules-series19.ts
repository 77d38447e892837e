/**
 * Mail records and time series (QUALITY.md E). `mail_field_meaning`: in a call's arguments or a result, a mail
 * client's address (`client_address`, `remote_addr`) is an IP address and a mail's sender (`mail_from`,
 * `from_email`) an email address — never a street or a code. `series_bare_time`: the buckets of a time series
 * (an operation named for one) carry their full moment, never a bare clock time ("13:30") with no day.
 * Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { keyWords } from '../text/key-words-speed28.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Json = Record<string, unknown>;

export const SERIES19_INVARIANTS = ['mail_field_meaning', 'series_bare_time'] as const satisfies readonly InvariantId[];

const words = keyWords;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

const CLIENT_ADDRESS = /^(client|remote)_(address|addr)$|^(client_?addr|remote_?addr)$/;
const IP_VALUE = /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-f]{0,4}(:[0-9a-f]{0,4}){2,7})$/i;
const SENDER = /^(mail_from|from_email|sender_email|envelope_from)$/;
const EMAIL_VALUE = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;
const SERIES_OP = /time_?series|timeseries/i;
const BUCKET_KEY = /^(time|hour|timestamp)$/;
const BARE_CLOCK = /^\d{1,2}:\d\d(:\d\d)?$/;

/** The first mail field (top level or a record one level down) whose value is not of its meaning. */
function offMeaning(value: unknown, depth: number): string | undefined {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = depth < 2 ? offMeaning(item, depth + 1) : undefined;
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (!isRecord(value)) return undefined;
  for (const [key, child] of Object.entries(value)) {
    if (typeof child === 'string' && child !== '') {
      const name = words(key);
      if (CLIENT_ADDRESS.test(name) && !IP_VALUE.test(child)) return `${key} "${child}" is no IP address`;
      if (SENDER.test(name) && !EMAIL_VALUE.test(child)) return `${key} "${child}" is no email address`;
    } else if (child !== null && typeof child === 'object' && depth < 2) {
      const found = offMeaning(child, depth + 1);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

export function checkSeries19(record: DialogueRecord, add: Add): void {
  const opOf = new Map<string, string>();
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'assistant' && turn.call) {
      opOf.set(turn.call.id, turn.call.operation);
      const off = offMeaning(turn.call.arguments ?? {}, 0);
      if (off !== undefined) add('mail_field_meaning', at, off);
    }
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    const off = offMeaning(turn.result, 0);
    if (off !== undefined) add('mail_field_meaning', at, off);
    const op = opOf.get(turn.call_id) ?? '';
    if (!SERIES_OP.test(op) || !Array.isArray(turn.result)) return;
    for (const item of turn.result) {
      if (!isRecord(item)) continue;
      const key = Object.keys(item).find((k) => BUCKET_KEY.test(words(k)) && typeof item[k] === 'string' && BARE_CLOCK.test(item[k] as string));
      if (key !== undefined) {
        add('series_bare_time', at, `a time-series bucket's ${key} is a bare clock time "${String(item[key])}"`);
        return;
      }
    }
  });
}
