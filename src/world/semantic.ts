/**
 * What a parameter or field means, from its name, its parent object and the words around it (operation
 * summary, path): the part of a place or of a person it names, or a status. Only meanings the world of a
 * dialogue can answer are typed here; everything else is left to the vocabulary of the mock values.
 */
import { currentWorld, focusedPerson, focusedPlace, type World } from './world.ts';

export type Meaning =
  | 'city'
  | 'region'
  | 'region_code'
  | 'country'
  | 'country_code'
  | 'latitude'
  | 'longitude'
  | 'timezone'
  | 'airport_code'
  | 'currency'
  | 'email'
  | 'first_name'
  | 'last_name'
  | 'full_name'
  | 'username'
  | 'phone'
  | 'status';

/** Words of a place's parts: a `state` beside them is a region, elsewhere a state of something. */
const PLACE_CONTEXT = /\b(address|addresses|location|locations|billing|shipping|city|cities|geo|geocode|place|places|residence|country|countries|zip|postal|postcode|region|regions|state|states|province|weather|forecast|venue|store|stores|delivery|customer)\b/;

/** `name` as lower-case words joined by `_` (`stateCode` → `state_code`). */
function words(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join('_');
}

/**
 * Meanings by context, then by name and parent: a context is a long text that is the same string object call
 * after call (its hash is kept), so it is never joined into a key that would have to be hashed anew each time.
 */
const cache = new Map<string, Map<string, Meaning | null>>();
let cached = 0;

/**
 * The meaning of a value named `name` inside an object named `parent` (its key, '' at the top), with
 * `context` the lower-case words of the operation around it.
 */
export function meaningOf(name: string, parent = '', context = ''): Meaning | undefined {
  let byName = cache.get(context);
  if (!byName) {
    if (cached > 50000) {
      cache.clear();
      cached = 0;
    }
    byName = new Map();
    cache.set(context, byName);
  }
  const key = `${name}\u0000${parent}`;
  let meaning = byName.get(key);
  if (meaning === undefined) {
    meaning = classify(words(name), words(parent), context.toLowerCase()) ?? null;
    byName.set(key, meaning);
    cached++;
  }
  return meaning ?? undefined;
}

function classify(n: string, parent: string, context: string): Meaning | undefined {
  if (/(^|_)(lat|latitude)$/.test(n)) return 'latitude';
  // The name of a city, location or town, or of the items a city search lists.
  if (/^(name|city_name|location_name|town_name|place_name)$/.test(n) && (/(^|_)(city|cities|town|towns|location|locations)$/.test(parent) || (parent === '' && /\b(cities|towns|city search|autocomplete)\b/.test(context)))) return 'city';
  // `$numberLong` (MongoDB extended JSON) is a 64-bit number, never a longitude.
  if (/(^|_)(lng|lon|long|longitude)$/.test(n) && n !== 'number_long') return 'longitude';
  if (/(^|_)(city|town|city_name|town_name|hometown|municipality|locality)$/.test(n)) return 'city';
  // A free "location" string, or a query whose description asks for a city name, is the dialogue's city.
  if (/^(location|location_name)$/.test(n) && !/\b(url|address|coordinates?)\b/.test(context)) return 'city';
  if (/^(q|query|location_query)$/.test(n) && /\b(city name|name of (a|the) city|city or town|q=paris)\b/.test(context)) return 'city';
  // The text a place search or a geocoder is given names a place, never a shop keyword ("bakery").
  if (/^(q|query|name_prefix|prefix|search|text|term|location_query)$/.test(n) && /\b(autocomplete places|search places|places matching|geocod\w*|city search|search cities)\b/.test(context)) return 'city';
  if (/(^|_)(country_code|country_iso2?|iso2|iso_country|country_short|countrycode|country_alpha2)$/.test(n)) return 'country_code';
  if (/(^|_)country(_name)?$/.test(n)) return 'country';
  if (/(^|_)(state_code|region_code|province_code|subdivision_code)$/.test(n)) return 'region_code';
  if (/(^|_)(province|county|prefecture|region_name|state_name|state_province|province_state|state_or_province|province_or_state|prov_state)$/.test(n)) return 'region';
  // A region is a part of a country unless it is a cloud's ("us-east-1").
  if (/(^|_)region$/.test(n)) return /\b(cloud|aws|azure|gcp|server|servers|datacenter|bucket|cluster|instance|deployment)\b/.test(`${parent.replace(/_/g, ' ')} ${context}`) ? undefined : 'region';
  // A state is a region only beside other parts of a place; a job's, build's or order's state is a status.
  if (/(^|_)state$/.test(n)) return PLACE_CONTEXT.test(parent.replace(/_/g, ' ')) || (parent === '' && PLACE_CONTEXT.test(context)) ? 'region' : 'status';
  if (/(^|_)(time_?zone|tz|tz_id|timezone_id)$/.test(n)) return 'timezone';
  if (/(^|_)(iata|iata_code|airport_code|airport_iata)$/.test(n)) return 'airport_code';
  // A city code the description calls an IATA code (Amadeus' `cityCode`) is the city's airport code, HAN for Hanoi.
  if (/(^|_)(city_code|city_iata)$/.test(n) && /\biata\b/.test(context)) return 'airport_code';
  if (/(^|_)currency(_code)?$/.test(n)) return 'currency';
  if (/(^|_)(email|email_address|e_mail|mail)$/.test(n)) return 'email';
  if (/(^|_)(first_name|firstname|given_name|forename)$/.test(n)) return 'first_name';
  if (/(^|_)(last_name|lastname|surname|family_name)$/.test(n)) return 'last_name';
  if (/(^|_)(full_name|fullname|display_name|customer_name|contact_name|owner_name|person_name|author_name|user_full_name)$/.test(n)) return 'full_name';
  if (/(^|_)(username|user_name|login|handle|screen_name|nickname)$/.test(n)) return 'username';
  if (/(^|_)(phone|phone_number|mobile|mobile_number|telephone|tel|cell)$/.test(n)) return 'phone';
  return undefined;
}

const STATUS_WORDS = ['active', 'pending', 'completed', 'in_progress', 'ready', 'queued', 'running', 'succeeded'];

/**
 * The value of `meaning` in the current world (the focused entity), as a string or a number; undefined when
 * there is no world. Statuses are words of a process, never a US state.
 */
export function worldValue(meaning: Meaning, asNumber: boolean, pickStatus: (words: readonly string[]) => string, world: World | null = currentWorld()): string | number | undefined {
  if (meaning === 'status') return pickStatus(STATUS_WORDS);
  if (!world) return undefined;
  const place = focusedPlace(world);
  const person = focusedPerson(world);
  switch (meaning) {
    case 'city':
      return place.city;
    case 'region':
      return place.region;
    case 'region_code':
      return place.regionCode;
    case 'country':
      return place.country;
    case 'country_code':
      return place.countryCode;
    case 'latitude':
      return asNumber ? place.latitude : place.latitude.toFixed(4);
    case 'longitude':
      return asNumber ? place.longitude : place.longitude.toFixed(4);
    case 'timezone':
      return place.timezone;
    case 'airport_code':
      return place.airport;
    case 'currency':
      return place.currency;
    case 'email':
      return person.email;
    case 'first_name':
      return person.firstName;
    case 'last_name':
      return person.lastName;
    case 'full_name':
      return person.fullName;
    case 'username':
      return person.username;
    case 'phone':
      return person.phone;
  }
}
