/**
 * Result values that contradict their own record or the request (QUALITY.md E), wave 21. `name_city_elsewhere`: a
 * place named for a city lies in it (no "North Bengaluru Wine Bar" at Mumbai's coordinates or in the United Kingdom).
 * `continent_filter_elsewhere`: a list asked by continent holds places of that continent (no Ottawa webcam for OC).
 * `kind_holds_name`: a sport, genre, cuisine, category or industry is one, never a city or a brand ("Chicago" as a
 * sport, "Google" as a category). `company_trade_industry`: a company named for its trade ("Budapest Records") has
 * that trade's industry, never "Financials". Reads only the dialogue record and the gazetteer of src/world.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { continentOf, gazetteerPlace, knownPlaces, type Place } from '../world/index.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Json = Record<string, unknown>;

export const PLACES21_INVARIANTS = ['name_city_elsewhere', 'continent_filter_elsewhere', 'kind_holds_name', 'company_trade_industry'] as const satisfies readonly InvariantId[];

const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
let cities: Map<string, Place> | undefined;
const cityTable = (): Map<string, Place> => (cities ??= new Map(knownPlaces().map((p) => [p.city, p])));

/** The well-known city a name holds as a whole word, never a street named for it ("London Road"). */
function namedCity(name: string): Place | undefined {
  let best: Place | undefined;
  for (const [city, place] of cityTable()) {
    if (city.length < 4 || (best && best.city.length >= city.length)) continue;
    const at = name.indexOf(city);
    if (at < 0 || /\p{L}/u.test(name[at - 1] ?? '') || /\p{L}/u.test(name[at + city.length] ?? '')) continue;
    if (/^\s+(Road|Street|Avenue|Lane|Way|Drive)\b/.test(name.slice(at + city.length))) continue;
    best = place;
  }
  return best;
}

function km(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lng2 - lng1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(Math.min(1, a)));
}

/** Where a record named for a city says it is, when that is elsewhere. */
function nameCityElsewhere(obj: Json): string | undefined {
  const nameKey = Object.keys(obj).find((k) => /^(name|title|business_?name|place_?name|display_?name)$/i.test(k) && typeof obj[k] === 'string');
  const place = nameKey === undefined ? undefined : namedCity(obj[nameKey] as string);
  if (place === undefined) return undefined;
  const name = obj[nameKey!] as string;
  // A record that is the city itself ({name: "Warsaw", countryCode: "DO"}) is place_mismatch's to judge.
  if (name.trim() === place.city) return undefined;
  const lat = Object.entries(obj).find(([k, v]) => /^(lat|latitude)$/i.test(k) && typeof v === 'number')?.[1] as number | undefined;
  const lng = Object.entries(obj).find(([k, v]) => /^(lng|lon|long|longitude)$/i.test(k) && typeof v === 'number')?.[1] as number | undefined;
  if (lat !== undefined && lng !== undefined && km(lat, lng, place.latitude, place.longitude) > 50) return `"${name}" lies at ${lat}, ${lng}, ${Math.round(km(lat, lng, place.latitude, place.longitude))} km from ${place.city}`;
  for (const [k, v] of Object.entries(obj)) {
    if (typeof v !== 'string') continue;
    if (/^(city|city_?name|town)$/i.test(k) && cityTable().has(v) && v !== place.city) return `"${name}" is in ${v}`;
    if (/^(country|country_?name)$/i.test(k) && !/^[A-Z]{2}$/.test(v) && v !== place.country) return `"${name}" is in ${v}`;
    if (/^(country|country_?code|iso2)$/i.test(k) && /^[A-Z]{2}$/.test(v) && v !== place.countryCode) return `"${name}" is in ${v}`;
  }
  return undefined;
}

const ZONE_CONTINENT: Readonly<Record<string, string>> = { Europe: 'Europe', Africa: 'Africa', Asia: 'Asia', Australia: 'Oceania', Pacific: 'Oceania' };
/** A place's continent by its own time zone (Sydney's is Australia/…, though Australia's first zone is Antarctica's). */
const continentOfPlace = (p: Place): string | undefined => ZONE_CONTINENT[p.timezone.slice(0, p.timezone.indexOf('/'))] ?? continentOf(p.countryCode);

const CONTINENT_CODES: Readonly<Record<string, string>> = { AF: 'Africa', AN: 'Antarctica', AS: 'Asia', EU: 'Europe', NA: 'North America', OC: 'Oceania', SA: 'South America' };
function continentAsked(args: Json): string | undefined {
  for (const [k, v] of Object.entries(args)) {
    if (!/continent/i.test(k) || typeof v !== 'string' || v.includes(',')) continue;
    const name = CONTINENT_CODES[v.trim().toUpperCase()] ?? Object.values(CONTINENT_CODES).find((c) => c.toLowerCase() === v.trim().toLowerCase());
    if (name !== undefined) return name;
  }
  return undefined;
}

/** A title that starts with its place ("Grindelwald: Männlichen"), on another continent than asked. */
function offContinent(node: unknown, continent: string, depth: number): string | undefined {
  if (depth > 5 || node === null || typeof node !== 'object') return undefined;
  if (Array.isArray(node)) {
    for (const n of node) {
      const found = offContinent(n, continent, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  for (const [k, v] of Object.entries(node as Json)) {
    if (typeof v === 'string' && /^(title|name)$/i.test(k) && /:|›/.test(v)) {
      const m = /^\(?(?:Old\)\s*)?([\p{L}][\p{L} .'-]{2,40}?)\s*(?:›|:|-|,)/u.exec(v);
      const place = m ? (cityTable().get(m[1]!.trim()) ?? gazetteerPlace(m[1]!.trim())) : undefined;
      const held = place === undefined ? undefined : continentOfPlace(place);
      if (held !== undefined && held !== continent) return `"${v}" is in ${place!.country} (${held}), not ${continent}`;
    } else if (v && typeof v === 'object') {
      const found = offContinent(v, continent, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

/** Fields and lists named for a kind of thing. */
const KIND = /^(sports?|genres?|music_?genres?|cuisines?|categor(y|ies)|category_?name|industry|industries|sectors?)$/i;
/** Brands that are no category (a search of categories for them names what they are filed under). */
const BRANDS = new Set(['google', 'amazon', 'apple', 'microsoft', 'netflix', 'facebook', 'uber', 'airbnb']);
const notKind = (v: string): boolean => cityTable().has(v) || BRANDS.has(v.toLowerCase());

function kindHoldsName(node: unknown, depth: number): string | undefined {
  if (depth > 5 || node === null || typeof node !== 'object') return undefined;
  if (Array.isArray(node)) {
    for (const n of node) {
      const found = kindHoldsName(n, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  for (const [k, v] of Object.entries(node as Json)) {
    if (KIND.test(k) && typeof v === 'string' && notKind(v)) return `${k} is "${v}"`;
    if (KIND.test(k) && Array.isArray(v)) {
      for (const item of v) {
        const value = isRecord(item) ? Object.entries(item).find(([n, x]) => /^(name|title|label)$/i.test(n) && typeof x === 'string')?.[1] : item;
        if (typeof value === 'string' && notKind(value)) return `one of the ${k} is "${value}"`;
      }
    }
    if (v && typeof v === 'object') {
      const found = kindHoldsName(v, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

/** A trade word ending a company's name, and the industries it fits. */
const TRADES: readonly [RegExp, RegExp][] = [
  [/\bRecords$/, /music|media|entertainment|record/i],
  [/\b(Bakery|Bagels|Deli|Noodle Bar|Tea House|Ice Cream|Coffee Roasters|Street Kitchen|Wine Bar)$/, /food|beverage|restaurant|hospitality|consumer|bak|cater|drink/i],
  [/\bMotors$/, /auto|motor|vehicle|consumer discretionary|industrials/i],
  [/\b(Bank|Banking|Capital|Bancorp)$/, /financ|bank|capital/i],
  [/\b(Pharma|Pharmaceuticals?|Pharmacy)$/, /health|pharma|medic|life science/i],
  [/\b(Airlines?|Airways)$/, /airline|aviation|transport|travel|industrials/i],
  [/\b(Books|Florist|Bike Shop|Outdoor Gear|Hardware|Pet Supplies|Opticians|Tailors|Barbers)$/, /retail|consumer|shop|store|services|health|apparel/i],
  // Wave 28: the trade words drawn company names end in ("Silva Media" is no manufacturer).
  [/\bMedia$/, /media|entertain|publish|market|advertis|broadcast|film|music|news|communicat|creative|tech|internet|digital/i],
  [/\bLabs$/, /tech|software|research|science|bio|pharma|health|engineer|^it\b|information|internet|data/i],
  [/\bDigital$/, /tech|software|media|market|advertis|internet|digital|^it\b|information|commerce|communicat/i],
  [/\bNetworks$/, /telecom|network|tech|media|broadcast|communicat|internet|^it\b|information/i],
];
function tradeIndustry(obj: Json): string | undefined {
  const name = Object.entries(obj).find(([k, v]) => /^(name|company_?name|companyName)$/i.test(k) && typeof v === 'string')?.[1] as string | undefined;
  const trade = name === undefined ? undefined : TRADES.find(([re]) => re.test(name));
  if (trade === undefined) return undefined;
  const industry = Object.entries(obj).find(([k, v]) => /^(industry|sector)$/i.test(k) && typeof v === 'string')?.[1] as string | undefined;
  return industry !== undefined && !trade[1].test(industry) ? `"${name}" has industry "${industry}"` : undefined;
}

function eachRecord(node: unknown, fn: (obj: Json) => void, depth = 0): void {
  if (depth > 6 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach((n) => eachRecord(n, fn, depth + 1));
  fn(node as Json);
  for (const v of Object.values(node as Json)) if (v && typeof v === 'object') eachRecord(v, fn, depth + 1);
}

export function checkPlaces21(record: DialogueRecord, add: Add): void {
  const argsOf = new Map<string, Json>();
  record.turns.forEach((turn, i) => {
    if (turn.speaker === 'assistant' && turn.call) argsOf.set(turn.call.id, (turn.call.arguments ?? {}) as Json);
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    const args = argsOf.get(turn.call_id) ?? {};
    const sent = Object.entries(args).filter(([k, v]) => /sport|genre|cuisine|categor|industr|sector/i.test(k) && typeof v === 'string').map(([, v]) => v as string);
    let city: string | undefined, trade: string | undefined;
    eachRecord(turn.result, (obj) => {
      city ??= nameCityElsewhere(obj);
      trade ??= tradeIndustry(obj);
    });
    if (city) add('name_city_elsewhere', i, `tool result: ${city}`);
    if (trade) add('company_trade_industry', i, `tool result: ${trade}`);
    const continent = continentAsked(args);
    const off = continent === undefined ? undefined : offContinent(turn.result, continent, 0);
    if (off) add('continent_filter_elsewhere', i, `tool result: ${off}`);
    const kind = kindHoldsName(turn.result, 0);
    // A kind the caller sent as one (`category: "Google"`) is theirs to name.
    if (kind && !sent.some((s) => kind.endsWith(`"${s}"`))) add('kind_holds_name', i, `tool result: ${kind}`);
  });
}

/**
 * A search whose query is a city or a brand, answered with kinds (sports played there, categories a brand is filed
 * under): those kinds never name the query, and `query_unmatched` does not ask them to.
 */
export function kindsForPlaceOrBrand(query: string, result: unknown): boolean {
  const q = query.trim();
  const city = q.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  // Any city the gazetteer knows ("London" is no well-known place of the world's table), wave 28.
  if (!cityTable().has(city) && !BRANDS.has(q.toLowerCase()) && !/^\p{Lu}[\p{L} .'-]{2,40}$/u.test(city)) return false;
  if (!cityTable().has(city) && !BRANDS.has(q.toLowerCase()) && gazetteerPlace(city) === undefined) return false;
  let kinds = false;
  eachRecord(result, (obj) => {
    kinds ||= Object.entries(obj).some(([k, v]) => KIND.test(k) && Array.isArray(v) && v.length > 0);
  });
  return kinds;
}
