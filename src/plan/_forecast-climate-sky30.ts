/**
 * A forecast series re-dated to the day asked keeps the climate of its new days (QUALITY.md E): its temperatures
 * were drawn for the entries' old days (a May day in Budapest at 18.7 °C) and move by the change of the place's
 * mean temperature, so a Budapest November reads about 8 °C and a Sydney December about 23 °C.
 */
import { meanTemperature } from '../world/index.ts';
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
    const now = mean(after[i]!);
    const delta = now - mean(was);
    if (Math.abs(delta) < 0.5) return;
    shiftClimate30(record, delta, now, echo, kept);
    // weatherapi's `day` object of a forecast day holds that day's temperatures too.
    for (const v of Object.values(record)) if (isRecord(v)) shiftClimate30(v, delta, now, echo, kept);
  });
}
