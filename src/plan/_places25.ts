/**
 * Place records whose details agree (QUALITY.md E), settled once a result is built:
 * - a time zone is a real IANA zone of the record's country ("Asia/Tokyo" for a hotel in Japan), never another
 *   continent's nor a bare city word ("Osaka");
 * - a distance's unit is the one its display value shows ("11.4 km" is in kilometres, not inches) and its number
 *   the one shown; within the radius the call asked for;
 * - the records of one list stand at distinct coordinates, each as far from the centre as its distance says;
 * - a hotel outside France is not named after the Eiffel Tower (a base schema's example).
 */
import { countryZones, mainZone } from '../world/index.ts';

const ZONE_KEY = /^(time_?zone(_?name|_?id)?|timezone(name|id)?|tz(_?id)?)$/i;
const COUNTRY_KEY = /^(country_?code|country)$/i;
const DISPLAY = /^(\d+(?:\.\d+)?)\s*(km|mi|m)$/i;
const RADIUS_KEY = /^radius$/i;
/** Landmarks a base schema's example names, and the country each stands in. */
const LANDMARKS: ReadonlyArray<readonly [RegExp, string]> = [[/\bEiffel Tower\b/, 'FR'], [/\bBig Ben\b/, 'GB'], [/\bColosseum\b/, 'IT'], [/\bTimes Square\b/, 'US'], [/\bBrandenburg Gate\b/, 'DE']];
const PLAIN_NAMES = ['Garden Palace', 'Riverside', 'Grand Central', 'Harbour View'];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The record's country code, its own or its address's. */
function countryOf(record: Obj): string | undefined {
  for (const holder of [record, ...Object.values(record).filter(isObj)]) {
    for (const [k, v] of Object.entries(holder)) if (COUNTRY_KEY.test(k) && typeof v === 'string' && /^[A-Z]{2}$/i.test(v)) return v.toUpperCase();
  }
  return undefined;
}

function fitZone(record: Obj, country: string, kept: (v: unknown) => boolean): void {
  for (const [k, v] of Object.entries(record)) {
    if (!ZONE_KEY.test(k) || typeof v !== 'string' || kept(v) || !/[A-Za-z]/.test(v) || /^(UTC|GMT)?[+-]\d/.test(v)) continue;
    const zones = countryZones(country);
    if (zones.length === 0 || zones.includes(v)) continue;
    const point = Object.values(record).find((p): p is Obj => isObj(p) && typeof p.longitude === 'number');
    const lon = point?.longitude ?? record.longitude ?? record.lng ?? record.lon;
    const zone = mainZone(country, typeof lon === 'number' ? lon : undefined);
    if (zone) record[k] = zone;
  }
}

function fitName(record: Obj, country: string, kept: (v: unknown) => boolean, at: number): void {
  const name = record.name;
  if (typeof name !== 'string' || kept(name)) return;
  const landmark = LANDMARKS.find(([re, home]) => re.test(name) && home !== country);
  if (landmark) record.name = name.replace(landmark[0], PLAIN_NAMES[at % PLAIN_NAMES.length]!);
}

/** A `{unit, value, displayValue}` distance said one way; `radius` (km) caps it. */
function fitDistance(distance: Obj, kept: (v: unknown) => boolean, radius: number | undefined, at: number): number | undefined {
  const shown = typeof distance.displayValue === 'string' ? distance.displayValue : typeof distance.display_value === 'string' ? distance.display_value : undefined;
  const m = shown === undefined ? undefined : DISPLAY.exec(shown.trim());
  if (!m || kept(shown) || kept(distance.value) || kept(distance.unit)) return undefined;
  let amount = Number(m[1]);
  const unit = m[2]!.toLowerCase();
  const km = unit === 'km' ? amount : unit === 'mi' ? amount * 1.609 : amount / 1000;
  if (radius !== undefined && radius > 0 && km > radius) {
    const inKm = Math.round(radius * [0.3, 0.55, 0.8, 0.45, 0.7][at % 5]! * 10) / 10 || 0.1;
    amount = unit === 'km' ? inKm : unit === 'mi' ? Math.round((inKm / 1.609) * 10) / 10 : Math.round(inKm * 1000);
    const text = `${amount} ${unit}`;
    if ('displayValue' in distance) distance.displayValue = text; else distance.display_value = text;
  }
  if (typeof distance.value === 'number') distance.value = amount;
  if (typeof distance.unit === 'string') {
    const long = distance.unit.length > 3;
    const word = unit === 'km' ? (long ? 'KILOMETERS' : 'KM') : unit === 'mi' ? (long ? 'MILES' : 'MI') : long ? 'METERS' : 'M';
    distance.unit = distance.unit === distance.unit.toLowerCase() ? word.toLowerCase() : word;
  }
  return unit === 'km' ? amount : unit === 'mi' ? amount * 1.609 : amount / 1000;
}

/** Items that all stand on one point move off it, each by its distance (or a little), in different directions. */
function spreadPoints(items: readonly Obj[], kms: readonly (number | undefined)[], kept: (v: unknown) => boolean): void {
  const points = items.map((item) => Object.values(item).find((v): v is Obj => isObj(v) && typeof v.latitude === 'number' && typeof v.longitude === 'number'));
  if (points.some((p) => p === undefined) || points.length < 2) return;
  const first = points[0]!;
  if (!points.every((p) => p!.latitude === first.latitude && p!.longitude === first.longitude) || kept(first.latitude)) return;
  const lat0 = first.latitude as number, lon0 = first.longitude as number;
  points.forEach((p, i) => {
    const d = kms[i] ?? 0.4 * (i + 1);
    const angle = i * 2.4 + 0.5;
    p!.latitude = Math.round((lat0 + (d / 111) * Math.cos(angle)) * 10000) / 10000;
    p!.longitude = Math.round((lon0 + (d / (111 * Math.cos((lat0 * Math.PI) / 180))) * Math.sin(angle)) * 10000) / 10000;
  });
}

function fitList(items: readonly unknown[], kept: (v: unknown) => boolean, radius: number | undefined): void {
  const records = items.filter(isObj);
  if (records.length !== items.length) return;
  const kms = records.map((record, i) => {
    const country = countryOf(record);
    if (country) {
      fitZone(record, country, kept);
      fitName(record, country, kept, i);
    }
    return isObj(record.distance) ? fitDistance(record.distance, kept, radius, i) : undefined;
  });
  if (kms.some((k) => k !== undefined)) spreadPoints(records, kms, kept);
}

export function fitPlaces25(result: unknown, args: Record<string, unknown>, pinned: ReadonlySet<string>): void {
  const kept = (v: unknown): boolean => pinned.has(JSON.stringify(v));
  const radiusArg = Object.entries(args).find(([k, v]) => RADIUS_KEY.test(k) && typeof v === 'number')?.[1] as number | undefined;
  const unitArg = Object.entries(args).find(([k, v]) => /^radius_?unit$/i.test(k) && typeof v === 'string')?.[1] as string | undefined;
  const radius = radiusArg === undefined ? undefined : unitArg !== undefined && /^mi/i.test(unitArg) ? radiusArg * 1.609 : radiusArg;
  const visit = (value: unknown, depth: number): void => {
    if (depth > 4 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      fitList(value, kept, radius);
      return;
    }
    for (const child of Object.values(value)) if (child !== null && typeof child === 'object') visit(child, depth + 1);
  };
  if (Array.isArray(result)) fitList(result, kept, radius);
  else if (isObj(result)) {
    // A record on its own: its zone and name.
    const country = countryOf(result);
    if (country) { fitZone(result, country, kept); fitName(result, country, kept, 0); }
    visit(result, 0);
  }
}
