/**
 * A result record finished from its own details, once all its fields are drawn: a name made without knowing
 * its entity becomes a business's when the record has an address and a phone; a description made blind names
 * the record; a known city's country and code are its own; a formatted address is made of the record's own
 * street, city and country; a min above its max is swapped. Values pinned or echoed (`fixed`) never change.
 */
import { albumAgrees33 } from './_albums-hits33.ts';
import { flagsOfDates32 } from './_flags-lists32.ts';
import { followersOfPopularity, sizeOfNamedImage } from './_fame25.ts';
import { oneCountTwice } from './_counts23.ts';
import { agreeFilm, filmPersonNoun, agreeCredits, agreeTopRank } from './_films.ts';
import { agreeIsbnLanguage, headlinerOfNamedEvent } from './_kinds18.ts';
import { countryFacts, subdivisionName } from '../world/index.ts';
import { agreeHoliday } from './_holidays.ts';
import { describeKnown, NAME_KINDS, productName } from './_names.ts';
import { PEOPLE_NAMES } from '../world/index.ts';
import { fileLink, imageFile } from './_media.ts';
import { mediaAgrees35 } from './_oaf35.ts';
import { packageId } from './_reviews.ts';
import { agreeAlert } from './_alerts.ts';
import { agreeBook, subjectKeyOfName, worksOfSubject } from './_works.ts';
import { fitEdition25 } from './_editions25.ts';
import { agreeContinent, agreeCountryPair, agreeHttpCode } from './_codes.ts';
import { agreeEvent } from './_events.ts';
import { emailOfName } from './_agree-people16.ts';
import { officialEmail } from './_official-email24.ts';
import { settleOpeningTimes } from './_hours.ts';
import { fitVariants } from './_variants.ts';
import { venueCapacity } from './_venues.ts';
import { publishedWhenStamped34b } from './_posts34b-oae.ts';
import { knownPlaces, provisionalKind, type Place } from '../world/index.ts';

/** Keys as snake-case words, remembered: the same few keys recur in every record and are tested many times each. */
const keyWords = new Map<string, string>();
const words = (key: string): string => {
  let out = keyWords.get(key);
  if (out === undefined) {
    out = key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
    if (keyWords.size >= 50_000) keyWords.clear();
    keyWords.set(key, out);
  }
  return out;
};

const NAME_KEY = /^(name|title|display_name|business_name|place_name|headline)$/;
const BUSINESS_SIGNS = /^(address|formatted_address|full_address|street|phone|phone_number|website|place_id|place_link|opening_hours|hours|reviews|review_count|business_status|rating)$/;

export function finishRecord(record: Record<string, unknown>, fixed: readonly string[]): void {
  const keys = Object.keys(record).filter((k) => !fixed.includes(k));
  const byWords = new Map(keys.map((k) => [words(k), k]));
  settleOpeningTimes(record, fixed);
  renameBusiness(record, keys);
  renameProduct(record, keys);
  describeRecord(record, keys);
  displayNameOfSibling(record, keys);
  albumAgrees33(record, fixed); // its group and date precision agree with it, before its track count (_albums-hits33.ts)
  tracksOfRelease(record, keys);
  oneCountTwice(record, fixed);
  fitVariants(record, keys);
  venueCapacity(record, keys);
  eventInVenueCity(record, keys);
  agreeAlert(record, byWords, fixed);
  agreeBook(record, keys, words);
  subjectKeyOfName(record, keys, words);
  worksOfSubject(record, words);
  agreeFilm(record, keys, words);
  agreeTopRank(record, keys, words);
  agreeIsbnLanguage(record, keys, words);
  fitEdition25(record, keys, words); // after the language the ISBN gives
  headlinerOfNamedEvent(record, words);
  agreeCredits(record, fixed, words);
  agreeCountryPair(record, fixed, words);
  agreeContinent(record, fixed, words);
  agreeHttpCode(record, fixed, words);
  agreeEvent(record, keys, words);
  agreeAirport(record, byWords, fixed);
  agreePlace(record, byWords);
  agreeCountry(record, byWords, fixed);
  agreeHoliday(record, keys, words, fixed);
  agreeRegion(record, keys, fixed);
  composeAddress(record, byWords);
  orderMinMax(record, keys);
  notDeleted(record, keys);
  publishedWhenStamped34b(record, fixed, words); // a post's publish date is its timestamp (_posts34b-oae.ts)
  rateInWords(record, keys);
  numberedName(record, keys);
  imageFile(record, fixed);
  mediaAgrees35(record, fixed); // its type, name and bytes one file's (_oaf35.ts)
  followersOfPopularity(record, fixed);
  sizeOfNamedImage(record, fixed);
  fileLink(record, fixed);
  packageId(record, fixed);
  emailOfName(record, keys, words);
  officialEmail(record, keys, words);
  flagsOfDates32(record, fixed); // future/past/active flags agree with the dates (_flags-lists32.ts)
}

/** A record renamed after it was finished (named by the query it was found by) agrees with its new name. */
export function renamedRecord(record: Record<string, unknown>): void {
  agreeContinent(record, [], words);
}

/** Words for a 1–5 star rating, lowest first (as review sites word them). */
const RATING_WORDS = ['Bad', 'Poor', 'Average', 'Great', 'Excellent'];
const RATING_WORD_SET = new Set(['bad', 'poor', 'average', 'good', 'great', 'excellent', 'fair', 'very good', 'terrible', 'ok', 'okay']);

/** A rating said in words agrees with its stars: 3 stars is "Average", never "Bad". */
function rateInWords(record: Record<string, unknown>, keys: string[]): void {
  const starsKey = Object.keys(record).find((k) => /^(stars|star_rating|rating|score)$/.test(words(k)) && typeof record[k] === 'number');
  if (starsKey === undefined) return;
  const stars = Math.round(record[starsKey] as number);
  if (stars < 1 || stars > 5) return;
  for (const key of keys) {
    const value = record[key];
    if (key !== starsKey && typeof value === 'string' && RATING_WORD_SET.has(value.toLowerCase())) record[key] = RATING_WORDS[stars - 1]!;
  }
}

const DELETION_DATE = /^(deleted|deleted_at|deleted_on|date_deleted|deletion_date|removed_at|archived_at|trashed_at)$/;
const GONE_STATUS = /^(deleted|removed|archived|trashed)$/i;

/**
 * A record a result returns is live (a store that is then used is no deleted one): its deletion date is null,
 * unless its own status says it is gone.
 */
function notDeleted(record: Record<string, unknown>, keys: string[]): void {
  // A record that is only an id and its deletion date is the note of a deletion (`getIdsOfWorklogsDeletedSince`): it keeps its date.
  if (Object.keys(record).length <= 2 && Object.keys(record).some((k) => /^(id|[a-z_]*_id)$/.test(words(k)))) return;
  for (const key of keys) {
    if (!DELETION_DATE.test(words(key)) || typeof record[key] !== 'string') continue;
    const gone = Object.keys(record).some((k) => /^(status|state)$/.test(words(k)) && typeof record[k] === 'string' && GONE_STATUS.test(record[k] as string));
    if (!gone) record[key] = null;
  }
}

const RESTAURANT_SIGNS = /(^|_| )(restaurant|cuisines?|cuisine_codes?|menu|dishes|accepts_reservations|reservations?|takeout|delivery_fee)(_| |$)/;
const OWN_ID = /^(hotel|restaurant|venue|museum|library|airport)_id$/;
const HOTEL_SIGNS = /(^|_| )(hotel|rooms?|room_types|check_in|check_out|amenities|star_rating)(_| |$)/;

const PRODUCT_SIGNS = /^(sku|product_id|variant_id|upc|gtin|ean|asin|price_ex_tax|price_inc_tax|base_price|unit_price)$/;
const FIRST_NAMES = new Set(PEOPLE_NAMES.first);
const LAST_NAMES = new Set(PEOPLE_NAMES.last);

/** A product (a record with a SKU and a price) is named as goods are, never like a person ("Grace Romero"). */
function renameProduct(record: Record<string, unknown>, keys: string[]): void {
  if (Object.keys(record).filter((k) => PRODUCT_SIGNS.test(words(k))).length < 2) return;
  for (const key of keys) {
    const value = record[key];
    if (!/^(name|title|product_name)$/.test(words(key)) || typeof value !== 'string') continue;
    const [first, last, more] = value.split(' ');
    const person = provisionalKind(value) === 'name' || (more === undefined && FIRST_NAMES.has(first!) && LAST_NAMES.has(last ?? ''));
    if (person) record[key] = productName();
  }
}

function renameBusiness(record: Record<string, unknown>, keys: string[]): void {
  // A record keyed by its own kind's id (`hotelId`, `restaurant_id`) is of that kind, whatever words named it.
  // Only its one id: a reservation (`reservationId`, `restaurantId`) is no restaurant, and its name is a guest's.
  const ids = Object.keys(record).filter((k) => /(^|_)id$/.test(words(k)));
  const idNoun = ids.length === 1 ? OWN_ID.exec(words(ids[0]!))?.[1] : undefined;
  const signs = Object.keys(record).filter((k) => BUSINESS_SIGNS.test(words(k))).length;
  if (signs < 2 && idNoun === undefined) return;
  // The record's own fields say which business it is: a restaurant has cuisines and a menu, a hotel rooms.
  const fields = Object.keys(record).map(words).join(' ');
  const noun = idNoun ?? (RESTAURANT_SIGNS.test(fields) ? 'restaurant' : HOTEL_SIGNS.test(fields) ? 'hotel' : 'business');
  const business = NAME_KINDS.find((k) => k.noun === noun)!;
  for (const key of keys) if (NAME_KEY.test(words(key)) && provisionalKind(record[key]) === 'name') record[key] = business.make('');
}

const STORY_START = 'The story of ';

function describeRecord(record: Record<string, unknown>, keys: string[]): void {
  const nameKey = Object.keys(record).find((k) => NAME_KEY.test(words(k)) && typeof record[k] === 'string');
  const name = nameKey ? (record[nameKey] as string) : undefined;
  // Without a name, a short code names it ("R", an aquifer vulnerability code); long ids are no names.
  const codeKey = name === undefined ? Object.keys(record).find((k) => /^(code|label)$/.test(words(k)) && typeof record[k] === 'string' && (record[k] as string).length <= 6) : undefined;
  const cityKey = Object.keys(record).find((k) => /^(city|city_name|town|place_of_birth|birthplace|birth_place)$/.test(words(k)) && typeof record[k] === 'string');
  const filmPerson = filmPersonNoun(record, keys, words);
  // A record tells one story: its synopsis and its alt_plot are the same plot.
  let story: string | undefined;
  for (const key of keys) {
    const kind = provisionalKind(record[key]);
    if (!kind?.startsWith('description:')) continue;
    const drawnFor = kind.slice('description:'.length);
    const noun = filmPerson && /^(person|people|profile|entry|actor)$/.test(drawnFor) ? filmPerson : drawnFor;
    if (codeKey !== undefined) record[key] = `${noun.replace(/^\w/, (c) => c.toUpperCase())} code ${record[codeKey] as string}.`;
    else {
      const text = describeKnown(noun, name && name.length <= 80 ? name : undefined, cityKey ? (record[cityKey] as string) : undefined, words(key)) ?? standingsText(record);
      // Nothing specific is known of the thing: its description is left out rather than filled with a stock line.
      if (text === undefined) delete record[key];
      else record[key] = text.startsWith(STORY_START) ? (story ??= text) : text;
    }
  }
}

const STANDINGS = /^(\w+_)?(rankings?|standings?|leaderboard|points_table|table)$/;

/** A record that holds a ranking (a golf points list) is described as the standings of its season. */
function standingsText(record: Record<string, unknown>): string | undefined {
  if (!Object.keys(record).some((k) => STANDINGS.test(words(k)) && Array.isArray(record[k]))) return undefined;
  const yearKey = Object.keys(record).find((k) => /^(year|season)$/.test(words(k)));
  const year = yearKey === undefined ? undefined : String(record[yearKey]);
  return year && /^\d{4}$/.test(year) ? `Points standings for the ${year} season.` : 'Points standings after the latest event.';
}

let placesByCity: Map<string, Place> | undefined;
let placesByAirport: Map<string, Place> | undefined;

/** An airport's code and its city agree: a code the user gave (fixed) names the city, else the city names the code. */
function agreeAirport(record: Record<string, unknown>, byWords: Map<string, string>, fixed: readonly string[]): void {
  const codeKey = Object.keys(record).find((k) => /^(iata|iata_code|airport_code|code)$/.test(words(k)) && typeof record[k] === 'string' && /^[A-Z]{3}$/.test(record[k] as string));
  // The city may be the one the call asked for (echoed, so fixed): it is read, never changed then.
  const cityKey = byWords.get('city') ?? byWords.get('city_name') ?? Object.keys(record).find((k) => /^(city|city_name)$/.test(words(k)));
  if (codeKey === undefined || cityKey === undefined || typeof record[cityKey] !== 'string') return;
  placesByAirport ??= new Map(knownPlaces().filter((p) => p.airport).map((p) => [p.airport, p]));
  placesByCity ??= new Map(knownPlaces().map((p) => [p.city, p]));
  const named = placesByAirport.get(record[codeKey] as string);
  if (fixed.includes(codeKey) && named) {
    const was = record[cityKey] as string;
    if (!fixed.includes(cityKey)) record[cityKey] = named.city;
    const nameKey = byWords.get('name');
    if (nameKey !== undefined && typeof record[nameKey] === 'string') {
      const name = (record[nameKey] as string).replace(was, named.city);
      // An example name of another city's airport ("Humberto Delgado Airport" for EDI) names this city's.
      record[nameKey] = /airport/i.test(name) && !name.includes(named.city) ? `${named.city} Airport` : name;
    }
  } else if (!fixed.includes(codeKey)) {
    const place = placesByCity.get(record[cityKey] as string);
    if (!place) return;
    record[codeKey] = place.airport;
    // A spec's example name ("Humberto Delgado Airport") belongs to another city.
    const nameKey = byWords.get('name');
    if (nameKey !== undefined && typeof record[nameKey] === 'string' && /airport/i.test(record[nameKey] as string) && !(record[nameKey] as string).includes(place.city)) record[nameKey] = `${place.city} International Airport`;
  }
}

/** A known city's country and codes, from the gazetteer (the city wins: it is what people read). */
function agreePlace(record: Record<string, unknown>, byWords: Map<string, string>): void {
  const cityKey = ['city', 'city_name', 'town'].map((w) => byWords.get(w)).find((k) => k !== undefined) ?? (byWords.has('country_code') || byWords.has('country') ? byWords.get('name') : undefined);
  const city = cityKey !== undefined ? record[cityKey] : undefined;
  if (typeof city !== 'string') return;
  placesByCity ??= new Map(knownPlaces().map((p) => [p.city, p]));
  const place = placesByCity.get(city);
  if (!place) return;
  const set = (names: string[], value: string): void => {
    for (const w of names) {
      const key = byWords.get(w);
      if (key !== undefined && typeof record[key] === 'string') record[key] = value;
    }
  };
  set(['country_code', 'countrycode', 'country_iso', 'country_iso2', 'iso2'], place.countryCode);
  const country = byWords.get('country');
  if (country !== undefined && typeof record[country] === 'string') record[country] = /^[A-Z]{2}$/.test(record[country] as string) ? place.countryCode : place.country;
  set(['country_name'], place.country);
  // `country: {id, name}` and `adminDivision1: {id, name}` objects (GeoNames-like) take the city's.
  const inner = (key: string | undefined, name: string, id: string): void => {
    const value = key !== undefined ? record[key] : undefined;
    if (!value || typeof value !== 'object' || Array.isArray(value)) return;
    const obj = value as Record<string, unknown>;
    if (typeof obj.name === 'string') obj.name = name;
    for (const idKey of ['id', 'code']) if (typeof obj[idKey] === 'string') obj[idKey] = id;
  };
  inner(country, place.country, place.countryCode);
  inner(byWords.get('admin_division1') ?? byWords.get('region') ?? byWords.get('state'), place.region, `${place.countryCode}.${place.regionCode}`);
  set(['state', 'region', 'province', 'admin_division1', 'state_name', 'region_name'], place.region);
}

/** A formatted address made of the record's own street, city and country. */
function composeAddress(record: Record<string, unknown>, byWords: Map<string, string>): void {
  const formatted = byWords.get('formatted_address') ?? byWords.get('full_address') ?? byWords.get('formatted');
  if (formatted === undefined || typeof record[formatted] !== 'string') return;
  const part = (...names: string[]): string | undefined => {
    for (const n of names) {
      const key = [...Object.keys(record)].find((k) => words(k) === n);
      if (key !== undefined && typeof record[key] === 'string' && record[key]) return record[key] as string;
    }
    return undefined;
  };
  const street = part('street', 'street_address', 'address', 'address_line1', 'line1', 'address1');
  const city = part('city', 'city_name', 'town', 'locality');
  if (!street || !city) return;
  record[formatted] = [street, part('postal_code', 'postcode', 'zip', 'zip_code'), city, part('country', 'country_name')].filter(Boolean).join(', ');
}

/** `temp_min` 21.7 and `temp_max` 6.1 become 6.1 and 21.7. */
function orderMinMax(record: Record<string, unknown>, keys: string[]): void {
  const free = new Set(keys);
  for (const key of keys) {
    const w = words(key);
    const m = /^(.*?)(min|minimum|low|lowest)(.*)$/.exec(w);
    if (!m) continue;
    const partner = Object.keys(record).find((k) => {
      const pw = words(k);
      return [`${m[1]}max${m[3]}`, `${m[1]}maximum${m[3]}`, `${m[1]}high${m[3]}`, `${m[1]}highest${m[3]}`].includes(pw);
    });
    if (partner === undefined || !free.has(partner)) continue;
    const lo = record[key];
    const hi = record[partner];
    if (typeof lo === 'number' && typeof hi === 'number' && lo > hi) {
      record[key] = hi;
      record[partner] = lo;
    }
  }
}

/**
 * `providerDisplayName` beside `provider: "MusixMatch"` is that provider's name as people write it, not another
 * company's: a `<x>_display_name` follows its sibling `<x>` when that holds a name (not an id or a URL).
 */
function displayNameOfSibling(record: Record<string, unknown>, keys: string[]): void {
  for (const key of keys) {
    const base = /^(.+)_display_?name$/.exec(words(key))?.[1];
    if (base === undefined || typeof record[key] !== 'string') continue;
    const sibling = Object.keys(record).find((k) => words(k) === base || words(k) === `${base}_name`);
    const value = sibling === undefined ? undefined : record[sibling];
    if (typeof value !== 'string' || !/^[A-Za-z][A-Za-z0-9 .&'-]{1,40}$/.test(value) || /\d{3}/.test(value)) continue;
    record[key] = value.replace(/[_-]+/g, ' ').replace(/(^|\s)[a-z]/g, (c) => c.toUpperCase());
  }
}

/** How many tracks a release of each type holds: a single 1–3, an EP 4–6, an album 8–16. */
const TRACKS_BY_TYPE: Readonly<Record<string, readonly [number, number]>> = { single: [1, 3], ep: [4, 6], album: [8, 16], compilation: [12, 24] };

/** An album's track count fits its type (a single of 398 tracks is no single). */
function tracksOfRelease(record: Record<string, unknown>, keys: string[]): void {
  const countKey = keys.find((k) => /^(total_tracks|track_count|tracks_count|number_of_tracks|num_tracks)$/.test(words(k)) && typeof record[k] === 'number');
  if (countKey === undefined) return;
  // Of several types (`album_group: "album"`, `album_type: "single"`), the narrowest decides: a single is no 9-track album.
  let [min, max] = [1, 24];
  for (const k of Object.keys(record)) {
    if (!/^(album_type|release_type|album_group|type)$/.test(words(k)) || typeof record[k] !== 'string' || !((record[k] as string).toLowerCase() in TRACKS_BY_TYPE)) continue;
    const [lo, hi] = TRACKS_BY_TYPE[(record[k] as string).toLowerCase()]!;
    if (hi - lo < max - min) [min, max] = [lo, hi];
  }
  const count = record[countKey] as number;
  if (count < min || count > max) record[countKey] = min + (Math.abs(Math.round(count)) % (max - min + 1));
}

let knownCityNames: Set<string> | undefined;

/**
 * An event at a venue is in the venue's city and named for it: "Cork Grindcore Festival" at a Buenos Aires venue
 * becomes "Buenos Aires Grindcore Festival" (a name that opens with another known city's name).
 */
function eventInVenueCity(record: Record<string, unknown>, keys: string[]): void {
  const venueKey = Object.keys(record).find((k) => /^(venue|location|place)$/.test(words(k)) && record[k] !== null && typeof record[k] === 'object' && !Array.isArray(record[k]));
  const venue = venueKey === undefined ? undefined : (record[venueKey] as Record<string, unknown>);
  const city = venue === undefined ? undefined : Object.keys(venue).find((k) => /^(city|city_name|town)$/.test(words(k)) && typeof venue[k] === 'string');
  if (city === undefined) return;
  const here = venue![city] as string;
  knownCityNames ??= new Set([...knownPlaces().map((p) => p.city), 'Lisbon', 'Toronto', 'Osaka', 'Berlin', 'Chicago', 'Dublin', 'Melbourne', 'Madrid']);
  for (const key of keys) {
    const name = record[key];
    if (!/^(name|title|event_name)$/.test(words(key)) || typeof name !== 'string' || name.startsWith(here)) continue;
    const first = name.split(' ').slice(0, 3);
    for (let n = 3; n >= 1; n--) {
      const head = first.slice(0, n).join(' ');
      if (knownCityNames.has(head)) {
        record[key] = `${here}${name.slice(head.length)}`;
        break;
      }
    }
  }
}

/** A thing named by its number ("Chapter 8") carries the number its `<noun>_number` gives (chapter_number 8). */
function numberedName(record: Record<string, unknown>, keys: string[]): void {
  for (const key of Object.keys(record)) {
    const m = /^([a-z]+)_?(number|no|num)$/.exec(words(key));
    const n = record[key];
    if (!m || typeof n !== 'number' || !Number.isInteger(n)) continue;
    for (const nameKey of Object.keys(record)) {
      const name = record[nameKey];
      if (!NAME_KEY.test(words(nameKey)) || typeof name !== 'string') continue;
      const named = /^([A-Za-z]+) (\d+)$/.exec(name);
      if (!named || named[1]!.toLowerCase() !== m[1]) continue;
      // The name a list already showed (fixed) keeps its number: the number follows it then.
      if (keys.includes(nameKey)) record[nameKey] = `${named[1]} ${n}`;
      else if (keys.includes(key)) record[key] = Number(named[2]);
    }
  }
}

/** A country record finished again after its name changed (an item of a list renamed apart from the first). */
export function countryRecord(record: Record<string, unknown>, fixed: readonly string[]): void {
  if (!Object.keys(record).some((k) => COUNTRY_FACT.test(words(k)))) return;
  agreeCountry(record, new Map(Object.keys(record).filter((k) => !fixed.includes(k)).map((k) => [words(k), k])), fixed);
}

const OWN_CODE = ['code', 'iso2', 'iso_code', 'alpha2', 'alpha_2', 'iso', 'country_code', 'iso3166_1_alpha2', 'cca2'];
const COUNTRY_FACT = /^(capital|capital_city|native|native_name|emoji|flag|phone|phone_code|calling_code|dial_code|currency|currency_code)$/;

/**
 * A country record is one country (world data): its name, code, capital, native name, currency, calling code
 * and flag all of the country its name says (its code's when the name is none), never Finland with Copenhagen.
 */
function agreeCountry(record: Record<string, unknown>, byWords: Map<string, string>, fixed: readonly string[]): void {
  if (![...byWords.keys()].some((w) => COUNTRY_FACT.test(w))) return;
  const nameKey = byWords.get('name') ?? byWords.get('country_name') ?? byWords.get('country');
  const codeKey = OWN_CODE.map((w) => byWords.get(w)).find((k) => k !== undefined && typeof record[k] === 'string' && /^[A-Z]{2}$/.test(record[k] as string));
  const byName = nameKey !== undefined && typeof record[nameKey] === 'string' ? countryFacts(record[nameKey] as string) : undefined;
  const facts = byName ?? (codeKey !== undefined ? countryFacts(record[codeKey] as string) : undefined);
  if (!facts) return;
  const set = (names: readonly string[], value: string | undefined, form?: RegExp): void => {
    for (const w of names) {
      const key = byWords.get(w);
      if (value !== undefined && key !== undefined && !fixed.includes(key) && typeof record[key] === 'string' && (!form || form.test(record[key] as string))) record[key] = value;
    }
  };
  set(['currency', 'currency_code'], facts.currency, /^[A-Z]{3}$/);
  // Only the country's own record takes its capital, native name, flag and calling code (a city's `name` stays).
  const own = byName !== undefined || (codeKey !== undefined && words(codeKey) !== 'country_code');
  if (!own) return;
  if (codeKey !== undefined && !fixed.includes(codeKey)) record[codeKey] = facts.code;
  if (!byName && nameKey !== undefined && !fixed.includes(nameKey) && typeof record[nameKey] === 'string') record[nameKey] = facts.name;
  set(['capital', 'capital_city'], facts.capital);
  set(['native', 'native_name'], facts.native);
  set(['emoji', 'flag'], facts.flag, /^\P{L}+$/u);
  set(['phone', 'phone_code', 'calling_code', 'dial_code'], facts.phoneCode);
}

const SUBDIVISION_CODE = /^([A-Z]{2})-[A-Z0-9]{1,3}$/;

/**
 * A region record is one region: its ISO 3166-2 code, its name and its country agree ({IN-MH, Maharashtra, IN},
 * never {IN-MH, Oslo, NO}). A country the call fixed keeps its own region (one of its known places'); else the
 * code decides.
 */
function agreeRegion(record: Record<string, unknown>, keys: string[], fixed: readonly string[]): void {
  const codeKey = Object.keys(record).find((k) => /(^|_)(region|subdivision|state|province)_?(code|iso)$/.test(words(k)) && typeof record[k] === 'string' && SUBDIVISION_CODE.test(record[k] as string));
  if (codeKey === undefined) return;
  const countryKey = Object.keys(record).find((k) => /^(country_code|country)$/.test(words(k)) && typeof record[k] === 'string' && /^[A-Z]{2}$/.test(record[k] as string));
  const nameKey = keys.find((k) => /^(name|region_name)$/.test(words(k)) && typeof record[k] === 'string');
  const cityKey = Object.keys(record).find((k) => /^(city|city_name|town)$/.test(words(k)) && typeof record[k] === 'string');
  const country = countryKey !== undefined ? (record[countryKey] as string) : undefined;
  let code = record[codeKey] as string;
  if (country !== undefined && code.slice(0, 2) !== country && fixed.includes(codeKey)) {
    // The region the call asked for is the record's: its country follows it.
    if (!fixed.includes(countryKey!)) record[countryKey!] = code.slice(0, 2);
  } else if (country !== undefined && code.slice(0, 2) !== country) {
    // The record's city and country are read elsewhere (a place's own checks): the code moves to them.
    placesByCity ??= new Map(knownPlaces().map((p) => [p.city, p]));
    const city = cityKey !== undefined ? placesByCity.get(record[cityKey] as string) : undefined;
    const place = city?.countryCode === country ? city : knownPlaces().find((p) => p.countryCode === country);
    if (place) record[codeKey] = code = `${country}-${place.regionCode}`;
    else if (!fixed.includes(countryKey!)) record[countryKey!] = code.slice(0, 2);
  }
  // Only a region's own record is named by its region (an alert's `name` is the alert's).
  const name = cityKey === undefined ? subdivisionName(code) : undefined;
  if (name !== undefined && nameKey !== undefined && !fixed.includes(nameKey)) record[nameKey] = name;
}
