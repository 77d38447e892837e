/**
 * A flight search hit is one kind of thing (QUALITY.md E). Recorded flight searches mix airports, airlines and live
 * flights in one list, and the merged item shape gave a flight an airport's `type`, `size` and `iata` and another
 * hit's `name` ("FD3210 … Its name is AirAsia, the size is 19643"). A hit that carries a flight's number and route
 * is a live flight: its kind says so, the airport-only facts go, and its name is the flight's label.
 */
const AIRPORT_ONLY = /^(size|iata|icao_airport|elevation|runways)$/;
const FLIGHT_KINDS = /^(live|schedule|scheduled|flight)$/;

export function flightHitKind31(item: Record<string, unknown>, flight: Record<string, unknown>): void {
  if (!Object.keys(flight).some((k) => /^(route|schd_from|schd_to)$/.test(k))) return;
  if (typeof item.type === 'string' && !FLIGHT_KINDS.test(item.type)) item.type = 'live';
  if (typeof item.match === 'string' && item.match === 'iata') item.match = 'begins';
  for (const key of Object.keys(flight)) if (AIRPORT_ONLY.test(key)) delete flight[key];
  if (typeof item.name === 'string' && typeof item.label === 'string') item.name = item.label;
}
