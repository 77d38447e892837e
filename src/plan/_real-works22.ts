/**
 * A search for a real, well-known work ("the left hand of darkness", "Frankenstein") finds that work under its own
 * title — never "The Left Hand Of Darkness" by Louisa May Alcott (a title cased from the query misses the catalogue
 * of real books, so its author was drawn at random) — and no made-up sequels of it ("Frankenstein 2" by Daniel
 * Defoe, "The Grand Budapest Hotel: Revisited"): QUALITY.md E, bundled seed 77 #61, #65, #76, #147.
 */
import { BOOKS } from './_works.ts';
import { knownFilmTitle } from './_films.ts';
import { AUTHOR_WORKS } from '../world/index.ts';

let bookTitles: Map<string, string> | undefined;

/** The real work's own title a query names whole (any case), if it names one. */
export function realWorkTitle(query: string): string | undefined {
  bookTitles ??= new Map([...BOOKS.map((b) => b.title), ...Object.values(AUTHOR_WORKS).flatMap((works) => works.map(([t]) => t))].map((t) => [t.toLowerCase(), t]));
  const lower = query.trim().toLowerCase();
  return bookTitles.get(lower) ?? knownFilmTitle(lower);
}
