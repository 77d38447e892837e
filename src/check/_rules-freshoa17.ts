/**
 * Fresh-eyes reading of the openapi fixtures, wave 17 (QUALITY.md B, J):
 * - `batch_read_one_id`: a batch read ("Get Several Albums", `get-multiple-shows`) is called for several records:
 *   its list of ids (`ids`, `album_ids`) holding one id teaches the multi-get for one item ("get several albums"
 *   answered with one album).
 * - `api_named_id`: an ID is named by what it identifies, never by the API serving it: "the spotify ID" of a
 *   Spotify operation says nothing of whether an audiobook or a track is meant. Only the plain "the <API> ID"
 *   form where the call's ID argument is a bare `id` counts (an IMDb ID asked by another API is a real name).
 * - `message_author_mismatch`: a message written by the shop (`type: "admin"`, `sender_type: "staff"`) is never the
 *   customer's question ("Can I still add one more item to this order?"), and a customer's never the shop's reply.
 * - `message_status_state`: a written message (a body beside a subject, sender or author) is read or unread, sent
 *   or delivered, never "confirmed", "active" or "completed" (an order's or a job's states).
 * - `switch_without_dependant`: a switch sent at the value another argument is "required when" it takes
 *   (`adjustEstimate: "new"`, and newEstimate is "(required when "new" is selected for adjustEstimate)") comes with
 *   that argument: "the estimate adjustment is new" with no new estimate is an incomplete request.
 * Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const FRESHOA17_INVARIANTS = ['batch_read_one_id', 'api_named_id', 'message_author_mismatch', 'message_status_state', 'switch_without_dependant'] as const satisfies readonly InvariantId[];

const SEVERAL = /\b(?:several|multiple)\b/i;
const ID_LIST = /(?:^|_)ids$|[a-z]Ids$/;

/** Words of an operation's name (`get-multiple-albums`, `getSeveralTracks`) and summary. */
const opWords = (name: string, description: string): string => `${name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[-_.]+/g, ' ')} ${description.slice(0, 200)}`;

function checkBatchReads(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'assistant' || turn.action !== 'call' || !turn.call || turn.error) return;
    const op = record.operations[turn.call.operation];
    if (!op || op.method.toUpperCase() !== 'GET' || !SEVERAL.test(opWords(op.name, op.description ?? ''))) return;
    for (const [name, value] of Object.entries(turn.call.arguments)) {
      if (!ID_LIST.test(name)) continue;
      const one = (typeof value === 'string' && value.trim() !== '' && !value.includes(',')) || typeof value === 'number' || (Array.isArray(value) && value.length === 1);
      if (one) add('batch_read_one_id', at, `${turn.call.operation} reads several records, but ${name} holds one id (${JSON.stringify(value)})`);
    }
  });
}

/** The API's own words ("spotify" of `spotify__web-api`), three letters or more. */
const apiWords = (api: string): Set<string> => new Set(api.toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 3 && w !== 'api' && w !== 'web'));

function checkApiNamedIds(record: DialogueRecord, add: Add): void {
  const named = new Map<string, string>();
  for (const id of record.chain) {
    const op = record.operations[id];
    const props = (op?.parameters as { properties?: Record<string, unknown> } | undefined)?.properties ?? {};
    if (op && 'id' in props) for (const w of apiWords(op.api)) named.set(w, id);
  }
  if (named.size === 0) return;
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'tool') return;
    const text = turn.text ?? '';
    if (!/ IDs?\b/.test(text)) return;
    for (const m of text.matchAll(/\b[Tt]he ([A-Za-z]+) (IDs?)\b/g)) {
      const word = m[1]!.toLowerCase();
      if (named.has(word)) add('api_named_id', at, `"${m[0]}" names the ${named.get(word)} ID after the API, not after what it identifies`);
    }
  });
}

const BODY_KEY = /^(message|body|text|content|msg)$/i;
const WRITTEN_KEY = /^(subject|sender|sender_?id|from|author|author_?id|staff_?id|customer_?id|thread_?id|conversation_?id|reply_?to)$/i;
const AUTHOR_KEY = /^(type|kind|author_?type|sender_?type|from_?type|role|author_?role|sender_?role)$/i;
const STAFF = /^(admin|administrator|staff|merchant|agent|support|seller|store|shop|operator|employee)$/i;
const CUSTOMER = /^(customer|buyer|shopper|client|guest)$/i;
/** A customer's question about their order, and the shop's answer about it. */
const CUSTOMER_TEXT = /^(?:hi,? )?(?:can|could|may|when|where) (?:i|you|will)\b.*\b(?:my|this|the) (?:order|parcel|package|delivery)\b.*\?$|\b(?:my|the) parcel has not arrived\b|^thanks, everything arrived\b/i;
const STAFF_TEXT = /^(?:your order has been|we have (?:issued|shipped|refunded|dispatched)|sorry for the delay, we)\b/i;
const ORDER_STATE = /^(confirmed|active|completed|complete|ok|success|succeeded|in_progress|processing|approved|shipped|fulfilled)$/i;

function checkMessages(record: DialogueRecord, add: Add): void {
  const visit = (value: unknown, at: number, depth: number): void => {
    if (!value || typeof value !== 'object' || depth > 6) return;
    if (Array.isArray(value)) { for (const v of value) visit(v, at, depth + 1); return; }
    const rec = value as Record<string, unknown>;
    const keys = Object.keys(rec);
    const body = keys.find((k) => BODY_KEY.test(k) && typeof rec[k] === 'string');
    if (body !== undefined && keys.some((k) => WRITTEN_KEY.test(k))) {
      const text = (rec[body] as string).trim();
      const kind = keys.find((k) => AUTHOR_KEY.test(k) && typeof rec[k] === 'string');
      const author = kind === undefined ? '' : (rec[kind] as string);
      if ((STAFF.test(author) && CUSTOMER_TEXT.test(text)) || (CUSTOMER.test(author) && STAFF_TEXT.test(text))) add('message_author_mismatch', at, `a message of ${kind} "${author}" reads "${text}", written by the other side`);
      if (typeof rec.status === 'string' && ORDER_STATE.test(rec.status)) add('message_status_state', at, `a written message has status "${rec.status}": a message is read or unread, sent or delivered`);
    }
    for (const v of Object.values(rec)) if (v && typeof v === 'object') visit(v, at, depth + 1);
  };
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'tool' && turn.status === 'ok') visit(turn.result, at, 0);
  });
}

const REQUIRED_WHEN = /\brequired (?:when|if)\s+["'`]([\w-]+)["'`]\s+is\s+(?:selected|set|chosen|specified|given|used)\s+(?:for|as|in)\s+(?:the\s+)?["'`]?(\w+)/i;

function checkSwitches(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'assistant' || turn.action !== 'call' || !turn.call || turn.error) return;
    const props = ((record.operations[turn.call.operation]?.parameters as { properties?: Record<string, { description?: unknown }> } | undefined)?.properties) ?? {};
    const args = turn.call.arguments as Record<string, unknown>;
    for (const [name, prop] of Object.entries(props)) {
      if (name in args || typeof prop?.description !== 'string') continue;
      const m = REQUIRED_WHEN.exec(prop.description.slice(0, 400));
      if (m && args[m[2]!] === m[1]) add('switch_without_dependant', at, `${turn.call.operation}: ${m[2]} is "${m[1]}", which needs ${name}, yet ${name} is not sent`);
    }
  });
}

export function checkFreshoa17(record: DialogueRecord, add: Add): void {
  checkSwitches(record, add);
  checkBatchReads(record, add);
  checkApiNamedIds(record, add);
  checkMessages(record, add);
}
