/**
 * A forecast series re-dated to the day asked keeps the climate of its new days (QUALITY.md E): its temperatures
 * were drawn for the entries' old days (a May day in Budapest at 18.7 °C) and move by the change of the place's
 * mean temperature, so a Budapest November reads about 8 °C and a Sydney December about 23 °C.
 */
import { meanTemperature, sunTimes } from '../world/index.ts';
import { shiftClimate30, weatherPoint30 } from './_weather.ts';

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

export function climateOfNewDays30(records: readonly Record<string, unknown>[], before: readonly (number | undefined)[], after: readonly number[], echo: Record<string, unknown>, fixed: ReadonlySet<string>): void {
  const first = records[0];
  if (!first) return;
  const point = weatherPoint30(first, echo);
  if (!point) return;
  const kept = (v: unknown): boolean => fixed.has(JSON.stringify(v));
  const mean = (instant: number): number => {
    const d = new Date(instant);
    return meanTemperature(point.latitude, d.getUTCMonth() + 1, d.getUTCDate(), point.longitude);
  };
  records.forEach((record, i) => {
    const was = before[i];
    if (was === undefined) return;
    sunOfNewDay(record, after[i]!, point, kept);
    const now = mean(after[i]!);
    const delta = now - mean(was);
    if (Math.abs(delta) < 0.5) return;
    shiftClimate30(record, delta, now, echo, kept);
    // weatherapi's `day` object of a forecast day holds that day's temperatures too.
    for (const v of Object.values(record)) if (isRecord(v)) shiftClimate30(v, delta, now, echo, kept);
  });
}

const SUN_KEY = /^(sun_?rise|sun_?set)$/i;
const UTC_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?Z$/;

/** A day's sunrise and sunset written as UTC instants are of its new day (never a June sunrise on a March day). */
function sunOfNewDay(record: Record<string, unknown>, day: number, point: { latitude: number; longitude: number }, kept: (v: unknown) => boolean): void {
  const date = new Date(day).toISOString().slice(0, 10);
  let sun: { rise: number; set: number } | undefined;
  for (const [k, v] of Object.entries(record)) {
    if (!SUN_KEY.test(k) || typeof v !== 'string' || !UTC_TIME.test(v) || kept(v)) continue;
    sun ??= sunTimes(point.latitude, point.longitude, date);
    const minutes = /set$/i.test(k) ? sun.set : sun.rise;
    const iso = new Date(Date.parse(`${date}T00:00:00Z`) + minutes * 60_000).toISOString();
    record[k] = v.length > 17 ? `${iso.slice(0, 19)}Z` : `${iso.slice(0, 16)}Z`;
  }
}
