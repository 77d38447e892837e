/**
 * A road's list of items (QUALITY.md E, Autobahn closures): each item is its own (a distinct identifier and
 * coordinates), lies on the road asked for (its subtitle names two towns on that road's route, its coordinates lie
 * between them), is of the kind the list is of (a closure's display type is a closure's), and its description says
 * what its title says. Values the call sent or the chain reads (`keep`) never change.
 */
import type { Rng } from '../random/index.ts';

type Town = readonly [name: string, lat: number, lon: number];

/** Real Autobahn routes, town by town in order (a small table: the long routes the specs' examples use). */
const ROUTES: Readonly<Record<string, readonly Town[]>> = {
  A1: [['Heiligenhafen', 54.37, 10.98], ['Lübeck', 53.87, 10.69], ['Hamburg', 53.55, 10.0], ['Bremen', 53.08, 8.8], ['Osnabrück', 52.28, 8.05], ['Münster', 51.96, 7.63], ['Dortmund', 51.51, 7.47], ['Wuppertal', 51.26, 7.15], ['Köln', 50.94, 6.96], ['Euskirchen', 50.66, 6.79], ['Trier', 49.75, 6.64], ['Saarbrücken', 49.24, 6.99]],
  A2: [['Oberhausen', 51.47, 6.85], ['Dortmund', 51.51, 7.47], ['Hamm', 51.68, 7.82], ['Bielefeld', 52.02, 8.53], ['Hannover', 52.37, 9.73], ['Braunschweig', 52.27, 10.52], ['Magdeburg', 52.12, 11.63], ['Brandenburg an der Havel', 52.41, 12.53], ['Berlin', 52.52, 13.4]],
  A3: [['Oberhausen', 51.47, 6.85], ['Düsseldorf', 51.23, 6.78], ['Köln', 50.94, 6.96], ['Limburg', 50.39, 8.06], ['Frankfurt', 50.11, 8.68], ['Aschaffenburg', 49.97, 9.15], ['Würzburg', 49.79, 9.95], ['Nürnberg', 49.45, 11.08], ['Regensburg', 49.01, 12.1], ['Passau', 48.57, 13.43]],
  A4: [['Aachen', 50.78, 6.08], ['Köln', 50.94, 6.96], ['Olpe', 51.03, 7.85], ['Bad Hersfeld', 50.87, 9.71], ['Eisenach', 50.97, 10.32], ['Erfurt', 50.98, 11.03], ['Jena', 50.93, 11.59], ['Chemnitz', 50.83, 12.92], ['Dresden', 51.05, 13.74], ['Görlitz', 51.15, 14.99]],
  A5: [['Kassel', 51.31, 9.48], ['Gießen', 50.58, 8.68], ['Frankfurt', 50.11, 8.68], ['Darmstadt', 49.87, 8.65], ['Heidelberg', 49.4, 8.67], ['Karlsruhe', 49.01, 8.4], ['Offenburg', 48.47, 7.94], ['Freiburg', 47.99, 7.85], ['Basel', 47.56, 7.59]],
  A6: [['Saarbrücken', 49.24, 6.99], ['Kaiserslautern', 49.44, 7.77], ['Mannheim', 49.49, 8.47], ['Heilbronn', 49.14, 9.22], ['Crailsheim', 49.13, 10.07], ['Nürnberg', 49.45, 11.08], ['Amberg', 49.44, 11.86], ['Waidhaus', 49.64, 12.5]],
  A7: [['Flensburg', 54.79, 9.44], ['Rendsburg', 54.3, 9.66], ['Neumünster', 54.07, 9.98], ['Hamburg', 53.55, 10.0], ['Hannover', 52.37, 9.73], ['Göttingen', 51.54, 9.93], ['Kassel', 51.31, 9.48], ['Fulda', 50.55, 9.68], ['Würzburg', 49.79, 9.95], ['Ulm', 48.4, 9.99], ['Kempten', 47.73, 10.31], ['Füssen', 47.57, 10.7]],
  A8: [['Karlsruhe', 49.01, 8.4], ['Pforzheim', 48.89, 8.7], ['Stuttgart', 48.78, 9.18], ['Ulm', 48.4, 9.99], ['Augsburg', 48.37, 10.9], ['München', 48.14, 11.58], ['Rosenheim', 47.86, 12.12], ['Salzburg', 47.8, 13.04]],
  A9: [['Berlin', 52.52, 13.4], ['Dessau', 51.84, 12.25], ['Leipzig', 51.34, 12.37], ['Hof', 50.31, 11.92], ['Bayreuth', 49.95, 11.58], ['Nürnberg', 49.45, 11.08], ['Ingolstadt', 48.77, 11.43], ['München', 48.14, 11.58]],
};

/** The display type of a list's kind, by the last word of its path (`/{roadId}/services/closure`). */
const KIND_TYPES: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/closure/, ['CLOSURE', 'CLOSURE_ENTRY_EXIT']],
  [/roadworks?/, ['ROADWORKS', 'SHORT_TERM_ROADWORKS']],
  [/webcam/, ['WEBCAM']],
  [/parking/, ['PARKING']],
  [/warning/, ['WARNING']],
  [/charging/, ['ELECTRIC_CHARGING_STATION', 'STRONG_ELECTRIC_CHARGING_STATION']],
];

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const JUNCTIONS = /^Junction (\d+) to (\d+): (.+)$/;

/** The route of a road id ("A3", "a 3"), if the table has it. */
export function routeOf(roadId: unknown): readonly Town[] | undefined {
  return typeof roadId === 'string' ? ROUTES[roadId.replace(/\s+/g, '').toUpperCase()] : undefined;
}

/** The towns of every route in the table, by road: for the checker's word list in tests. */
export const ROAD_ROUTES = ROUTES;

const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

/** The item at `i` of `n` placed on a section of the route: its subtitle, coordinates and extent. */
function placeOnRoute(item: Record<string, unknown>, route: readonly Town[], i: number, rng: Rng, free: (key: string) => boolean): void {
  const sections = route.length - 1;
  const at = (Math.floor((i * sections) / 3) + rng.int(0, sections - 1)) % sections;
  const [a, b] = rng.chance(0.5) ? [route[at]!, route[at + 1]!] : [route[at + 1]!, route[at]!];
  const f = 0.15 + rng.float() * 0.7;
  const lat = a[1] + (b[1] - a[1]) * f;
  const lon = a[2] + (b[2] - a[2]) * f;
  const lat2 = lat + (b[1] - a[1]) * 0.05;
  const lon2 = lon + (b[2] - a[2]) * 0.05;
  if (free('subtitle') && typeof item.subtitle === 'string') item.subtitle = `${a[0]} ${/Richtung/.test(item.subtitle) ? 'Richtung' : 'towards'} ${b[0]}`;
  if (free('coordinate') && isRecord(item.coordinate)) item.coordinate = { ...item.coordinate, lat: lat.toFixed(6), long: lon.toFixed(6) };
  if (free('point') && typeof item.point === 'string') item.point = `${lon.toFixed(6)},${lat.toFixed(6)}`;
  if (free('extent') && typeof item.extent === 'string') item.extent = `${Math.min(lon, lon2).toFixed(6)},${Math.min(lat, lat2).toFixed(6)},${Math.max(lon, lon2).toFixed(6)},${Math.max(lat, lat2).toFixed(6)}`;
}

/** A road item's description says what its title says ("Junction 26 to 29: bridge repairs"). */
function describedByTitle(item: Record<string, unknown>): void {
  const m = typeof item.title === 'string' ? JUNCTIONS.exec(item.title) : null;
  if (!m) return;
  const text = `${m[3]!.charAt(0).toUpperCase()}${m[3]!.slice(1)} between junctions ${m[1]} and ${m[2]}.`;
  if (Array.isArray(item.description)) item.description = [text];
  else if (typeof item.description === 'string') item.description = text;
}

/** Fits a road's items (a list result, or one item) to the road and the kind the operation names. */
export function fitRoadItems(result: unknown, operation: { path?: string }, args: Readonly<Record<string, unknown>>, keep: ReadonlySet<string>, rng: Rng): void {
  const path = operation.path ?? '';
  if (!/\{road_?id\}|\/(closure|roadworks?|webcam|parking_lorry|warning|electric_charging_station)\b/i.test(path)) return;
  const kind = path.split('/').filter((s) => s !== '' && !s.startsWith('{')).pop() ?? '';
  const types = KIND_TYPES.find(([re]) => re.test(kind))?.[1];
  const items: Record<string, unknown>[] = [];
  if (isRecord(result)) {
    for (const value of Object.values(result)) if (Array.isArray(value)) items.push(...value.filter(isRecord));
    if (items.length === 0 && ('display_type' in result || 'identifier' in result)) items.push(result);
  } else if (Array.isArray(result)) items.push(...result.filter(isRecord));
  const route = routeOf(args.roadId ?? args.road_id);
  items.forEach((item, i) => {
    const free = (key: string): boolean => !keep.has(JSON.stringify(item[key]));
    if (types && typeof item.display_type === 'string' && !types.includes(item.display_type) && free('display_type')) item.display_type = types[rng.int(0, types.length - 1)]!;
    if (free('description')) describedByTitle(item);
    if (route) placeOnRoute(item, route, i, rng, free);
    else if (i > 0 && isRecord(item.coordinate) && items.slice(0, i).some((o) => JSON.stringify(o.coordinate) === JSON.stringify(item.coordinate)) && free('coordinate')) {
      // A road the table lacks: each item still has its own place, a few kilometres along.
      const lat = Number(item.coordinate.lat) + i * 0.031;
      const lon = Number(item.coordinate.long) + i * 0.047;
      if (Number.isFinite(lat) && Number.isFinite(lon)) {
        item.coordinate = { ...item.coordinate, lat: lat.toFixed(6), long: lon.toFixed(6) };
        if (typeof item.point === 'string') item.point = `${lon.toFixed(6)},${lat.toFixed(6)}`;
      }
    }
    // Items of one list are distinct records: a second item with the first one's identifier gets its own.
    if (i > 0 && typeof item.identifier === 'string' && items.slice(0, i).some((o) => o.identifier === item.identifier) && free('identifier')) {
      item.identifier = base64(`${(types?.[0] ?? 'ROADITEM').replace(/_.*/, '')}__mdm.viz__${String(rng.int(100000, 999999))}`);
    }
  });
}
