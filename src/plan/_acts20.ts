/**
 * A music act's bio tells what the act is (QUALITY.md E): a band formed in a year in a city and plays its genres,
 * a solo artist is a singer from a city; never a person's job ("lives in Taipei and has worked in journalism"). It
 * agrees with the record's own genres and country: a fado act comes from Lisbon, and its country code says so.
 */
import { faker } from './_faker.ts';
import { knownPlaces, type Place } from '../world/index.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

const pick = <T>(items: readonly T[]): T => faker.helpers.arrayElement(items as T[]);

const GENRES_KEY = /^(genres|genre|music_genres|styles)$/;
const BIO_KEY = /^(bio|biography|about|artist_bio)$/;
const NAME_KEY = /^(name|artist_name|display_name|band_name)$/;
const COUNTRY_KEY = /^(country|country_code|iso2|origin_country)$/;
/** What marks a record as a track or a release rather than the act itself: its bio is not one. */
const NOT_ACT = /^(track_id|album_id|release_id|duration|duration_ms|track_number|isrc|release_date)$/;

/** Where a genre comes from, by its words: only cities the world knows are used. */
const GENRE_HOME: ReadonlyArray<[RegExp, string]> = [
  [/fado|portuguese/i, 'Lisbon'], [/k-?pop|korean/i, 'Seoul'], [/j-?pop|j-?rock|japanese|city pop/i, 'Tokyo'],
  [/flamenco|spanish/i, 'Madrid'], [/samba|bossa|brazilian|mpb|baile/i, 'Rio de Janeiro'], [/afrobeat|nigerian|afro-?pop/i, 'Lagos'],
  [/highlife|ghanaian/i, 'Accra'], [/tango|argentin/i, 'Buenos Aires'], [/celtic|irish/i, 'Dublin'], [/chanson|french/i, 'Paris'],
  [/mariachi|ranchera|mexican|norteñ/i, 'Mexico City'], [/norwegian|black metal/i, 'Oslo'], [/swedish/i, 'Stockholm'],
  [/bollywood|bhangra|indian|carnatic/i, 'Mumbai'], [/grime|britpop|uk garage|british/i, 'Manchester'], [/krautrock|german/i, 'Berlin'],
  [/italian|italo/i, 'Milan'], [/greek|rebetiko/i, 'Athens'], [/turkish/i, 'Istanbul'], [/mandopop|taiwanese/i, 'Taipei'],
  [/grunge/i, 'Seattle'], [/chicago house|chicago blues/i, 'Chicago'], [/miami bass/i, 'Miami'], [/finnish/i, 'Helsinki'],
];
/** Words of a genre written with a capital (nationalities, places); the rest is lower case in a sentence. */
const PROPER = /^(Portuguese|Korean|Japanese|Spanish|Brazilian|Irish|French|Mexican|Nordic|Swedish|Norwegian|German|Italian|Greek|Latin|African|American|British|UK|K-pop|J-pop|J-rock|Celtic|Afro\w*|Indian|Arabic|Cuban|Turkish|Finnish|Chicago|Miami|Detroit|Bollywood|Carnatic|MPB|EDM|R&B)$/;

const genreWords = (g: string): string => g.split(/\s+/).map((w) => (PROPER.test(w) ? w : w.toLowerCase())).join(' ');
const joined = (items: readonly string[]): string => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`);
const isBand = (name: string): boolean => /^the\s|\s(&|and)\s+the\s|\b(band|orchestra|ensemble|quartet|trio|collective|choir|brothers|sisters)\b/i.test(name);

/** The city a genre comes from, if the world knows it. */
function homeOf(genres: readonly string[]): Place | undefined {
  for (const g of genres) {
    const found = GENRE_HOME.find(([re]) => re.test(g));
    const place = found && knownPlaces().find((p) => p.city === found[1]);
    if (place) return place;
  }
  return undefined;
}

/** Writes a music act's bio from its own genres, name and country. `words` gives a key's snake-case words. */
export function actBio(record: Record<string, unknown>, fixed: readonly string[], words: (key: string) => string): void {
  const all = Object.keys(record);
  if (all.some((k) => NOT_ACT.test(words(k)))) return;
  const genresKey = all.find((k) => GENRES_KEY.test(words(k)));
  const bioKey = all.find((k) => BIO_KEY.test(words(k)) && typeof record[k] === 'string' && !fixed.includes(k));
  const nameKey = all.find((k) => NAME_KEY.test(words(k)) && typeof record[k] === 'string');
  if (genresKey === undefined || bioKey === undefined || nameKey === undefined) return;
  const raw = record[genresKey];
  const genres = (Array.isArray(raw) ? raw : [raw]).filter((g): g is string => typeof g === 'string' && g.length > 1 && g.length < 40);
  if (genres.length === 0) return;
  const countryKey = all.find((k) => COUNTRY_KEY.test(words(k)) && typeof record[k] === 'string' && /^[A-Z]{2}$/.test(record[k] as string));
  const pinned = countryKey !== undefined && fixed.includes(countryKey) ? (record[countryKey] as string) : undefined;
  const home = homeOf(genres);
  // A pinned country wins over the genre's home; otherwise the genre's home, then the record's country.
  const wanted = pinned ?? home?.countryCode ?? (countryKey !== undefined ? (record[countryKey] as string) : undefined);
  const inCountry = knownPlaces().filter((p) => p.countryCode === wanted);
  const place = home && home.countryCode === wanted ? home : inCountry.length > 0 ? pick(inCountry) : home ?? pick(knownPlaces());
  if (countryKey !== undefined && pinned === undefined) record[countryKey] = place.countryCode;
  const name = record[nameKey] as string;
  const styles = joined(genres.slice(0, 2).map(genreWords));
  record[bioKey] = isBand(name)
    ? `${name} formed in ${place.city} in ${faker.number.int({ min: 1995, max: 2020 })} and play${/^the\s/i.test(name) ? '' : 's'} ${styles}${pick(['.', ', touring widely since their first record.', ', mostly in small venues at first.'])}`
    : `${name} is a ${pick(['singer', 'singer and songwriter', 'musician'])} from ${place.city} who plays ${styles}${pick(['.', ', on record and on stage.', ', with a following well beyond home.'])}`;
}

const snake = snakeKey;

/**
 * Every music act's record in a result, once its genres are settled (a lookup repeats the genres an earlier
 * search showed, after the record was first drawn). `pinned`: values the chain carries, never rewritten.
 */
export function actBios(value: unknown, pinned: ReadonlySet<string>, depth = 0): void {
  if (!value || typeof value !== 'object' || depth > 6) return;
  if (Array.isArray(value)) {
    for (const item of value) actBios(item, pinned, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  actBio(record, Object.keys(record).filter((k) => pinned.has(JSON.stringify(record[k]))), snake);
  for (const child of Object.values(record)) if (child && typeof child === 'object') actBios(child, pinned, depth + 1);
}
