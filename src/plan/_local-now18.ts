/**
 * A place's local time is now (QUALITY.md E): weatherapi's `location.localtime` (and its `localtime_epoch`) is the
 * current time there, so it is the reference day at the drawn time of day, in the place's zone; never a day of
 * 2023 beside sunrise times of today, nor a day two weeks back. Values the chain reads (`pinned`, JSON) stay.
 */
import { REFERENCE_DATE, zoneOffset } from '../world/index.ts';

const LOCAL_TIME = /^(localtime|current_?local_?time|local_?time_?now)$/i;
/** `local_time` is now only in a place's record (beside its coordinates): a departure's local time is not. */
const PLACE_LOCAL_TIME = /^(local_?time|local_?date_?time)$/i;
const LOCAL_EPOCH = /^(localtime_?epoch|local_?time_?epoch)$/i;
const ZONE = /^(tz_?id|timezone|time_?zone|tz)$/i;
const CLOCK = /^\d{4}-\d{2}-\d{2}([T ])(\d{1,2}):(\d{2})(.*)$/;
const DAY_START = Date.parse(`${REFERENCE_DATE}T00:00:00Z`);

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Every record's local time (and its epoch) set to now at the place, its drawn time of day kept. */
export function localTimeIsNow(result: unknown, pinned: ReadonlySet<string>, depth = 0): void {
  if (depth > 4 || result === null || typeof result !== 'object') return;
  if (Array.isArray(result)) {
    for (const item of result) localTimeIsNow(item, pinned, depth + 1);
    return;
  }
  const record = result as Record<string, unknown>;
  for (const v of Object.values(record)) if (v !== null && typeof v === 'object') localTimeIsNow(v, pinned, depth + 1);
  const placed = Object.keys(record).some((k) => /^(lat|latitude)$/i.test(k));
  const timeKey = Object.keys(record).find((k) => (LOCAL_TIME.test(k) || (placed && PLACE_LOCAL_TIME.test(k))) && typeof record[k] === 'string' && CLOCK.test(record[k] as string));
  const epochKey = Object.keys(record).find((k) => LOCAL_EPOCH.test(k) && typeof record[k] === 'number');
  if (timeKey === undefined && epochKey === undefined) return;
  if ([timeKey, epochKey].some((k) => k !== undefined && pinned.has(JSON.stringify(record[k])))) return;
  const zone = Object.entries(record).find(([k, v]) => ZONE.test(k) && typeof v === 'string' && v.includes('/'))?.[1] as string | undefined;
  const lon = Object.entries(record).find(([k, v]) => /^(lon|lng|longitude)$/i.test(k) && typeof v === 'number')?.[1] as number | undefined;
  const offset = zone !== undefined ? zoneOffset(zone, REFERENCE_DATE) : lon !== undefined ? Math.round(lon / 15) * 60 : 0;
  let minutes: number;
  if (timeKey !== undefined) {
    const m = CLOCK.exec(record[timeKey] as string)!;
    minutes = (Number(m[2]) % 24) * 60 + Number(m[3]);
    record[timeKey] = `${REFERENCE_DATE}${m[1]}${m[2]!.length === 1 ? String(Math.floor(minutes / 60)) : String(Math.floor(minutes / 60)).padStart(2, '0')}:${m[3]}${m[4]}`;
  } else {
    const v = record[epochKey!] as number;
    minutes = Math.floor(((((v > 1e11 ? v / 1000 : v) + offset * 60) % 86_400) + 86_400) % 86_400 / 60);
  }
  if (epochKey !== undefined) {
    const seconds = (DAY_START + (minutes - offset) * 60_000) / 1000;
    record[epochKey] = (record[epochKey] as number) > 1e11 ? seconds * 1000 : seconds;
  }
}
