/**
 * Offers of one list are priced in the order of their tiers (QUALITY.md E): a VIP ticket costs more than a
 * standard one, and a standard one more than a child's or an accessible seat; first class above business above
 * economy. The list keeps the prices it drew, handed out again by tier, so no amount is invented.
 */

const TIER_KEY = /^(ticket_?type|type|tier|category|class|seat_?class|fare_?class|cabin_?class|cabin|price_?level|level|ticket_?class|ticket_?category|seat_?type)$/;
const PRICE_KEY = /^(price|amount|cost|fare|face_?value|price_?amount|unit_?price|total_?price)$/;

/** A tier's rank, higher costs more; undefined for a word that is no price tier. */
function rankOf(tier: string): number | undefined {
  const t = tier.toLowerCase().replace(/[\s-]+/g, '_');
  if (/^(vip|vvip|platinum|premium|first|first_?class|front_?row|backstage|meet_?and_?greet|suite|box)$/.test(t)) return 4;
  if (/^(business|business_?class|gold|premium_?economy|reserved|plus)$/.test(t)) return 3;
  // A resale ticket is a standard seat sold again (bundled #342: "vip, 41.99 USD" below "resale, 91.38").
  if (/^(standard|general|general_?admission|ga|regular|adult|economy|economy_?class|basic|silver|resale|resold|secondary)$/.test(t)) return 2;
  if (/^(accessible|wheelchair|child|children|kid|kids|student|senior|concession|youth|junior|infant|reduced|discount(ed)?)$/.test(t)) return 1;
  return undefined;
}

/** `words` gives a key's snake-case words; `locked` says the list holds a value the chain reads (left as drawn). */
export function priceByTier(obj: Record<string, unknown>, words: (key: string) => string, locked: (key: string) => boolean): void {
  for (const [key, list] of Object.entries(obj)) {
    if (!Array.isArray(list) || list.length < 2 || !list.every((e) => !!e && typeof e === 'object' && !Array.isArray(e))) continue;
    const items = list as Array<Record<string, unknown>>;
    const first = Object.keys(items[0]!);
    const tierKey = first.find((k) => TIER_KEY.test(words(k)) && items.every((e) => typeof e[k] === 'string') && items.some((e) => rankOf(e[k] as string) !== undefined));
    const priceKey = first.find((k) => PRICE_KEY.test(words(k)) && items.every((e) => typeof e[k] === 'number'));
    if (tierKey === undefined || priceKey === undefined) continue;
    // Offers of no known tier keep their price; the tiered ones share theirs out by tier.
    const tiered = items.map((_, i) => i).filter((i) => rankOf(items[i]![tierKey] as string) !== undefined);
    const ranks = new Map(tiered.map((i) => [i, rankOf(items[i]![tierKey] as string)!]));
    if (new Set(ranks.values()).size < 2 || locked(key)) continue;
    // Cheapest prices to the lowest tiers; within a tier the list's order is kept.
    const prices = tiered.map((i) => items[i]![priceKey] as number).sort((a, b) => a - b);
    const order = [...tiered].sort((a, b) => ranks.get(a)! - ranks.get(b)! || a - b);
    order.forEach((at, i) => (items[at]![priceKey] = prices[i]));
  }
}
