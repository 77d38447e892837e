/**
 * The place a call is about, read from its arguments: its coordinates, a known city its texts name, an ISO region
 * code, or a city the gazetteer knows given as a place argument. Its result speaks of that place.
 */
import { currentWorld, gazetteerPlace, placeAt, placeNamedIn, placeOfSubdivision, type Place } from '../world/index.ts';
import { placeOfCode } from './_place-codes17.ts';

/**
 * The known city a call is about: the one its coordinates point at, else the one its texts name ("Praça do
 * Comércio, Lisbon"); its result speaks of that city (a geocoder returns the place asked for).
 */
/** Arguments that name where to look: a list answering them is all in that place. */
export const PLACE_ARG = /^(near|around|nearby|location|loc|city|city_?name|city_?code|town|address|place|area|zip|zip_?code|postcode|postal_?code|region|region_?code|area_?code)$/i;

export function placeOfCall(echo: Record<string, unknown>, pinned: readonly { value: unknown }[]): Place | undefined {
  let lat: number | undefined;
  let lon: number | undefined;
  const named = new Set<Place>();
  const countries: string[] = [];
  for (const [k, v] of Object.entries(echo)) {
    if (/country/i.test(k) && typeof v === 'string') countries.push(v.toLowerCase());
    else if (/^(lat|latitude)$/i.test(k)) lat = Number(v);
    else if (/^(lon|lng|long|longitude)$/i.test(k)) lon = Number(v);
    else if (typeof v === 'string') {
      // A known city named in the text, an ISO region code ("PE-LIM"), or a city the gazetteer knows named in a
      // place argument ("san jose, ca" for `near`).
      const place = placeOfCode(k, v) ?? placeNamedIn(v) ?? placeOfSubdivision(v) ?? (PLACE_ARG.test(k) ? gazetteerPlace(v) : undefined);
      if (place) named.add(place);
    }
  }
  if (lat !== undefined && lon !== undefined && Number.isFinite(lat) && Number.isFinite(lon)) return placeAt(lat, lon);
  const place = named.size === 1 ? [...named][0]! : undefined;
  // A country asked for beside the text wins (the holidays of JP are not Lisbon's), and so does a place value
  // the chain already reads from this result (planned with the dialogue's own place).
  const home = currentWorld()?.places[0];
  const planned = home !== undefined && pinned.some((p) => p.value === home.countryCode || p.value === home.city || p.value === home.latitude || p.value === home.longitude);
  return place && !planned && countries.every((c) => c === place.countryCode.toLowerCase() || c === place.country.toLowerCase()) ? place : undefined;
}

