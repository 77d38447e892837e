/**
 * A list asked for by a city's IATA code (`cityCode: PAR`, `airportCode: LHR`) is in that city (QUALITY.md E): the
 * hotels of PAR are in Paris, never San Francisco. The code is a known city's main airport or its metropolitan code.
 */
import { knownPlaces, type Place } from '../world/index.ts';

const CODE_ARG = /^(city_?code|airport|airport_?code|iata|iata_?code|city_?iata)$/i;
/** Metropolitan codes of cities served by several airports. */
const METRO: Readonly<Record<string, string>> = {
  PAR: 'Paris', LON: 'London', NYC: 'New York', TYO: 'Tokyo', MIL: 'Milan', ROM: 'Rome', CHI: 'Chicago', WAS: 'Washington',
  STO: 'Stockholm', OSA: 'Osaka', SAO: 'São Paulo', RIO: 'Rio de Janeiro', BUE: 'Buenos Aires', YTO: 'Toronto', YMQ: 'Montreal',
  SEL: 'Seoul', BJS: 'Beijing', SHA: 'Shanghai', JKT: 'Jakarta', BKK: 'Bangkok', MOW: 'Moscow', YEA: 'Edmonton',
};
let byCode: Map<string, Place> | undefined;

/** The known city a place-code argument names, if any. */
export function placeOfCode(key: string, value: unknown): Place | undefined {
  if (typeof value !== 'string' || !/^[A-Z]{3}$/.test(value) || !CODE_ARG.test(key)) return undefined;
  if (!byCode) {
    byCode = new Map();
    for (const p of knownPlaces()) if (!byCode.has(p.airport)) byCode.set(p.airport, p);
    for (const [code, city] of Object.entries(METRO)) {
      const p = knownPlaces().find((q) => q.city === city);
      if (p) byCode.set(code, p);
    }
  }
  return byCode.get(value);
}
