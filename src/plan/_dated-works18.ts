/**
 * Works found by a search filtered by a year are of that year (QUALITY.md E): "jaws" searched with `y: 2019` never
 * lists the 1975 "Jaws" itself: every work's year and release date say the year sent, and the exact title, where
 * nothing else says its year, carries it ("Jaws (2019)"; "Parasite" searched for 2019 is the film itself). Likewise
 * the flight a flight number finds is that flight.
 */
import { knownFilmYear } from './_films.ts';

const YEAR_ARG = /(^|_)(y|year|release_year|primary_release_year|year_released)$/;
const YEAR_KEY = /^(year|release_year|production_year|year_released|y)$/;
const DATE_KEY = /^(release_date|released|released_on|premiere_date|first_air_date|date_released)$/;

/** The year a search was filtered by (`y: 2019`, `year: "1999"`), if one was sent. */
export function sentYear(args: Readonly<Record<string, unknown>>, words: (key: string) => string): number | undefined {
  for (const [k, v] of Object.entries(args)) if (YEAR_ARG.test(words(k)) && /^(1[89]|20)\d\d$/.test(String(v))) return Number(v);
  return undefined;
}

/**
 * The works of a list found in a year search, in place: each work's year and release date that year; the exact title
 * hit, where it has no year of its own to say so or is a known film of another year, carries the year in its title
 * ("Jaws (2019)", as catalogues tell a remake from the 1975 film).
 */
export function datedWorks(records: Record<string, unknown>[], key: string, query: string, year: number, words: (key: string) => string): void {
  for (const record of records) {
    let dated = false;
    for (const [k, value] of Object.entries(record)) {
      const w = words(k);
      if (YEAR_KEY.test(w) && typeof value === 'number') record[k] = year;
      else if (YEAR_KEY.test(w) && typeof value === 'string' && /^\d{4}$/.test(value)) record[k] = String(year);
      else if (DATE_KEY.test(w) && typeof value === 'string' && /^\d{4}-\d\d-\d\d/.test(value)) record[k] = `${year}${value.slice(4, 10) === '-02-29' ? '-02-28' : value.slice(4, 10)}${value.slice(10)}`;
      else continue;
      dated = true;
    }
    const title = record[key];
    if (typeof title !== 'string' || title.toLowerCase() !== query.toLowerCase()) continue;
    const known = knownFilmYear(title);
    if ((!dated && known !== year) || (known !== undefined && known !== year)) record[key] = `${title} (${year})`;
  }
}

/** A flight number as people type it ("FD3210", "BA 117"). */
const FLIGHT_NUMBER = /^[A-Z0-9]{2}\s?\d{1,4}$/;
const FLIGHT_KEY = /^(flight|flight_number|flight_no|flight_iata)$/;

/**
 * The record a flight number found is that flight (QUALITY.md E): its own flight field (or its `detail`'s) says the
 * number searched, never another flight ("AK10" for "FD3210") a spec's example carried.
 */
export function flightOfQuery(record: Record<string, unknown>, query: string, words: (key: string) => string): void {
  if (!FLIGHT_NUMBER.test(query)) return;
  const sayIt = (rec: Record<string, unknown>): void => {
    for (const [k, v] of Object.entries(rec)) if (FLIGHT_KEY.test(words(k)) && typeof v === 'string') rec[k] = query.replace(/\s/g, '');
  };
  sayIt(record);
  for (const v of Object.values(record)) if (v && typeof v === 'object' && !Array.isArray(v)) sayIt(v as Record<string, unknown>);
}
