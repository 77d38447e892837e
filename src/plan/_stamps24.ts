/**
 * One record's times, rates, counts and amounts agree (QUALITY.md E), wave 24:
 * - its times run in its life's order: created ≤ started ≤ finished (shipped, booked) ≤ sent (delivered, a
 *   callback) ≤ updated; a quick job (an async task: 10-40 s) finishes seconds after it was made, and a money
 *   movement is booked within days of its creation, never 81 days or six months later;
 * - a job's status is a word its operation documents ("succeeded" where finished tasks report it), never "completed";
 * - an exchange rate between one currency and itself is 1;
 * - a count of one record's children (an order's shipments) is small;
 * - a payment's amount fits what its description says it paid (a taxi fare is tens of units).
 * Values the chain reads (`pinned`) stay.
 */
import type { Operation } from '../specs/types.ts';
import { snakeKey } from '../text/key-words-speed28.ts';
import { currencyScale34b, placeFitsCurrency34b, refundPositive34b } from './_amounts34b-oae.ts';

type Json = Record<string, unknown>;

const DAY = 86_400_000;
const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const snake = snakeKey;
const isDate = (v: unknown): v is string => typeof v === 'string' && ISO.test(v) && !Number.isNaN(Date.parse(v));

/** A record's stages, in the order they happen; each a key pattern (snake case). */
const STAGES: readonly RegExp[] = [
  /(^|_)(created|creation|inserted|submitted|requested|queued)(_|$)/,
  /(^|_)(started|began)(_|$)/,
  /(^|_)(finished|completed|ended|processed|executed|shipped|booking|booked|value|settled|settlement|captured)(_|$)/,
  /(^|_)(sent|callback|delivered|notified)(_|$)/,
  /(^|_)(updated|modified|changed)(_|$)/,
];
/** Keys that name a plan, a limit or another record's time, never a stage of this one. */
const NOT_STAGE = /birth|dob|release|founded|expir|due|valid|deadline|until|next|schedul|planned|estimat|start_date|end_date|from|^to$|last_login|period/;
const QUICK_JOB = /^(task|job|run|export|import|request|process|build|batch)_/;
const MONEY_EVENT = /(^|_)(booking|booked|value|settled|settlement|captured)(_|$)/;

/** A date moved to `ms`, written the way `like` is (a day, minutes, seconds, milliseconds, a space or an offset kept as Z). */
function writeLike(ms: number, like: string): string {
  // An offset (+02:00) is kept: the clock is written in its zone.
  const offset = /([+-])(\d{2}):?(\d{2})$/.exec(like);
  const shift = offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) * 60_000 : 0;
  const iso = new Date(ms + shift).toISOString();
  if (like.length === 10) return iso.slice(0, 10);
  const sep = like[10] === ' ' ? ' ' : 'T';
  const body = /\.\d+/.test(like) ? iso.slice(0, 23) : /^.{10}.\d{2}:\d{2}(Z|[+-]|$)/.test(like) ? iso.slice(0, 16) : iso.slice(0, 19);
  const zone = like.endsWith('Z') ? 'Z' : offset ? offset[0] : '';
  return `${body.slice(0, 10)}${sep}${body.slice(11)}${zone}`;
}

/** A small fixed number in [0, 1) from a text. */
function hash01(seed: string): number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  return ((h >>> 0) % 10007) / 10007;
}

/** An object's times put in its life's order (see the file comment), in place. */
export function orderStamps24(obj: Json, pinned: ReadonlySet<string>): void {
  const staged: Array<{ key: string; stage: number; ms: number }> = [];
  let quickJob = false;
  let money = false;
  for (const [k, v] of Object.entries(obj)) {
    const s = snake(k);
    if (QUICK_JOB.test(s)) quickJob = true;
    if (/^amount$/.test(s)) money = true;
    if (!isDate(v) || NOT_STAGE.test(s)) continue;
    const stage = STAGES.findIndex((re) => re.test(s));
    if (stage >= 0) staged.push({ key: k, stage, ms: Date.parse(v) });
  }
  if (staged.length < 2) return;
  // Without a creation time, the record's life starts at its earliest other stage (an update still comes last).
  const first = staged.filter((x) => x.stage === 0);
  const created = Math.min(...(first.length > 0 ? first : staged.filter((x) => x.stage < 4)).map((x) => x.ms));
  if (!Number.isFinite(created)) return;
  const quick = quickJob && staged.some((x) => x.stage >= 2 && x.stage <= 3);
  let floor = created;
  for (let stage = 1; stage < STAGES.length; stage++) {
    let top = floor;
    for (const x of staged.filter((y) => y.stage === stage)) {
      const old = obj[x.key] as string;
      if (pinned.has(JSON.stringify(old))) { top = Math.max(top, x.ms); continue; }
      const gapDays = (x.ms - floor) / DAY;
      // A quick job takes seconds; money is booked within days; anything else only keeps its order.
      const far = quick ? gapDays > 1 / 24 : money && MONEY_EVENT.test(snake(x.key)) ? gapDays > 5 : false;
      if (x.ms < floor || far) {
        const gap = quick ? (stage === 1 ? 2 : stage === 2 ? 10 + 30 * hash01(x.key + old) : 1 + 5 * hash01(old)) * 1000 : money && stage === 2 ? Math.round(hash01(old) * 2) * DAY : old.length === 10 ? 0 : (1 + Math.round(hash01(old) * 8)) * 3_600_000;
        x.ms = floor + gap;
        obj[x.key] = writeLike(x.ms, old);
      }
      top = Math.max(top, x.ms);
    }
    floor = top;
  }
}

/** A currency code field's value (three capital letters). */
const CODE = /^[A-Z]{3}$/;
const RATE = /(^|_)(exchange_rate|conversion_rate|fx_rate)$|_to_[a-z]+_exchange_rate$/;

/** Every exchange rate of an object whose currency codes are all one currency is 1 (its form kept). */
export function sameCurrencyRate24(obj: Json, pinned: ReadonlySet<string>): void {
  const codes = new Set<string>();
  let rates = 0;
  for (const [k, v] of Object.entries(obj)) {
    const s = snake(k);
    if (/currency(_code)?$/.test(s) && typeof v === 'string' && CODE.test(v)) codes.add(v);
    if (RATE.test(s)) rates++;
  }
  if (codes.size !== 1 || rates === 0) return;
  for (const [k, v] of Object.entries(obj)) {
    if (!RATE.test(snake(k)) || pinned.has(JSON.stringify(v))) continue;
    if (typeof v === 'number') obj[k] = 1;
    else if (typeof v === 'string' && /^\d+(\.\d+)?$/.test(v)) obj[k] = v.includes('.') ? `1.${'0'.repeat(v.split('.')[1]!.length)}` : '1';
  }
}

/** A path counting one record's children: `/orders/{order_id}/shipments/count`. */
const CHILD_COUNT_PATH = /\/(orders?|carts?|invoices?|checkouts?|bookings?|reservations?|shipments?|tickets?|returns?)\/\{[^}]+\}\/[a-z_-]+\/count\/?$/i;

/** An order's shipments (refunds, coupons…) counted: one to three, never 27. */
export function smallChildCount24(result: unknown, operation: Pick<Operation, 'path'>, args: Readonly<Json>, pinned: ReadonlySet<string>): void {
  if (!result || typeof result !== 'object' || Array.isArray(result) || !CHILD_COUNT_PATH.test(operation.path ?? '')) return;
  const obj = result as Json;
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    if (!/^(count|total)$/.test(k) || typeof v !== 'number' || v <= 3 || pinned.has(JSON.stringify(v))) continue;
    obj[k] = 1 + Math.floor(hash01(JSON.stringify(args)) * 3);
  }
}

/** What a payment's description says it paid, and its usual size (major units, smallest and largest). */
const PAID_FOR: ReadonlyArray<[RegExp, number, number]> = [
  [/\btaxi fare\b/i, 9, 65],
  [/\bcard payment at\b.*\bmarket\b/i, 6, 140],
  [/\bmonthly subscription\b/i, 5, 60],
  [/\brefund for a returned order\b/i, 15, 220],
  [/\bsupplier invoice\b/i, 250, 6000],
  [/\bsalary payment\b/i, 1800, 6500],
  [/\btransfer between own accounts\b/i, 100, 5000],
];
/** Currencies whose unit is small: amounts in them are a hundred times larger, with no minor unit. */
const SMALL_UNIT = /^(JPY|KRW|HUF|ISK|CLP|IDR|VND|COP)$/;

/** A payment whose description names what it paid for (`Taxi fare in Vancouver.`) gets an amount of that size, sign kept. */
export function amountFitsDescription24(obj: Json, pinned: ReadonlySet<string>): void {
  const text = typeof obj.description === 'string' ? obj.description : undefined;
  const fit = text === undefined ? undefined : PAID_FOR.find(([re]) => re.test(text));
  if (!fit) return;
  const amount = obj.amount;
  const wrapped = amount && typeof amount === 'object' && !Array.isArray(amount) ? (amount as Json) : undefined;
  const value = wrapped ? wrapped.value : amount;
  if (typeof value !== 'number' || value === 0 || pinned.has(JSON.stringify(value))) return;
  const currency = String(wrapped?.currency ?? obj.currency ?? '');
  const small = SMALL_UNIT.test(currency);
  // A `{currency, value}` amount in whole numbers is held in minor units (cents), as payment APIs send it.
  const minor = wrapped !== undefined && Number.isInteger(value) && !small ? 100 : 1;
  // Sizes are in dollars: a currency worth much less than a dollar (naira, rupees, yen) counts that many more units.
  const scale = currencyScale34b(currency);
  const major = Math.abs(value) / minor / scale;
  const [lo, hi] = [fit[1], fit[2]];
  if (major >= lo && major <= hi) return;
  const drawn = lo * Math.pow(hi / lo, hash01(`${text}:${value}`));
  const local = scale === 1 ? drawn : scale >= 100 ? Math.round(drawn * scale) : Number((drawn * scale).toFixed(2));
  const size = small ? Math.round(local) : minor === 100 ? Math.round(local * 100) : Number.isInteger(value) ? Math.round(local) : Number(local.toFixed(2));
  const next = Math.sign(value) * size;
  if (wrapped) wrapped.value = next;
  else obj.amount = next;
}

const DONE = /^(done|completed?|finished|succeeded|success|successful|ok|ready)$/i;
const WAITING = /^(pending|queued|waiting|scheduled|submitted|created|new)$/i;
const RUNNING = /^(processing|in[_ -]?progress|running|started|active)$/i;
const FAILED = /^(failed|failure|error|errored|cancell?ed|aborted)$/i;
const CLASSES = [DONE, WAITING, RUNNING, FAILED];
const STATUS_KEY = /^((task|job|run|export|import|request|process|build|batch)_)?(status|state)$/;

/** The status words an operation's description documents: `task_status: succeeded`, or a bulleted `- **pending** - …` list. */
export function documentedStatusWords(description: string | undefined): string[] {
  if (!description || !/status/i.test(description)) return [];
  const words = new Set<string>();
  for (const m of description.matchAll(/status\W{0,3}:\s*\**([a-z_]+)\**/gi)) words.add(m[1]!);
  for (const m of description.matchAll(/^\s*[-*]\s*\*\*([a-z_]+)\*\*\s*[-–:]/gim)) words.add(m[1]!);
  return [...words].filter((w) => CLASSES.some((re) => re.test(w)));
}

/** A job's status word becomes the word its operation documents for that state ("completed" → "succeeded"). */
export function documentedStatus24(obj: Json, words: readonly string[], pinned: ReadonlySet<string>): void {
  if (words.length < 2) return;
  for (const [k, v] of Object.entries(obj)) {
    if (typeof v !== 'string' || !STATUS_KEY.test(snake(k)) || words.includes(v) || pinned.has(JSON.stringify(v))) continue;
    const cls = CLASSES.find((re) => re.test(v));
    const own = cls === undefined ? undefined : words.find((w) => cls.test(w));
    if (own !== undefined) obj[k] = own;
  }
}

/** The wave-24 passes over one object of a result (see the file comment). */
export function settleRecord24(obj: Json, words: readonly string[], pinned: ReadonlySet<string>): void {
  documentedStatus24(obj, words, pinned);
  placeFitsCurrency34b(obj, pinned);
  amountFitsDescription24(obj, pinned);
  refundPositive34b(obj, pinned);
  orderStamps24(obj, pinned);
  sameCurrencyRate24(obj, pinned);
}
