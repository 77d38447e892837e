/**
 * Real films keep their real facts (QUALITY.md E): "The Grand Budapest Hotel" is a 2014 English-language film, never
 * an Italian one of 2024; a title made from it ("… 2", "…: Night", as a search's other matches) comes after it, in
 * its language. Like the books of `_works.ts`, a small table of well-known films.
 */
const FILMS: ReadonlyArray<{ title: string; year: number; language: string }> = [
  { title: 'The Grand Budapest Hotel', year: 2014, language: 'en' }, { title: 'Inception', year: 2010, language: 'en' },
  { title: 'The Godfather', year: 1972, language: 'en' }, { title: 'Pulp Fiction', year: 1994, language: 'en' },
  { title: 'The Shawshank Redemption', year: 1994, language: 'en' }, { title: 'Casablanca', year: 1942, language: 'en' },
  { title: 'Parasite', year: 2019, language: 'ko' }, { title: 'Spirited Away', year: 2001, language: 'ja' },
  { title: 'Amélie', year: 2001, language: 'fr' }, { title: 'The Matrix', year: 1999, language: 'en' },
  { title: 'Interstellar', year: 2014, language: 'en' }, { title: 'Fight Club', year: 1999, language: 'en' },
  { title: 'The Dark Knight', year: 2008, language: 'en' }, { title: 'Forrest Gump', year: 1994, language: 'en' },
  { title: 'Jurassic Park', year: 1993, language: 'en' },
  { title: 'La La Land', year: 2016, language: 'en' }, { title: 'The Silence of the Lambs', year: 1991, language: 'en' },
  { title: 'Seven Samurai', year: 1954, language: 'ja' }, { title: 'Cinema Paradiso', year: 1988, language: 'it' },
  { title: 'Pan\'s Labyrinth', year: 2006, language: 'es' }, { title: 'The Lord of the Rings: The Fellowship of the Ring', year: 2001, language: 'en' },
  { title: 'Star Wars', year: 1977, language: 'en' }, { title: 'Back to the Future', year: 1985, language: 'en' },
  { title: 'Oppenheimer', year: 2023, language: 'en' }, { title: 'Schindler\'s List', year: 1993, language: 'en' },
];
const LANGUAGE_NAMES: Readonly<Record<string, string>> = { en: 'English', ko: 'Korean', ja: 'Japanese', fr: 'French', es: 'Spanish', it: 'Italian' };
const TITLE_KEY = /^(title|name|original_title|movie_title|film_title)$/;
const YEAR_KEY = /^(year|release_year|production_year|year_released)$/;
const DATE_KEY = /^(release_date|released|released_on|premiere_date|first_air_date|date_released)$/;
const LANGUAGE_KEY = /^(original_language|language|lang|spoken_language)$/;
const BY_TITLE = new Map(FILMS.map((f) => [f.title.toLowerCase(), f]));
/** What a title made from each film starts with ("x ", "x:"), in the films' order: every named record is tested. */
const MADE_FROM = FILMS.map((film) => ({ film, spaced: `${film.title.toLowerCase()} `, colon: `${film.title.toLowerCase()}:` }));

/** The film a title is or is made from ("X 2", "X: Night"), with `exact` when it is the film itself. */
function filmOf(title: string): { film: (typeof FILMS)[number]; exact: boolean } | undefined {
  const lower = title.toLowerCase();
  const exact = BY_TITLE.get(lower);
  if (exact) return { film: exact, exact: true };
  for (const { film, spaced, colon } of MADE_FROM) if (lower.startsWith(spaced) || lower.startsWith(colon)) return { film, exact: false };
  return undefined;
}

/** A film record whose title is a known film (or made from one) takes its year and language. */
export function agreeFilm(record: Record<string, unknown>, keys: readonly string[], words: (key: string) => string): void {
  const titleKey = Object.keys(record).find((k) => TITLE_KEY.test(words(k)) && typeof record[k] === 'string');
  if (titleKey === undefined) return;
  const found = filmOf(record[titleKey] as string);
  if (!found) return;
  const { film, exact } = found;
  // A title made from the film comes 2 to 9 years after it, by the length of its title.
  const year = exact ? film.year : film.year + 2 + ((record[titleKey] as string).length % 8);
  for (const key of keys) {
    const w = words(key);
    const value = record[key];
    if (YEAR_KEY.test(w) && typeof value === 'number') record[key] = year;
    else if (YEAR_KEY.test(w) && typeof value === 'string' && /^\d{4}$/.test(value)) record[key] = String(year);
    else if (DATE_KEY.test(w) && typeof value === 'string' && /^\d{4}-/.test(value)) record[key] = `${year}${value.slice(4, 10) === '-02-29' ? '-02-28' : value.slice(4, 10)}${value.slice(10)}`;
    else if (LANGUAGE_KEY.test(w) && typeof value === 'string') record[key] = value.length === 2 ? film.language : LANGUAGE_NAMES[film.language] ?? value;
  }
}
