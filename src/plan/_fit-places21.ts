/**
 * Late facts of a finished result that its own names state (QUALITY.md E), wave 21: a place named for a city lies in
 * that city ("North Bengaluru Wine Bar" is no bar at Mumbai's coordinates), a list asked by continent holds webcams
 * of that continent (no Ottawa for OC), a list of sports or categories holds no city ("Chicago" is no sport) and a
 * company named for its trade ("Budapest Records") is of that trade's industry.
 */
import { shopHeadcount } from './_shops24.ts';
import { continentOf, gazetteerPlace, knownPlaces, type Place } from '../world/index.ts';
import { faker } from './_faker.ts';
import { webcamName } from './_webcams15.ts';
import { fitCountryLists34 } from './_fit-country-discra34.ts';

type Json = Record<string, unknown>;
const pick = <T>(items: readonly T[]): T => faker.helpers.arrayElement(items as T[]);
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

let cities: Map<string, Place> | undefined;
/** Well-known cities by name, for names that contain one. */
const cityTable = (): Map<string, Place> => (cities ??= new Map(knownPlaces().map((p) => [p.city, p])));
/** The well-known city a place name names as a whole word ("Bengaluru" of "North Bengaluru Wine Bar"), longest first. */
export function cityInName(name: string): Place | undefined {
  let best: Place | undefined;
  for (const [city, place] of cityTable()) {
    if (city.length < 4 || (best && best.city.length >= city.length)) continue;
    const at = name.indexOf(city);
    if (at < 0 || /\p{L}/u.test(name[at - 1] ?? '') || /\p{L}/u.test(name[at + city.length] ?? '')) continue;
    // "London Road Bakery" names a street, not London.
    if (/^\s+(Road|Street|Avenue|Lane|Way|Drive)\b/.test(name.slice(at + city.length))) continue;
    best = place;
  }
  return best;
}

const NAME = /^(name|title|business_?name|place_?name|display_?name)$/i;
const LAT = /^(lat|latitude)$/i;
const LNG = /^(lng|lon|long|longitude)$/i;
const CITY = /^(city|city_?name|town)$/i;
const COUNTRY = /^(country|country_?name)$/i;
const COUNTRY_CODE = /^(country_?code|countryCode|iso2)$/i;

/** Kilometres between two points (haversine). */
export function kmApart(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lng2 - lng1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(Math.min(1, a)));
}

const PLACE_ARG = /^(near|around|city|city_?name|location|address|place|where)$/i;
/** The city a call searches in (`near: "san jose, ca"`), from the gazetteer. */
function askedPlace(args: Json): Place | undefined {
  for (const [k, v] of Object.entries(args)) if (PLACE_ARG.test(k) && typeof v === 'string') return cityTable().get(v.trim()) ?? gazetteerPlace(v);
  return undefined;
}

/**
 * A place record named for a city lies in it. Found by a search in another city, or lying by another known city,
 * it is named for that one ("North Cairo Outdoor Gear" near San Jose → "North San Jose Outdoor Gear"); else it is
 * moved into the city its name says: its coordinates, city and country become that city's.
 */
function nameCityHere(obj: Json, kept: ReadonlySet<string>, asked: Place | undefined): void {
  const nameKey = Object.keys(obj).find((k) => NAME.test(k) && typeof obj[k] === 'string');
  if (nameKey === undefined) return;
  const name = obj[nameKey] as string;
  const place = cityInName(name);
  if (place === undefined) return;
  const keys = Object.keys(obj);
  const latKey = keys.find((k) => LAT.test(k) && typeof obj[k] === 'number');
  const lngKey = keys.find((k) => LNG.test(k) && typeof obj[k] === 'number');
  const isKept = (k: string | undefined): boolean => k !== undefined && kept.has(JSON.stringify(obj[k]));
  const near = latKey !== undefined && lngKey !== undefined ? knownPlaces().find((p) => kmApart(obj[latKey] as number, obj[lngKey] as number, p.latitude, p.longitude) <= 40) : undefined;
  const home = asked ?? near;
  if (home !== undefined && home.city !== place.city && !kept.has(JSON.stringify(name))) {
    obj[nameKey] = name.replace(place.city, home.city);
    return;
  }
  if ([latKey, lngKey, ...keys.filter((k) => CITY.test(k) || COUNTRY.test(k) || COUNTRY_CODE.test(k))].some(isKept)) return;
  if (latKey !== undefined && lngKey !== undefined && kmApart(obj[latKey] as number, obj[lngKey] as number, place.latitude, place.longitude) > 40) {
    obj[latKey] = Number((place.latitude + faker.number.float({ min: -0.05, max: 0.05 })).toFixed(4));
    obj[lngKey] = Number((place.longitude + faker.number.float({ min: -0.05, max: 0.05 })).toFixed(4));
  }
  for (const k of keys) {
    if (typeof obj[k] !== 'string') continue;
    if (CITY.test(k) && cityTable().has(obj[k] as string)) obj[k] = place.city;
    else if (COUNTRY.test(k) && !/^[A-Z]{2}$/.test(obj[k] as string)) obj[k] = place.country;
    else if ((COUNTRY.test(k) || COUNTRY_CODE.test(k)) && /^[A-Z]{2}$/.test(obj[k] as string)) obj[k] = place.countryCode;
  }
}

const ZONE_CONTINENT: Readonly<Record<string, string>> = { Europe: 'Europe', Africa: 'Africa', Asia: 'Asia', Australia: 'Oceania', Pacific: 'Oceania' };
/** A place's continent by its own time zone (Sydney's is Australia/…, though Australia's first zone is Antarctica's). */
const continentOfPlace = (p: Place): string | undefined => ZONE_CONTINENT[p.timezone.slice(0, p.timezone.indexOf('/'))] ?? continentOf(p.countryCode);
/** A country's continent by a known city of it, else by the gazetteer. */
const continentOfCountry = (code: string): string | undefined => {
  const known = knownPlaces().find((p) => p.countryCode === code);
  return known !== undefined ? continentOfPlace(known) : continentOf(code);
};

const CONTINENT_CODES: Readonly<Record<string, string>> = { AF: 'Africa', AN: 'Antarctica', AS: 'Asia', EU: 'Europe', NA: 'North America', OC: 'Oceania', SA: 'South America' };
/** The continent a call filters by (`continent: "OC"`, "Oceania"), if any. */
export function askedContinent(args: Json): string | undefined {
  for (const [k, v] of Object.entries(args)) {
    if (!/continent/i.test(k) || typeof v !== 'string') continue;
    const first = v.split(',')[0]!.trim();
    const name = CONTINENT_CODES[first.toUpperCase()] ?? Object.values(CONTINENT_CODES).find((c) => c.toLowerCase() === first.toLowerCase());
    if (name !== undefined) return name;
  }
  return undefined;
}

/** The place a webcam-like title starts with ("Grindelwald" of "Grindelwald: Männlichen"), resolved in the gazetteer. */
export function leadingPlace(title: string): Place | undefined {
  const m = /^\(?(?:Old\)\s*)?([\p{L}][\p{L} .'-]{2,40}?)\s*(?:›|:|-|,)/u.exec(title);
  if (!m) return undefined;
  const name = m[1]!.trim();
  return cityTable().get(name) ?? gazetteerPlace(name);
}

/** Titles of items in a list asked by continent start with a city of that continent. */
function continentTitles(node: unknown, continent: string, depth: number): void {
  if (depth > 5 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    const used = new Set(node.flatMap((n) => (isRecord(n) ? Object.values(n).filter((v) => typeof v === 'string' && /^[A-Z]{2}$/.test(v)) : [])));
    for (const n of node) if (isRecord(n)) countryOfContinent(n, continent, used);
    return node.forEach((n) => continentTitles(n, continent, depth + 1));
  }
  for (const [k, v] of Object.entries(node as Json)) {
    if (typeof v === 'string' && /^(title|name)$/i.test(k) && /:|›/.test(v)) {
      // A place the gazetteer cannot place for sure (Ottawa, Fieschertal) is no webcam of that continent either.
      const place = leadingPlace(v);
      if (place === undefined || continentOfPlace(place) !== continent) {
        const choices = knownPlaces().filter((p) => continentOfPlace(p) === continent);
        if (choices.length > 0) (node as Json)[k] = webcamName(pick(choices).city);
      }
    } else if (v && typeof v === 'object') continentTitles(v, continent, depth + 1);
  }
}

/** A country facet (`{id: "PL", name: "Poland"}`) of a list asked by continent is a country of that continent. */
/** Countries of a continent with few well-known cities, for its third facet (Oceania's known cities are in two). */
const MORE_COUNTRIES: Readonly<Record<string, readonly (readonly [string, string])[]>> = { Oceania: [['FJ', 'Fiji'], ['PG', 'Papua New Guinea'], ['WS', 'Samoa']] };

function countryOfContinent(obj: Json, continent: string, used: Set<unknown>): void {
  const codeKey = Object.keys(obj).find((k) => /^(id|code|country_?code|iso2)$/i.test(k) && typeof obj[k] === 'string' && /^[A-Z]{2}$/.test(obj[k] as string));
  const nameKey = Object.keys(obj).find((k) => /^(name|country|country_?name)$/i.test(k) && typeof obj[k] === 'string');
  if (codeKey === undefined || nameKey === undefined) return;
  const held = continentOfCountry(obj[codeKey] as string);
  if (held === undefined || held === continent || continentOf(obj[nameKey] as string) === undefined) return;
  const choices = [...new Map(knownPlaces().filter((p) => continentOfPlace(p) === continent && !used.has(p.countryCode)).map((p) => [p.countryCode, p])).values()];
  const more = (MORE_COUNTRIES[continent] ?? []).filter(([code]) => !used.has(code));
  const next = choices.length > 0 ? ([choices[0]!.countryCode, choices[0]!.country] as const) : more[0];
  if (next === undefined) return;
  used.add(next[0]);
  obj[codeKey] = next[0];
  obj[nameKey] = next[1];
}

/** Lists and fields named for a kind of thing, and what each holds. */
export const KIND_VALUES: readonly [RegExp, readonly string[]][] = [
  [/^sports?$/i, ['Football', 'Cricket', 'Golf', 'Tennis', 'Basketball']],
  [/^(genres?|music_?genres?)$/i, ['Jazz', 'Folk', 'Drama', 'Comedy', 'Documentary']],
  [/^cuisines?$/i, ['Italian', 'Thai', 'Mexican', 'Japanese', 'Indian']],
  [/^(industry|industries|sectors?)$/i, ['Technology', 'Health Care', 'Energy', 'Retail', 'Media']],
  [/^(categor(y|ies)|category_?name)$/i, ['Travel Agency', 'Electronics Store', 'Insurance Agency', 'Restaurant', 'Software Company']],
];
/** Well-known brands searched as a category, and the categories a review site files them under. */
export const BRAND_CATEGORIES: Readonly<Record<string, readonly string[]>> = {
  google: ['Search Engine', 'Internet Service', 'Software Company'], amazon: ['Online Marketplace', 'Electronics Store'],
  apple: ['Electronics Store', 'Computer Store'], microsoft: ['Software Company', 'Computer Store'], netflix: ['Streaming Service'],
  facebook: ['Social Media Service'], uber: ['Taxi Service', 'Ride Sharing Service'], airbnb: ['Vacation Rental Agency'],
};
/** A kind's value that is a city or a brand ("Chicago" as a sport, "Google" as a category). */
export function notOfKind(value: string): 'city' | 'brand' | undefined {
  if (cityTable().has(value)) return 'city';
  return value.toLowerCase() in BRAND_CATEGORIES ? 'brand' : undefined;
}

/** Items of a list of sports or categories, and fields named so, hold one of that kind, never a city or a brand. */
function kindValues(node: unknown, kept: ReadonlySet<string>, depth: number): void {
  if (depth > 5 || !isRecord(node)) {
    if (Array.isArray(node) && depth <= 5) node.forEach((n) => kindValues(n, kept, depth + 1));
    return;
  }
  for (const [k, v] of Object.entries(node)) {
    const kind = KIND_VALUES.find(([re]) => re.test(k));
    if (kind && typeof v === 'string' && notOfKind(v) !== undefined && !kept.has(JSON.stringify(v))) node[k] = v.toLowerCase() in BRAND_CATEGORIES ? BRAND_CATEGORIES[v.toLowerCase()]![0]! : pick(kind[1]);
    else if (kind && Array.isArray(v)) {
      const used = new Set(v.map((item) => (isRecord(item) ? item.name : item)));
      v.forEach((item, i) => {
        const nameKey = isRecord(item) ? Object.keys(item).find((n) => /^(name|title|label)$/i.test(n) && typeof item[n] === 'string') : undefined;
        const value = nameKey !== undefined ? (item as Json)[nameKey] : item;
        if (typeof value !== 'string' || notOfKind(value) === undefined || kept.has(JSON.stringify(value))) return;
        const choices = (BRAND_CATEGORIES[value.toLowerCase()] ?? kind[1]).filter((c) => !used.has(c));
        if (choices.length === 0) return;
        const next = choices[0]!;
        used.add(next);
        if (nameKey !== undefined) (item as Json)[nameKey] = next;
        else v[i] = next;
      });
    } else if (v && typeof v === 'object') kindValues(v, kept, depth + 1);
  }
}

/** The industry a company's trade word says ("Records" → music), as the words an industry field may hold. */
export const TRADE_INDUSTRY: readonly [RegExp, string, RegExp][] = [
  [/\bRecords$/, 'Music', /music|media|entertainment|record/i],
  [/\b(Bakery|Bagels|Deli|Noodle Bar|Tea House|Ice Cream|Coffee Roasters|Street Kitchen|Wine Bar)$/, 'Food & Beverage', /food|beverage|restaurant|hospitality|consumer|bak|cater|drink/i],
  [/\bMotors$/, 'Automotive', /auto|motor|vehicle|consumer discretionary|industrials/i],
  [/\b(Bank|Banking|Capital|Bancorp)$/, 'Financials', /financ|bank|capital/i],
  [/\b(Pharma|Pharmaceuticals?|Pharmacy)$/, 'Health Care', /health|pharma|medic|life science/i],
  [/\b(Airlines?|Airways)$/, 'Airlines', /airline|aviation|transport|travel|industrials/i],
  [/\b(Books|Florist|Bike Shop|Outdoor Gear|Hardware|Pet Supplies|Opticians|Tailors|Barbers)$/, 'Retail', /retail|consumer|shop|store|services|health|apparel/i],
];
/** An industry written as a filter's code ("healthcare", "public_sector"), as the common codes say it (wave 23). */
const INDUSTRY_CODES: Readonly<Record<string, string>> = { 'Health Care': 'healthcare', Retail: 'retail', 'Food & Beverage': 'hospitality', Financials: 'finance', Music: 'media', Automotive: 'manufacturing', Airlines: 'transportation' };
/** A company named for its trade has that trade's industry. */
function tradeIndustry(obj: Json, kept: ReadonlySet<string>): void {
  const name = Object.entries(obj).find(([k, v]) => /^(name|company_?name|companyName)$/i.test(k) && typeof v === 'string')?.[1] as string | undefined;
  if (name === undefined) return;
  shopHeadcount(obj, name, kept);
  const trade = TRADE_INDUSTRY.find(([re]) => re.test(name));
  if (trade === undefined) return;
  for (const [k, v] of Object.entries(obj)) {
    if (/^(industry|sector)$/i.test(k) && typeof v === 'string' && !trade[2].test(v) && !kept.has(JSON.stringify(v))) obj[k] = /^[a-z_]+$/.test(v) ? INDUSTRY_CODES[trade[1]] ?? v : trade[1];
  }
}

function visit(node: unknown, kept: ReadonlySet<string>, asked: Place | undefined, depth: number): void {
  if (depth > 6 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach((n) => visit(n, kept, asked, depth + 1));
  nameCityHere(node as Json, kept, asked);
  tradeIndustry(node as Json, kept);
  for (const v of Object.values(node as Json)) if (v && typeof v === 'object') visit(v, kept, asked, depth + 1);
}

/** `kept`: JSON of values the call sent or the chain pinned, never changed. */
export function fitPlaceFacts21(result: unknown, args: Json, kept: ReadonlySet<string>): void {
  visit(result, kept, askedPlace(args), 0);
  const continent = askedContinent(args);
  if (continent !== undefined) continentTitles(result, continent, 0);
  fitCountryLists34(result, args, kept, leadingPlace);
  kindValues(result, kept, 0);
}
