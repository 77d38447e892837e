/**
 * Real places for mock data: a short list of well-known cities (the choice is ours: places a user would
 * name), each completed from the country-state-city gazetteer with its region, country, coordinates, time
 * zone, currency and phone code, so that every part of a place agrees with the others. The gazetteer is
 * read once, on the first place a run needs.
 */
import { createRequire } from 'node:module';
import { cityCountry } from './populations.ts';
import type { ICountry, IState } from 'country-state-city';

interface Gazetteer {
  Country: { getCountryByCode(code: string): ICountry | undefined };
  State: { getStateByCodeAndCountry(code: string, country: string): IState | undefined };
}
/** The package's own city table: [name, country code, region code, latitude, longitude] per city. */
type CityRow = [name: string, countryCode: string, stateCode: string, latitude: string, longitude: string];
interface City {
  name: string;
  countryCode: string;
  stateCode: string;
  latitude: string;
  longitude: string;
}

/**
 * Required on first use, not imported: a run that needs no place pays nothing. The city table is read as the
 * package ships it (its `City` API turns all 148,000 rows into objects first, which costs more than the rest).
 */
function gazetteer(): Gazetteer & { cities: CityRow[] } {
  const require = createRequire(import.meta.url);
  const api = require('country-state-city') as Gazetteer;
  return { ...api, cities: require('country-state-city/lib/cjs/assets/city.json') as CityRow[] };
}

export interface Place {
  city: string;
  region: string;
  regionCode: string;
  country: string;
  countryCode: string;
  latitude: number;
  longitude: number;
  timezone: string;
  currency: string;
  phoneCode: string;
  /** IATA code of the city's main airport. */
  airport: string;
}

/** Main airports of the well-known cities (Kyoto flies from Osaka's, Cork and Bergen have their own). */
const AIRPORT: Record<string, string> = {
  Lisbon: 'LIS', Porto: 'OPO', Toronto: 'YYZ', Vancouver: 'YVR', Montreal: 'YUL', Osaka: 'KIX', Kyoto: 'KIX', Nairobi: 'NBO',
  'Buenos Aires': 'EZE', Melbourne: 'MEL', Sydney: 'SYD', Berlin: 'BER', Hamburg: 'HAM', Munich: 'MUC', Chicago: 'ORD',
  Seattle: 'SEA', Boston: 'BOS', Austin: 'AUS', Denver: 'DEN', 'San Francisco': 'SFO', 'Los Angeles': 'LAX', Miami: 'MIA',
  Seoul: 'ICN', Busan: 'PUS', Dublin: 'DUB', Cork: 'ORK', 'Cape Town': 'CPT', Johannesburg: 'JNB', Mumbai: 'BOM',
  Bengaluru: 'BLR', Copenhagen: 'CPH', Vienna: 'VIE', 'Mexico City': 'MEX', Guadalajara: 'GDL', Singapore: 'SIN',
  Prague: 'PRG', Oslo: 'OSL', Bergen: 'BGO', Madrid: 'MAD', Barcelona: 'BCN', Valencia: 'VLC', Lima: 'LIM', Auckland: 'AKL',
  Wellington: 'WLG', Edinburgh: 'EDI', Manchester: 'MAN', Bristol: 'BRS', Paris: 'CDG', Lyon: 'LYS', Marseille: 'MRS',
  Milan: 'MXP', Rome: 'FCO', Naples: 'NAP', Amsterdam: 'AMS', Rotterdam: 'RTM', Stockholm: 'ARN', Gothenburg: 'GOT',
  Helsinki: 'HEL', Warsaw: 'WAW', Krakow: 'KRK', Budapest: 'BUD', Athens: 'ATH', Zurich: 'ZRH', Geneva: 'GVA',
  Brussels: 'BRU', Antwerp: 'ANR', 'Bogotá': 'BOG', 'Medellín': 'MDE', Santiago: 'SCL', 'São Paulo': 'GRU',
  'Rio de Janeiro': 'GIG', Cairo: 'CAI', Casablanca: 'CMN', Lagos: 'LOS', Accra: 'ACC', Bangkok: 'BKK', Hanoi: 'HAN',
  Manila: 'MNL', Jakarta: 'CGK', 'Kuala Lumpur': 'KUL', Taipei: 'TPE', Tokyo: 'HND', Istanbul: 'IST', Dubai: 'DXB',
  'Tel Aviv': 'TLV', Reykjavik: 'KEF',
};

/** Zones the gazetteer cannot tell for a city of a country with several (it lists zones per country only). */
const ZONE: Record<string, string> = {
  Porto: 'Europe/Lisbon', Boston: 'America/New_York', Miami: 'America/New_York', Austin: 'America/Chicago',
  Barcelona: 'Europe/Madrid', Valencia: 'Europe/Madrid', Guadalajara: 'America/Mexico_City',
  'São Paulo': 'America/Sao_Paulo', 'Rio de Janeiro': 'America/Sao_Paulo', Hanoi: 'Asia/Bangkok',
};

/** [city, ISO country code, ISO region code where the name is ambiguous in its country]. */
const WELL_KNOWN: readonly (readonly [string, string, string?])[] = [
  ['Lisbon', 'PT'], ['Porto', 'PT'], ['Toronto', 'CA'], ['Vancouver', 'CA'], ['Montreal', 'CA'], ['Osaka', 'JP'],
  ['Kyoto', 'JP'], ['Nairobi', 'KE'], ['Buenos Aires', 'AR'], ['Melbourne', 'AU', 'VIC'], ['Sydney', 'AU', 'NSW'],
  ['Berlin', 'DE'], ['Hamburg', 'DE'], ['Munich', 'DE'], ['Chicago', 'US', 'IL'], ['Seattle', 'US', 'WA'],
  ['Boston', 'US', 'MA'], ['Austin', 'US', 'TX'], ['Denver', 'US', 'CO'], ['San Francisco', 'US', 'CA'],
  ['Los Angeles', 'US', 'CA'], ['Miami', 'US', 'FL'], ['Seoul', 'KR'], ['Busan', 'KR'], ['Dublin', 'IE'],
  ['Cork', 'IE'], ['Cape Town', 'ZA'], ['Johannesburg', 'ZA'], ['Mumbai', 'IN'], ['Bengaluru', 'IN'],
  ['Copenhagen', 'DK'], ['Vienna', 'AT'], ['Mexico City', 'MX'], ['Guadalajara', 'MX'], ['Singapore', 'SG'],
  ['Prague', 'CZ'], ['Oslo', 'NO'], ['Bergen', 'NO'], ['Madrid', 'ES'], ['Barcelona', 'ES'], ['Valencia', 'ES'],
  ['Lima', 'PE'], ['Auckland', 'NZ'], ['Wellington', 'NZ'], ['Edinburgh', 'GB'], ['Manchester', 'GB'],
  ['Bristol', 'GB'], ['Paris', 'FR'], ['Lyon', 'FR'], ['Marseille', 'FR'], ['Milan', 'IT'], ['Rome', 'IT'],
  ['Naples', 'IT'], ['Amsterdam', 'NL'], ['Rotterdam', 'NL'], ['Stockholm', 'SE'], ['Gothenburg', 'SE'],
  ['Helsinki', 'FI'], ['Warsaw', 'PL'], ['Krakow', 'PL'], ['Budapest', 'HU'], ['Athens', 'GR'], ['Zurich', 'CH'],
  ['Geneva', 'CH'], ['Brussels', 'BE'], ['Antwerp', 'BE'], ['Bogotá', 'CO'], ['Medellín', 'CO'], ['Santiago', 'CL'],
  ['São Paulo', 'BR'], ['Rio de Janeiro', 'BR'], ['Cairo', 'EG'], ['Casablanca', 'MA'], ['Lagos', 'NG'],
  ['Accra', 'GH'], ['Bangkok', 'TH'], ['Hanoi', 'VN'], ['Manila', 'PH'], ['Jakarta', 'ID'], ['Kuala Lumpur', 'MY'],
  ['Taipei', 'TW'], ['Tokyo', 'JP'], ['Istanbul', 'TR'], ['Dubai', 'AE'], ['Tel Aviv', 'IL'], ['Reykjavik', 'IS'],
];

let places: Place[] | undefined;

/** The country's zone named after the city, else the one whose offset is nearest the city's solar time. */
function timezoneOf(zones: readonly { zoneName: string; gmtOffset: number }[], city: string, longitude: number): string {
  const named = zones.find((z) => z.zoneName.endsWith(`/${city.replace(/ /g, '_')}`));
  if (named) return named.zoneName;
  let best: { zoneName: string; gmtOffset: number } | undefined;
  for (const z of zones) if (!best || Math.abs(z.gmtOffset - longitude * 240) < Math.abs(best.gmtOffset - longitude * 240)) best = z;
  return best?.zoneName ?? 'UTC';
}

/** The list of places, resolved in the gazetteer on first use; cities it does not know are left out. */
export function knownPlaces(): readonly Place[] {
  places ??= resolvePlaces();
  return places;
}

function resolvePlaces(): Place[] {
  const { Country, State, cities } = gazetteer();
  const out: Place[] = [];
  const wanted = new Set(WELL_KNOWN.map(([name]) => name));
  const byName = new Map<string, City[]>();
  for (const [name, countryCode, stateCode, latitude, longitude] of cities) {
    if (wanted.has(name)) byName.set(name, [...(byName.get(name) ?? []), { name, countryCode, stateCode, latitude, longitude }]);
  }
  for (const [name, countryCode, regionCode] of WELL_KNOWN) {
    const country = Country.getCountryByCode(countryCode);
    if (!country) continue;
    const matches = byName.get(name)?.filter((c) => c.countryCode === countryCode && (!regionCode || c.stateCode === regionCode)) ?? [];
    // A village can share a capital's name: the city of its own region ("Lisbon" in the Lisbon district) first.
    const city = matches.find((c) => State.getStateByCodeAndCountry(c.stateCode, countryCode)?.name.includes(name)) ?? matches[0];
    if (!city?.latitude || !city.longitude) continue;
    const region = State.getStateByCodeAndCountry(city.stateCode, countryCode);
    out.push({
      city: name,
      region: region?.name ?? name,
      regionCode: city.stateCode,
      country: country.name,
      countryCode,
      latitude: Number(Number(city.latitude).toFixed(4)),
      longitude: Number(Number(city.longitude).toFixed(4)),
      timezone: ZONE[name] ?? timezoneOf(country.timezones ?? [], name, Number(city.longitude)),
      currency: country.currency,
      phoneCode: country.phonecode.replace(/^\+/, ''),
      airport: AIRPORT[name] ?? name.slice(0, 3).toUpperCase(),
    });
  }
  return out;
}

const gazetteerPlaces = new Map<string, Place | undefined>();

/**
 * A city the list of well-known ones lacks, named the way people write it: "san jose, ca", "Fresno, California",
 * "Lima, PE" (a name and its region or country), or a name only one city of the gazetteer has. A place search near
 * it is answered there (never with bagel shops in Hanoi for "san jose, ca"). Undefined when the text is no such
 * name or is ambiguous; kept per text.
 */
export function gazetteerPlace(text: string): Place | undefined {
  if (text.length < 3 || text.length > 60 || !/^[\p{L}][\p{L} .'-]*(,\s*[\p{L}][\p{L} .'-]*)?$/u.test(text.trim())) return undefined;
  const key = text.trim().toLowerCase();
  if (gazetteerPlaces.has(key)) return gazetteerPlaces.get(key);
  const place = findGazetteerPlace(key);
  if (gazetteerPlaces.size < 10_000) gazetteerPlaces.set(key, place);
  return place;
}

function findGazetteerPlace(key: string): Place | undefined {
  const { Country, State, cities } = gazetteer();
  const [name = '', where] = key.split(/\s*,\s*/);
  const wanted = name.normalize('NFC');
  // One pass over the table for a text no well-known city answers (rare; kept per text), cheaper than an index of it.
  const rows: CityRow[] = [];
  for (const row of cities) if (row[0].length === wanted.length && row[0].toLowerCase() === wanted) rows.push(row);
  const fits = (row: CityRow): boolean => {
    if (where === undefined) return true;
    if (row[2].toLowerCase() === where || row[1].toLowerCase() === where) return true;
    const state = State.getStateByCodeAndCountry(row[2], row[1]);
    return state?.name.toLowerCase() === where || Country.getCountryByCode(row[1])?.name.toLowerCase() === where;
  };
  let matches = rows.filter(fits);
  // A famous name alone is its famous city (London is the one in England, not Ontario's).
  const famous = where === undefined && matches.length > 1 ? cityCountry(matches[0]![0]) : undefined;
  if (famous !== undefined) matches = matches.filter((row) => row[1] === famous).slice(0, 1);
  // A name alone must be one city's; with its region or country, the first of that region.
  if (matches.length === 0 || (where === undefined && matches.length > 1)) return undefined;
  const [city, countryCode, stateCode, latitude, longitude] = matches[0]!;
  const country = Country.getCountryByCode(countryCode);
  if (!country || !latitude || !longitude) return undefined;
  const known = knownPlaces().find((p) => p.city === city && p.countryCode === countryCode);
  if (known) return known;
  return {
    city,
    region: State.getStateByCodeAndCountry(stateCode, countryCode)?.name ?? city,
    regionCode: stateCode,
    country: country.name,
    countryCode,
    latitude: Number(Number(latitude).toFixed(4)),
    longitude: Number(Number(longitude).toFixed(4)),
    timezone: timezoneOf(country.timezones ?? [], city, Number(longitude)),
    currency: country.currency,
    phoneCode: country.phonecode.replace(/^\+/, ''),
    airport: AIRPORT[city] ?? city.slice(0, 3).toUpperCase(),
  };
}

/**
 * The known place an ISO 3166-2 subdivision code names ("PE-LIM" → Lima, "US-IL" → Chicago), else the first known
 * place of its country; undefined for other texts.
 */
export function placeOfSubdivision(text: string): Place | undefined {
  const m = /^([A-Z]{2})-([A-Z0-9]{1,3})$/.exec(text);
  if (!m) return undefined;
  const inCountry = knownPlaces().filter((p) => p.countryCode === m[1]);
  return inCountry.find((p) => p.regionCode === m[2]) ?? inCountry[0];
}
