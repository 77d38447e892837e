/**
 * Whether an intent built from the operation's name and path reads as the identifier rather than as a request
 * ("get the star string" from /stars/get-string, "update a news market" from news_get_market_update, "search for
 * texts" from search_text(text)). Used only where the description already gives a request to say instead.
 */
import pluralize from 'pluralize';

const WRITE_VERB = /^(?:create|update|delete|add|remove|set|post|put|patch|cancel|send)\b/;
const ARTICLE = /^(?:a|an|the|all|its|their|some)$/;
const STOP = /^(?:of|for|by|from|in|on|at|near|with|to|and|or|about)$/;

const singularWords = (text: string): string[] => text.toLowerCase().replace(/'s\b/g, '').split(/[^a-z]+/).filter(Boolean).map((w) => pluralize.singular(w));

export function builtReadsIdentifier(built: string, method: string, description: string, required: readonly string[]): boolean {
  // A read named with a write verb: the verb is the name's last word ("…_market_update"), not what the call does.
  if (method.toUpperCase() === 'GET' && WRITE_VERB.test(built)) return true;
  const words = built.toLowerCase().split(/\s+/);
  let at = 1;
  while (at < words.length && (ARTICLE.test(words[at] as string) || words[at] === 'for' || words[at] === 'up')) at++;
  const object: string[] = [];
  for (; at < words.length && !STOP.test(words[at] as string) && /^[a-z]+$/.test(words[at] as string); at++) object.push(pluralize.singular(words[at] as string));
  if (object.length === 0) return false;
  // "search for texts" of search_text(text): the input searched by, read as the thing searched for.
  if (object.length === 1 && /^(?:search|find|look)$/.test(words[0] as string) && required.some((r) => pluralize.singular(r.toLowerCase()) === object[0])) return true;
  // "the star string": nouns stacked from the path that the description never says together.
  if (object.length < 2) return false;
  const said = ` ${singularWords(description).join(' ')} `;
  return !said.includes(` ${object.join(' ')} `);
}

/**
 * "get search results at a coordinate point without any rank comparison": a description's qualifier says what the
 * call leaves out or adds, not what a person asks for; the request ends before it.
 */
export function withoutQualifier(request: string): string {
  const cut = request.replace(/,?\s+(?:without|excluding|except for)\b.*$/, '').replace(/,?\s+(?:with|including|along with)\s+(?:any |all |the |its |their |additional |extra |optional )*(?:[a-z]+ ){0,2}(?:data|information|info|details|metadata|fields|comparison|comparisons)$/, '');
  return cut.split(' ').length >= 2 ? cut : request;
}

/** A topic of one word, or of words the description says side by side (in any number). */
export function saidTogether(topic: string, description: string): boolean {
  const words = topic.split(' ').map((w) => pluralize.singular(w.toLowerCase()));
  return words.length < 2 || ` ${singularWords(description).join(' ')} `.includes(` ${words.join(' ')} `);
}
