/**
 * Ticket prices a person would see (bundled #54, #342, #394: "61.24 to 96.69 MAD", "337.5 SGD; 349.65 SGD"): on a
 * believable scale in their currency and rounded as sellers round them (610 MAD, 340 SGD, 135 000 KRW), and a
 * price range whose top is well above its bottom. The rounding is a pure function of the amount, so a record seen
 * twice shows one price.
 */

/** `amount` rounded to half of its second significant digit (61.24 → 61, 337.5 → 340, 134 987 → 135 000). */
export function roundedPrice24(amount: number, digits: number): number {
  if (!(amount > 0)) return amount;
  const step = 10 ** (Math.floor(Math.log10(amount)) - 1) / 2;
  const rounded = Math.max(step, Math.round(amount / step) * step);
  return Number(rounded.toFixed(Math.max(0, Math.min(digits, 2))));
}

const LOW = /^(min|minimum|min_?price|low|lowest|from|price_?from|starting_?at)$/;
const HIGH = /^(max|maximum|max_?price|high|highest|to|price_?to|up_?to)$/;
/** Words of an operation on events: a price range there is what the tickets cost. */
export const EVENT_CONTEXT24 = /\b(events?|concerts?|gigs?|festivals?|shows?|matches|fixtures?|performances?|screenings?)\b/;

/** Keys of an object that is a range of prices (`priceRange`, `price_band`, `prices`). */
export const PRICE_RANGE24 = /^(price_?range|price_?ranges|prices|price_?band|fare_?range|cost_?range|ticket_?prices?)$/;

/**
 * A range of prices `{min, max}` put on `kind`'s scale (`fit`, in dollars), in `currency` (`convert`), rounded; its
 * top at least half again its bottom. `locked(key)` holds the values the call sent or the chain reads.
 */
export function fitPriceRange24(obj: Record<string, unknown>, words: (key: string) => string, locked: (key: string) => boolean, fit: (dollars: number) => number, convert: (dollars: number) => number, digits: number): void {
  const keys = Object.keys(obj);
  const lo = keys.find((k) => LOW.test(words(k)) && typeof obj[k] === 'number');
  const hi = keys.find((k) => HIGH.test(words(k)) && typeof obj[k] === 'number');
  if (lo === undefined || hi === undefined || locked(lo) || locked(hi)) return;
  let low = fit(obj[lo] as number);
  let high = fit(obj[hi] as number);
  if (high < low) [low, high] = [high, low];
  // "28.52 to 28.71 NOK" is no range: the dearest seat costs 1.5 to 4 times the cheapest.
  if (high < low * 1.5) high = low * (1.5 + (Math.round(low * 100) % 251) / 100);
  obj[lo] = roundedPrice24(convert(low), digits);
  obj[hi] = roundedPrice24(convert(high), digits);
}
