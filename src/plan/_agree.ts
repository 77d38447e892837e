/**
 * A record agrees with itself (QUALITY.md E, cross-field consistency): one post-pass over a built tool result,
 * after the call's arguments were honoured, that fixes the known relations between fields of one record:
 * a status after a change says what the verb did (cancelled, withdrawn, closed); a history runs in date order
 * from the record's creation, in the record's own status words, and ends in its current status; an order's
 * total is the sum of its lines (a few of each item); plus the pairs in `_agree-fields.ts` (OHLC bounds, a
 * price and its text, found and rank, a message and the list beside it, a pending read, lifespans).
 * Values the chain reads later (pinned paths) are never changed.
 */
import type { Operation } from '../specs/types.ts';
import type { ResultField } from './_result.ts';
import { flatSchema } from './_params.ts';
import { minorUnits } from './_money.ts';
import { REFERENCE_DATE } from '../world/index.ts';
import { serialDateFitter } from './_serial-dates18.ts';
import { agreeFields, travellersOf, type AgreeContext } from './_agree-fields.ts';
import { domainOf } from './_agree-measures.ts';
import { snakeKeyDashed } from '../text/key-words-speed28.ts';
import { agreeTracking } from './_tracking16.ts';
import { priceByTier } from './_tiers16.ts';
import { fewResale24 } from './_resale24.ts';
import { pingAnswersPong } from './_ping16.ts';

/** Verbs whose change leaves the record in a state of their own, first match wins; a plain delete leaves it deleted. */
const CHANGE_STATUS: Array<[RegExp, string]> = [
  [/^(cancel\w*|abort|void|revoke)$/, 'cancelled'],
  [/^withdraw$/, 'withdrawn'],
  [/^(close|resolve)$/, 'closed'],
  [/^archive$/, 'archived'],
  [/^(reject|decline|deny)$/, 'rejected'],
  [/^refund$/, 'refunded'],
  // Taking a member off a list (a watcher off an issue, a playlist unfollowed) removes it: "deleted" reads as the list gone.
  [/^(remove|unfollow|unsave|unwatch|unassign)$/, 'removed'],
];

/** A first word that is a verb of its own: the name's last word is then its object (`createRefund`). */
const OTHER_VERB = /^(create|add|new|post|put|get|list|search|find|update|patch|set|make|submit|request|issue|send|start|open|schedule)$/;

const words = snakeKeyDashed;

/** The status a record is left in by a change that ends it: the verb's own word (cancelReservation → cancelled), else deleted for a delete. */
export function statusAfterChange(operation: Pick<Operation, 'effect' | 'name' | 'method'>): string | undefined {
  if (operation.effect === 'read') return undefined;
  // The verb is the name's first word, or its last (`cancel_booking`, `booking_cancel`); `createRefund` is no refunding of a record.
  const verbs = words(operation.name).split('_').filter((w) => w !== '');
  const ends = OTHER_VERB.test(verbs[0] ?? '') ? [verbs[0]!] : [verbs[0] ?? '', verbs[verbs.length - 1] ?? ''];
  for (const [re, status] of CHANGE_STATUS) if (ends.some((w) => re.test(w))) return status;
  return operation.effect === 'delete' || operation.method.toUpperCase() === 'DELETE' ? 'deleted' : undefined;
}

const STATUS_KEY = /^(status|state)$/i;
const HISTORY_KEY = /(^|_)(history|timeline|status_?history|transitions|status_?changes|status_?events|tracking_?events|tracking|checkpoints|audit_?log|log)$/;
const ENTRY_STATUS = /^(status|state|stage|event|to|to_?status|new_?status)$/i;
const ENTRY_DATE = /^(at|date|time|timestamp|changed_?at|updated_?at|created_?at|occurred_?at|date_?time|when|on)$/i;
const CREATED = /(^|_)(created|submitted|placed|ordered|applied|opened|requested|booked|received|filed|reported)(_at|_on|_date|_time)?$|^date_?(created|submitted|placed)$/;
const UPDATED = /(^|_)(updated|modified|changed|last_?updated)(_at|_on|_date|_time)?$/;
const ISO = /^\d{4}-\d{2}-\d{2}/;

/** Make a built result agree with itself (see the file comment). `pinned`: concrete paths the chain reads. */
export function agreeRecord(result: unknown, outputs: readonly ResultField[], operation: Pick<Operation, 'effect' | 'name' | 'method' | 'path'>, pinned: ReadonlySet<string>, args: Record<string, unknown> = {}): void {
  const enums = statusEnums(outputs);
  const ctx: AgreeContext = { operation, pinned, enums, changed: statusAfterChange(operation), travellers: travellersOf(args), domain: domainOf(args) };
  const serialDates = serialDateFitter(args, pinned);
  const visit = (node: unknown, path: string, pattern: string, depth: number): void => {
    if (!node || typeof node !== 'object' || depth > 6) return;
    if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, `${path}[${i}]`, `${pattern}[]`, depth + 1));
      return;
    }
    const obj = node as Record<string, unknown>;
    for (const key of Object.keys(obj)) if (Array.isArray(obj[key]) && HISTORY_KEY.test(words(key))) fitHistory(obj, key, path, pattern, ctx);
    fitLines(obj, path, pinned);
    agreeTracking(obj, path, pattern, words, pinned, enums);
    priceByTier(obj, words, (key) => [...pinned].some((p) => p.startsWith(`${join(path, key)}[`)));
    fewResale24(obj, words, (key) => [...pinned].some((p) => p.startsWith(`${join(path, key)}[`)));
    agreeFields(obj, path, pattern, depth, ctx);
    serialDates(obj, path);
    for (const [key, child] of Object.entries(obj)) if (child && typeof child === 'object') visit(child, path === '' ? key : `${path}.${key}`, pattern === '' ? key : `${pattern}.${key}`, depth + 1);
  };
  visit(result, '', '', 0);
  pingAnswersPong(result, words(operation.name), operation.path, pinned);
}

/** The allowed values of every status-like output field, by its path pattern (`history[].status`). */
function statusEnums(outputs: readonly ResultField[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const field of outputs) {
    const last = field.path.slice(field.path.lastIndexOf('.') + 1);
    if (!STATUS_KEY.test(last) && !ENTRY_STATUS.test(last)) continue;
    const values = flatSchema(field.schema).enum;
    if (Array.isArray(values) && values.length > 1 && values.every((v) => typeof v === 'string')) out.set(field.path, values as string[]);
  }
  return out;
}

const join = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);

/** The status of a record's first entry: it arrived (received, created, submitted). */
const ARRIVED = /^(received|created|submitted|new|open|opened|pending|placed|registered)$/i;

/** A record's history: its entries in date order between its creation and now, in its own status words, the last one its status. */
function fitHistory(obj: Record<string, unknown>, key: string, path: string, pattern: string, ctx: AgreeContext): void {
  const here = join(path, key);
  if ([...ctx.pinned].some((p) => p.startsWith(`${here}[`))) return;
  const entries = (obj[key] as unknown[]).filter((e): e is Record<string, unknown> => !!e && typeof e === 'object' && !Array.isArray(e));
  if (entries.length < 1 || entries.length !== (obj[key] as unknown[]).length) return;
  const dateKey = Object.keys(entries[0]!).find((k) => ENTRY_DATE.test(k) && typeof entries[0]![k] === 'string' && ISO.test(entries[0]![k] as string));
  const statusKey = Object.keys(entries[0]!).find((k) => ENTRY_STATUS.test(k) && typeof entries[0]![k] === 'string');
  if (dateKey === undefined || !entries.every((e) => typeof e[dateKey] === 'string' && ISO.test(e[dateKey] as string))) return;
  const createdKey = Object.keys(obj).find((k) => CREATED.test(words(k)) && typeof obj[k] === 'string' && ISO.test(obj[k] as string));
  const updatedKey = Object.keys(obj).find((k) => UPDATED.test(words(k)) && typeof obj[k] === 'string' && ISO.test(obj[k] as string));
  entries.sort((a, b) => ((a[dateKey] as string) < (b[dateKey] as string) ? -1 : (a[dateKey] as string) > (b[dateKey] as string) ? 1 : 0));
  const first = entries[0]![dateKey] as string;
  const lo = Date.parse(createdKey !== undefined ? (obj[createdKey] as string) : first);
  const updated = updatedKey !== undefined ? Date.parse(obj[updatedKey] as string) : NaN;
  const now = Date.parse(`${REFERENCE_DATE}T12:00:00Z`);
  const hi = Number.isFinite(updated) && updated >= lo ? updated : Math.max(lo, now);
  const times = entries.map((e) => Date.parse(e[dateKey] as string));
  // A one-entry history is the record's arrival: at its creation, wherever it was drawn.
  const arrival = entries.length === 1 && createdKey !== undefined && times[0] !== lo && statusKey !== undefined && ARRIVED.test(String(entries[0]![statusKey]));
  if (Number.isFinite(lo) && (arrival || times.some((t) => !Number.isFinite(t) || t < lo || t > hi))) {
    // Spread from the creation to the last change, on the quarter hour: the first entry is the creation itself.
    const n = entries.length;
    entries.forEach((e, i) => {
      // One entry is the record's arrival (received when submitted), not a change a year later.
      const t = n === 1 ? lo : lo + ((hi - lo) * i) / (n - 1);
      const at = new Date(Math.round(t / 900_000) * 900_000).toISOString();
      const old = e[dateKey] as string;
      e[dateKey] = old.length <= 10 ? at.slice(0, 10) : `${at.slice(0, 19)}${old.endsWith('Z') ? 'Z' : old.slice(19)}`;
    });
  }
  obj[key] = entries;
  const statusOf = Object.keys(obj).find((k) => STATUS_KEY.test(k) && typeof obj[k] === 'string');
  if (statusKey === undefined || statusOf === undefined) return;
  const current = obj[statusOf] as string;
  const vocabulary = ctx.enums.get(`${join(pattern, key)}[].${statusKey}`) ?? ctx.enums.get(join(pattern, statusOf));
  const steps = vocabulary ? stepsTo(vocabulary, current, entries.length) : undefined;
  if (steps && steps.length < entries.length) {
    // Fewer steps lead to the status: the entries kept take the earliest dates, the first still the creation.
    const dates = entries.map((e) => e[dateKey]);
    entries.splice(0, entries.length - steps.length);
    entries.forEach((e, i) => {
      e[dateKey] = dates[i];
    });
  }
  entries.forEach((e, i) => {
    if (steps) e[statusKey] = steps[i]!;
  });
  entries[entries.length - 1]![statusKey] = current;
}

/** `n` statuses (or fewer) from the vocabulary's first, in its order, that end in `current`. */
function stepsTo(vocabulary: readonly string[], current: string, n: number): string[] {
  const at = vocabulary.indexOf(current);
  const before = (at >= 0 ? vocabulary.slice(0, at) : vocabulary.filter((v) => v !== current)).slice(0, Math.max(0, n - 1));
  return [...before, current];
}

const QUANTITY = /^(quantity|qty)$/i;
const UNIT = /^(unit_?price|price|item_?price|price_?each|unit_?amount|unit_?cost)$/i;
const LINE_TOTAL = /^(line_?total|total|total_?price|amount|subtotal|line_?amount)$/i;
const ORDER_TOTAL = /^(total|total_?amount|total_?price|grand_?total|amount_?total|order_?total)$/i;
const SUBTOTAL = /^(subtotal|sub_?total|items_?total|net|net_?amount)$/i;
const EXTRA = /^(tax|taxes|tax_?amount|vat|shipping|shipping_?cost|shipping_?fee|delivery_?fee)$/i;

/** An amount: a number, or a money object's `amount`/`value`. */
function amountOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const v = (value as Record<string, unknown>).amount ?? (value as Record<string, unknown>).value;
    if (typeof v === 'number' && Number.isFinite(v)) return v;
  }
  return undefined;
}

function currencyOf(value: unknown, fallback: string | undefined): string | undefined {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const c = Object.entries(value as Record<string, unknown>).find(([k, v]) => /^currency(_?code)?$/i.test(k) && typeof v === 'string')?.[1];
    if (typeof c === 'string') return c;
  }
  return fallback;
}

function setAmount(obj: Record<string, unknown>, key: string, amount: number, currency: string | undefined): void {
  const rounded = Number(amount.toFixed(currency ? minorUnits(currency) : 2));
  const value = obj[key];
  if (typeof value === 'number') obj[key] = rounded;
  else if (value && typeof value === 'object') {
    const money = value as Record<string, unknown>;
    if (typeof money.amount === 'number') money.amount = rounded;
    else if (typeof money.value === 'number') money.value = rounded;
  }
}

/** An order's lines hold a few of each item, each line's total is its quantity times its unit price, and the order's total their sum. */
function fitLines(obj: Record<string, unknown>, path: string, pinned: ReadonlySet<string>): void {
  const linesKey = Object.keys(obj).find((k) => {
    const v = obj[k];
    return Array.isArray(v) && v.length > 0 && v.every((x) => x && typeof x === 'object' && !Array.isArray(x) && Object.keys(x).some((q) => QUANTITY.test(q) && typeof (x as Record<string, unknown>)[q] === 'number'));
  });
  if (linesKey === undefined) return;
  const here = join(path, linesKey);
  const ownCurrency = Object.entries(obj).find(([k, v]) => /^currency(_?code)?$/i.test(k) && typeof v === 'string')?.[1] as string | undefined;
  let sum = 0;
  let priced = true;
  let currency = ownCurrency;
  (obj[linesKey] as Record<string, unknown>[]).forEach((line, i) => {
    const q = Object.keys(line).find((k) => QUANTITY.test(k))!;
    const at = `${here}[${i}]`;
    let quantity = line[q] as number;
    // A shop's order line holds a few of an item (1–5), not hundreds.
    if (quantity > 10 && !pinned.has(`${at}.${q}`)) line[q] = quantity = 1 + (quantity % 5);
    const unitKey = Object.keys(line).find((k) => UNIT.test(k) && amountOf(line[k]) !== undefined);
    if (unitKey === undefined) {
      priced = false;
      return;
    }
    currency = currencyOf(line[unitKey], currency);
    const lineTotal = amountOf(line[unitKey])! * quantity;
    const totalKey = Object.keys(line).find((k) => k !== unitKey && LINE_TOTAL.test(k) && amountOf(line[k]) !== undefined);
    if (totalKey !== undefined && !pinned.has(`${at}.${totalKey}`)) setAmount(line, totalKey, lineTotal, currencyOf(line[totalKey], currency));
    sum += lineTotal;
  });
  if (!priced) return;
  const totalKey = Object.keys(obj).find((k) => ORDER_TOTAL.test(k) && amountOf(obj[k]) !== undefined);
  const subKey = Object.keys(obj).find((k) => SUBTOTAL.test(k) && amountOf(obj[k]) !== undefined);
  if (subKey !== undefined && !pinned.has(join(path, subKey))) setAmount(obj, subKey, sum, currencyOf(obj[subKey], currency));
  if (totalKey === undefined || pinned.has(join(path, totalKey))) return;
  // The total adds the order's own tax and shipping to its lines.
  const extras = Object.keys(obj).filter((k) => EXTRA.test(k)).reduce((s, k) => s + (amountOf(obj[k]) ?? 0), 0);
  setAmount(obj, totalKey, sum + extras, currencyOf(obj[totalKey], currency));
}
