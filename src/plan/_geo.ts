/**
 * A place record of a geographic search (GeoDB's {type: CITY, name, country, adminDivision1, elevation,
 * timezoneId, coordinates}) is one real city throughout (QUALITY.md E): the city at its coordinates, else the
 * dialogue's, with that city's name, country, region, time zone and elevation. A CITY is never named
 * "Casablanca Books" in a country "TN" called Morocco. Values pinned or echoed (`fixed`) never change.
 */
import { currentWorld, elevationOf, focusedPlace, placeAt, type Place } from '../world/index.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

const words = snakeKey;
const SIGNS = /^(population|elevation|elevation_?meters|timezone|timezone_?id|geoname_?id|admin_?division1|region|coordinates|latitude|lat|wiki_?data_?id|country)$/;

function coordinate(obj: Record<string, unknown>, test: RegExp): number | undefined {
  for (const [k, v] of Object.entries(obj)) {
    if (test.test(k)) return Number(v);
    if (/^(coordinates|location|geo|position)$/i.test(k) && v && typeof v === 'object' && !Array.isArray(v)) {
      const inner = coordinate(v as Record<string, unknown>, test);
      if (inner !== undefined) return inner;
    }
  }
  return undefined;
}

/** `keep`: JSON of the values the chain reads (pinned), never changed even inside a nested country. */
export function settlePlaceRecord(obj: Record<string, unknown>, fixed: readonly string[], keep: ReadonlySet<string>): void {
  const keys = Object.keys(obj);
  // A record with no name or city is no place: no map of its keys to build.
  if (!keys.some((k) => { const w = words(k); return w === 'name' || w === 'city'; })) return;
  const byWords = new Map(keys.map((k) => [words(k), k]));
  const type = obj[byWords.get('type') ?? ''];
  const nameKey = byWords.get('name') ?? byWords.get('city');
  if (nameKey === undefined || typeof obj[nameKey] !== 'string') return;
  const signs = keys.filter((k) => SIGNS.test(words(k))).length;
  // A city by its type, or a record with the signs of a populated place (not a shop with coordinates).
  const cityType = typeof type === 'string' && /^(city|town|locality|adm2|populated_?place)$/i.test(type);
  if (!((cityType && signs >= 2) || (signs >= 4 && byWords.has('population')))) return;
  const lat = coordinate(obj, /^(lat|latitude)$/i);
  const lon = coordinate(obj, /^(lon|lng|long|longitude)$/i);
  const world = currentWorld();
  const place: Place | undefined = (lat !== undefined && lon !== undefined && Number.isFinite(lat) && Number.isFinite(lon) ? placeAt(lat, lon) : undefined) ?? (world ? focusedPlace(world) : undefined);
  if (!place) return;
  const free = (k: string | undefined): k is string => k !== undefined && !fixed.includes(k);
  if (free(nameKey)) obj[nameKey] = place.city;
  const set = (w: string, value: unknown): void => {
    const k = byWords.get(w);
    if (free(k) && (typeof obj[k] === typeof value)) obj[k] = value;
  };
  set('elevation', elevationOf(place, Number(obj[byWords.get('elevation') ?? ''] ?? 0)));
  set('elevation_meters', elevationOf(place, 0));
  set('timezone', place.timezone);
  set('timezone_id', place.timezone);
  set('country_code', place.countryCode);
  set('region', place.region);
  set('region_code', place.regionCode);
  // A nested country or region is the city's even when the call filtered by it (its echo fixes the key).
  const nested = (k: string | undefined): k is string => k !== undefined && obj[k] !== null && typeof obj[k] === 'object' && !Array.isArray(obj[k]);
  const countryKey = byWords.get('country');
  if (nested(countryKey)) inner(obj[countryKey] as Record<string, unknown>, place.countryCode, place.country, keep);
  else if (free(countryKey)) {
    const country = obj[countryKey];
    if (typeof country === 'string') obj[countryKey] = country.length === 2 ? place.countryCode : place.country;
  }
  for (const w of ['admin_division1', 'admin_division2']) {
    const k = byWords.get(w);
    if (nested(k)) inner(obj[k] as Record<string, unknown>, `${place.countryCode}.${place.regionCode}`, place.region, keep);
  }
}

/** A nested country or region object: its code and its name, its localized name the same. */
function inner(obj: Record<string, unknown>, code: string, name: string, keep: ReadonlySet<string>): void {
  const put = (k: string, value: string): void => {
    if (typeof obj[k] === 'string' && !keep.has(JSON.stringify(obj[k]))) obj[k] = value;
  };
  for (const k of ['id', 'code', 'iso2', 'country_code', 'countryCode']) put(k, code);
  for (const k of ['name', 'localizedName', 'localized_name']) put(k, name);
}
