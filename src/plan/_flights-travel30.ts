/**
 * A flight's places agree (QUALITY.md E): its scheduled origin and destination are airport codes, the route
 * names those airports' cities ("Oslo (OSL) ⟶ Copenhagen (CPH)"), and a flight in the air is somewhere between
 * them — never a route copied from a recording beside made-up codes "cUjx6GujUb" and Wellington's coordinates.
 */
import { knownPlaces, type Place } from '../world/index.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

const FROM_KEY = /^(schd_from|sched_from|scheduled_from|origin|origin_iata|origin_code|from_airport|airport_from|dep_iata|departure_iata|departure_airport|dep_airport)$/;
const TO_KEY = /^(schd_to|sched_to|scheduled_to|destination|destination_iata|destination_code|to_airport|airport_to|arr_iata|arrival_iata|arrival_airport|arr_airport)$/;
const ROUTE_KEY = /^(route|route_name|itinerary)$/;
/** A route written with airport codes: "Chennai (MAA) ⟶ Kuala Lumpur (KUL)", "MAA-KUL". */
const CODED_ROUTE = /^(.*?\(([A-Z]{3})\)\s*)(⟶|→|->|-|–|—|to)(\s*.*?\(([A-Z]{3})\).*)$/;
const BARE_ROUTE = /^([A-Z]{3})\s*(⟶|→|->|-|–|—)\s*([A-Z]{3})$/;
const LAT = /^(lat|latitude)$/;
const LON = /^(lon|lng|long|longitude)$/;
/** A narrow-body's reach: the two ends of one flight are picked within it. */
const MAX_KM = 4500;

/** A choice fixed by the text it is made for: this pass runs outside the record's rng, and must stay deterministic. */
const hashOf = (seed: string): number => [...seed].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);

let airports: Place[] | undefined;
let byCode: Map<string, Place> | undefined;

export function flightRoute30(record: Record<string, unknown>, fixed: readonly string[]): void {
  const keys = Object.keys(record);
  const words = snakeKey;
  const fromKey = keys.find((k) => FROM_KEY.test(words(k)) && typeof record[k] === 'string');
  const toKey = keys.find((k) => TO_KEY.test(words(k)) && typeof record[k] === 'string');
  const routeKey = keys.find((k) => ROUTE_KEY.test(words(k)) && typeof record[k] === 'string' && (CODED_ROUTE.test(record[k] as string) || BARE_ROUTE.test(record[k] as string)));
  // A flight's own pair, or a coded route alone: anything less is no flight (a bus stop's `origin` name).
  if (routeKey === undefined && (fromKey === undefined || toKey === undefined)) return;
  if (fromKey !== undefined && routeKey === undefined && !keys.some((k) => /^(flight|flight_number|flight_no|callsign|ac_type|aircraft|airline|operator)$/.test(words(k)))) return;
  airports ??= knownPlaces().filter((p) => p.airport !== '');
  byCode ??= new Map(airports.map((p) => [p.airport, p]));
  if (airports.length < 2) return;
  const given = (key: string | undefined): Place | undefined => (key !== undefined && fixed.includes(key) ? byCode!.get(record[key] as string) : undefined);
  const seed = hashOf(JSON.stringify(record));
  const origin = given(fromKey) ?? airports[seed % airports.length]!;
  const near = airports.filter((p) => p.city !== origin.city && p.airport !== origin.airport && kmApart(origin, p) <= MAX_KM);
  const pool = near.length > 0 ? near : airports.filter((p) => p.airport !== origin.airport);
  const destination = given(toKey) ?? pool[(seed >>> 8) % pool.length]!;
  // An end named by its city ("origin": "Paris") keeps naming it by its city.
  const cities = new Set(airports.map((p) => p.city));
  const put = (key: string | undefined, place: Place): void => {
    if (key !== undefined && !fixed.includes(key)) record[key] = cities.has(record[key] as string) ? place.city : place.airport;
  };
  put(fromKey, origin);
  put(toKey, destination);
  if (routeKey !== undefined && !fixed.includes(routeKey)) {
    const text = record[routeKey] as string;
    const bare = BARE_ROUTE.exec(text);
    const arrow = bare?.[2] ?? CODED_ROUTE.exec(text)![3]!;
    record[routeKey] = bare ? `${origin.airport}${arrow === '-' ? '-' : ` ${arrow} `}${destination.airport}` : `${origin.city} (${origin.airport}) ${arrow} ${destination.city} (${destination.airport})`;
  }
  // A flight under way is on its way: between its two ends, nearer neither.
  const latKey = keys.find((k) => LAT.test(words(k)) && typeof record[k] === 'number' && !fixed.includes(k));
  const lonKey = keys.find((k) => LON.test(words(k)) && typeof record[k] === 'number' && !fixed.includes(k));
  if (latKey !== undefined && lonKey !== undefined) {
    const f = 0.3 + ((seed >>> 16) % 40) / 100;
    record[latKey] = round(origin.latitude + (destination.latitude - origin.latitude) * f);
    record[lonKey] = round(origin.longitude + (destination.longitude - origin.longitude) * f);
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function kmApart(a: Place, b: Place): number {
  const r = Math.PI / 180;
  const h = Math.sin(((b.latitude - a.latitude) * r) / 2) ** 2 + Math.cos(a.latitude * r) * Math.cos(b.latitude * r) * Math.sin(((b.longitude - a.longitude) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(Math.min(1, h)));
}
