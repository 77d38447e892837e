/**
 * A road's list of items (QUALITY.md E, Autobahn closures): each item is its own (a distinct identifier and
 * coordinates), lies on the road asked for (its subtitle names two towns on that road's route, its coordinates lie
 * between them), is of the kind the list is of (a closure's display type is a closure's), and its description says
 * what its title says. Values the call sent or the chain reads (`keep`) never change.
 */
import type { Rng } from '../random/index.ts';
import { autobahnRoute as routeOf, type RouteTown as Town } from '../world/index.ts';

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
const ROAD_TITLE = /^(A\s?\d{1,3})\s*\|/;

const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

/** The item at `i` of `n` placed on a section of the route: its subtitle, coordinates and extent. */
function placeOnRoute(item: Record<string, unknown>, route: readonly Town[], i: number, rng: Rng, free: (key: string) => boolean, roadId: string, shift = 0): void {
  const sections = route.length - 1;
  const at = (Math.floor((i * sections) / 3) + rng.int(0, sections - 1) + shift) % sections;
  const forward = rng.chance(0.5);
  const [a, b] = forward ? [route[at]!, route[at + 1]!] : [route[at + 1]!, route[at]!];
  const f = 0.15 + rng.float() * 0.7;
  const lat = a[1] + (b[1] - a[1]) * f;
  const lon = a[2] + (b[2] - a[2]) * f;
  const lat2 = lat + (b[1] - a[1]) * 0.05;
  const lon2 = lon + (b[2] - a[2]) * 0.05;
  // In English, whatever language the spec's example was in: one list never mixes "Richtung" and "towards" (wave 28).
  if (free('subtitle') && typeof item.subtitle === 'string') item.subtitle = `${a[0]} towards ${b[0]}`;
  // "A1 | AK Leverkusen-West (99) - AS Köln-Niehl (100)" is the spec's own A1 example: on another road its title names that road's section.
  if (typeof item.title === 'string' && ROAD_TITLE.test(item.title) && free('title')) item.title = `${roadId.replace(/\s+/g, '').toUpperCase()} | ${a[0]} - ${b[0]}`;
  numberedOnSection30(item, at, forward, free);
  if (free('coordinate') && isRecord(item.coordinate)) item.coordinate = { ...item.coordinate, lat: lat.toFixed(6), long: lon.toFixed(6) };
  if (free('point') && typeof item.point === 'string') item.point = `${lon.toFixed(6)},${lat.toFixed(6)}`;
  if (free('extent') && typeof item.extent === 'string') item.extent = `${Math.min(lon, lon2).toFixed(6)},${Math.min(lat, lat2).toFixed(6)},${Math.max(lon, lon2).toFixed(6)},${Math.max(lat, lat2).toFixed(6)}`;
}

/** Junction numbers per section of a route: one road's sections never share a junction (wave 30). */
const SECTION_JUNCTIONS = 8;

/**
 * A title's junctions lie on the item's own section, numbered along the route and said in the direction of travel:
 * "Junction 35 to 36" on one stretch never beside "Junction 36 to 38" 130 km away on another.
 */
function numberedOnSection30(item: Record<string, unknown>, at: number, forward: boolean, free: (key: string) => boolean): void {
  const m = typeof item.title === 'string' ? JUNCTIONS.exec(item.title) : null;
  if (!m || !free('title')) return;
  // Drawn from the title, not the rng: the item's other values stay as they were.
  const h = [...`${item.title as string}${at}`].reduce((x, c) => (x * 31 + c.charCodeAt(0)) >>> 0, 7);
  const lo = at * SECTION_JUNCTIONS + 1 + (h % (SECTION_JUNCTIONS - 2));
  const hi = lo + 1 + ((h >>> 8) % 2);
  item.title = `Junction ${forward ? lo : hi} to ${forward ? hi : lo}: ${m[3]!}`;
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
    if (route) {
      placeOnRoute(item, route, i, rng, free, String(args.roadId ?? args.road_id));
      // Two items of one list are two closures: one drawn with an earlier one's title and section moves along (wave 32).
      const same = (): boolean => items.slice(0, i).some((o) => o.title === item.title && o.subtitle === item.subtitle);
      for (let shift = 1; shift < route.length - 1 && free('title') && same(); shift++) placeOnRoute(item, route, i, rng, free, String(args.roadId ?? args.road_id), shift);
    }
    else if (i > 0 && isRecord(item.coordinate) && items.slice(0, i).some((o) => JSON.stringify(o.coordinate) === JSON.stringify(item.coordinate)) && free('coordinate')) {
      // A road the table lacks: each item still has its own place, a few kilometres along.
      const lat = Number(item.coordinate.lat) + i * 0.031;
      const lon = Number(item.coordinate.long) + i * 0.047;
      if (Number.isFinite(lat) && Number.isFinite(lon)) {
        item.coordinate = { ...item.coordinate, lat: lat.toFixed(6), long: lon.toFixed(6) };
        if (typeof item.point === 'string') item.point = `${lon.toFixed(6)},${lat.toFixed(6)}`;
      }
    }
    if (free('description')) describedByTitle(item); // after the title's junctions are on its section
    // Items of one list are distinct records: a second item with the first one's identifier gets its own.
    if (i > 0 && typeof item.identifier === 'string' && items.slice(0, i).some((o) => o.identifier === item.identifier) && free('identifier')) {
      item.identifier = base64(`${(types?.[0] ?? 'ROADITEM').replace(/_.*/, '')}__mdm.viz__${String(rng.int(100000, 999999))}`);
    }
  });
}
