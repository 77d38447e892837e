/**
 * The places of one list are different places (QUALITY.md E): two events "at Riverside Theatre" are at one venue
 * (one id, one capacity), never two venues of one name; and two venues of one list never stand at the same
 * coordinates (a city's centre drawn for each). The item the chain reads (`chosen`) keeps its values.
 */
type Rec = Record<string, unknown>;

const ID_KEY = /^(id|[a-z]+_?id|[a-z]+Id)$/;
const NAME_KEY = /^(name|title|[a-z]+_?name|[a-z]+Name)$/;
const LAT_KEY = /^(lat|latitude)$/i;
const LON_KEY = /^(lon|lng|long|longitude)$/i;

const isRec = (x: unknown): x is Rec => !!x && typeof x === 'object' && !Array.isArray(x);

/** A place: a record with an id, a name and numeric coordinates; its keys, else undefined. */
function placeKeys(r: Rec): { id: string; name: string; lat: string; lon: string } | undefined {
  const keys = Object.keys(r);
  const lat = keys.find((k) => LAT_KEY.test(k) && typeof r[k] === 'number');
  const lon = keys.find((k) => LON_KEY.test(k) && typeof r[k] === 'number');
  if (lat === undefined || lon === undefined) return undefined;
  const id = keys.find((k) => ID_KEY.test(k) && (typeof r[k] === 'string' || typeof r[k] === 'number'));
  const name = keys.find((k) => NAME_KEY.test(k) && typeof r[k] === 'string');
  return id !== undefined && name !== undefined ? { id, name, lat, lon } : undefined;
}

/** A small offset (about 0.5 to 2.5 km) drawn from the place's id: the same id moves the same way every run. */
function offset(seed: string, axis: number): number {
  let h = 2166136261 ^ axis;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  const u = ((h >>> 0) % 1000) / 1000;
  return (u < 0.5 ? -1 : 1) * (0.005 + (u % 0.5) * 0.04);
}

const decimalsOf = (n: number): number => (String(n).split('.')[1] ?? '').length;

/** The places the items of one list hold (an event's venue) agree with each other. */
export function distinctPlaces29(items: unknown[], chosen: number): void {
  if (items.length < 2 || !items.every(isRec)) return;
  const head = items[0] as Rec;
  // Cheap: only a list whose items are places, or hold one under a key, is looked at.
  // A list of places itself is spread by the places' own fitting (_fit-places*); here only a place each item holds.
  const nestedKey = Object.keys(head).find((k) => isRec(head[k]) && placeKeys(head[k] as Rec) !== undefined);
  if (nestedKey === undefined) return;
  const placeOf = (i: number): Rec | undefined => { const p = (items[i] as Rec)[nestedKey]; return isRec(p) && placeKeys(p) ? p : undefined; };
  const order = [chosen, ...items.keys()].filter((i, n, all) => i >= 0 && i < items.length && all.indexOf(i) === n);
  const byName = new Map<string, Rec>();
  const spots = new Map<string, string>(); // coordinates → the id standing there
  for (const i of order) {
    const place = placeOf(i);
    if (!place) continue;
    const k = placeKeys(place)!;
    const name = String(place[k.name]).toLowerCase();
    const same = byName.get(name);
    // A place of an earlier name is that place: one id, one capacity.
    if (same && same[k.id] !== place[k.id] && i !== chosen) {
      (items[i] as Rec)[nestedKey] = structuredClone(same);
      continue;
    }
    if (!same) byName.set(name, place);
    const at = `${place[k.lat]},${place[k.lon]}`;
    const there = spots.get(at);
    // A place with a distance from the point searched keeps its coordinates: moving it would break the distance.
    if (there !== undefined && there !== String(place[k.id]) && i !== chosen && !Object.keys(place).some((key) => /distance/i.test(key))) {
      const lat = place[k.lat] as number, lon = place[k.lon] as number;
      const id = String(place[k.id]);
      place[k.lat] = Number((lat + offset(id, 1)).toFixed(Math.max(4, decimalsOf(lat))));
      place[k.lon] = Number((lon + offset(id, 2)).toFixed(Math.max(4, decimalsOf(lon))));
    }
    spots.set(`${place[k.lat]},${place[k.lon]}`, String(place[k.id]));
  }
}
