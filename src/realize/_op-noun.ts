/**
 * What an operation is for, as the nouns a response should answer with (QUALITY.md F): "get order fees" is answered
 * by the fee's amounts, "estimate ownership cost" by the total cost, "get question by ID" by the question's text.
 * The nouns are the last word of the operation's name (before "by …") and of its path's last literal segment.
 */
import type { RecordOperation } from '../plan/types.ts';
import { humanizeIdentifier, singular } from './words.ts';

/** Words that name no thing a result holds ("get details", "/v1/search", "list all"). */
const NOT_A_NOUN = /^(get|list|search|find|fetch|read|show|view|create|add|update|delete|remove|set|post|put|patch|all|api|by|for|of|with|from|to|in|on|the|my|new|info|information|detail|details|data|result|results|item|items|record|records|entry|entries|object|objects|one|single|multiple|several|many|id|ids|key|name|v|json|xml|query|lookup|check|estimate|calculate|convert|summary|overview|stat|stats|count|total|value)$/;
/** Nouns of money: their answer is an amount, whatever its field is called ({base_cost}, {cost_inc_tax}, {total}). */
export const MONEY_NOUN = /^(fee|cost|price|charge|fare|rate|tax|payment|bill|balance|amount|total|expense|premium|salary|wage|refund|payout|quote|tariff|toll)$/;

const cache = new WeakMap<RecordOperation, ReadonlySet<string>>();

/** The nouns the operation is named for (singular, lower case): {"fee"} of getOrderFees at /orders/{id}/fees. */
export function opNouns(op: RecordOperation | undefined): ReadonlySet<string> {
  if (!op) return EMPTY;
  let out = cache.get(op);
  if (out) return out;
  const nouns = new Set<string>();
  const name = humanizeIdentifier(op.name ?? '').toLowerCase().replace(/ (?:by|for|from|with|in|of|per) .*$/, '').split(/[^a-z]+/).filter(Boolean);
  const segment = (op.path ?? '').split('/').filter((s) => s && !/[{}:]/.test(s) && !/^v\d+$/i.test(s)).pop() ?? '';
  const pathWords = humanizeIdentifier(segment.replace(/\.(json|xml)$/i, '')).toLowerCase().replace(/ (?:by|for|from|with|in|of|per) .*$/, '').split(/[^a-z]+/).filter(Boolean);
  for (const words of [name, pathWords]) {
    const last = words[words.length - 1];
    if (last && last.length >= 3 && !NOT_A_NOUN.test(last)) nouns.add(singular(last));
  }
  cache.set(op, (out = nouns));
  return out;
}
const EMPTY: ReadonlySet<string> = new Set();

/** {total_cost_sum}, {cost_inc_tax}, {grand_total}: the one amount that sums the rest. */
export const TOTAL_WORD = /(^|_|[a-z])(total|Total|sum|Sum|grand|Grand)($|_|[A-Z])|inc_?tax|incl|IncTax|Incl/;

/** Words after a noun that still name it: {question: {text}}, {total_cost_sum}. */
const TRAILER = /^(text|value|amount|sum|total|body|content)$/;
const MONEY_WORD = /^(cost|price|amount|fee|tax|total|subtotal|charge|fare|sum|balance|value)$/;
const AMOUNT = /^-?\d[\d,]*(?:\.\d+)?(?: [A-Z]{3})?$|^[$€£¥]\s?\d/;

/**
 * How high a field ranks because the operation is named for it (below what the user asked for, above a name's
 * status): a field of the operation's noun ({question: {text}} of get_question, {total_cost_sum} of ownership cost),
 * or, for a noun of money, an amount ({cost_inc_tax} of fees); a total before its parts. Undefined when neither.
 */
export function nounRank(keyWords: readonly string[], key: string, value: string | number | boolean, many: boolean, nouns: ReadonlySet<string>): number | undefined {
  if (nouns.size === 0 || typeof value === 'boolean') return undefined;
  const total = TOTAL_WORD.test(key) && !many ? -0.1 : 0;
  const later = many ? 0.1 : 0;
  // The noun itself, last ("total cost", "question text" of {question: {text}}), never an attribute of it ({album_group}).
  const head = keyWords.length > 1 && TRAILER.test(keyWords[keyWords.length - 1] ?? '') ? keyWords[keyWords.length - 2] : keyWords[keyWords.length - 1];
  if (head !== undefined && nouns.has(head)) return 0.8 + total + later;
  const amount = typeof value === 'number' || AMOUNT.test(value);
  if (amount && keyWords.some((w) => MONEY_WORD.test(w)) && [...nouns].some((n) => MONEY_NOUN.test(n))) return 0.85 + total + later;
  return undefined;
}

/**
 * Of the fields ranked by the operation's noun, the best two keep their rank; the rest are said like any other
 * field, so that four amounts of one fee never push out what the fee is.
 */
export function firstTwoByNoun<F extends { rank: number; n: number }>(facts: F[]): F[] {
  const byNoun = facts.filter((f) => f.rank >= 0.6 && f.rank < 1).sort((a, b) => a.rank - b.rank || a.n - b.n);
  if (byNoun.length <= 2) return facts;
  const rest = new Set(byNoun.slice(2));
  return facts.map((f) => (rest.has(f) ? { ...f, rank: 2 } : f));
}
