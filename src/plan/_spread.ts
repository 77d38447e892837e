/**
 * Places listed around a point are spread around it (QUALITY.md E): no two hits at one coordinate, each within
 * the radius asked (a library 91.88 km away is no hit of a 10 km search), its distance the one from the centre;
 * a grid of size n is n×n points laid out around the centre. Deterministic (from the item's index), so the same
 * seed gives the same file. The records a chain reads coordinates from (`fixed`) keep theirs.
 */

const LAT = /^(lat|latitude)$/i;
const LON = /^(lon|lng|long|longitude)$/i;
const NESTED = /^(location|coordinates|coords|geo|geometry|position|point|latlng|lat_?lng|center|centre|gps)$/i;
const DISTANCE = /^distance(_?(km|kilometers|kilometres|in_?km|m|meters|metres|in_?meters|mi|miles|in_?miles))?$/i;
const KM_PER_DEGREE = 111.32;
/** The golden angle: successive items fall in different directions. */
const TURN = 2.399963;

interface Coordinates {
  holder: Record<string, unknown>;
  lat: string;
  lon: string;
}

function numberOf(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

function coordinatesOf(item: Record<string, unknown>): Coordinates | undefined {
  const direct = (holder: Record<string, unknown>): Coordinates | undefined => {
    const lat = Object.keys(holder).find((k) => LAT.test(k) && numberOf(holder[k]) !== undefined);
    const lon = Object.keys(holder).find((k) => LON.test(k) && numberOf(holder[k]) !== undefined);
    return lat !== undefined && lon !== undefined ? { holder, lat, lon } : undefined;
  };
  const own = direct(item);
  if (own) return own;
  for (const [k, v] of Object.entries(item)) if (NESTED.test(k) && v && typeof v === 'object' && !Array.isArray(v)) return direct(v as Record<string, unknown>);
  return undefined;
}

/** The search's radius in km (a `radius` of 1500 is metres, of 15 km; `radius_units`/the key's unit win). */
function radiusKm(echo: Record<string, unknown>): number | undefined {
  const entry = Object.entries(echo).find(([k, v]) => /radius/i.test(k) && !/unit/i.test(k) && numberOf(v) !== undefined);
  if (!entry) return undefined;
  const value = numberOf(entry[1])!;
  const units = `${entry[0]} ${Object.entries(echo).find(([k]) => /radius_?units?|units?$/i.test(k))?.[1] ?? ''}`.toLowerCase();
  if (value <= 0) return undefined;
  if (/km|kilomet/.test(units)) return value;
  if (/mi(les?)?\b/.test(units)) return value * 1.609;
  if (/(^|_|\s)m(eters?|etres?)?(\s|$)|meter|metre/.test(units) || value > 100) return value / 1000;
  return value;
}

function haversineKm(a: [number, number], b: [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[0] - a[0]) * rad;
  const dLon = (b[1] - a[1]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function put(holder: Record<string, unknown>, key: string, value: number): void {
  holder[key] = typeof holder[key] === 'string' ? value.toFixed(4) : Math.round(value * 10_000) / 10_000;
}

/** Spreads every list of places in a result around the call's point (or its first item's). */
export function spreadPlaces(result: unknown, echo: Record<string, unknown>, fixed: ReadonlySet<object>): void {
  const visit = (value: unknown, parent: Record<string, unknown> | undefined, depth: number): void => {
    if (depth > 5 || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      if (value.length > 1) onceEach(value, parent, fixed);
      if (value.length > 1 || gridSize(echo) !== undefined) spreadList(value, parent, echo, fixed);
      for (const item of value) visit(item, undefined, depth + 1);
      return;
    }
    for (const v of Object.values(value as Record<string, unknown>)) visit(v, value as Record<string, unknown>, depth + 1);
  };
  visit(result, undefined, 0);
}

const CODE_KEY = /^(iata|iata_?code|icao|icao_?code|airport_?code|station_?code|code)$/i;
const TOTAL_KEY = /^(total|count|total_?count|total_?results|num_?found|results_?count)$/i;

/**
 * A place listed twice is listed once: airports with one code and one name ("Edinburgh International Airport"
 * three times) are one airport, and the list's total counts what it holds.
 */
function onceEach(items: unknown[], parent: Record<string, unknown> | undefined, fixed: ReadonlySet<object>): void {
  // A list a chain reads from keeps its items where they are (the path `airports[2].iataCode` is planned).
  const held = (item: unknown): boolean => !!item && typeof item === 'object' && (fixed.has(item) || Object.values(item).some((v) => !!v && typeof v === 'object' && fixed.has(v)));
  if (items.some(held)) return;
  const seen = new Set<string>();
  const before = items.length;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!item || typeof item !== 'object' || Array.isArray(item)) return;
    const record = item as Record<string, unknown>;
    const codeKey = Object.keys(record).find((k) => CODE_KEY.test(k) && typeof record[k] === 'string');
    if (codeKey === undefined || typeof record.name !== 'string') return;
    const identity = `${record[codeKey] as string}\u0000${record.name}`;
    if (seen.has(identity)) items.splice(i--, 1);
    else seen.add(identity);
  }
  if (items.length === before || !parent) return;
  for (const [k, v] of Object.entries(parent)) if (TOTAL_KEY.test(k) && typeof v === 'number' && v > items.length) parent[k] = items.length;
}

function gridSize(echo: Record<string, unknown>): number | undefined {
  const n = numberOf(Object.entries(echo).find(([k]) => /grid_?size/i.test(k))?.[1]);
  return n !== undefined && Number.isInteger(n) && n >= 2 && n <= 7 ? n : undefined;
}

function spreadList(items: unknown[], parent: Record<string, unknown> | undefined, echo: Record<string, unknown>, fixed: ReadonlySet<object>): void {
  if (items.length === 0 || !items.every((it) => it && typeof it === 'object' && !Array.isArray(it))) return;
  const coords = (items as Record<string, unknown>[]).map(coordinatesOf);
  if (coords.some((c) => c === undefined)) return;
  const at = (c: Coordinates): [number, number] => [numberOf(c.holder[c.lat])!, numberOf(c.holder[c.lon])!];
  const lat = numberOf(Object.entries(echo).find(([k]) => LAT.test(k))?.[1]);
  const lon = numberOf(Object.entries(echo).find(([k]) => LON.test(k))?.[1]);
  const centre: [number, number] = lat !== undefined && lon !== undefined ? [lat, lon] : at(coords[0]!);
  const radius = radiusKm(echo);
  const grid = lat !== undefined ? gridSize(echo) : undefined;
  const repeated = new Set(coords.map((c) => at(c!).join())).size < coords.length;
  const beyond = radius !== undefined && coords.some((c) => haversineKm(centre, at(c!)) > radius);
  if (!grid && !repeated && !beyond) return;
  if (grid) {
    // A grid of size n has n×n points: the list grows by copies of its last point, or is cut.
    while (items.length < grid * grid) items.push(structuredClone(items[items.length - 1]));
    items.length = grid * grid;
  }
  const reach = radius ?? 2;
  const kmPerLonDegree = KM_PER_DEGREE * Math.max(0.1, Math.cos((centre[0] * Math.PI) / 180));
  (items as Record<string, unknown>[]).forEach((item, i) => {
    const c = coordinatesOf(item)!;
    if (fixed.has(c.holder)) return;
    let north: number;
    let east: number;
    if (grid) {
      const step = (2 * reach) / (grid - 1);
      north = (Math.floor(i / grid) - (grid - 1) / 2) * -step;
      east = ((i % grid) - (grid - 1) / 2) * step;
    } else {
      const distance = reach * (0.2 + 0.7 * ((i * 0.618034) % 1));
      north = distance * Math.cos(i * TURN);
      east = distance * Math.sin(i * TURN);
    }
    put(c.holder, c.lat, centre[0] + north / KM_PER_DEGREE);
    put(c.holder, c.lon, centre[1] + east / kmPerLonDegree);
    setDistance(item, haversineKm(centre, at(c)));
  });
  if (grid && parent) countGrid(parent, items as Record<string, unknown>[]);
}

/** A hit's distance is its distance from the centre, in its key's unit. */
function setDistance(item: Record<string, unknown>, km: number): void {
  for (const [k, v] of Object.entries(item)) {
    if (!DISTANCE.test(k) || (typeof v !== 'number' && numberOf(v) === undefined)) continue;
    const unit = k.toLowerCase();
    const value = /(_|^distance)(m|meters|metres|in_?meters)$/.test(unit) ? Math.round(km * 1000) : /mi(les)?$/.test(unit) ? Math.round((km / 1.609) * 100) / 100 : Math.round(km * 100) / 100;
    item[k] = typeof v === 'string' ? String(value) : value;
  }
}

/** The grid's summary counts its points: `points` is n×n, and `found` the points that say they found it. */
function countGrid(parent: Record<string, unknown>, items: readonly Record<string, unknown>[]): void {
  const points = items.length;
  if (typeof parent.points === 'number') parent.points = points;
  const flagged = items.every((it) => typeof it.found === 'boolean') ? items.filter((it) => it.found === true).length : undefined;
  if (typeof parent.found === 'number') parent.found = flagged ?? Math.min(parent.found, points);
  if (typeof parent.found === 'number' && typeof parent.found_percent === 'number') parent.found_percent = Math.round((parent.found / points) * 100);
}
