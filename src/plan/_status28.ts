/**
 * Status words that fit what they are the status of (QUALITY.md E), wave 28:
 * - a resource that lives on (an account, a subaccount, a user, a store, a domain, a webhook, a role, a menu)
 *   is in a state (active, paused, disabled), never "completed" or "confirmed" as if it were a job or a payment;
 * - an envelope's status beside `code`/`msg`/`request_id`/`data` only says how the request went ("OK");
 * - rolling counters are ordered: a day's count is within the week's, the week's within the month's, that within the total;
 * - a send given a time to go out (`send_at`) is scheduled, not sent.
 */
import { checkedKeys28 } from './_status-tree28.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Records that stay and are switched on and off; `sub ?accounts?` also takes Mandrill's subaccounts. */
const RESOURCE = /\b(sub ?accounts?|accounts?|users?|members?|customers?|profiles?|stores?|shops?|domains?|webhooks?|hooks?|senders?|templates?|keys?|apps|projects?|workspaces?|sites?|teams?|organi[sz]ations?|orgs?|roles?|menus?|depts?|departments?|configs?|devices?|integrations?|channels?|tags?|groups?|pools?|servers?|routes?|rules?|ips?|dict(ionar(y|ies))?|feeds?)\b/;
/** Things that happen and end (a job, an order, a payment, a send): their words (completed, confirmed) fit them. */
const EVENT = /\b(jobs?|tasks?|exports?|imports?|reindex|batch(es)?|builds?|deploy(ment)?s?|runs?|upgrades?|migrations?|backups?|scans?|orders?|payments?|payouts?|transfers?|transactions?|invoices?|refunds?|bookings?|reservations?|tickets?|messages?|emails?|sends?|requests?|shipments?|deliver(y|ies)|checks?|verifications?|captcha)\b/;
const PAUSABLE = /\b(sub ?accounts?|accounts?|webhooks?|hooks?|campaigns?|senders?|feeds?)\b/;

const STATES = ['active', 'active', 'active', 'inactive', 'disabled'] as const;
const PAUSED = ['active', 'active', 'active', 'paused', 'active'] as const;
/** A record just made starts active. */
const NEW = ['active'] as const;
const MAKES = /\b(add|create|new|register|signup|insert)\b/;

/** Keys that hold whatever a call found, not one kind of record: their items are the operation's records. */
const CONTAINER = /^(|items?|results?|data|response|payload|records?|entries|list|values|hits|objects|elements|content|body)$/;

/**
 * The states of the resource a status belongs to: the one its own name says (`account_status`), else its record's key
 * (`parent`), else the first record the operation's words name; undefined when that is a job, an order, a record of
 * another kind (a well's `well_status`, an application's status) or nothing known: their words stay.
 */
export function resourceStates28(context: string, parent = '', name = ''): readonly string[] | undefined {
  const prefix = name.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase().replace(/_?(status|state)$/, '').replace(/_/g, ' ');
  const own = parent.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
  const about = prefix !== '' ? prefix : CONTAINER.test(own) ? context.toLowerCase() : own.replace(/_/g, ' ');
  const resource = RESOURCE.exec(about);
  if (!resource) return undefined;
  const event = EVENT.exec(about);
  if (event && event.index < resource.index) return undefined;
  if (about === context.toLowerCase() && MAKES.test(about)) return NEW;
  return PAUSABLE.test(resource[0]) ? PAUSED : STATES;
}

/** A status word: the resource's state where it is one, else one of `words` (one draw either way, so the rest of the result stays). */
export function statusWord28(rng: { pick<T>(items: readonly T[]): T }, words: readonly string[], context: string, parent = '', name = ''): string {
  return rng.pick(resourceStates28(context, parent, name) ?? words);
}

const ENVELOPE_KEY = /^(code|msg|message|request_?id|requestId|data|trace_?id)$/;
/** Words of a thing done or in force, never of a task still running (a started task keeps its `pending`). */
const JOB_WORD = /^(completed|confirmed|active|done|succeeded)$/;

/** An envelope's status beside its code, message or request id says the request went through ("OK"), its code is 200. */
function envelopeStatus(result: Obj): void {
  const keys = Object.keys(result);
  if (keys.filter((k) => ENVELOPE_KEY.test(k)).length < 2) return;
  // A success's code is the plain one (200), never an odd 218.
  if (typeof result.code === 'number' && result.code > 200 && result.code < 300 && typeof (result.msg ?? result.message) === 'string') result.code = 200;
  const status = result.status;
  if (typeof status !== 'string' || !(JOB_WORD.test(status) || /^(inactive|disabled|paused)$/.test(status))) return;
  result.status = 'OK';
}

/**
 * Rolling counts by span, shortest first: `sent_daily` ≤ `sent_weekly` ≤ `sent_monthly` ≤ `sent_total`. Only adverb and
 * "last N days" forms: a bare `_day`/`_month` is a part of a date (`start_day` 15, `start_month` 3), never a count.
 */
const SPAN_WORDS = ['hourly|last_?hour', 'daily|today|last_?24_?hours', 'weekly|last_?7_?days', 'monthly|last_?30_?days', 'yearly|annual|last_?365_?days', 'total|all_?time|lifetime'];
const SPANS = SPAN_WORDS.map((w) => new RegExp(`(^|_)(${w})(_|$)`));
const ANY_SPAN = new RegExp(`(^|_)(${SPAN_WORDS.join('|')})(_|$)`);

function spanOf(key: string): number {
  return SPANS.findIndex((re) => re.test(key));
}

function orderCounters(result: Obj): void {
  const byStem = new Map<string, Array<[string, number]>>();
  for (const [key, value] of Object.entries(result)) {
    if (typeof value !== 'number' || !Number.isInteger(value)) continue;
    const span = spanOf(key);
    if (span < 0) continue;
    const stem = key.replace(ANY_SPAN, '$1$3');
    const list = byStem.get(stem) ?? [];
    list.push([key, span]);
    byStem.set(stem, list);
  }
  for (const list of byStem.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => a[1] - b[1]);
    for (let i = 1; i < list.length; i++) {
      const [shorter] = list[i - 1]!;
      const [longer] = list[i]!;
      if ((result[longer] as number) < (result[shorter] as number)) result[longer] = (result[shorter] as number) + Math.round((result[shorter] as number) * 0.4);
    }
  }
}

/** A send with a time to go out (`send_at`, at the top or in `message`) is scheduled. */
function scheduledSends(result: unknown, echo: Obj): void {
  const at = echo.send_at ?? (isObj(echo.message) ? echo.message.send_at : undefined);
  if (typeof at !== 'string' || at === '' || !Array.isArray(result)) return;
  for (const item of result) if (isObj(item) && typeof item.status === 'string' && /^(sent|queued)$/.test(item.status)) item.status = 'scheduled';
}

/** Called on every built result after the mail pass (`agreeSends26`); changes it in place. */
export function agreeStatus28(result: unknown, echo: Obj): void {
  scheduledSends(result, echo);
  if (!isObj(result)) {
    if (Array.isArray(result)) for (const item of result) if (isObj(item)) orderCounters(item);
    return;
  }
  envelopeStatus(result);
  checkedKeys28(result);
  orderCounters(result);
  for (const value of Object.values(result)) if (isObj(value)) orderCounters(value);
}
