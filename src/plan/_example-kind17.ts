/**
 * A spec's example of another kind is not this record's value (QUALITY.md E): Spotify's spec gives an audiobook
 * chapter's description the podcast episode's example ("Starting Your Own Podcast: Tips, Tricks…"), and a
 * chapter of The Golden Notebook then read as a podcast. An example text that names a kind of work (podcast,
 * book, film, song, recipe…) of a family the operation's words never name is left for a value of its own.
 */
import { memoized } from '../text/memo.ts';

/** Families of kinds of works: a podcast's episode and a show are one family, a book's chapter and an audiobook another. */
const FAMILIES: ReadonlyArray<readonly [string, RegExp]> = [
  ['podcast', /\b(podcasts?|episodes?)\b/i],
  ['book', /\b(books?|audiobooks?|chapters?|novels?|authors?)\b/i],
  ['film', /\b(films?|movies?)\b/i],
  ['music', /\b(songs?|tracks?|albums?|playlists?|artists?)\b/i],
  ['recipe', /\b(recipes?|dishes|ingredients?)\b/i],
];
const ANY_KIND = /\b(podcasts?|episodes?|books?|audiobooks?|chapters?|novels?|authors?|films?|movies?|songs?|tracks?|albums?|playlists?|artists?|recipes?|dishes|ingredients?)\b/i;

const familiesOf = (text: string): readonly string[] => FAMILIES.filter(([, re]) => re.test(text)).map(([name]) => name);
const contextFamilies = memoized((context: string): readonly string[] => familiesOf(context));

/** True when a text example names only kinds of works from families the operation's own words do not name. */
export function exampleOfOtherKind(example: unknown, context: string): boolean {
  if (typeof example !== 'string' || example.length < 12 || !ANY_KIND.test(example)) return false;
  const own = contextFamilies(context);
  if (own.length === 0) return false;
  return !familiesOf(example).some((f) => own.includes(f));
}
