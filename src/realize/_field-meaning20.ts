/**
 * Result fields said by what they mean, never by their key (QUALITY.md B/J): a metric ({found_percent},
 * {average_rank}) as what was measured, a relative time as when it was posted, a locality as where, a bound
 * ({start}) only as a date, an empty marker ({winner: "."}) never as a value, and a list item's details as
 * phrases ("refurbished, 758.60 USD", "rated 1") rather than "product price 758.60".
 */
import { CURRENCY_FIELDS } from './_response-keys.ts';
import { negatedClause } from './_negated23.ts';

/** Values that mark "nothing here": never read out as if they were one ("the winner is ."). */
const SENTINEL = /^\s*(?:[.\-–—_?*\/]+|n\/?a|none|null|nil|undefined|unknown|tbd)?\s*$/i;

export function sentinelValue(value: string | number | boolean): boolean {
  return typeof value === 'string' && SENTINEL.test(value);
}

/** "3 days ago", "just now", "yesterday": when something was posted, relative to now. */
const RELATIVE_TIME = /^(?:just now|today|yesterday|(?:about |over |almost )?(?:an?|one|\d+\+?) [a-z]+ ago|\d+[smhdw] ago)$/i;

/** "Tokyo", "São Paulo", "Kyoto, Japan": a place's name, no address with numbers. */
const PLACE = /^\p{Lu}[\p{L} .'-]{1,30}(?:, \p{Lu}[\p{L} .'-]{1,30})?$/u;

/** Bounds of a period: said only with a date ("it starts on …"), never "the start is 5.3811". */
const BOUND = /^(start|end|begin|finish|from|to|until|since)$/;
const BOUND_VERB: Record<string, string> = { start: 'starts', begin: 'starts', from: 'starts', since: 'starts', end: 'ends', finish: 'ends', to: 'ends', until: 'ends' };

/**
 * A clause for a field whose name says nothing by itself, `null` when the field is better left out, undefined when
 * the ordinary clause is right. `date` is the value said as a date, when it is one.
 */
export function meaningClause(name: string, value: string | number | boolean, date: string | undefined, now: boolean): string | null | undefined {
  if (sentinelValue(value)) return /^winner$/.test(name) ? 'no one has won yet' : null;
  if (now) return undefined;
  // {formatted_relative_time: "just now"}: "it was posted just now", never "the relative time is just now".
  if (/^(relative time|time ago|relative date|posted|age)$/.test(name) && typeof value === 'string') return RELATIVE_TIME.test(value) ? `it was posted ${value}` : null;
  // {locality: "Tokyo"}: where the thing is.
  if (/^(locality|town|location)$/.test(name) && typeof value === 'string' && PLACE.test(value) && !/^(remote|online|virtual|anywhere|worldwide|hybrid|home|office)$/i.test(value)) return `it is in ${value}`;
  const bound = BOUND.exec(name);
  if (bound) return date ? `it ${BOUND_VERB[bound[1] as string]} on ${date}` : null;
  if (typeof value !== 'number') return negatedClause(name, value); // {ObeseClass: "Not obese"}: "no obese class applies"
  // {average_total_rank: 34}: an average of a total names no measure a person knows.
  if (/^(?:average|avg|mean|median) (?:total|sum|count|overall) /.test(name)) return null;
  // {average_rank: 2}: "it ranked 2 on average".
  const average = /^(?:average|avg|mean) (rank|ranking|position)$/.exec(name);
  if (average) return `it ranked ${value} on average`;
  // {top_3_rank_percent: 11}: "it ranked in the top 3 in 11 percent of cases".
  const top = /^top (\d+) (?:rank|ranking|position) (?:in )?(?:percent|percentage|pct)$/.exec(name);
  if (top) return `it ranked in the top ${top[1]} in ${value} percent of cases`;
  return undefined;
}

/** {found_percent: 11}: "it was found in 11 percent of cases", never "the share found is 11 percent". */
export function participleShare(participle: string, value: number, unit: string, now: boolean): string {
  return unit === 'percent' ? `it ${now ? 'is now' : 'was'} ${participle} in ${value} percent of cases` : `the share ${participle} ${now ? 'is now' : 'is'} ${value} ${unit}`;
}

/** "it was found in 11 percent of cases" beside "there are 9 points (…)": the cases are the points. */
export function sharesOfList<F extends { text: string }>(facts: F[]): F[] {
  const listed = facts.map((f) => /^there are \d+ ([a-z][a-z ]*?s)(?: \(|$)/.exec(f.text)?.[1]).filter((x): x is string => x !== undefined);
  if (listed.length !== 1 || !facts.some((f) => f.text.endsWith(' percent of cases'))) return facts;
  return facts.map((f) => ({ ...f, text: f.text.replace(/ percent of cases$/, ` percent of the ${listed[0]}`) }));
}

/**
 * A detail of a list item as a phrase ("XTS", "rated 1", "758.60 USD", "refurbished"), never the field's name before
 * its value ("model name XTS"); undefined where the name is needed ("section F35").
 */
function itemPhrase(name: string, value: string, currency: string | undefined): string | undefined {
  // {modelName: "XTS"}, {brand_name}: the name is the item's word itself.
  if (/(?:^| )(?:name|title|label)$/.test(name)) return value;
  // {ownerSatisfactionRating: 1}, {seller_star_rating: "1.7"}: "rated 1".
  if (/(?:^| )rating$/.test(name) && /^\d+(?:\.\d+)?$/.test(value)) return `rated ${value}`;
  // {product_price: "758.60", currency: "USD"}: "758.60 USD".
  // {product_price: "$2055.78"}, {product_price: "475.00 CLP"}: a price that says its currency is said as it is.
  const price = /(?:^| )(?:price|cost|fee|amount|total)$/.test(name) ? /^([$€£¥]?)\d[\d,]*(?:\.\d+)?( [A-Z]{3})?$/.exec(value) : null;
  if (price) return price[1] || price[2] ? value : currency ? `${value} ${currency}` : `for ${value}`;
  // {product_condition: "Excellent condition (Refurbished)"}: the condition says itself.
  if (/(?:^| )(?:condition|status|state)$/.test(name) && /[a-z]/i.test(value)) return value.charAt(0).toLowerCase() + value.slice(1);
  return undefined;
}

/** A detail of a list item with its currency from the item's own fields: a phrase, else "name value" ("section F35"). */
export function detailPhrase(name: string, value: string, leaves: readonly { path: string[]; value: string | number | boolean }[]): string {
  const currency = leaves.find((l) => CURRENCY_FIELDS.test(l.path[l.path.length - 1] ?? '') && typeof l.value === 'string')?.value as string | undefined;
  return itemPhrase(name, value, currency) ?? `${name} ${value}`;
}
