/**
 * A search term's spec example cut short ("pors" for Porsche, Consumer Reports' `query`) shows the API's prefix
 * matching, not what a person types: a user says the whole name ("Porsche Boxster"), so the example is not used
 * as the user's term (QUALITY.md H).
 */
import { isKnownWord } from '../text/index.ts';

const SEARCH_NAME = /^(?:q|query|term|search|keyword|search_term|search_query|text)$/i;

/** True for a fragment example of a search term: a few lower-case letters that make no word. */
export function truncatedSearchExample27(name: string | undefined, value: unknown): boolean {
  return typeof value === 'string' && /^[a-z]{2,5}$/.test(value) && SEARCH_NAME.test(name ?? '') && !isKnownWord(value);
}
