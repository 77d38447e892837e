/**
 * Values the spec itself bounds (QUALITY.md E), wave 33. Petstore's "For valid response try integer IDs with
 * value < 1000. Anything above 1000 or non-integers will generate API errors" sits in the operation's
 * description, not the parameter's, so `deleteOrder` succeeded with order 687611. An integer id drawn above
 * the documented bound is brought under it, without another draw: the dialogue's rng stays as it was.
 */
import type { PlanOperation, PlanParam } from './catalog.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

/** "IDs with value < 1000", "ids below 500", "id less than or equal to 10"; not "<= 5 or > 10" (two ranges). */
const UPPER = /\bids?\b[^.]{0,20}?\b(?:with (?:a )?values?\s+)?(<=?|less than(?: or equal to)?|below|under)\s*(\d{1,9})\b(?![^.]{0,12}\bor\s*(?:>|above|greater|more))/i;
const bounds = new WeakMap<object, number | null>();

/** The largest id an operation's description says is valid, null when it documents none. */
function documentedIdBound(op: PlanOperation): number | null {
  const o = op.operation;
  let bound = bounds.get(o);
  if (bound === undefined) {
    const m = UPPER.exec((o.description ?? '').slice(0, 600));
    bound = m ? Number(m[2]) - (m[1] === '<' || /^(less than|below|under)$/i.test(m[1]!) ? 1 : 0) : null;
    if (bound !== null && bound < 1) bound = null;
    bounds.set(o, bound);
  }
  return bound;
}

/** An integer id argument inside the range its operation documents (687611 → 611 under "< 1000"). */
export function inDocumentedIdRange33(value: unknown, op: PlanOperation, p: PlanParam): unknown {
  if (typeof value !== 'number' || !Number.isInteger(value) || !p.idLike) return value;
  const bound = documentedIdBound(op);
  if (bound === null || (value >= 1 && value <= bound)) return value;
  return (Math.abs(value) % bound) + 1;
}

/**
 * A job's state as its operation's description spells it (QUALITY.md E): Mandrill's "If the export job's state is
 * 'complete', the returned data will include a URL" answers `"state":"complete"`, never "completed". Only the
 * spelling changes: a state drawn as another one (pending) stays what it was drawn.
 */
const SAID_STATE = /\b(state|status)\s+(?:is|of|=|equals)\s+["'`]([A-Za-z][\w-]{1,30})["'`]/gi;
const CLASSES = [/^(done|completed?|finished|succeeded|success|successful|ready)$/i, /^(pending|processing|queued|in[_ -]?progress|running|waiting|started|scheduled)$/i, /^(failed|failure|errored|error|cancell?ed|aborted)$/i];
const saidStates = new WeakMap<object, ReadonlyMap<string, readonly string[]> | null>();

/** The state words a description quotes, by the key they are said of ("state" → ["complete"]); null when none. */
function documentedStates(operation: { description?: string }): ReadonlyMap<string, readonly string[]> | null {
  let found = saidStates.get(operation);
  if (found === undefined) {
    found = null;
    const d = operation.description ?? '';
    if (/["'`]/.test(d)) {
      const map = new Map<string, string[]>();
      for (const m of d.slice(0, 1200).matchAll(SAID_STATE)) {
        const key = m[1]!.toLowerCase();
        map.set(key, [...(map.get(key) ?? []), m[2]!]);
      }
      if (map.size > 0) found = map;
    }
    saidStates.set(operation, found);
  }
  return found;
}

const sameState = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase() || CLASSES.some((c) => c.test(a) && c.test(b));

/** Each `state`/`status` of the result (top level or its items) in the spelling the description documents. */
export function settleDocumentedStates33(result: unknown, operation: { description?: string }, free: (v: unknown) => boolean): void {
  const said = documentedStates(operation);
  if (said === null) return;
  const fit = (obj: unknown): void => {
    if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return;
    const record = obj as Record<string, unknown>;
    for (const [key, words] of said) {
      const v = record[key];
      if (typeof v !== 'string' || !free(v) || words.includes(v)) continue;
      const own = words.find((w) => sameState(w, v));
      if (own !== undefined) record[key] = own;
    }
  };
  if (Array.isArray(result)) result.slice(0, 50).forEach(fit);
  else fit(result);
}

/**
 * A value the operation's description forbids (QUALITY.md E): Mandrill's delete-pool says "you cannot delete your
 * default pool", so the pool deleted is never "Default Pool". Read per operation: most describe no such thing.
 */
const FORBIDS_DEFAULT = /\b(?:cannot|can't|can not|may not|is not allowed to)\s+(?:be\s+)?(\w+)\s+(?:your|the|a)\s+default\b/i;
const forbidding = new WeakMap<object, boolean>();

/** Whether `value` names the default thing that the description says this operation cannot act on. */
export function forbiddenDefault33(operation: { description?: string }, value: unknown): boolean {
  if (typeof value !== 'string' || !/\bdefault\b/i.test(value)) return false;
  let forbids = forbidding.get(operation);
  if (forbids === undefined) {
    forbids = FORBIDS_DEFAULT.test((operation.description ?? '').slice(0, 800));
    forbidding.set(operation, forbids);
  }
  return forbids;
}

/**
 * Accessible seats are the exception of an offer list (QUALITY.md E, bundled 2026-209): never three offers of one
 * event all "accessible", one of 416 seats at 815 PLN. Of a list whose type's enum offers "standard" beside
 * "accessible", the cheapest accessible offer stays so, with a few seats left; the others are standard.
 */
const typeKeys = new WeakMap<object, readonly string[]>();
const PRICE = /^(price|amount|cost|face_value|total)$/i;
const LEFT = /^(available|remaining|left|seats_available|available_seats|quantity_available|count)$/i;
const snake = snakeKey;

/** The keys of list items whose enum offers both "accessible" and "standard" (`ticketType`). */
function accessibleTypeKeys(operation: { outputs?: readonly { path: string; schema: unknown; isList: boolean }[] }): readonly string[] {
  let keys = typeKeys.get(operation);
  if (keys === undefined) {
    keys = (operation.outputs ?? []).filter((f) => {
      const e = f.isList ? (f.schema as { enum?: unknown })?.enum : undefined;
      return Array.isArray(e) && e.includes('accessible') && e.includes('standard');
    }).map((f) => f.path.split('.').pop()!.replace(/\[\]$/, ''));
    typeKeys.set(operation, keys);
  }
  return keys;
}

export function settleAccessibleOffers33(result: unknown, operation: { outputs?: readonly { path: string; schema: unknown; isList: boolean }[] }, free: (v: unknown) => boolean): void {
  const keys = accessibleTypeKeys(operation);
  if (keys.length === 0) return;
  const visit = (value: unknown, depth: number): void => {
    if (depth > 4 || !value || typeof value !== 'object') return;
    if (!Array.isArray(value)) {
      for (const v of Object.values(value)) visit(v, depth + 1);
      return;
    }
    const records = value.filter((r): r is Record<string, unknown> => !!r && typeof r === 'object' && !Array.isArray(r));
    for (const key of keys) {
      const accessible = records.filter((r) => r[key] === 'accessible');
      if (accessible.length === 0 || records.length < 2) continue;
      const priceOf = (r: Record<string, unknown>): number => {
        const k = Object.keys(r).find((x) => PRICE.test(snake(x)) && typeof r[x] === 'number');
        return k === undefined ? 0 : (r[k] as number);
      };
      const kept = accessible.reduce((a, b) => (priceOf(b) < priceOf(a) ? b : a));
      // Of several accessible offers, the cheapest stays so; the others are standard.
      if (accessible.length > 1 && free('accessible')) for (const r of accessible) if (r !== kept) r[key] = 'standard';
      const left = Object.keys(kept).find((x) => LEFT.test(snake(x)) && typeof kept[x] === 'number');
      if (left !== undefined && (kept[left] as number) > 30 && free(kept[left])) kept[left] = 4 + ((kept[left] as number) % 21);
    }
  };
  visit(result, 0);
}

/**
 * A captcha's image is an image (QUALITY.md E, openapi 2026-194): go-admin's captcha answered
 * `"data":"ITM-61877"`, read out as "The data is ITM-61877". Its image field is a base64 PNG data URL, made from
 * the value drawn (no draw of its own), which the response never reads out (src/realize/_blob.ts).
 */
const IMAGE_OP = /captcha/i; // a QR reader's `data` is the decoded text: only a captcha is sure to be an image
const IMAGE_KEY = /^(data|image|img|captcha|captcha_image|pic|picture|b64|base64|qr|qrcode|qr_code)$/i;
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** 48 base64 letters spread from `seed`'s characters: the same value gives the same image. */
function pngOf(seed: string): string {
  let h = 2166136261;
  let body = '';
  for (let i = 0; i < 48; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i % Math.max(1, seed.length)) ^ i, 16777619) >>> 0;
    body += B64[h % 64];
  }
  return `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAHgAAAAo${body}`;
}

export function settleImageData33(result: unknown, operation: { path?: string; summary?: string; name?: string }, free: (v: unknown) => boolean): void {
  if (!result || typeof result !== 'object' || Array.isArray(result)) return;
  if (!IMAGE_OP.test(`${operation.path ?? ''} ${operation.name ?? ''} ${operation.summary ?? ''}`)) return;
  const record = result as Record<string, unknown>;
  for (const [k, v] of Object.entries(record)) {
    if (!IMAGE_KEY.test(k) || typeof v !== 'string' || !free(v) || /^(data:|https?:)/.test(v)) continue;
    record[k] = pngOf(v);
  }
}
