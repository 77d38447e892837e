import { snakeKey } from '../text/key-words-speed28.ts';
/**
 * Orders true of their account (QUALITY.md E, bundled #174 and #89, wave 26):
 * - a customer whose account is six weeks old has a few orders, never "423 orders in all" (141 pages): a list of a
 *   customer's orders counts at most about one order every five days since the account was created;
 * - two orders of one list are not at the very same total (121365 KRW twice);
 * - an order already delivered (or cancelled) has no estimated arrival left to tell.
 * Values the chain reads or the user sent are left alone. No randomness.
 */
type Json = Record<string, unknown>;

const words = snakeKey;
const ORDER_LIST = /^(orders|purchases|transactions|bookings|reservations|invoices|payments)$/;
const TOTAL_COUNT = /^(total_?items|total_?count|total_?results|total_?orders|total)$/;
const PAGE_COUNT = /^(total_?pages|page_?count|pages)$/;
const CREATED = /^(created_?at|created|created_?on|signup_?date|signed_?up_?at|registered_?at|member_?since|joined_?at|date_?created)$/;
const ETA = /^(estimated_?arrival|eta|estimated_?delivery(_?(time|date|at))?|expected_?(arrival|delivery)(_?(time|date|at))?|estimated_?arrival_?time)$/;
const DONE = /^(delivered|cancelled|canceled|completed|refunded|returned)$/i;
/** At most this many orders a day over an account's life: a busy shopper, not a warehouse. */
const PER_DAY = 0.2;
const DAY = 86_400_000;
const isRecord = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

/** When the account the call names (by an id it sent) was created, from an earlier record with that id. */
function accountCreated(args: Readonly<Json>, earlier: readonly unknown[]): number | undefined {
  const ids = new Set(Object.entries(args).filter(([k, v]) => /(^|_)id$/.test(words(k)) && (typeof v === 'string' || typeof v === 'number')).map(([, v]) => String(v)));
  if (ids.size === 0) return undefined;
  let found: number | undefined;
  const visit = (node: unknown, depth: number): void => {
    if (found !== undefined || !node || typeof node !== 'object' || depth > 4) return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    const obj = node as Json;
    const own = Object.keys(obj).some((k) => /(^|_)id$/.test(words(k)) && ids.has(String(obj[k])));
    const created = own ? Object.keys(obj).find((k) => CREATED.test(words(k)) && typeof obj[k] === 'string') : undefined;
    if (created !== undefined && Number.isFinite(Date.parse(obj[created] as string))) found = Date.parse(obj[created] as string);
    else for (const v of Object.values(obj)) visit(v, depth + 1);
  };
  earlier.forEach((r) => visit(r, 0));
  return found;
}

/** The latest date of the listed orders (their own dates), else undefined. */
function latestDate(orders: readonly Json[]): number | undefined {
  let latest: number | undefined;
  for (const o of orders) for (const v of Object.values(o)) if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v)) latest = Math.max(latest ?? 0, Date.parse(v));
  return latest;
}

/** The order count of a customer's list fits the account's age; pages follow. */
function countFitsAge(result: Json, args: Readonly<Json>, earlier: readonly unknown[], kept: (v: unknown) => boolean): void {
  const listKey = Object.keys(result).find((k) => ORDER_LIST.test(words(k)) && Array.isArray(result[k]));
  if (listKey === undefined) return;
  const created = accountCreated(args, earlier);
  if (created === undefined) return;
  const orders = (result[listKey] as unknown[]).filter(isRecord);
  const now = latestDate(orders) ?? created;
  const cap = Math.max(orders.length, Math.ceil((Math.max(0, now - created) / DAY) * PER_DAY) + 1);
  for (const holder of [result, ...Object.values(result).filter(isRecord)]) {
    const totalKey = Object.keys(holder).find((k) => TOTAL_COUNT.test(words(k)) && typeof holder[k] === 'number');
    if (totalKey === undefined || (holder[totalKey] as number) <= cap || kept(holder[totalKey])) continue;
    holder[totalKey] = cap;
    const pagesKey = Object.keys(holder).find((k) => PAGE_COUNT.test(words(k)) && typeof holder[k] === 'number');
    const perPage = Math.max(1, orders.length);
    if (pagesKey !== undefined && !kept(holder[pagesKey])) holder[pagesKey] = Math.max(1, Math.ceil(cap / perPage));
  }
}

/** The amount of an order's total (`total: 12.5` or `total: {amount}`), with where it sits. */
function amountOf(order: Json): { holder: Json; key: string } | undefined {
  const key = Object.keys(order).find((k) => /^(total|total_?amount|amount|grand_?total|total_?price)$/.test(words(k)));
  if (key === undefined) return undefined;
  const v = order[key];
  if (typeof v === 'number') return { holder: order, key };
  if (isRecord(v)) {
    const inner = Object.keys(v).find((k) => /^(amount|value|total)$/.test(words(k)) && typeof v[k] === 'number');
    if (inner !== undefined) return { holder: v, key: inner };
  }
  return undefined;
}

/** Different orders of one list are at different totals: a repeat is moved by a few percent. */
function distinctTotals(result: unknown, kept: (v: unknown) => boolean): void {
  const visit = (node: unknown, depth: number): void => {
    if (!isRecord(node) || depth > 3) return;
    for (const [k, v] of Object.entries(node)) {
      if (!Array.isArray(v)) {
        if (isRecord(v)) visit(v, depth + 1);
        continue;
      }
      if (!ORDER_LIST.test(words(k))) continue;
      const seen = new Set<number>();
      v.filter(isRecord).forEach((order, i) => {
        const at = amountOf(order);
        if (at === undefined) return;
        let amount = at.holder[at.key] as number;
        if (seen.has(amount) && !kept(amount)) {
          const whole = Number.isInteger(amount);
          for (let step = 1; seen.has(amount) && step < 10; step++) {
            const moved = (at.holder[at.key] as number) * (1 + 0.07 * (step + i));
            amount = whole ? Math.round(moved) : Math.round(moved * 100) / 100;
          }
          at.holder[at.key] = amount;
        }
        seen.add(amount);
      });
    }
  };
  visit(result, 0);
}

/** A finished order (delivered, cancelled) keeps no estimated arrival. */
function noArrivalWhenDone(result: unknown, kept: (v: unknown) => boolean): void {
  const visit = (node: unknown, depth: number): void => {
    if (!node || typeof node !== 'object' || depth > 4) return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    const obj = node as Json;
    const done = Object.keys(obj).some((k) => /^(status|state|order_?status|delivery_?status)$/.test(words(k)) && typeof obj[k] === 'string' && DONE.test(obj[k] as string));
    if (done) for (const k of Object.keys(obj)) if (ETA.test(words(k)) && typeof obj[k] === 'string' && !kept(obj[k])) delete obj[k];
    for (const v of Object.values(obj)) visit(v, depth + 1);
  };
  visit(result, 0);
}

/** Settle the orders of a built result (see the file comment). */
export function fitOrders26(result: unknown, args: Readonly<Json>, earlier: readonly unknown[], kept: (v: unknown) => boolean): void {
  if (isRecord(result)) countFitsAge(result, args, earlier, kept);
  distinctTotals(result, kept);
  noArrivalWhenDone(result, kept);
}
