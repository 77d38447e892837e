/**
 * Which operations resolve a place a person names (a city, an address, a postcode) into its coordinates, codes
 * or details. Only such a lookup may feed another service in a chain: the coordinates of a water well, an event
 * venue or a job are some other record's, not where the user is or what they asked about (QUALITY.md C).
 */
import { nameWords } from './_params.ts';

/** Words an operation name resolving places is made of. */
const PLACE_WORDS = new Set([
  'geocode', 'geocoding', 'geocoder', 'reverse', 'forward', 'autocomplete', 'place', 'places', 'location', 'locations', 'city', 'cities',
  'address', 'addresses', 'geo', 'geoname', 'geonames', 'region', 'regions', 'country', 'countries', 'postcode', 'postcodes', 'zip',
  'zipcode', 'postal', 'coordinates', 'coordinate', 'locality', 'localities', 'town', 'towns', 'municipality', 'municipalities',
  'district', 'districts', 'area', 'areas', 'nearby', 'near', 'point', 'suburb', 'suburbs', 'county', 'counties',
]);
/** Words that say how an operation is called, not what it is about. */
const HOW_WORDS = new Set(['get', 'search', 'find', 'list', 'lookup', 'look', 'up', 'by', 'id', 'ids', 'api', 'all', 'details', 'detail', 'info', 'one', 'single', 'for', 'of', 'the', 'a', 'an', 'name', 'names', 'query', 'code', 'codes', 'suggest', 'suggestions', 'resolve', 'read', 'retrieve', 'fetch', 'v1', 'v2', 'v3', 'json', 'and']);
/** Where the caller is: their own IP's place, `GET /me/location`. */
const SELF_LOCATOR = /\bmy\b|\bme\b|\bcurrent location\b/;

/** An operation whose name is only about places ("geocodeAddress", "get_city_by_id", "search_autocomplete_api"). */
export function isPlaceResolver(op: { name: string }): boolean {
  const words = nameWords(op.name).split(/\s+/).filter((w) => w && !HOW_WORDS.has(w));
  return words.length > 0 && words.every((w) => PLACE_WORDS.has(w)) && words.some((w) => w !== 'nearby' && w !== 'near' && w !== 'point' && w !== 'reverse' && w !== 'forward');
}

/** An operation that finds where the caller is ("get_place_by_my_ip", `/places/ip/me`). */
export function isSelfLocator(op: { name: string; path: string }): boolean {
  return SELF_LOCATOR.test(nameWords(op.name)) && /\b(place|location|ip|geo)/i.test(`${op.name} ${op.path}`);
}
