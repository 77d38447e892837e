/**
 * A number the spec gives in a scale or unit ("Monthly listeners in millions", "distance in km") is said with it
 * (QUALITY.md J): "the monthly listeners are 107.15 million", never a bare "107.15" a reader takes at face value.
 * Only the operation's description is read (a record keeps no response schema); the field's words must stand
 * just before the "in …" so that one field's unit is never given to another.
 */
import type { RecordOperation } from '../plan/types.ts';
import { spokenRating } from './_rounded23.ts';

const UNITS: Record<string, string> = {
  millions: 'million', thousands: 'thousand', billions: 'billion', hundreds: 'hundred',
  km: 'kilometers', kilometers: 'kilometers', kilometres: 'kilometers', miles: 'miles', meters: 'meters', metres: 'meters',
  seconds: 'seconds', minutes: 'minutes', hours: 'hours', days: 'days',
};
const UNIT = Object.keys(UNITS).join('|');
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const cache = new WeakMap<RecordOperation, Map<string, string | null>>();

/** The unit word the operation's description gives the field named `name` ("monthly listeners" → "million"). */
export function describedScale(name: string, op: RecordOperation | undefined): string | undefined {
  if (!op || !op.description || !/\bin\b/i.test(op.description)) return undefined;
  let byName = cache.get(op);
  if (!byName) cache.set(op, (byName = new Map()));
  let unit = byName.get(name);
  if (unit === undefined) {
    // "Monthly listeners in millions", "monthly listeners (in millions)", "distance, in km".
    const words = name.trim().split(/\s+/).map(escape).join('[\\s_-]+');
    const found = words ? new RegExp(`\\b${words}\\s*[,(]?\\s*in (${UNIT})\\b`, 'i').exec(op.description) : null;
    unit = found ? (UNITS[(found[1] ?? '').toLowerCase()] ?? null) : null;
    byName.set(name, unit);
  }
  return unit ?? undefined;
}

/** The value with its described unit, when it is a number and the name has none of its own. */
export function withScale(value: string | number | boolean, name: string, op: RecordOperation | undefined): string | number | boolean {
  value = spokenRating(value, name); // {voteAverage: 9.5347}: "9.5"
  if (typeof value !== 'number' || /\bin [a-z]+$/.test(name)) return value;
  const unit = describedScale(name, op);
  return unit ? `${value} ${unit}` : value;
}
