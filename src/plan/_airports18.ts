/**
 * An airport record's code and name agree (QUALITY.md E): a list of airports never holds SDU named "Los Angeles
 * International Airport". A known code names its own airport (`_kind-texts.ts` realAirport); an unknown code beside a
 * name of a known city's airport ("Austin International Airport", a spec example's "Incheon International Airport")
 * becomes that airport's code. Values the call sent or a chain reads are kept (the caller checks).
 */
import { airportCodeNamed, knownPlaces } from '../world/index.ts';

const IATA = /^(iata|iata_?code|iataCode|airport_?code|airportCode)$/;
/** `id`/`code` hold an airport's code when its name says it is an airport. */
const ID = /^(id|code|_id)$/;
const THREE = /^[A-Z]{3}$/;
const CITY_AIRPORT = /^(.+?)\s+(?:International\s+)?Airport$/;

let codeOfCity: Map<string, string> | undefined;

/** The key of an airport record's IATA code: an IATA key, or its `id`/`code` (three capitals) beside a name saying "Airport". */
export function airportCodeKey(record: Record<string, unknown>, name: string | undefined): string | undefined {
  const iata = Object.keys(record).find((k) => IATA.test(k) && typeof record[k] === 'string');
  if (iata !== undefined) return iata;
  if (name === undefined || !/\bAirport\b/.test(name)) return undefined;
  return Object.keys(record).find((k) => ID.test(k) && typeof record[k] === 'string' && THREE.test(record[k] as string));
}

/** The code of the airport a name names: a known airport's own name, or "<known city> (International) Airport". */
export function codeOfAirportName(name: string): string | undefined {
  const own = airportCodeNamed(name);
  if (own !== undefined) return own;
  const m = CITY_AIRPORT.exec(name);
  if (!m) return undefined;
  codeOfCity ??= new Map(knownPlaces().map((p) => [p.city, p.airport]));
  return codeOfCity.get(m[1]!);
}
