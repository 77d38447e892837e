/**
 * A result about a day the call asked for (weatherapi's astronomy for `dt=2025-09-22`) tells that day
 * (QUALITY.md E): its local time is on that day, never "2026-03-16 3:19" beside the sunrise of another day,
 * and `is_sun_up`/`is_moon_up` agree with that time and the day's rise and set. Values the chain reads stay.
 */
import { zoneOffset } from '../world/index.ts';

type Json = Record<string, unknown>;

const ASKED_DAY = /^(dt|date|day|on_?date|for_?date)$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_TIME = /^(localtime|local_?time)$/i;
const LOCAL_EPOCH = /^(localtime_?epoch|local_?time_?epoch)$/i;
const CLOCK = /^(\d{4}-\d{2}-\d{2})([T ])(\d{1,2}):(\d{2})/;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

function records(value: unknown, out: Json[] = [], depth = 0): Json[] {
  if (depth > 4) return out;
  if (Array.isArray(value)) for (const item of value) records(item, out, depth + 1);
  else if (isRecord(value)) {
    out.push(value);
    for (const v of Object.values(value)) records(v, out, depth + 1);
  }
  return out;
}

/** Minutes after midnight of "07:41 AM" or "19:44"; undefined for "No moonrise". */
export function clockMinutes(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const m = /^(\d{1,2}):(\d{2})\s*(AM|PM)?$/i.exec(text.trim());
  if (!m) return undefined;
  let hour = Number(m[1]) % (m[3] ? 12 : 24);
  if (m[3] && m[3].toUpperCase() === 'PM') hour += 12;
  return hour * 60 + Number(m[2]);
}

/** Whether a body that rises and sets at those minutes is up at `now`. */
export function isUp(now: number, rise: number, set: number): boolean {
  return rise <= set ? now >= rise && now < set : now >= rise || now < set;
}

/** The local time on the asked day, and sun/moon up flags that agree with it. */
export function settleAskedDay(result: unknown, args: Readonly<Json>, pinned: ReadonlySet<string>): void {
  const asked = Object.entries(args).find(([k, v]) => ASKED_DAY.test(k) && typeof v === 'string' && DAY.test(v))?.[1] as string | undefined;
  const all = records(result);
  let now: number | undefined;
  for (const record of all) {
    const timeKey = Object.keys(record).find((k) => LOCAL_TIME.test(k) && typeof record[k] === 'string' && CLOCK.test(record[k] as string));
    if (timeKey === undefined) continue;
    const m = CLOCK.exec(record[timeKey] as string)!;
    now = Number(m[3]) * 60 + Number(m[4]);
    if (asked === undefined || m[1] === asked || pinned.has(JSON.stringify(record[timeKey]))) continue;
    const shift = Math.round((Date.parse(`${asked}T00:00:00Z`) - Date.parse(`${m[1]}T00:00:00Z`)) / 86_400_000);
    record[timeKey] = (record[timeKey] as string).replace(m[1]!, asked);
    const epochKey = Object.keys(record).find((k) => LOCAL_EPOCH.test(k) && typeof record[k] === 'number');
    if (epochKey !== undefined && !pinned.has(JSON.stringify(record[epochKey]))) {
      const v = record[epochKey] as number;
      // The same local clock on a day across a change of summer time is an hour apart in UTC (Athens: +2 in March, +3 in April).
      const zone = Object.entries(record).find(([k, z]) => /^(tz_?id|timezone|time_?zone)$/i.test(k) && typeof z === 'string' && z.includes('/'))?.[1] as string | undefined;
      const summer = zone === undefined ? 0 : (zoneOffset(zone, asked) - zoneOffset(zone, m[1]!)) * 60;
      record[epochKey] = v + (shift * 86_400 - summer) * (v > 1e11 ? 1000 : 1);
    }
  }
  if (now === undefined) return;
  for (const record of all) {
    for (const [flag, riseKey, setKey] of [['is_sun_up', 'sunrise', 'sunset'], ['is_moon_up', 'moonrise', 'moonset']] as const) {
      if (!(flag in record)) continue;
      const rise = clockMinutes(record[riseKey]);
      const set = clockMinutes(record[setKey]);
      if (rise === undefined || set === undefined) continue;
      const up = isUp(now, rise, set);
      const old = record[flag];
      record[flag] = typeof old === 'boolean' ? up : up ? 1 : 0;
    }
  }
}
