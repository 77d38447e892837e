/** Names of webcams that fit their city: the views a webcam of that city can have. */
import { STREET_NAMES, cityCountry, cityLandmarks26, hasBeach26, onCoast } from '../world/index.ts';
import { faker } from './_faker.ts';

const pick = <T>(items: readonly T[]): T => faker.helpers.arrayElement(items as T[]);

const VIEWS = ['Harbour View', 'Old Town Square', 'Beach', 'City Skyline', 'Main Street', 'Cathedral Square', 'River Promenade', 'Central Station', 'Marina', 'Market Hall', 'Lighthouse', 'Botanical Garden', 'Ring Road', 'Ferry Terminal'];
const SEA_VIEW = /^(Harbour View|Beach|Marina|Lighthouse|Ferry Terminal)$/;
const INLAND_VIEWS = VIEWS.filter((v) => !SEA_VIEW.test(v));
/**
 * A webcam's view: a harbour, beach or lighthouse only in a city on the coast (never "Prague: Beach"), a beach only
 * where the city has one (never "Bristol: Beach", wave 26), and a street named as the country names them ("Bristol:
 * High Street", never an American "Main Street"; none for a country whose streets the world does not know); a
 * well-known city's own sights where the world lists them.
 */
export function webcamName(city: string): string {
  // A well-known city's webcams look at its sights ("Bristol: Clifton Suspension Bridge"), or over the whole city.
  const sights = cityLandmarks26(city);
  if (sights !== undefined) return `${city}: ${pick([...sights, 'City Skyline'])}`;
  const coast = onCoast(city);
  const beach = hasBeach26(city, (c) => coast !== undefined || cityCountry(c) !== undefined);
  const country = cityCountry(city);
  const streets = country === undefined ? undefined : STREET_NAMES[country];
  let view = pick(coast === false ? INLAND_VIEWS : VIEWS);
  if (view === 'Beach' && beach === false) view = 'Harbour View';
  if (view === 'Main Street' && country !== undefined) view = streets !== undefined ? streets[city.length % streets.length]! : 'City Centre';
  return `${city}: ${view}`;
}
