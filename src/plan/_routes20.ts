/**
 * A parcel's scans follow a route (QUALITY.md E): the first ones (label created, picked up) in the origin's city,
 * then a sorting hub, then the destination, all in one country unless the shipment names another destination —
 * never Bergen → Seoul → Oslo, one day apart.
 */
import { knownPlaces, type Place } from '../world/index.ts';

const LOCATION_KEY = /^(location|city|place|scan_location|event_location|checkpoint_location|facility|hub)$/;
const DESTINATION_KEY = /^(destination|destination_city|to_city|ship_to_city|delivery_city)$/;

/** A choice fixed by the text it is made for: this pass runs outside the record's rng, and must stay deterministic. */
const chosen = <T>(items: readonly T[], seed: string): T => items[[...seed].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % items.length]!;
const placeNamed = (text: unknown): Place | undefined => (typeof text === 'string' ? knownPlaces().find((p) => p.city === text) : undefined);

const n0 = (entries: ReadonlyArray<Record<string, unknown>>): string => JSON.stringify(entries[0]);

/** Rewrites the events' locations (in date order already) along origin → hub → destination. */
export function routeEvents(obj: Record<string, unknown>, entries: Array<Record<string, unknown>>, words: (key: string) => string): void {
  if (entries.length < 2) return;
  const key = Object.keys(entries[0]!).find((k) => LOCATION_KEY.test(words(k)) && entries.every((e) => typeof e[k] === 'string'));
  if (key === undefined || !entries.some((e) => placeNamed(e[key]) !== undefined)) return;
  const origin = placeNamed(entries[0]![key]) ?? placeNamed(entries.find((e) => placeNamed(e[key]))![key])!;
  const destKey = Object.keys(obj).find((k) => DESTINATION_KEY.test(words(k)) && placeNamed(obj[k]) !== undefined);
  const home = knownPlaces().filter((p) => p.countryCode === origin.countryCode && p.city !== origin.city);
  const destination = destKey !== undefined ? placeNamed(obj[destKey])! : home.length > 0 ? chosen(home, String(entries[0]![key]) + String(n0(entries))) : origin;
  const hubs = home.filter((p) => p.city !== destination.city);
  const hub = hubs.length > 0 ? chosen(hubs, `${destination.city}${String(n0(entries))}`) : origin;
  const n = entries.length;
  entries.forEach((e, i) => (e[key] = i <= 1 ? origin.city : i === n - 1 ? destination.city : hub.city));
}
