/**
 * When an event starts, in its venue's city (QUALITY.md E): `startsAt` 2026-06-19T06:45:00Z is 11:45 pm on June 18
 * in Seattle, so no concert starts then, and the day told to the user is the local one. Shared by the planner (an
 * event's start is drawn at a daytime or evening hour of its city whose UTC day is its local day) and the checker.
 */
import { placeNamedIn } from './climate.ts';
import { zoneOffset } from './climate.ts';

type Obj = Record<string, unknown>;

/** A key of an event's start time, letters only, lower-case. */
export const EVENT_START_KEY = /^(startsat|startat|starttime|startdatetime|startdate|eventdate|eventdatetime|datetime|localdatetime|date)$/;
/** A UTC moment with a time of day ("2026-06-19T06:45:00Z"). */
export const UTC_MOMENT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|\+00:00)$/;
const CITY_KEY = /^(city|cityname|town)$/i;

/** The time zone of the city an event record names (its own `city`, else its venue's or location's), or undefined. */
export function eventZone(record: Obj): string | undefined {
  const city = cityIn(record) ?? [record.venue, record.location, record.place].map((v) => (v && typeof v === 'object' && !Array.isArray(v) ? cityIn(v as Obj) : undefined)).find((c) => c !== undefined);
  if (city === undefined) return undefined;
  return placeNamedIn(city)?.timezone;
}

function cityIn(obj: Obj): string | undefined {
  for (const [k, v] of Object.entries(obj)) if (CITY_KEY.test(k) && typeof v === 'string' && v.length > 0) return v;
  return undefined;
}

/** The local minutes after midnight and the local day of a UTC moment in `zone`. */
export function localMoment(iso: string, zone: string): { day: string; minutes: number } | undefined {
  const m = UTC_MOMENT.exec(iso);
  if (!m) return undefined;
  const at = Date.parse(`${m[1]}T${m[2]}:${m[3]}:00Z`) + zoneOffset(zone, m[1]!) * 60_000;
  if (Number.isNaN(at)) return undefined;
  const d = new Date(at);
  return { day: d.toISOString().slice(0, 10), minutes: d.getUTCHours() * 60 + d.getUTCMinutes() };
}
