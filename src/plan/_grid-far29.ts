/**
 * A local business is not found at a top rank far from its own place (QUALITY.md E), wave 29: a grid point more
 * than 10 km from the business (a grid spaced 40 km apart, a point out at sea) does not find a noodle bar at
 * "rank 2". Such a point is "not found"; the summaries (found, found_percent, average_rank) are fitted after.
 */
type Json = Record<string, unknown>;

const LAT = /^(lat|latitude)$/i;
const LON = /^(lng|lon|long|longitude)$/i;
/** Beyond this a local search ranks a business's neighbours, not the business. */
const FAR_KM = 10;

const num = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
};

/** Great-circle distance in km. */
function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Points of a rank grid far from the business at (lat, lon) do not find it. */
export function farNotFound29(points: Json[], lat: number, lon: number): void {
  const first = points[0]!;
  if (typeof first.found !== 'boolean' || !('rank' in first)) return;
  const latKey = Object.keys(first).find((k) => LAT.test(k));
  const lonKey = Object.keys(first).find((k) => LON.test(k));
  if (latKey === undefined || lonKey === undefined) return;
  for (const p of points) {
    const plat = num(p[latKey]);
    const plon = num(p[lonKey]);
    if (p.found !== true || plat === undefined || plon === undefined || km(lat, lon, plat, plon) <= FAR_KM) continue;
    p.found = false;
    p.rank = null;
  }
}
