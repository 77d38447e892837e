/**
 * Values that mean what their field says (QUALITY.md E), wave 25. Reads only the dialogue record.
 * - `zone_other_continent`: a record in a country (`countryCode: "JP"`) has a time zone of another continent
 *   ("Europe/Paris"): no zone of that country shares its area.
 * - `distance_unit_contradicts`: a distance's unit word says one unit and its display value another
 *   (`unit: "INCHES"`, `displayValue: "11.4 km"`).
 * - `distance_beyond_radius`: a place found within a radius (`radius: 1`, km unless `radiusUnit` says miles)
 *   lies farther than it ("25.5 km").
 * - `created_name_differs`: a record created under a name (`create-pool` sent `pool: "PL-40344"`, or `name`)
 *   comes back named otherwise ("Apollo").
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';
import { countryZones } from '../world/index.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const VALUES25_INVARIANTS = ['zone_other_continent', 'distance_unit_contradicts', 'distance_beyond_radius', 'created_name_differs'] as const satisfies readonly InvariantId[];

const ZONE_KEY = /^(time_?zone(_?name|_?id)?|timezone(name|id)?|tz(_?id)?)$/i;
const COUNTRY_KEY = /^(country_?code|country)$/i;
const IANA = /^(Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Za-z_\/-]+$/;
const DISPLAY = /^(\d+(?:\.\d+)?)\s*(km|mi|m)$/i;
/** Unit words and the display unit each is. */
const UNIT_OF: ReadonlyArray<readonly [RegExp, string]> = [[/^(km|kms|kilometers?|kilometres?)$/i, 'km'], [/^(mi|miles?)$/i, 'mi'], [/^(m|meters?|metres?)$/i, 'm'], [/^(inch|inches|in|cm|centimeters?|centimetres?|mm|millimeters?|feet|ft|foot|yards?|yd)$/i, 'other']];
const CREATE_PATH = /(?:^|[\/_.-])(?:create|add|new)[-_]([a-z]+)/i;

function countryOf(obj: Record<string, unknown>): string | undefined {
  for (const holder of [obj, ...Object.values(obj)]) {
    if (!holder || typeof holder !== 'object' || Array.isArray(holder)) continue;
    for (const [k, v] of Object.entries(holder)) if (COUNTRY_KEY.test(k) && typeof v === 'string' && /^[A-Z]{2}$/.test(v)) return v;
  }
  return undefined;
}

function checkZone(obj: Record<string, unknown>, at: number, add: Add): boolean {
  const key = Object.keys(obj).find((k) => ZONE_KEY.test(k) && typeof obj[k] === 'string' && IANA.test(obj[k] as string));
  if (key === undefined) return false;
  const country = countryOf(obj);
  if (country === undefined) return false;
  const zones = countryZones(country);
  const zone = obj[key] as string;
  const area = zone.slice(0, zone.indexOf('/'));
  if (zones.length === 0 || zones.some((z) => z.startsWith(`${area}/`))) return false;
  add('zone_other_continent', at, `a record in ${country} has the time zone ${zone}, of another continent`);
  return true;
}

/** The distance in km a `{unit, value, displayValue}` object shows, after checking its unit word agrees. */
function checkDistance(distance: Record<string, unknown>, at: number, add: Add, radiusKm: number | undefined): boolean {
  const shown = typeof distance.displayValue === 'string' ? distance.displayValue : distance.display_value;
  const m = typeof shown === 'string' ? DISPLAY.exec(shown.trim()) : null;
  if (!m) return false;
  const unit = m[2]!.toLowerCase();
  const word = typeof distance.unit === 'string' ? UNIT_OF.find(([re]) => re.test(distance.unit as string))?.[1] : undefined;
  if (word !== undefined && word !== unit) {
    add('distance_unit_contradicts', at, `a distance's unit is ${distance.unit as string} but it shows "${shown as string}"`);
    return true;
  }
  const km = unit === 'km' ? Number(m[1]) : unit === 'mi' ? Number(m[1]) * 1.609 : Number(m[1]) / 1000;
  if (radiusKm !== undefined && km > radiusKm * 1.05 + 0.05) {
    add('distance_beyond_radius', at, `a place within a radius of ${Math.round(radiusKm * 10) / 10} km lies ${shown as string} away`);
    return true;
  }
  return false;
}

/** The name a create call sent: its `name`, or the argument named for what the path creates (`create-pool` → `pool`). */
function sentName(path: string, args: Record<string, unknown>): string | undefined {
  if (typeof args.name === 'string' && args.name !== '') return args.name;
  const noun = CREATE_PATH.exec(path)?.[1]?.toLowerCase();
  if (noun === undefined) return undefined;
  const value = args[noun] ?? args[`${noun}_name`] ?? args[`${noun}Name`];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function checkCreated(result: unknown, name: string, at: number, add: Add): void {
  if (!result || typeof result !== 'object' || Array.isArray(result)) return;
  const root = result as Record<string, unknown>;
  const data = root.data && typeof root.data === 'object' && !Array.isArray(root.data) ? (root.data as Record<string, unknown>) : root;
  const got = data.name;
  if (typeof got === 'string' && got !== name && got.toLowerCase() !== name.toLowerCase()) add('created_name_differs', at, `a record created as "${name}" comes back named "${got}"`);
}

export function checkValues25(record: DialogueRecord, add: Add): void {
  let args: Record<string, unknown> = {};
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'assistant' && turn.call) args = turn.call.arguments as Record<string, unknown>;
    if (turn.speaker !== 'tool' || turn.status !== 'ok' || !turn.result || typeof turn.result !== 'object') return;
    const op = record.operations[turn.operation];
    if (op === undefined) return;
    const radiusArg = typeof args.radius === 'number' ? args.radius : undefined;
    const unitArg = args.radiusUnit ?? args.radius_unit;
    const radiusKm = radiusArg === undefined ? undefined : typeof unitArg === 'string' && /^mi/i.test(unitArg) ? radiusArg * 1.609 : typeof unitArg === 'string' && !/^k/i.test(unitArg) ? undefined : radiusArg;
    let said = false;
    eachObject(turn.result, (obj) => {
      if (said) return;
      if (obj.distance && typeof obj.distance === 'object' && !Array.isArray(obj.distance)) said = checkDistance(obj.distance as Record<string, unknown>, at, add, radiusKm);
      if (!said) said = checkZone(obj, at, add);
    });
    if (op.method.toUpperCase() === 'POST' && /create|add|new/i.test(`${op.path} ${op.name}`)) {
      const name = sentName(op.path, args);
      if (name !== undefined) checkCreated(turn.result, name, at, add);
    }
  });
}
