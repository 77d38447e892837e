/**
 * The IANA time zones of a country (from the country-state-city gazetteer): a record in Japan is in
 * "Asia/Tokyo", never "Europe/Paris" nor a bare city word ("Osaka").
 */
import { createRequire } from 'node:module';

let zonesOf: Map<string, readonly string[]> | undefined;

/** The IANA zones of the country with this ISO 3166-1 alpha-2 code, its main one first; empty when unknown. */
export function countryZones(code: string): readonly string[] {
  if (!zonesOf) {
    const all = (createRequire(import.meta.url)('country-state-city') as { Country: { getAllCountries(): Array<{ isoCode: string; timezones?: Array<{ zoneName: string; gmtOffset: number }> }> } }).Country.getAllCountries();
    zonesOf = new Map(all.map((c) => [c.isoCode, (c.timezones ?? []).map((z) => z.zoneName)]));
  }
  return zonesOf.get(code.toUpperCase()) ?? [];
}

/** Main zones of countries whose gazetteer lists the smallest first (the US's first is "America/Adak"). */
const MAIN_ZONE: Readonly<Record<string, string>> = { US: 'America/New_York', CA: 'America/Toronto', AU: 'Australia/Sydney', BR: 'America/Sao_Paulo', RU: 'Europe/Moscow', MX: 'America/Mexico_City', ID: 'Asia/Jakarta', CN: 'Asia/Shanghai', ES: 'Europe/Madrid', PT: 'Europe/Lisbon', AR: 'America/Argentina/Buenos_Aires', CL: 'America/Santiago', NZ: 'Pacific/Auckland', DE: 'Europe/Berlin', GB: 'Europe/London', KZ: 'Asia/Almaty', EC: 'America/Guayaquil' };

/** Big cities' zones and their longitudes: in a country of several zones, a point takes the nearest city's. */
const CITY_ZONES: ReadonlyArray<readonly [string, number]> = [['America/Los_Angeles', -118], ['America/Denver', -105], ['America/Phoenix', -112], ['America/Chicago', -88], ['America/New_York', -74], ['America/Anchorage', -150], ['Pacific/Honolulu', -158], ['America/Vancouver', -123], ['America/Edmonton', -113], ['America/Winnipeg', -97], ['America/Toronto', -79], ['America/Halifax', -63], ['Australia/Perth', 116], ['Australia/Adelaide', 138.6], ['Australia/Darwin', 131], ['Australia/Sydney', 151], ['America/Sao_Paulo', -46], ['America/Manaus', -60], ['Europe/Moscow', 37], ['Asia/Yekaterinburg', 60], ['Asia/Novosibirsk', 83], ['Asia/Vladivostok', 132], ['Asia/Jakarta', 107], ['Asia/Makassar', 119], ['America/Mexico_City', -99], ['America/Tijuana', -117], ['America/Cancun', -87]];

/** The country's zone: at a longitude, its nearest big city's (Los Angeles is in "America/Los_Angeles"); else its capital's. */
export function mainZone(code: string, longitude?: number): string | undefined {
  const zones = countryZones(code);
  const main = MAIN_ZONE[code.toUpperCase()] ?? zones[0];
  if (longitude === undefined || zones.length < 2) return main;
  const cities = CITY_ZONES.filter(([z]) => zones.includes(z));
  if (cities.length < 2) return main;
  return cities.reduce((a, b) => (Math.abs(b[1] - longitude) < Math.abs(a[1] - longitude) ? b : a))[0];
}
