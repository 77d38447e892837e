/**
 * An event named for the evening starts in the evening (QUALITY.md E), wave 32: a "Dubai Film Night" or a "Gala"
 * starting at 10:15 local time reads as made up. Its start moves to 19:00 or 19:30 of its local day (its end with
 * it), where that hour is on the same UTC day (so the day told stays the local one); values pinned or sent stay.
 */
import { EVENT_START_KEY, UTC_MOMENT, eventZone, localMoment, zoneOffset } from '../world/index.ts';
import { walk } from './_order22.ts';

type Obj = Record<string, unknown>;
const NIGHT = /\b(night|nights|evening|gala|after dark|nocturne|late show|moonlight)\b/i;
const NAME_KEY = /^(name|title|eventname|eventtitle)$/;
const END_KEY = /^(endsat|endat|endtime|enddatetime|enddate)$/;
const letters = (k: string): string => k.toLowerCase().replace(/[^a-z]/g, '');

/** Every evening-named event of a result starts in the evening. */
export function eveningEvents32(value: unknown, free: (v: unknown) => boolean): void {
  walk(value, (obj) => {
    const nameKey = Object.keys(obj).find((k) => NAME_KEY.test(letters(k)) && typeof obj[k] === 'string');
    if (nameKey !== undefined && NIGHT.test(obj[nameKey] as string)) toEvening(obj);
  });

  function toEvening(o: Obj): void {
    const startKey = Object.keys(o).find((k) => EVENT_START_KEY.test(letters(k)) && typeof o[k] === 'string' && UTC_MOMENT.test(o[k] as string));
    if (startKey === undefined || !free(o[startKey])) return;
    const zone = eventZone(o);
    const start = o[startKey] as string;
    const local = zone === undefined ? undefined : localMoment(start, zone);
    // Already in the evening, or past midnight of a night out.
    if (zone === undefined || local === undefined || local.minutes >= 1020 || local.minutes < 120) return;
    const offset = zoneOffset(zone, local.day);
    const lo = Math.max(1140, offset);
    const hi = Math.min(1320, 1440 + offset - 30);
    if (hi < lo) return;
    const minutes = Math.min(hi, lo + (local.minutes % 2) * 30);
    const utc = new Date(Date.parse(`${local.day}T00:00:00Z`) + (minutes - offset) * 60_000).toISOString();
    const moved = utc.slice(0, 16) + start.slice(16);
    const delta = Date.parse(`${utc.slice(0, 16)}:00Z`) - Date.parse(`${start.slice(0, 16)}:00Z`);
    o[startKey] = moved;
    for (const k of Object.keys(o)) {
      const v = o[k];
      if (END_KEY.test(letters(k)) && typeof v === 'string' && UTC_MOMENT.test(v) && free(v)) o[k] = new Date(Date.parse(`${v.slice(0, 16)}:00Z`) + delta).toISOString().slice(0, 16) + v.slice(16);
    }
  }
}
