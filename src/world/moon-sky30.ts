/**
 * The moon of a day, rough on purpose (QUALITY.md E): its age in the synodic month from a known new moon, the
 * phase name and the lit fraction that age gives, and rise and set times that follow the age (a new moon rises
 * and sets with the sun, a full moon rises at sunset and sets at sunrise, each day about 50 minutes later).
 * Never a "Waxing Crescent" at 37 % that rises with the sun, nor a moon up for an hour.
 */

const SYNODIC = 29.530588853;
/** The new moon of 2000-01-06 18:14 UTC. */
const NEW_MOON_MS = Date.UTC(2000, 0, 6, 18, 14);

/** Days since the last new moon at the local noon of `isoDate` (0 to 29.53). */
export function moonAge(isoDate: string): number {
  const noon = Date.parse(`${isoDate.slice(0, 10)}T12:00:00Z`);
  const days = (noon - NEW_MOON_MS) / 86_400_000;
  return ((days % SYNODIC) + SYNODIC) % SYNODIC;
}

/** The phase's name as weather services write it. */
export function moonPhaseName(age: number): string {
  const eighth = SYNODIC / 8;
  const names = ['New Moon', 'Waxing Crescent', 'First Quarter', 'Waxing Gibbous', 'Full Moon', 'Waning Gibbous', 'Last Quarter', 'Waning Crescent'];
  return names[Math.floor(((age + eighth / 2) % SYNODIC) / eighth) % 8]!;
}

/** The lit share of the disc, in percent (0 at new moon, 100 at full). */
export function moonIllumination(age: number): number {
  return Math.round(((1 - Math.cos((2 * Math.PI * age) / SYNODIC)) / 2) * 100);
}

/**
 * Moonrise and moonset in minutes of the same clock as the sun's `rise` and `set` (UTC minutes of the day):
 * the moon lags the sun by its age's share of a day, up for about the day's length at new moon and the night's
 * length at full moon. A set may fall past midnight (above 1440).
 */
export function moonTimes(age: number, rise: number, set: number): { rise: number; set: number } {
  const f = age / SYNODIC;
  const day = set - rise;
  const night = 1440 - day;
  const moonRise = f < 0.5 ? rise + 2 * f * day : set + 2 * (f - 0.5) * night;
  const moonSet = f < 0.5 ? set + 2 * f * night : rise + 1440 + 2 * (f - 0.5) * day;
  return { rise: Math.round(moonRise), set: Math.round(moonSet) };
}
