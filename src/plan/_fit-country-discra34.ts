/**
 * A list asked by country holds that country's records (QUALITY.md E), wave 34: webcams listed for Vietnam are
 * Vietnamese ("Hanoi: Old Town Square", never the spec's "Cotswold: Cirencester ChickenCam"), and the continents
 * such a list reports are the country's one, never "Asia, Oceania and Europe" for Vietnam or "Europe, South America
 * and North America" for France. The continent twin of this is continentTitles in _fit-places21.ts.
 */
import { continentOf, countryFacts, knownPlaces, type Place } from '../world/index.ts';
import { faker } from './_faker.ts';
import { webcamName } from './_webcams15.ts';

type Json = Record<string, unknown>;
/** The place a webcam-like title starts with (_fit-places21.ts leadingPlace, passed in: that file calls this one). */
type Leading = (title: string) => Place | undefined;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const COUNTRY_ARG = /^(country|country_?code|countries)$/i;
const CONTINENT_NAMES = new Set(['Africa', 'Antarctica', 'Asia', 'Europe', 'North America', 'Oceania', 'South America']);

/** The one country a call filters by (`country: "Vietnam"`, "VN"); undefined for none or several. */
function askedCountry(args: Json): { code: string; capital?: string } | undefined {
  for (const [k, v] of Object.entries(args)) {
    if (!COUNTRY_ARG.test(k) || typeof v !== 'string' || v.includes(',')) continue;
    const text = v.trim();
    const facts = countryFacts(/^[a-z]{2}$/i.test(text) ? text.toUpperCase() : text);
    if (facts !== undefined) return { code: facts.code, ...(facts.capital !== undefined ? { capital: facts.capital } : {}) };
  }
  return undefined;
}

/** A webcam-like title ("City: view") of a list asked by country starts with a city of that country. */
function titlesInCountry(items: unknown[], code: string, capital: string | undefined, kept: ReadonlySet<string>, leadingPlace: Leading): void {
  const titled = items.filter(isRecord).map((item) => [item, Object.keys(item).find((k) => /^(title|name)$/i.test(k) && typeof item[k] === 'string' && /:|›/.test(item[k] as string))] as const).filter((p): p is readonly [Json, string] => p[1] !== undefined);
  if (titled.length === 0) return;
  // Cities to draw from: the well-known ones of the country, else those the list's own titles already place there, else its capital.
  const own = titled.map(([item, key]) => leadingPlace(item[key] as string)).filter((p) => p !== undefined && p.countryCode === code).map((p) => p!.city);
  const known = knownPlaces().filter((p) => p.countryCode === code).map((p) => p.city);
  const cities = known.length > 0 ? known : own.length > 0 ? [...new Set(own)] : capital !== undefined && !capital.includes(',') ? [capital] : [];
  if (cities.length === 0) return;
  for (const [item, key] of titled) {
    const title = item[key] as string;
    if (kept.has(JSON.stringify(title)) || leadingPlace(title)?.countryCode === code) continue;
    item[key] = webcamName(faker.helpers.arrayElement(cities));
  }
}

function visit(node: unknown, code: string, capital: string | undefined, kept: ReadonlySet<string>, leading: Leading, depth: number): void {
  if (depth > 5 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    titlesInCountry(node, code, capital, kept, leading);
    return node.forEach((n) => visit(n, code, capital, kept, leading, depth + 1));
  }
  for (const [k, v] of Object.entries(node as Json)) {
    // A country's list reports its own continent once.
    if (/^continents?$/i.test(k) && Array.isArray(v) && v.length > 0 && v.every((c) => typeof c === 'string' && CONTINENT_NAMES.has(c))) {
      const continent = continentOf(code);
      if (continent !== undefined && !kept.has(JSON.stringify(v))) (node as Json)[k] = [continent];
    } else if (v && typeof v === 'object') visit(v, code, capital, kept, leading, depth + 1);
  }
}

/** `kept`: JSON of values the call sent or the chain pinned, never changed. */
export function fitCountryLists34(result: unknown, args: Json, kept: ReadonlySet<string>, leading: Leading): void {
  if (!Object.keys(args).some((k) => COUNTRY_ARG.test(k))) return; // cheap: most calls filter by no country
  const asked = askedCountry(args);
  if (asked !== undefined) visit(result, asked.code, asked.capital, kept, leading, 0);
}
