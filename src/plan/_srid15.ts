/**
 * A point asked for in a projected coordinate system (`srid: 3005`, BC Albers in metres) is returned in it: easting
 * and northing in metres with the srid, never WGS84 degrees (openapi #172, #308). Known systems: 3005 (BC Albers),
 * 3857 (web Mercator), 269xx / 326xx (UTM north zones), 327xx (UTM south zones). Spherical formulas: metres of the right size, not survey-grade.
 */
const SRID_ARG = /^(srid|out_?srid|output_?srid|crs|epsg|srs)$/i;
const R = 6_371_000;
const rad = (d: number): number => (d * Math.PI) / 180;

function albers(lat: number, lon: number, lat0: number, lon0: number, lat1: number, lat2: number, falseEasting: number): [number, number] {
  const n = (Math.sin(rad(lat1)) + Math.sin(rad(lat2))) / 2;
  const c = Math.cos(rad(lat1)) ** 2 + 2 * n * Math.sin(rad(lat1));
  const rho = (phi: number): number => (R * Math.sqrt(c - 2 * n * Math.sin(rad(phi)))) / n;
  const theta = n * rad(lon - lon0);
  return [falseEasting + rho(lat) * Math.sin(theta), rho(lat0) - rho(lat) * Math.cos(theta)];
}

function utm(lat: number, lon: number, zone: number): [number, number] {
  const k0 = 0.9996;
  const dl = rad(lon - (zone * 6 - 183));
  const b = Math.cos(rad(lat)) * Math.sin(dl);
  return [500_000 + 0.5 * k0 * R * Math.log((1 + b) / (1 - b)), k0 * R * Math.atan2(Math.tan(rad(lat)), Math.cos(dl))];
}

/** Easting and northing of a WGS84 point in `srid`, undefined for a system not known here. */
export function project(srid: number, lat: number, lon: number): [number, number] | undefined {
  if (srid === 3005) return albers(lat, lon, 45, -126, 50, 58.5, 1_000_000);
  if (srid === 3857) return [6_378_137 * rad(lon), 6_378_137 * Math.log(Math.tan(Math.PI / 4 + rad(lat) / 2))];
  const zone = srid >= 26901 && srid <= 26923 ? srid - 26900 : srid >= 32601 && srid <= 32660 ? srid - 32600 : srid >= 32701 && srid <= 32760 ? srid - 32700 : undefined;
  if (zone === undefined) return undefined;
  // A UTM zone spans 6° of longitude and one hemisphere: a point drawn outside it is moved to its nearest edge, so
  // eastings stay in 166,000–834,000 m and northings in 0–9,330,000 (south zones count from 10,000,000 at the equator).
  const central = zone * 6 - 183, south = srid >= 32701;
  const [x, y] = utm(south ? -Math.abs(lat) : Math.min(Math.abs(lat), 84), Math.min(central + 3, Math.max(central - 3, lon)), zone);
  return [x, south ? 10_000_000 + y : y];
}

const LAT = /^(.*?)(lat|latitude)$/i;

/** The top record's (or its `data`'s) latitude/longitude pairs become easting/northing (metres) in the srid the call asked for, beside that srid. */
export function inAskedSrid(result: unknown, args: Record<string, unknown>): void {
  const entry = Object.entries(args).find(([k, v]) => SRID_ARG.test(k) && /^\d{4,5}$/.test(String(v)));
  const srid = entry === undefined ? undefined : Number(entry[1]);
  if (srid === undefined || srid === 4326 || !result || typeof result !== 'object' || Array.isArray(result)) return;
  const top = result as Record<string, unknown>;
  for (const obj of [top, top.data].filter((o): o is Record<string, unknown> => !!o && typeof o === 'object' && !Array.isArray(o))) {
    const pairs: [string, string, string][] = [];
    for (const k of Object.keys(obj)) {
      const m = LAT.exec(k);
      if (!m || typeof obj[k] !== 'number') continue;
      const lonKey = ['lon', 'lng', 'long', 'longitude'].map((w) => `${m[1]}${m[2] === m[2]!.toUpperCase() ? w.toUpperCase() : w}`).find((c) => typeof obj[c] === 'number');
      if (lonKey !== undefined) pairs.push([m[1]!, k, lonKey]);
    }
    if (pairs.length === 0) continue;
    const out: Record<string, unknown> = {};
    const done = new Map(pairs.map(([prefix, latKey, lonKey]) => [latKey, [prefix, lonKey] as const]));
    const skip = new Set(pairs.map(([, , lonKey]) => lonKey));
    for (const [k, v] of Object.entries(obj)) {
      if (skip.has(k)) continue;
      const pair = done.get(k);
      const xy = pair ? project(srid, v as number, obj[pair[1]] as number) : undefined;
      if (!pair || !xy) {
        out[k] = v;
        if (pair) out[pair[1]] = obj[pair[1]];
        continue;
      }
      out[`${pair[0]}easting`] = Math.round(xy[0] * 10) / 10;
      out[`${pair[0]}northing`] = Math.round(xy[1] * 10) / 10;
    }
    if (!('srid' in out) && Object.keys(out).some((k) => /easting$/.test(k))) out.srid = srid;
    for (const k of Object.keys(obj)) delete obj[k];
    Object.assign(obj, out);
  }
}
