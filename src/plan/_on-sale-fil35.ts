/**
 * A record whose id a following call reads to list its offers, tickets or seats, or to book it, is on sale
 * (QUALITY.md I): "Note that Madredeus is off sale. There are 3 offers…, 426 left" tells two things that cannot
 * both be true. The record found first takes an on-sale status its schema lists; its other fields stay.
 */
import type { ResultField } from './_result.ts';
import { flatSchema } from './_params.ts';
import { holderOf } from './_open-pick32.ts';

/** Statuses under which nothing of the record can be bought or booked. */
const NOT_ON_SALE = /^(off_?sale|sold_?out|cancell?ed|postponed|closed|unavailable|suspended|expired|inactive|full)$/i;
/** Statuses that say it can, best first. */
const ON_SALE = /^(on_?sale|available|open|active|scheduled|confirmed)$/i;
const STATUS_KEY = /^(status|state|sale_?status|saleStatus|availability)$/;
/** A call that sells, books or lists what is left of the record it is given. */
const SELLING = /\b(offers?|tickets?|seats?|availability|available|inventory|book|booking|bookings|reserve|reservations?|purchase|buy|checkout|hold|holds|orders?)\b/;

/** `listTicketOffers /events/{eventId}/offers` → lower-case words. */
const wordsOf = (text: string): string => text.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().replace(/[^a-z0-9]+/g, ' ');


/**
 * Puts the records whose ids feed a selling call (`consumer`: its operation id, summary and path) on sale; changes
 * `result` in place. Cheap: only when the consumer sells, only the pinned records' status fields.
 */
export function onSaleForConsumer35(result: unknown, pinnedPaths: readonly string[], consumer: string, outputs: readonly ResultField[]): void {
  if (pinnedPaths.length === 0 || !SELLING.test(wordsOf(consumer))) return;
  for (const path of pinnedPaths) {
    const holder = holderOf(result, path);
    if (!holder) continue;
    const key = Object.keys(holder).find((k) => STATUS_KEY.test(k) && typeof holder[k] === 'string' && NOT_ON_SALE.test((holder[k] as string).trim()));
    if (key === undefined) continue;
    const listed = outputs.find((f) => f.path.split(/\.|\[\]/).filter((s) => s !== '').pop() === key)?.schema;
    const choices = ((listed ? flatSchema(listed).enum : undefined) as unknown[] | undefined ?? []).filter((v): v is string => typeof v === 'string' && ON_SALE.test(v.trim()));
    const open = choices.find((v) => /sale/i.test(v)) ?? choices[0];
    if (open !== undefined) holder[key] = open;
  }
}
