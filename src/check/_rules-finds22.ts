/**
 * What a search finds is named as such things are (QUALITY.md E), wave 22. `trade_named_bare`: a place a search for
 * a trade found ("bakery", "hardware", sent in lower case) is no business called just "Bakery" or "Hardware" — a
 * real one has a name of its own ("San Jose Bakery"), and "I went with Hardware" tells the user nothing.
 * Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const FINDS22_INVARIANTS = ['trade_named_bare'] as const satisfies readonly InvariantId[];

const snake = snakeKey;
const QUERY_ARG = /^(query|q|keyword|keywords|term|search|search_term|search_query|search_text|searchtext|business_query)$/;
/** A trade typed in lower case ("bike shop", "coffee roasters"), never a name nor a place ("london"). */
const TRADE_QUERY = /^(?:[a-z' -]*\s)?(shops?|stores?|bakery|bakeries|bars?|cafes?|café|restaurants?|pharmacy|pharmacies|florists?|flowers|tailors?|barbers?|salons?|deli|kitchen|bistro|grill|diner|gyms?|clinics?|dentists?|garages?|opticians?|hardware|roasters|markets?|supplies|spa|pubs?|bikes?|furniture|grocery|groceries|plumbers?|electricians?|mechanics?|laundry|bookshops?|bookstores?|books|bagels?|donuts?|pizza|pizzerias?|butchers?|bakers?|cleaners?|locksmiths?|jewell?ers?|vets?|coffee|hotels?|hostels?|ice cream|gelato|sushi|ramen|noodles?|tacos?|burgers?|gear|boutiques?|records|cinemas?|houses?|design|marketing|agency|agencies|studios?|consulting|lawyers?|accountants?|photography|photographers?)$/;
const NAME_KEY = /^(name|title|business_name|place_name|display_name)$/;
/** Signs of a place on a map: a business, a shop. */
const PLACE_KEY = /^(address|full_address|formatted_address|street_address|place_id|lat|latitude|lng|lon|longitude)$/;

export function checkFinds22(record: DialogueRecord, add: Add): void {
  const sent = new Map<string, string>();
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'assistant' && turn.call) {
      const args = (turn.call.arguments ?? {}) as Record<string, unknown>;
      const q = Object.entries(args).find(([k, v]) => QUERY_ARG.test(snake(k)) && typeof v === 'string' && TRADE_QUERY.test(v.trim()))?.[1];
      if (typeof q === 'string') sent.set(turn.call.id, q.trim());
      return;
    }
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    const query = sent.get(turn.call_id);
    if (query === undefined) return;
    let said = false;
    eachObject(turn.result, (obj) => {
      if (said) return;
      const nameKey = Object.keys(obj).find((k) => NAME_KEY.test(snake(k)) && typeof obj[k] === 'string' && (obj[k] as string).toLowerCase() === query);
      if (nameKey === undefined || !Object.keys(obj).some((k) => PLACE_KEY.test(snake(k)))) return;
      said = true;
      add('trade_named_bare', at, `tool result: a place found by the search "${query}" is named just "${String(obj[nameKey])}"`);
    });
  });
}
