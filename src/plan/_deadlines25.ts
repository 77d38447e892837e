/**
 * A record's plans lie where its state says (QUALITY.md E), wave 25:
 * - an open record (in progress, active, open, pending) has its deadline or due date after the reference date,
 *   each record of a list its own (never two in-progress projects both due 2019-12-10);
 * - a registered domain expires a whole number of years after it was created, after the reference date (a .co
 *   made 2025-04-09 runs to 2026-04-09 or 2027-04-09, never 2026-03-24).
 * Values the chain reads (`pinned`, as JSON) stay.
 */
import { REFERENCE_DATE } from '../world/index.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

type Json = Record<string, unknown>;

const ISO = /^\d{4}-\d{2}-\d{2}([T ]|$)/;
const snake = snakeKey;
const STATE = /^(status|state|project_status|task_status)$/;
const OPEN = /^(in_?progress|in-progress|active|open|pending|ongoing|planned|not_?started|todo|draft)$/i;
const DEADLINE = /(^|_)(deadline|due)(_|$)/;
const EXPIRY = /^(expires?|expir(y|ation|es)_?(at|on|date|time|utc)?|expiry|expiration|registry_expiry_date|expiration_date)$/;
const CREATED = /^(created|created_at|created_on|created_date|creation_date|creation|registered|registered_at|registration_date|registered_on)$/;
const DOMAIN_KEY = /^(domain|domain_name|tld|sld|registrar|whois)$/;
const MS_DAY = 86_400_000;

function hashOf(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const isDate = (v: unknown): v is string => typeof v === 'string' && ISO.test(v) && !Number.isNaN(Date.parse(v.slice(0, 10)));

/** Deadlines of an open record and a domain's expiry, in place (see the file comment). */
export function settlePlans25(obj: Json, pinned: ReadonlySet<string>): void {
  const keys = Object.keys(obj);
  const free = (k: string): boolean => isDate(obj[k]) && !pinned.has(JSON.stringify(obj[k]));
  // Cheap first look: only records with a deadline or an expiry.
  const deadlines = keys.filter((k) => DEADLINE.test(snake(k)) && free(k));
  const expiry = keys.find((k) => EXPIRY.test(snake(k)) && free(k));
  if (deadlines.length === 0 && expiry === undefined) return;
  const now = Date.parse(`${REFERENCE_DATE}T00:00:00Z`);
  const state = keys.find((k) => STATE.test(snake(k)) && typeof obj[k] === 'string');
  if (deadlines.length > 0 && state !== undefined && OPEN.test(String(obj[state]).replace(/\s+/g, '_'))) {
    // Each record its own day, from its own fields: 10 to 200 days ahead.
    const seed = hashOf(JSON.stringify(Object.values(obj).filter((v) => typeof v === 'string' || typeof v === 'number')));
    for (const k of deadlines) {
      const v = obj[k] as string;
      if (v.slice(0, 10) > REFERENCE_DATE) continue;
      obj[k] = day(now + (10 + ((seed + hashOf(k)) % 190)) * MS_DAY) + v.slice(10);
    }
  }
  if (expiry === undefined || !keys.some((k) => DOMAIN_KEY.test(snake(k)))) return;
  const created = keys.find((k) => CREATED.test(snake(k)) && isDate(obj[k]));
  if (created === undefined) return;
  const made = obj[created] as string;
  const year = Number(made.slice(0, 4));
  const monthDay = made.slice(4, 10) === '-02-29' ? '-02-28' : made.slice(4, 10);
  // Whole years of registration, at least one, running past the reference date.
  let n = 1 + (hashOf(made) % 2);
  while (`${year + n}${monthDay}` <= REFERENCE_DATE) n++;
  const v = obj[expiry] as string;
  obj[expiry] = `${year + n}${monthDay}${v.slice(10)}`;
}
