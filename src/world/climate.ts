/**
 * A small climate model, so that weather values agree with the place and the day they are about: a mean
 * temperature by latitude band and month (the seasons turn over at the equator), a day's range around it,
 * sunrise and sunset from the sun's declination and the place's longitude, and the elevation of a known
 * city. Rough on purpose: a reader must never see 24 degrees in Wellington in May or snow at 18 degrees.
 */
import { knownPlaces, type Place } from './places.ts';

/** Mean air temperature (°C) of a day at `latitude` in `month` (1–12, day of month `day`). */
export function meanTemperature(latitude: number, month: number, day = 15, longitude?: number): number {
  const a = Math.abs(latitude);
  const sea = longitude === undefined ? 0 : oceanic(latitude, longitude);
  // A west coast the ocean warms (London, Paris, Seattle) is milder in the year and swings less than its latitude says.
  const annual = 27 - 0.45 * Math.max(0, a - 12) + 2 * sea;
  const amplitude = (a < 10 ? 1 : Math.min(12, 0.28 * (a - 10) + 1)) * (1 - 0.4 * sea);
  // January is the coldest month in the north, the warmest in the south.
  const phase = ((month - 1 + (day - 15) / 30) / 12) * 2 * Math.PI;
  const season = -Math.cos(phase) * (latitude < 0 ? -1 : 1);
  return annual + amplitude * season;
}

/** How much the ocean tempers a place's climate, 0 to 1: north-west Europe and the Pacific north-west, fading inland. */
function oceanic(latitude: number, longitude: number): number {
  if (latitude < 44 || latitude > 66) return 0;
  if (longitude >= -12 && longitude < 30) return Math.min(1, (30 - longitude) / 25);
  if (longitude >= -130 && longitude <= -118) return 1;
  return 0;
}

/** Minutes after UTC midnight of the day's sunrise and sunset at a point (before 0 or past 1440 on another UTC day). */
export function sunTimes(latitude: number, longitude: number, isoDate: string): { rise: number; set: number } {
  const start = Date.UTC(Number(isoDate.slice(0, 4)), 0, 1);
  const dayOfYear = Math.floor((Date.parse(isoDate.slice(0, 10)) - start) / 86_400_000) + 1;
  const declination = (-23.44 * Math.cos(((2 * Math.PI) / 365) * (dayOfYear + 10)) * Math.PI) / 180;
  const phi = (Math.max(-66, Math.min(66, latitude)) * Math.PI) / 180;
  const cosOmega = Math.max(-1, Math.min(1, -Math.tan(phi) * Math.tan(declination)));
  const omega = Math.max(15, Math.min(165, (Math.acos(cosOmega) * 180) / Math.PI));
  const noon = 720 - 4 * longitude;
  return { rise: Math.round(noon - 4 * omega), set: Math.round(noon + 4 * omega) };
}

/** Cities well above the sea (metres); the other well-known cities lie low. */
const ELEVATION: Record<string, number> = {
  'Bogotá': 2640, 'Mexico City': 2240, Nairobi: 1795, Johannesburg: 1753, Denver: 1609, Guadalajara: 1566, 'Medellín': 1495,
  Bengaluru: 920, 'São Paulo': 760, Madrid: 657, Santiago: 570, Munich: 519, Zurich: 408, Geneva: 375, Prague: 235,
  Krakow: 219, Vienna: 190, Budapest: 102, Milan: 120, Lyon: 173, Austin: 149, Seoul: 38, Berlin: 34, Athens: 70,
  Tokyo: 40, Warsaw: 100, Kyoto: 50, Toronto: 76, Montreal: 36, Rome: 21, Paris: 35, Lima: 154,
  Cairo: 23, Istanbul: 39, Edinburgh: 47, Manchester: 38, Bristol: 11, Chicago: 181, Seattle: 53, Melbourne: 31, 'Buenos Aires': 25,
};

/** Elevation (m) of a known city; `fallback` (0–59 m from the drawn value) for other low cities. */
export function elevationOf(place: Place, drawn: number): number {
  return ELEVATION[place.city] ?? 5 + (Math.abs(Math.round(drawn)) % 55);
}

/** The known city at a point (within about 30 km), if any. */
export function placeAt(latitude: number, longitude: number): Place | undefined {
  let best: Place | undefined;
  let bestDistance = 0.3;
  for (const p of knownPlaces()) {
    const d = Math.max(Math.abs(p.latitude - latitude), Math.abs(p.longitude - longitude));
    if (d < bestDistance) {
      best = p;
      bestDistance = d;
    }
  }
  return best;
}

let cityPattern: RegExp | undefined;
let byLowerCity: Map<string, Place> | undefined;

const namedIn = new Map<string, Place | undefined>();

/** The known city a text names as a word ("Praça do Comércio, Lisbon" → Lisbon), if exactly one (kept per text: values recur). */
export function placeNamedIn(text: string): Place | undefined {
  if (text.length < 3 || text.length > 200) return undefined;
  if (namedIn.has(text)) return namedIn.get(text);
  const place = findPlaceNamedIn(text);
  if (namedIn.size >= 50_000) namedIn.clear();
  namedIn.set(text, place);
  return place;
}

function findPlaceNamedIn(text: string): Place | undefined {
  if (!cityPattern) {
    const names = knownPlaces().map((p) => p.city.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length);
    cityPattern = new RegExp(`(?<![\\p{L}])(${names.join('|')})(?![\\p{L}])`, 'giu');
    byLowerCity = new Map(knownPlaces().map((p) => [p.city.toLowerCase(), p]));
  }
  const found = new Set<string>();
  for (const m of text.matchAll(cityPattern)) found.add(m[1]!.toLowerCase());
  return found.size === 1 ? byLowerCity!.get([...found][0]!) : undefined;
}

const zoneOffsets = new Map<string, number>();
/** One formatter per zone: making one is the slow part, and every month of a zone asks. */
const zoneFormats = new Map<string, Intl.DateTimeFormat>();

function zoneFormat(timezone: string): Intl.DateTimeFormat {
  let format = zoneFormats.get(timezone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: timezone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
    zoneFormats.set(timezone, format);
  }
  return format;
}

/**
 * Minutes the zone is ahead of UTC on a day (from Intl; cached per zone and day). Per day, not per month: a month
 * with a daylight-saving change has two offsets, and a per-month cache kept whichever day was asked first, so a
 * dialogue's times depended on the dialogues generated before it in the same process (a resumed run differed).
 */
export function zoneOffset(timezone: string, isoDate: string): number {
  const key = `${timezone}|${isoDate.slice(0, 10)}`;
  let offset = zoneOffsets.get(key);
  if (offset === undefined) {
    try {
      const at = Date.parse(`${isoDate.slice(0, 10)}T12:00:00Z`);
      const parts = zoneFormat(timezone).formatToParts(at);
      const get = (t: string): number => Number(parts.find((p) => p.type === t)?.value);
      offset = Math.round((Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute')) - at) / 60_000);
    } catch {
      offset = 0;
    }
    zoneOffsets.set(key, offset);
  }
  return offset;
}
