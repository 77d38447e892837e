/**
 * Alerts that fit where and how long they are issued (QUALITY.md E): a Tornado Warning is a North American
 * product, issued for well under two hours, never for Tokyo nor for 27 hours; a severe thunderstorm warning runs
 * an hour or a few; a heat warning needs a warm season (a mean of 17 °C or more), not a Tokyo March.
 */

/** Types of an hour or two: the storm cell passes. */
const SHORT = /\b(tornado|severe thunderstorm)\b/i;
/** Types issued by the United States and Canada alone (the US weather service's wording). */
const NORTH_AMERICAN = /\b(tornado|extreme wind)\b/i;

/** Whether a heat alert is out of season at a place whose mean temperature that day is `mean` °C. */
export const heatOutOfSeason30 = (mean: number): boolean => mean < 17;

/** Whether the alert type is not issued in the country `countryCode` (ISO 3166 alpha-2). */
export const foreignAlert30 = (event: string, countryCode: string | undefined): boolean => countryCode !== undefined && countryCode !== 'US' && countryCode !== 'CA' && NORTH_AMERICAN.test(event);

/**
 * Onset and expiry (ms) of an alert of `event` current at `now`, from the two drawn numbers (`early` 2–40 half
 * hours before now, `late` 4–120 half hours after): a short-lived type began 10–30 minutes ago and runs 30–120 minutes.
 */
export function alertSpan30(event: string, now: number, early: number, late: number): { onset: number; expires: number } {
  if (!SHORT.test(event)) return { onset: now - early * 1_800_000, expires: now + late * 1_800_000 };
  const onset = now - (10 + (early % 3) * 10) * 60_000;
  return { onset, expires: onset + (30 + (late % 7) * 15) * 60_000 };
}

/** Extreme types other services issue (Japan's emergency warnings, Europe's red wind warnings), for places outside North America. */
export function elsewhereTypes30(severity: string, countryCode: string | undefined): readonly string[] {
  return severity === 'extreme' && foreignAlert30('Tornado', countryCode) ? ['Heavy Rain Emergency Warning', 'Violent Storm Warning'] : [];
}
