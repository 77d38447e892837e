/**
 * A book edition agrees with its book and with today (QUALITY.md E): a known book runs to about its usual length
 * (Middlemarch some 880 pages, never 130), a house of the edition's language publishes it (Gallimard for a French
 * edition), and an edition was published before today and not before the book was written.
 */
import { BOOK_PAGES, PUBLISHERS_BY_LANGUAGE, REFERENCE_DATE, languageCode25 } from '../world/index.ts';
import { faker } from './_faker.ts';
import { BOOKS } from './_works.ts';

const EDITION_SIGN = /(^|_)(isbn(_?1[03])?|edition(_?(key|id))?|number_of_pages|page_?count|num_?pages)$/;
const TITLE = /^(title|name|book_?title)$/;
const PAGES = /^(number_of_pages|pages|page_?count|num_?pages|pages_?count|total_?pages)$/;
const PUBLISHER = /^(publishers?|publisher_?name|imprint)$/;
const LANGUAGE = /^(language|lang|language_?code|languages)$/;
/** When the edition came out (never the book's first year: that one is the work's). */
export const PUBLISHED25 = /^(publish_?date|published|published_?(at|on|date)|publication_?date|pub_?date|release_?date|publish_?year|publication_?year)$/;
const YEAR_OF = new Map(BOOKS.map((b) => [b.title, b.year]));

/** `keys` are the record's keys that may change; `words` gives a key's snake-case words. */
export function fitEdition25(record: Record<string, unknown>, keys: readonly string[], words: (key: string) => string): void {
  if (!Object.keys(record).some((k) => EDITION_SIGN.test(words(k)))) return;
  const titleKey = Object.keys(record).find((k) => TITLE.test(words(k)) && typeof record[k] === 'string');
  const title = titleKey !== undefined ? (record[titleKey] as string) : undefined;
  const langKey = Object.keys(record).find((k) => LANGUAGE.test(words(k)));
  const langValue = langKey !== undefined ? record[langKey] : undefined;
  const lang = typeof langValue === 'string' ? languageCode25(langValue) : Array.isArray(langValue) && typeof langValue[0] === 'string' ? languageCode25(langValue[0]) : undefined;
  const first = title !== undefined ? YEAR_OF.get(title) : undefined;
  for (const key of keys) {
    const w = words(key);
    const value = record[key];
    if (PAGES.test(w) && typeof value === 'number' && title !== undefined && BOOK_PAGES[title] !== undefined) {
      const usual = BOOK_PAGES[title]!;
      // Editions differ by type and print, not by hundreds of pages.
      if (Math.abs(value - usual) > usual * 0.25) record[key] = usual + faker.number.int({ min: -Math.round(usual / 10), max: Math.round(usual / 10) });
    } else if (PUBLISHER.test(w) && lang !== undefined) {
      const houses = PUBLISHERS_BY_LANGUAGE[lang]!;
      if (typeof value === 'string' && !houses.includes(value)) record[key] = faker.helpers.arrayElement(houses as string[]);
      else if (Array.isArray(value) && value.length > 0 && typeof value[0] === 'string' && !houses.includes(value[0])) record[key] = [faker.helpers.arrayElement(houses as string[])];
    } else if (PUBLISHED25.test(w)) {
      record[key] = pastEdition(value, first);
    }
  }
}

/** A publication date (or year) before today and not before the book's first year: moved to a year between. */
function pastEdition(value: unknown, first: number | undefined): unknown {
  const now = Number(REFERENCE_DATE.slice(0, 4));
  const lo = Math.max(first ?? 1950, now - 40);
  const year = (): number => faker.number.int({ min: Math.min(lo, now - 1), max: now - 1 });
  if (typeof value === 'number' && Number.isInteger(value)) return value > now || (first !== undefined && value < first) ? year() : value;
  if (typeof value !== 'string') return value;
  const m = /^(\d{4})(.*)$/.exec(value);
  if (m === null) return value;
  const late = value.slice(0, 10) > REFERENCE_DATE;
  const early = first !== undefined && Number(m[1]) < first;
  if (!late && !early) return value;
  const y = String(year());
  return `${y}${m[2]!.startsWith('-02-29') ? `-02-28${m[2]!.slice(6)}` : m[2]}`;
}
