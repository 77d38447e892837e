/**
 * The IANA time zones of a country (from the country-state-city gazetteer): a record in Japan is in
 * "Asia/Tokyo", never "Europe/Paris" nor a bare city word ("Osaka").
 */
import { createRequire } from 'node:module';

let zonesOf: Map<string, readonly string[]> | undefined;

/** The IANA zones of the country with this ISO 3166-1 alpha-2 code, its main one first; empty when unknown. */
export function countryZones(code: string): readonly string[] {
  if (!zonesOf) {
    const all = (createRequire(import.meta.url)('country-state-city') as { Country: { getAllCountries(): Array<{ isoCode: string; timezones?: Array<{ zoneName: string }> }> } }).Country.getAllCountries();
    zonesOf = new Map(all.map((c) => [c.isoCode, (c.timezones ?? []).map((z) => z.zoneName)]));
  }
  return zonesOf.get(code.toUpperCase()) ?? [];
}

/** Main zones of countries whose gazetteer lists the smallest first (the US's first is "America/Adak"). */
const MAIN_ZONE: Readonly<Record<string, string>> = { US: 'America/New_York', CA: 'America/Toronto', AU: 'Australia/Sydney', BR: 'America/Sao_Paulo', RU: 'Europe/Moscow', MX: 'America/Mexico_City', ID: 'Asia/Jakarta', CN: 'Asia/Shanghai', ES: 'Europe/Madrid', PT: 'Europe/Lisbon', AR: 'America/Argentina/Buenos_Aires', CL: 'America/Santiago', NZ: 'Pacific/Auckland', DE: 'Europe/Berlin', GB: 'Europe/London', KZ: 'Asia/Almaty', EC: 'America/Guayaquil' };

/** The country's main zone: its capital's. */
export function mainZone(code: string): string | undefined {
  return MAIN_ZONE[code.toUpperCase()] ?? countryZones(code)[0];
}
