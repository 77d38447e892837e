/**
 * A business a search for its trade found ("bakery", "hardware", "bagels") carries a business's name: "San Jose
 * Bakery", "Corner Hardware" — never the bare trade ("Bakery", "Pharmacy"), which no shop is called and which tells
 * the user nothing about which place was found (QUALITY.md E; rapidapi local searches, seed 77 #19, #35, #42).
 */
import { TRADES } from './_owner-name.ts';

/** Trades a lower-case search names: the query's last word (a trade the shared list in _honour-query may lack). */
const MORE_TRADES = /\b(ice cream|gelato|sushi|ramen|noodles?|tacos?|burgers?|books|bookstores?|flowers|outdoor gear|pet supplies|boutiques?|bagels?|donuts?|doughnuts?|pizzerias?|pizza|butchers?|bakers?|cleaners?|locksmiths?|jewell?ers?|vets?|nail salons?|car wash|repairs?|tea rooms?|coffee|web design|design|marketing|agency|agencies|studios?|consulting|lawyers?|accountants?|photography|photographers?)$/i;
/** The trades the generator names shops by ("tea house"). */
const OWN_TRADES = new Set(TRADES.map((t) => t.toLowerCase()));
const QUALIFIERS = ['Corner', 'Family', 'Village', 'Main Street', 'Old Town', 'Riverside'];

/**
 * The search is for a kind of business (lower case, a trade: "ice cream", "street kitchen"), not for one business
 * by its name ("google", a brand typed in lower case, is that brand) nor for a place.
 */
export function tradeSearch(query: string, sharedTrade: RegExp): boolean {
  return !/\p{Lu}/u.test(query) && /^[a-z][a-z' -]{1,39}$/.test(query) && (sharedTrade.test(query) || MORE_TRADES.test(query) || OWN_TRADES.has(query));
}

/**
 * Rename `record[key]` when it is the bare titled query: after a city of `cities` no other record is named for yet,
 * else with a qualifier ("Corner Bakery"). `taken`: the labels of the list (kept in step). `pinned`: paths the
 * chain reads — a name the chain passes on keeps its value.
 */
export function nameTradeFind(record: Record<string, unknown>, key: string, titledQuery: string, taken: string[], at: number, cities: readonly string[] | undefined, pinned: readonly string[]): void {
  if (typeof record[key] !== 'string' || (record[key] as string).toLowerCase() !== titledQuery.toLowerCase()) return;
  if (pinned.some((p) => p === key || p.endsWith(`.${key}`))) return;
  const free = (name: string): boolean => !taken.some((t) => t.toLowerCase() === name.toLowerCase());
  const n = titledQuery.length;
  const city = cities && cities.length > 0 ? [...cities.slice(n % cities.length), ...cities.slice(0, n % cities.length)].find((c) => !titledQuery.includes(c) && free(`${c} ${titledQuery}`)) : undefined;
  const name = city !== undefined ? `${city} ${titledQuery}` : QUALIFIERS.map((w) => `${w} ${titledQuery}`).find(free);
  if (name === undefined) return;
  record[key] = name;
  taken[at] = name;
}
