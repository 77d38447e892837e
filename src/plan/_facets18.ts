/**
 * Facets beside a list name the list's places (QUALITY.md E): webcams of Mumbai, Bengaluru and Amsterdam come with
 * the regions Maharashtra, Karnataka and North Holland, never Provence. A facet list of plain strings (`regions`,
 * `countries`, `cities`) beside records that name known cities (`city`, or a title "Amsterdam: Main Street")
 * becomes those cities' own, each once, in the items' order. Kept values never change.
 */
import { knownPlaces, type Place } from '../world/index.ts';

const FACET = /^(regions|countries|cities|country_?names|countryNames)$/;
const CITY_KEY = /^(city|city_?name|cityName|town)$/;
const TITLE_KEY = /^(title|name)$/;

let byCity: Map<string, Place> | undefined;

/** The known city an item names: its city field, or the part of its title before a colon. */
export function cityOf(item: Record<string, unknown>): Place | undefined {
  byCity ??= new Map(knownPlaces().map((p) => [p.city, p]));
  for (const [k, v] of Object.entries(item)) {
    if (typeof v !== 'string') continue;
    if (CITY_KEY.test(k)) return byCity.get(v);
    if (TITLE_KEY.test(k) && v.includes(':')) {
      const place = byCity.get(v.slice(0, v.indexOf(':')).trim());
      if (place) return place;
    }
  }
  return undefined;
}

export function facetsOfPlaces(record: Record<string, unknown>, isKept: (v: unknown) => boolean): void {
  const facets = Object.keys(record).filter((k) => FACET.test(k) && Array.isArray(record[k]) && (record[k] as unknown[]).length > 0 && (record[k] as unknown[]).every((v) => typeof v === 'string' && !isKept(v)));
  if (facets.length === 0) return;
  const items = Object.values(record).find((v): v is Record<string, unknown>[] => Array.isArray(v) && v.length > 0 && v.every((x) => x !== null && typeof x === 'object' && !Array.isArray(x)));
  if (!items) return;
  const places = items.map(cityOf);
  if (places.some((p) => p === undefined)) return;
  for (const key of facets) {
    const values = (record[key] as string[]).map((v) => v);
    const own = key === 'regions' ? places.map((p) => p!.region) : key === 'cities' ? places.map((p) => p!.city) : places.map((p) => (/^[A-Z]{2}$/.test(values[0]!) ? p!.countryCode : p!.country));
    record[key] = [...new Set(own)];
  }
}
