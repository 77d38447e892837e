/**
 * Parts never exceed their whole (QUALITY.md E): of the messages `sent`, fewer bounced, were rejected or were
 * opened; `unique_opens` never exceed `opens`. Stats of a send (an email tag, a campaign's hour) are drawn one by
 * one, so a drawn part above its whole is brought under it (deterministically, from its own digits). Pinned
 * values (JSON) are never changed.
 */
import { snakeKey } from '../text/key-words-speed28.ts';
import { funnelInOrder } from './_counts23.ts';

const words = snakeKey;

/** The whole a send's stats count from. */
const WHOLE = /^(sent|total_?sent|emails_?sent|messages_?sent|processed|requests|total_?requests|attempts|recipients|total_?recipients)$/;
/** What goes wrong with a few of them: a small share of the whole. */
const FAILURE = /(^|_)(hard_?bounces?|soft_?bounces?|bounces?|bounced|rejects?|rejected|complaints?|spam_?reports?|unsubs|unsubscribes?|unsubscribed|failed|failures?|errors?|blocked|dropped|deferred)$/;
/** What some of them did: at most the whole. */
const ENGAGED = /(^|_)(opens|opened|clicks|clicked|delivered|deliveries|reads|views|unique_?opens|unique_?clicks|unique_?views)$/;

/** A record's parts brought within its whole, and each `unique_x` within its `x`. */
export function partsWithinWhole(obj: Record<string, unknown>, pinned: ReadonlySet<string>): void {
  const free = (k: string): boolean => typeof obj[k] === 'number' && Number.isInteger(obj[k]) && !pinned.has(JSON.stringify(obj[k]));
  const keys = Object.keys(obj);
  const wholeKey = keys.find((k) => typeof obj[k] === 'number' && WHOLE.test(words(k)));
  if (wholeKey !== undefined) {
    const whole = obj[wholeKey] as number;
    for (const k of keys) {
      if (k === wholeKey || !free(k)) continue;
      const w = words(k);
      const v = obj[k] as number;
      if (FAILURE.test(w) && v > whole / 10) obj[k] = v % (Math.floor(whole / 20) + 1);
      else if (ENGAGED.test(w) && v > whole) obj[k] = v % (whole + 1);
    }
  }
  for (const k of keys) {
    const m = /^(.*?)unique_?(.+)$/.exec(words(k));
    if (!m || typeof obj[k] !== 'number') continue;
    const totalKey = keys.find((t) => t !== k && words(t) === `${m[1]}${m[2]}` && typeof obj[t] === 'number');
    if (totalKey === undefined || (obj[k] as number) <= (obj[totalKey] as number)) continue;
    // The larger drawn value is the total: swapped, unless the chain reads one of them.
    if (free(k) && free(totalKey)) [obj[k], obj[totalKey]] = [obj[totalKey], obj[k]];
    else if (free(k)) obj[k] = obj[totalKey];
  }
  // Then the funnel narrows step by step (clicks never outrun opens), unless the chain reads one of its figures.
  if (keys.every((k) => typeof obj[k] !== 'number' || free(k))) funnelInOrder(obj);
}

/**
 * A count named after a list beside it (`total_reviews` beside `reviews`) is never below the items listed: three
 * reviews shown are never "0 reviews". (A count above them is a page of more.)
 */
export function countCoversList(obj: Record<string, unknown>, listKey: string, length: number, pinned: ReadonlySet<string>): void {
  const list = words(listKey);
  const one = list.endsWith('ies') ? `${list.slice(0, -3)}y` : list.endsWith('s') ? list.slice(0, -1) : list;
  for (const [key, v] of Object.entries(obj)) {
    if (typeof v !== 'number' || v >= length || pinned.has(JSON.stringify(v))) continue;
    const w = words(key);
    if (w === `total_${list}` || w === `${one}_count` || w === `${list}_count` || w === `num_${list}` || w === `number_of_${list}` || w === `count_of_${list}` || w === `total_${one}_count`) obj[key] = length;
  }
}
