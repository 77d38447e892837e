/**
 * Counted facets name the listed places (QUALITY.md E, wave 34; rapidapi 2026-287): beside webcams of Sydney and
 * Auckland, a `countries: [{name, count}]` facet counts Australia 1 and New Zealand 2, and a facet of continents
 * counts Oceania, never "Africa 50" and "Asia 25" for a list filtered to Oceania. Only when every item names a known
 * city (as `_facets18.ts` reads them); each entry keeps its drawn shape, an entry of the same name its own id.
 * Kept values never change.
 */
import { cityOf } from './_facets18.ts';
import type { Place } from '../world/index.ts';

type Rec = Record<string, unknown>;

const CONTINENT_OF: Readonly<Record<string, string>> = {};
for (const [continent, codes] of [
  ['Europe', 'PT DE IE DK AT CZ NO ES GB FR IT NL SE FI PL HU GR BE CH'],
  ['Asia', 'JP KR IN SG TH VN PH ID MY TW AE IL CN HK TR'],
  ['Africa', 'KE ZA EG MA NG GH'],
  ['North America', 'CA US MX'],
  ['South America', 'AR PE CO CL BR'],
  ['Oceania', 'AU NZ FJ'],
] as const) for (const code of codes.split(' ')) (CONTINENT_OF as Record<string, string>)[code] = continent;
const CONTINENT_CODE: Readonly<Record<string, string>> = { Europe: 'EU', Asia: 'AS', Africa: 'AF', 'North America': 'NA', 'South America': 'SA', Oceania: 'OC', Antarctica: 'AN' };
const CONTINENTS = new Set(Object.keys(CONTINENT_CODE));

const isRec = (v: unknown): v is Rec => v !== null && typeof v === 'object' && !Array.isArray(v);
const NAME = /^(name|title|label)$/;

/** The facet entries of `places` by `keyOf`, most first (then in the items' order), in the drawn entries' shape. */
function recount(entries: Rec[], places: readonly Place[], keyOf: (p: Place) => [string, string]): Rec[] {
  const nameKey = Object.keys(entries[0]!).find((k) => NAME.test(k))!;
  const idKey = Object.keys(entries[0]!).find((k) => /^(id|code)$/.test(k));
  const counts = new Map<string, { id: string; n: number }>();
  for (const p of places) {
    const [name, id] = keyOf(p);
    const c = counts.get(name) ?? { id, n: 0 };
    c.n++;
    counts.set(name, c);
  }
  const spare = entries.filter((e) => !counts.has(String(e[nameKey])));
  let s = 0;
  return [...counts.entries()].sort((a, b) => b[1].n - a[1].n).map(([name, { id, n }]) => {
    const own = entries.find((e) => e[nameKey] === name);
    const base = own ?? spare[s++] ?? entries[0]!;
    const entry: Rec = { ...base, [nameKey]: name, count: n };
    // A drawn code (`AU`) is the place's own; another id keeps its own shape.
    if (idKey !== undefined && own === undefined && typeof base[idKey] === 'string' && /^[A-Z]{2}$/.test(base[idKey] as string)) entry[idKey] = id;
    return entry;
  });
}

export function countedFacetsOfPlaces34(record: Rec, isKept: (v: unknown) => boolean): void {
  const items = Object.values(record).find((v): v is Rec[] => Array.isArray(v) && v.length > 0 && v.every((x) => isRec(x) && typeof x.count !== 'number'));
  if (!items) return;
  let places: Place[] | undefined;
  for (const [key, v] of Object.entries(record)) {
    if (!Array.isArray(v) || v.length === 0 || v === items) continue;
    if (!v.every((e) => isRec(e) && typeof e.count === 'number' && Object.keys(e).some((k) => NAME.test(k) && typeof e[k] === 'string'))) continue;
    const entries = v as Rec[];
    if (entries.some((e) => Object.values(e).some(isKept))) continue;
    const nameKey = Object.keys(entries[0]!).find((k) => NAME.test(k))!;
    const continents = entries.every((e) => CONTINENTS.has(String(e[nameKey])));
    if (!continents && !/countr/i.test(key)) continue;
    places ??= items.map(cityOf).every((p) => p !== undefined) ? (items.map(cityOf) as Place[]) : [];
    if (places.length === 0) return;
    if (continents) {
      if (places.some((p) => CONTINENT_OF[p.countryCode] === undefined)) continue;
      record[key] = recount(entries, places, (p) => [CONTINENT_OF[p.countryCode]!, CONTINENT_CODE[CONTINENT_OF[p.countryCode]!]!]);
    } else record[key] = recount(entries, places, (p) => [/^[A-Z]{2}$/.test(String(entries[0]![nameKey])) ? p.countryCode : p.country, p.countryCode]);
  }
}
