/**
 * Well-known cities with a beach in town (QUALITY.md E), wave 26: a port on an estuary or a harbour (Bristol,
 * Hamburg, Rotterdam) has no "Beach" webcam; Barcelona, Sydney and Tel Aviv do.
 */
const BEACH_CITIES = new Set([
  'Lisbon', 'Vancouver', 'Melbourne', 'Sydney', 'Los Angeles', 'Miami', 'San Diego', 'Cape Town', 'Mumbai', 'Copenhagen',
  'Barcelona', 'Valencia', 'Lima', 'Auckland', 'Marseille', 'Naples', 'Busan', 'Helsinki', 'Rio de Janeiro', 'Casablanca',
  'Lagos', 'Accra', 'Tel Aviv', 'Dubai', 'Reykjavik', 'Athens', 'Manila', 'Boston', 'Seattle', 'San Francisco', 'New York',
  'Honolulu', 'Nice', 'Brighton', 'Durban', 'Perth', 'Brisbane', 'Gold Coast',
]);

/** Whether `city` has a beach of its own: true or false for a city the world knows, undefined for another. */
export function hasBeach26(city: string, known: (city: string) => boolean): boolean | undefined {
  if (BEACH_CITIES.has(city)) return true;
  return known(city) ? false : undefined;
}
