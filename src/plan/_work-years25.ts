/**
 * A user who names a known work gives its real year (QUALITY.md E), wave 25: a search for "The Grand Budapest
 * Hotel" with a year sends 2014, never 2007 (the result would then show the 2014 film dated 2007). Films, books and
 * authors' works of `_films.ts`, `_works.ts` and the world's `AUTHOR_WORKS`.
 */
import { BOOKS } from './_works.ts';
import { knownFilmYear } from './_films.ts';
import { AUTHOR_WORKS } from '../world/index.ts';
import { orderRangeValues } from './_ranges.ts';
import { companyFitsIndustry28 } from './_trade-words28.ts';
import { userTexts29 } from './_texts29.ts';

const YEAR_ARG = /^(year|y|release_?year|releaseYear|primary_?release_?year|primaryReleaseYear|publication_?year|publish_?year|first_?publish_?year)$/;
const TITLE_ARG = /^(q|s|t|query|title|name|search|term|keyword|keywords|movie|film|book|movie_?title|book_?title|search_?term)$/i;

let workYears: Map<string, number> | undefined;

/** The real year of a known work by its title (any case). */
function workYear(title: string): number | undefined {
  workYears ??= new Map([...BOOKS.map((b) => [b.title.toLowerCase(), b.year] as const), ...Object.values(AUTHOR_WORKS).flatMap((works) => works.map(([t, y]) => [t.toLowerCase(), y] as const))]);
  const lower = title.trim().toLowerCase();
  return knownFilmYear(lower) ?? workYears.get(lower);
}

/** A call's year argument set to the real year of the known work its title argument names, in place (its type kept). */
export function knownWorkYears25(values: Map<string, unknown>): void {
  // Cheap first look: a year argument with a year in it.
  const yearKey = [...values.keys()].find((k) => YEAR_ARG.test(k) && /^(1[5-9]|20)\d\d$/.test(String(values.get(k))));
  if (yearKey === undefined) return;
  for (const [k, v] of values) {
    if (!TITLE_ARG.test(k) || typeof v !== 'string' || v.length > 80) continue;
    const year = workYear(v);
    if (year === undefined) continue;
    values.set(yearKey, typeof values.get(yearKey) === 'number' ? year : String(year));
    return;
  }
}

/** The user's values settled: ranges in order, known works at their real years. */
export function settleUserValues25(values: Map<string, unknown>): void {
  orderRangeValues(values);
  knownWorkYears25(values);
  companyFitsIndustry28(values); // "Silva Media" is searched as no manufacturer (_trade-words28.ts)
  userTexts29(values); // a webhook's description names its events, a template's subject its name (_texts29.ts)
}
