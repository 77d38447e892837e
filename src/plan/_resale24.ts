/**
 * A resale listing is a fan's few tickets (bundled #342 of the reading of 2026-12-07h: "resale" with 440 left):
 * an offer of a resale tier holds 1 to 6 tickets, drawn from its own count so a record seen twice agrees.
 */

const TIER_KEY = /^(ticket_?type|type|tier|category|ticket_?class|ticket_?category|seat_?type|offer_?type|listing_?type)$/;
const LEFT_KEY = /^(available|availability|tickets_?left|left|remaining|quantity_?available|available_?quantity|count|quantity)$/;
const RESALE = /^(resale|resold|secondary|fan_?to_?fan|marketplace)$/i;

/** Resale offers of `obj`'s lists hold a few tickets; `locked(key)`: the list holds a value the chain reads. */
export function fewResale24(obj: Record<string, unknown>, words: (key: string) => string, locked: (key: string) => boolean): void {
  for (const [key, list] of Object.entries(obj)) {
    if (!Array.isArray(list) || list.length === 0 || locked(key)) continue;
    const first = list[0];
    if (!first || typeof first !== 'object' || Array.isArray(first)) continue;
    const keys = Object.keys(first);
    const tier = keys.find((k) => TIER_KEY.test(words(k)));
    const left = keys.find((k) => LEFT_KEY.test(words(k)));
    if (tier === undefined || left === undefined) continue;
    for (const item of list as Array<Record<string, unknown>>) {
      const n = item?.[left];
      if (typeof item?.[tier] === 'string' && RESALE.test(item[tier] as string) && typeof n === 'number' && Number.isInteger(n) && n > 6) item[left] = 1 + (n % 6);
    }
  }
}
