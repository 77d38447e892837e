/**
 * Records a call has just made (QUALITY.md E), wave 32. An order just placed, tickets just bought or a sender just
 * created is a new record: it begins in its first state (placed, pending), it is not complete or delivered yet, its
 * ship or delivery day is ahead of the reference date, it has earned no quality rating, and its own URL ends in its
 * own id. A service whose ids are a prefix and 32 hex digits (Twilio's `XE…`) mints its other sids the same way.
 * Runs last on the result; values sent or pinned stay.
 */
import type { Operation } from '../specs/types.ts';
import { REFERENCE_DATE, currentWorld } from '../world/index.ts';
import { identifierWords } from '../text/index.ts';
import { lastNameWord } from './_params.ts';

type Json = Record<string, unknown>;

/** An action whose verb makes a new record (placeOrder, purchaseTickets, submitRequest), not one acting on a record. */
const MAKES_NEW = /^(place|submit|book|reserve|purchase|buy|checkout|order|request|lodge|file|raise|enroll|enrol|apply)$/;

/** An action that makes a new record: its result is treated like a create's. */
export function makesNew32(op: Pick<Operation, 'effect' | 'name' | 'path'>): boolean {
  if (op.effect !== 'action' || /\{[^}]+\}\/?$/.test(op.path)) return false;
  const first = identifierWords(op.name)[0]?.toLowerCase();
  return first !== undefined && MAKES_NEW.test(first);
}

const STATUS_KEY = /^(status|state|order_status|[a-z]+_status)$/;
/** A state only a record that has lived can be in (completed stays: a payment may finish within its call). */
const ENDED = /^(closed|cancel+ed|done|finished|rejected|declined|returned|fulfilled|settled|archived|deleted|removed|resolved|expired|refunded|shipped|delivered|in_?transit|dispatched|(?:\w+:)?updating|updated)$/i;
/** The states a record begins in, the likeliest first. */
const BEGINNING = [/^(new|created|creating|draft|placed|ordered|requested|received)$/i, /^(pending|submitted|in_?review|awaiting\w*|queued|scheduled|open|opened)$/i, /^(active|confirmed|accepted|approved)$/i];
/** A flag a new record cannot have set yet. */
const FINAL_FLAG = /^(is_|has_been_)?(complete|completed|delivered|shipped|fulfilled|closed|finished|resolved|refunded|returned)$/;
/** A day the new record will reach its buyer: a ship, delivery or dispatch date. */
const AHEAD_DATE = /(^|_)(ship|shipping|delivery|deliver|dispatch|arrival|eta)(_|$)/;
/** What a record earns by being used: a quality rating or a reputation. */
const EARNED = /^(quality_rating|quality_score|reputation|reputation_score|trust_score|health_score)$/;
const OWN_ID = ['sid', 'id', 'uuid'];
const URL_KEY = /^(url|uri|href|self|self_link|resource_url)$/;
const DATE = /^\d{4}-\d{2}-\d{2}/;
const DAY = 86_400_000;
/** A Twilio-like sid: two capitals and 32 hex digits. */
const SID = /^[A-Z]{2}[0-9a-fA-F]{32}$/;
const WRAPPER = /^(data|result|item|record|resource)$/;

function hashOf(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

function topRecord(result: unknown): Json | undefined {
  if (result === null || typeof result !== 'object' || Array.isArray(result)) return undefined;
  const root = result as Json;
  const keys = Object.keys(root);
  const inner = keys.length === 1 && WRAPPER.test(keys[0]!) ? root[keys[0]!] : undefined;
  return inner !== null && typeof inner === 'object' && !Array.isArray(inner) ? (inner as Json) : root;
}

/** The result settled in place: a new record's state (`created`), and sids of one form. `keep` holds pinned values as JSON. */
export function settleMade32(result: unknown, args: Json, operation: Operation, created: boolean, keep: ReadonlySet<string>): void {
  const record = topRecord(result);
  if (record === undefined) return;
  const held = (key: string, value: unknown): boolean => key in args || keep.has(JSON.stringify(value));
  if (typeof record.sid === 'string' && SID.test(record.sid)) sidsAlike(record, held, 0);
  for (const item of messagesOf(result, record)) recipientAsAddress(item, held);
  if (!created) return;
  for (const [key, value] of Object.entries(record)) {
    if (held(key, value)) continue;
    const word = lastNameWord(key);
    if (typeof value === 'string' && STATUS_KEY.test(word) && ENDED.test(value.replace(/[\s-]/g, '_'))) {
      const fresh = beginning(key, operation);
      if (fresh !== undefined) record[key] = fresh;
    }
  }
  freshWithin(record, held, 0);
  ownUrl(record, operation, held);
}

/** The enum's first beginning state for `key`, undefined when the schema lists none. */
function beginning(key: string, operation: Operation): string | undefined {
  const listed = operation.outputs.find((f) => f.path.split('.').pop() === key && Array.isArray(f.schema.enum))?.schema.enum as unknown[] | undefined;
  const allowed = (listed ?? []).filter((v): v is string => typeof v === 'string');
  return BEGINNING.map((re) => allowed.find((v) => re.test(v.replace(/[\s-]/g, '_')))).find((v) => v !== undefined);
}

/** Flags unset, ship days ahead, no earned rating, in the record and its nested objects. */
function freshWithin(record: Json, held: (key: string, value: unknown) => boolean, depth: number): void {
  for (const [key, value] of Object.entries(record)) {
    if (held(key, value)) continue;
    const word = lastNameWord(key);
    if (value === true && FINAL_FLAG.test(word)) record[key] = false;
    else if (typeof value === 'string' && DATE.test(value) && AHEAD_DATE.test(word) && value.slice(0, 10) < REFERENCE_DATE) record[key] = ahead(value);
    else if (typeof value === 'string' && EARNED.test(word)) record[key] = null;
    else if (depth < 2 && value !== null && typeof value === 'object' && !Array.isArray(value)) freshWithin(value as Json, held, depth + 1);
  }
}

/** The date moved to 2 to 15 days after the reference date, its time of day kept (the same date, the same move). */
function ahead(value: string): string {
  const day = new Date(Date.parse(`${REFERENCE_DATE}T00:00:00Z`) + (2 + (hashOf(value) % 14)) * DAY).toISOString().slice(0, 10);
  return `${day}${value.slice(10)}`;
}

/** A new record's own URL is its collection's path and its own id (`…/v2/Channels/Senders/XE…`), on the host drawn. */
function ownUrl(record: Json, operation: Operation, held: (key: string, value: unknown) => boolean): void {
  const idKey = OWN_ID.find((k) => (typeof record[k] === 'string' || typeof record[k] === 'number') && String(record[k]).length >= 3);
  if (idKey === undefined || operation.path.includes('{')) return;
  const id = String(record[idKey]);
  for (const [key, value] of Object.entries(record)) {
    if (!URL_KEY.test(key) || typeof value !== 'string' || held(key, value) || value.includes(id)) continue;
    const origin = /^https?:\/\/[^/]+/.exec(value)?.[0];
    if (origin !== undefined) record[key] = `${origin}${operation.path.replace(/\/$/, '')}/${encodeURIComponent(id)}`;
  }
}

/** Other sids in the record (`registration_sid: "SD-14338"`) in the form of its own: two capitals and 32 hex digits. */
function sidsAlike(record: Json, held: (key: string, value: unknown) => boolean, depth: number): void {
  for (const [key, value] of Object.entries(record)) {
    if (typeof value === 'string' && /_sid$/.test(lastNameWord(key)) && !SID.test(value) && !held(key, value)) {
      const prefix = (/^[A-Z]{2}/.exec(value)?.[0] ?? lastNameWord(key).slice(0, 2).toUpperCase()).padEnd(2, 'X');
      let hex = '';
      for (let h = hashOf(value); hex.length < 32; ) { h = Math.imul(h ^ (h >>> 15), 2246822519) >>> 0; h = Math.imul(h ^ (h >>> 13), 3266489917) >>> 0; hex += ((h ^ (h >>> 16)) >>> 0).toString(16).padStart(8, '0'); }
      record[key] = `${prefix}${hex.slice(0, 32)}`;
    } else if (depth < 2 && value !== null && typeof value === 'object' && !Array.isArray(value)) sidsAlike(value as Json, held, depth + 1);
  }
}

/** An email's key beside its `to`: then `to` is whom it went to, never the end of a date range. */
const MAIL_KEY = /^(from_email|from|sender|sender_email|subject|from_name)$/;

/** The records of a result that may be emails: the top record, and the items of a list at its top. */
function messagesOf(result: unknown, record: Json): Json[] {
  const lists = Array.isArray(result) ? [result] : Object.values(record).filter(Array.isArray);
  return [record, ...lists.flatMap((list) => (list as unknown[]).filter((v): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v)))];
}

/** `{from_email, subject, to: "2025-01-02"}`: the message went to a person of the dialogue's world, not to a date. */
function recipientAsAddress(record: Json, held: (key: string, value: unknown) => boolean): void {
  const to = record.to;
  if (typeof to !== 'string' || !DATE.test(to) || held('to', to) || !Object.keys(record).some((k) => MAIL_KEY.test(lastNameWord(k)))) return;
  const people = currentWorld()?.people ?? [];
  const sender = Object.values(record).filter((v) => typeof v === 'string');
  const person = people.find((p, i) => i > 0 && !sender.includes(p.email)) ?? people.find((p) => !sender.includes(p.email));
  if (person !== undefined) record.to = person.email;
}

/** "Returns a JSON array containing the IDs of the reindex requests that are being processed." */
const DESCRIBED_IDS = /\breturns? (?:a |an )?(?:JSON )?(?:array|list) (?:containing |of )(?:the )?(?:IDs|ids|identifiers) of (?:the )?([a-z][a-z ]{2,40}?)(?= that\b| which\b| being\b|[.,;]|$)/i;
/** "Returns general information about the current JIRA server." */
const SERVER_INFO = /\b(server|system|instance|application|site)\b.*\b(info|information)\b|\b(info|information)\b.*\b(server|system|instance|application|site)\b/i;
const DATETIME = { type: 'string', format: 'date-time' } as const;

/**
 * Fields of an operation whose spec gives no response schema, read from its description (QUALITY.md E): "returns a
 * JSON array of the IDs of the reindex requests" is a list of those ids, never a bare status; general information
 * about a server is its title, version and build, never an id and a name. Undefined when the description says neither.
 */
export function describedFields32(op: Operation): { path: string; schema: Record<string, unknown> }[] | undefined {
  const text = `${op.summary ?? ''} ${op.description ?? ''}`.replace(/\s+/g, ' ');
  const ids = DESCRIBED_IDS.exec(text)?.[1];
  if (ids !== undefined) {
    const noun = ids.trim().toLowerCase().split(' ').slice(-3).join('_').replace(/s$/, '');
    return [{ path: `${noun}_ids[]`, schema: { type: 'integer' } }];
  }
  if (op.effect !== 'read' || !SERVER_INFO.test(`${identifierWords(op.name).join(' ')} ${op.summary ?? ''} ${(op.description ?? '').split(/[.\n]/)[0]}`)) return undefined;
  const title = op.api.title.replace(/\s*v?\d+(?:\.\d+)*\s*$/i, '').trim();
  return [
    ...(title ? [{ path: 'server_title', schema: { type: 'string', const: title } }] : []),
    ...(op.api.version && /^\d+(\.\d+)*$/.test(op.api.version) ? [{ path: 'version', schema: { type: 'string', const: op.api.version } }] : []),
    { path: 'build_number', schema: { type: 'integer', minimum: 70000, maximum: 99999 } },
    { path: 'build_date', schema: DATETIME },
  ];
}
