/**
 * An event starts at a daytime or evening hour of its venue's city (QUALITY.md E): never 06:45Z for Seattle
 * (11:45 pm the day before) nor 22:30Z for Dubai (02:30). A start drawn at night is moved to a local hour between
 * 10:00 and 22:00 at which the UTC day is the local day (so the day told is the local one), its end with it.
 */
import { EVENT_START_KEY, UTC_MOMENT, eventZone, localMoment, zoneOffset } from '../world/index.ts';

type Obj = Record<string, unknown>;
const END_KEY = /^(endsat|endat|endtime|enddatetime|enddate)$/;
const letters = (k: string): string => k.toLowerCase().replace(/[^a-z]/g, '');

/** Fits the start (and end) of each event record of a result, in place; values the chain reads (`pinned`) stay. */
export function fitEventTimes23(value: unknown, pinned: ReadonlySet<string>, depth = 0): void {
  if (!value || typeof value !== 'object' || depth > 6) return;
  if (Array.isArray(value)) {
    for (const item of value) fitEventTimes23(item, pinned, depth + 1);
    return;
  }
  const obj = value as Obj;
  const startKey = Object.keys(obj).find((k) => EVENT_START_KEY.test(letters(k)) && typeof obj[k] === 'string' && UTC_MOMENT.test(obj[k] as string));
  if (startKey !== undefined && !pinned.has(JSON.stringify(obj[startKey]))) fitOne(obj, startKey);
  for (const child of Object.values(obj)) if (child && typeof child === 'object') fitEventTimes23(child, pinned, depth + 1);
}

function fitOne(obj: Obj, startKey: string): void {
  const zone = eventZone(obj);
  if (zone === undefined) return;
  const start = obj[startKey] as string;
  const local = localMoment(start, zone);
  if (local === undefined) return;
  const day = UTC_MOMENT.exec(start)![1]!;
  const offset = zoneOffset(zone, day);
  // Local hours whose UTC day is the local day: [offset, 24 h + offset), within 10:00–22:00.
  const lo = Math.max(600, offset);
  const hi = Math.min(1320, 1440 + offset - 30);
  if (local.day === day && local.minutes >= lo && local.minutes <= hi) return;
  if (hi < lo) return;
  // The latest half hour of the allowed hours that is at most 19:30, the same for the same drawn minute.
  const slots = Math.floor((hi - lo) / 30);
  const pick = Math.min(slots, Math.max(0, Math.floor((1170 - lo) / 30) - (local.minutes % 2)));
  const minutes = lo + pick * 30;
  const localMs = Date.parse(`${day}T00:00:00Z`) + minutes * 60_000;
  const utc = new Date(localMs - offset * 60_000).toISOString();
  const moved = utc.slice(0, 16) + start.slice(16);
  const delta = Date.parse(`${utc.slice(0, 16)}:00Z`) - Date.parse(`${start.slice(0, 16)}:00Z`);
  obj[startKey] = moved;
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    if (END_KEY.test(letters(k)) && typeof v === 'string' && UTC_MOMENT.test(v)) {
      obj[k] = new Date(Date.parse(`${v.slice(0, 16)}:00Z`) + delta).toISOString().slice(0, 16) + v.slice(16);
    }
  }
}
