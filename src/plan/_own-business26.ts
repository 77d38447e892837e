/**
 * A rank check is for the user's own business (QUALITY.md I, H), wave 26: where a business search only finds the
 * place id a ranking needs (search_business_locations → ranking_at_coordinate_point), the user names their business
 * ("Chicago Outdoor Supply") and the ranking is searched by its trade ("outdoor gear"). A trade sent to the business
 * search would have the assistant rank whatever shop came back as the user's, and ask again for the term the user
 * had just said. A business search at the spec's example ("Jives Media") has the ranking at the spec's example
 * term ("web design"), never at the business's name asked again.
 */
import type { Assigned } from './_draft.ts';

const SEARCHED_ID = /^(place_?id|business_?id|placeId|businessId|cid)$/;
const QUERY = /^(q|query|keyword|keywords|search|search_?term|term)$/i;

/**
 * A business's own word for its trade, never the trade's words: what the user says first ("Chicago Outdoor Supply")
 * must not say the ranking's term before it is asked.
 */
const OWN_WORD: Record<string, string> = {
  bakery: 'Bread House', 'coffee roasters': 'Coffee Works', books: 'Reading Room', 'outdoor gear': 'Outdoor Supply', 'street kitchen': 'Street Eats',
  florist: 'Flower Studio', 'bike shop': 'Cycle Works', deli: 'Sandwich Co.', tailors: 'Alterations', pharmacy: 'Chemists', hardware: 'Tool Supply',
  'wine bar': 'Wine Room', barbers: 'Cuts', 'pet supplies': 'Pet Store', 'tea house': 'Tea Room', bagels: 'Breakfast Co.', 'ice cream': 'Creamery',
  records: 'Vinyl', opticians: 'Eyewear', 'noodle bar': 'Noodle House',
};

/** Sets the business search's term to the business's name: the home city's, of the trade the ranking searches. */
export function ownBusinessByName26(assigned: readonly Assigned[], city: string | undefined): void {
  for (let j = 0; j + 1 < assigned.length; j++) {
    const source = assigned[j]!;
    const next = assigned[j + 1]!;
    if (![...next.chainedIn.keys()].some((k) => SEARCHED_ID.test(k))) continue;
    const own = [...source.given, ...source.asked].find((p) => QUERY.test(p.name));
    const ranked = [...next.given, ...next.asked].find((p) => QUERY.test(p.name));
    if (own === undefined || ranked === undefined) continue;
    const trade = source.values.get(own.name);
    // The spec's own pair ("Jives Media" ranked for "web design"): the ranking takes its example, never the name again.
    const pair = ranked.example ?? ranked.default;
    if (typeof trade === 'string' && trade === (own.example ?? own.default) && next.values.get(ranked.name) === trade && typeof pair === 'string' && pair !== trade && !trade.toLowerCase().includes(pair.toLowerCase())) {
      next.values.set(ranked.name, pair);
      continue;
    }
    // Only a trade in lower case ("outdoor gear"): a name the draw gave already is the business's.
    if (typeof trade !== 'string' || OWN_WORD[trade] === undefined || next.values.get(ranked.name) !== trade) continue;
    source.values.set(own.name, `${city ?? 'Corner'} ${OWN_WORD[trade]}`);
  }
}
