/**
 * Late place facts of a finished result (QUALITY.md E), run once after the passes that may set a record's market:
 * prices on a marketplace are in its currency (Amazon's `country: "US"` offers in USD, never ¥11141), and a
 * well-known city keeps a population of its size (Chicago is no town of 11 741).
 */
import { marketCurrency, oneCurrency } from './_consistency.ts';
import { cityCountry, cityPopulation } from '../world/index.ts';
import { inAskedSrid } from './_srid15.ts';
import { settlePlaces31 } from './_places31.ts';

const POPULATION = /^(population|pop|population_?total|inhabitants)$/i;
const COUNTRY_CODE = /^(country|country_?code|countryCode|iso2)$/i;
const CITY_NAME = /^(name|city|city_?name|title)$/i;

/** `kept`: JSON of values the call sent or the chain pinned, never changed. */
export function fitPlaceFacts15(result: unknown, args: Record<string, unknown>, kept: ReadonlySet<string>): void {
  if (marketCurrency(args, result) !== undefined) oneCurrency(result, args);
  cityPopulations(result, kept, 0);
  inAskedSrid(result, args);
  settlePlaces31(result, kept);
}

/** A record named as a well-known city with a population far from the city's takes a figure near it. */
function cityPopulations(node: unknown, kept: ReadonlySet<string>, depth: number): void {
  if (!node || typeof node !== 'object' || depth > 5) return;
  if (Array.isArray(node)) {
    for (const item of node) cityPopulations(item, kept, depth + 1);
    return;
  }
  const obj = node as Record<string, unknown>;
  let popKey: string | undefined;
  let nameKey: string | undefined;
  for (const [k, v] of Object.entries(obj)) {
    if (POPULATION.test(k) && typeof v === 'number') popKey = k;
    else if (nameKey === undefined && CITY_NAME.test(k) && typeof v === 'string') nameKey = k;
    else if (v && typeof v === 'object') cityPopulations(v, kept, depth + 1);
  }
  if (popKey === undefined || nameKey === undefined || kept.has(JSON.stringify(obj[popKey]))) return;
  // Lima, Ohio is no Lima, Peru: a record of another country is left alone.
  const country = Object.entries(obj).find(([k, v]) => COUNTRY_CODE.test(k) && typeof v === 'string' && /^[A-Z]{2}$/.test(v))?.[1];
  if (country !== undefined && country !== cityCountry(obj[nameKey] as string)) return;
  const real = cityPopulation(obj[nameKey] as string);
  const now = obj[popKey] as number;
  // (Within half again of the real figure: Medellín's 6.7 million is its metro area's, not the city's 2.5, wave 28.)
  if (real === undefined || (now > real / 1.5 && now < real * 1.5)) return;
  // Near the real figure, a little off it the same way for the same drawn value.
  obj[popKey] = Math.round(real * (0.97 + (Math.abs(now) % 61) / 1000));
}
