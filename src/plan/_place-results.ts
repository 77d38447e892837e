/**
 * A built result made to agree with the places and days it speaks of (QUALITY.md E): a forward geocoder's match is
 * the address asked, places listed around a point are spread within its radius (a grid is n×n points, a place is
 * listed once), and a weather forecast is a series from the day asked. Values and records a chain reads are kept.
 */
import { askedAddress, echoAskedAddress } from './_geocode.ts';
import { dateForecasts } from './_forecast.ts';
import { spreadPlaces } from './_spread.ts';
import { valueAtPath } from './_result.ts';

const WEATHER_CONTEXT = /\b(weather|forecasts?|climate|temperatures?|precipitation|meteo\w*)\b/i;

export function settlePlaceResult(result: unknown, echo: Record<string, unknown>, context: string, pinnedValues: ReadonlySet<string>, pinnedAt: Readonly<Record<string, string>>): void {
  const address = askedAddress(context, echo);
  if (address !== undefined) echoAskedAddress(result, address, pinnedValues);
  if (WEATHER_CONTEXT.test(context)) dateForecasts(result, echo, context, pinnedValues);
  // The records a chain reads a value from (`results[2].lat` → `results[2]`).
  const pinnedHolders = new Set<object>();
  for (const path of Object.values(pinnedAt)) {
    const holder = valueAtPath(result, path.replace(/\.[^.[\]]+$/, ''));
    if (holder && typeof holder === 'object') pinnedHolders.add(holder);
  }
  spreadPlaces(result, echo, pinnedHolders);
}
