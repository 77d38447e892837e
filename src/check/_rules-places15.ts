/**
 * Results that contradict the place, market or season asked for (QUALITY.md E): offers on a marketplace priced in
 * another country's currency, a search near one city answered with places in several countries, a well-known city
 * with a town's population, winter alerts where and when there is no winter, an alert headed by news, and a point asked in a projected srid given in degrees. Reads only the dialogue record;
 * keeps its own small tables (no import from plan or world).
 */
import { createRequire } from 'node:module';
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const PLACES15_INVARIANTS = ['market_currency', 'place_filter_elsewhere', 'city_population', 'season_alert', 'alert_headline_off', 'srid_degrees'] as const satisfies readonly InvariantId[];

// Kept per key: the same keys recur in every object of every result.
const snake = snakeKey;

let currencyOf: Map<string, string> | undefined;
/** A country's currency by its ISO code, from the country-state-city package (read on first use). */
function countryCurrency(code: string): string | undefined {
  if (!currencyOf) {
    const require = createRequire(import.meta.url);
    const { Country } = require('country-state-city') as { Country: { getAllCountries(): { isoCode: string; currency: string }[] } };
    currencyOf = new Map(Country.getAllCountries().map((c) => [c.isoCode, c.currency]));
  }
  return currencyOf.get(code);
}

const MARKET = /^(country|country_code|market|marketplace|gl)$/;
const PRICED = /(price|offers?|products?)/;
const CURRENCY = /^(currency|currency_code)$/;

/** A record on a marketplace (`country: "US"` beside prices or offers) holds prices in another currency (JPY). */
function marketCurrency(obj: Record<string, unknown>): string | undefined {
  const market = Object.entries(obj).find(([k, v]) => MARKET.test(snake(k)) && typeof v === 'string' && /^[A-Z]{2}$/.test(v))?.[1] as string | undefined;
  if (market === undefined || !Object.keys(obj).some((k) => PRICED.test(snake(k)))) return undefined;
  const expected = countryCurrency(market);
  if (expected === undefined) return undefined;
  let wrong: string | undefined;
  const look = (node: unknown, depth: number): void => {
    if (wrong !== undefined || !node || typeof node !== 'object' || depth > 3) return;
    if (Array.isArray(node)) return node.forEach((n) => look(n, depth + 1));
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
      if (CURRENCY.test(snake(k)) && typeof v === 'string' && /^[A-Z]{3}$/.test(v) && v !== expected) wrong = v;
      else if (v && typeof v === 'object') look(v, depth + 1);
    }
  };
  look(obj, 0);
  return wrong === undefined ? undefined : `prices on the ${market} marketplace are in ${wrong}, not ${expected}`;
}

/** Arguments that say one city-sized place to look in. */
const PLACE_ARG = /^(near|around|city|city_name|location|address|zip|zip_code|postcode|postal_code)$/;
const ITEM_COUNTRY = /^(country|country_code|country_name)$/;

/** A list answering a search in one place holds items in several countries, or spread across the globe. */
function elsewhere(result: unknown, args: Record<string, unknown>): string | undefined {
  const place = Object.entries(args).find(([k, v]) => PLACE_ARG.test(snake(k)) && typeof v === 'string' && v.trim() !== '');
  if (!place) return undefined;
  let found: string | undefined;
  eachObject(result, (obj) => {
    if (found !== undefined) return;
    for (const [key, v] of Object.entries(obj)) {
      if (!Array.isArray(v) || v.length < 2 || !v.every((x) => x && typeof x === 'object' && !Array.isArray(x))) continue;
      const items = v as Record<string, unknown>[];
      const countries = new Set(items.map((it) => Object.entries(it).find(([k, c]) => ITEM_COUNTRY.test(snake(k)) && typeof c === 'string')?.[1]).filter((c) => c !== undefined));
      if (countries.size > 1) found = `the ${key} found for ${place[0]} "${String(place[1])}" lie in ${[...countries].join(', ')}`;
      const lats = items.map((it) => Number(Object.entries(it).find(([k]) => /^(lat|latitude)$/.test(k))?.[1])).filter((n) => Number.isFinite(n));
      if (found === undefined && lats.length > 1 && Math.max(...lats) - Math.min(...lats) > 10) found = `the ${key} found for ${place[0]} "${String(place[1])}" lie ${Math.round(Math.max(...lats) - Math.min(...lats))} degrees of latitude apart`;
    }
  });
  return found;
}

/** Big cities and how many people live there, with their country codes; a record with a tenth of that is a town, with four times a region. */
const BIG_CITY: Readonly<Record<string, readonly [string, number]>> = {
  Chicago: ['US', 2_700_000], 'Los Angeles': ['US', 3_900_000], 'New York': ['US', 8_300_000], Houston: ['US', 2_300_000],
  London: ['GB', 9_000_000], Paris: ['FR', 2_100_000], Berlin: ['DE', 3_600_000], Madrid: ['ES', 3_300_000], Rome: ['IT', 2_800_000],
  Tokyo: ['JP', 14_000_000], Osaka: ['JP', 2_700_000], Seoul: ['KR', 9_600_000], Mumbai: ['IN', 12_000_000], Delhi: ['IN', 16_000_000],
  'São Paulo': ['BR', 12_000_000], 'Mexico City': ['MX', 9_200_000], 'Buenos Aires': ['AR', 3_100_000], Lima: ['PE', 9_700_000],
  Cairo: ['EG', 10_000_000], Lagos: ['NG', 15_000_000], Istanbul: ['TR', 15_000_000], Bangkok: ['TH', 10_500_000], Jakarta: ['ID', 10_500_000],
  Sydney: ['AU', 5_300_000], Melbourne: ['AU', 5_000_000], Toronto: ['CA', 2_800_000], Moscow: ['RU', 12_500_000], Beijing: ['CN', 21_000_000],
  Shanghai: ['CN', 24_000_000], Athens: ['GR', 640_000], Munich: ['DE', 1_500_000], Amsterdam: ['NL', 920_000], Bristol: ['GB', 470_000], Nairobi: ['KE', 4_400_000], Johannesburg: ['ZA', 5_600_000], 'Bogotá': ['CO', 7_200_000],
};

function cityPopulation(obj: Record<string, unknown>): string | undefined {
  const pop = Object.entries(obj).find(([k, v]) => /^(population|pop)$/.test(snake(k)) && typeof v === 'number')?.[1] as number | undefined;
  const name = Object.entries(obj).find(([k, v]) => /^(name|city|city_name)$/.test(snake(k)) && typeof v === 'string')?.[1] as string | undefined;
  if (pop === undefined || name === undefined || !(name in BIG_CITY)) return undefined;
  const [country, real] = BIG_CITY[name]!;
  const code = Object.entries(obj).find(([k, v]) => /^(country|country_code|iso2)$/.test(snake(k)) && typeof v === 'string' && /^[A-Z]{2}$/.test(v))?.[1];
  if (code !== undefined && code !== country) return undefined;
  return pop < real / 10 || pop > real * 4 ? `${name} has a population of ${pop} (about ${real})` : undefined;
}

/** Countries with no winter weather in any month (the tropics) and those south of the equator (winter June to August). */
const TROPICAL = new Set(['PE', 'CO', 'EC', 'VE', 'KE', 'NG', 'GH', 'SG', 'TH', 'VN', 'PH', 'ID', 'MY', 'IN', 'AE', 'EG', 'BR']);
const SOUTH = new Set(['AR', 'CL', 'AU', 'NZ', 'ZA', 'UY', 'PY']);
/** Well-known cities of those countries, for a call that names its place in words. */
const CITY_COUNTRY: Readonly<Record<string, string>> = {
  lima: 'PE', 'bogotá': 'CO', bogota: 'CO', nairobi: 'KE', lagos: 'NG', accra: 'GH', singapore: 'SG', bangkok: 'TH', hanoi: 'VN', manila: 'PH',
  jakarta: 'ID', 'kuala lumpur': 'MY', mumbai: 'IN', bengaluru: 'IN', dubai: 'AE', cairo: 'EG', 'são paulo': 'BR', 'rio de janeiro': 'BR',
  'buenos aires': 'AR', santiago: 'CL', sydney: 'AU', melbourne: 'AU', auckland: 'NZ', wellington: 'NZ', 'cape town': 'ZA', johannesburg: 'ZA',
};
const COLD_ALERT = /\b(winter storm|blizzard|frost|freeze|wind chill|ice storm|snow)\b/i;
const ALERT_EVENT = /^(event|event_type|alert_type|phenomenon|title|headline)$/;

/** The country a call asks about: an ISO code ("PE-LIM", "PE") in a place argument, or a known city it names. */
function countryAsked(args: Record<string, unknown>): string | undefined {
  for (const [k, v] of Object.entries(args)) {
    if (typeof v !== 'string') continue;
    const code = /^([A-Z]{2})(-[A-Z0-9]{1,3})?$/.exec(v);
    if (code && /(country|region|area|state|zone|location|code)/.test(snake(k))) return code[1];
    const city = CITY_COUNTRY[v.toLowerCase().split(',')[0]!.trim()];
    if (city !== undefined) return city;
  }
  return undefined;
}

function seasonAlert(obj: Record<string, unknown>, country: string): string | undefined {
  const event = Object.entries(obj).find(([k, v]) => ALERT_EVENT.test(snake(k)) && typeof v === 'string' && COLD_ALERT.test(v))?.[1] as string | undefined;
  if (event === undefined) return undefined;
  if (TROPICAL.has(country)) return `a "${event}" in ${country}, where there is no winter`;
  const date = Object.values(obj).find((v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v)) as string | undefined;
  const month = date === undefined ? undefined : Number(date.slice(5, 7));
  if (SOUTH.has(country) && month !== undefined && (month >= 11 || month <= 3)) return `a "${event}" in ${country} in month ${month}, its summer`;
  return undefined;
}

const ALERT_TYPE = /\b(warning|watch|advisory|statement|alert|emergency|outlook)$/i;

/** A weather alert's headline speaks of its alert: "Chamber of commerce unveils five-year plan" is no Severe Thunderstorm Warning's. */
function alertHeadline(obj: Record<string, unknown>): string | undefined {
  if (!Object.keys(obj).some((k) => /^(severity|urgency|certainty)$/.test(snake(k)))) return undefined;
  const event = Object.entries(obj).find(([k, v]) => /^(event|event_type|alert_type|phenomenon)$/.test(snake(k)) && typeof v === 'string' && ALERT_TYPE.test(v))?.[1] as string | undefined;
  const headline = Object.entries(obj).find(([k, v]) => /^(headline|summary)$/.test(snake(k)) && typeof v === 'string')?.[1] as string | undefined;
  if (event === undefined || headline === undefined) return undefined;
  const words = event.toLowerCase().split(/\s+/).filter((w) => w.length >= 4);
  const said = headline.toLowerCase();
  return words.some((w) => said.includes(w)) ? undefined : `a ${event}'s headline is "${headline}"`;
}

/** Projected systems (metres): BC Albers, web Mercator, UTM north zones on NAD83 and WGS84. */
const PROJECTED = (srid: number): boolean => srid === 3005 || srid === 3857 || (srid >= 26901 && srid <= 26923) || (srid >= 32601 && srid <= 32660);

/** A point or box asked for in a projected srid comes back in WGS84 degrees (`latitude: 49.2497` for srid 3005). */
function sridDegrees(result: unknown, args: Record<string, unknown>): string | undefined {
  const srid = Object.entries(args).find(([k, v]) => /^(srid|out_?srid|output_?srid|crs|epsg|srs)$/i.test(k) && /^\d{4,5}$/.test(String(v)))?.[1];
  if (srid === undefined || !PROJECTED(Number(srid)) || !result || typeof result !== 'object' || Array.isArray(result)) return undefined;
  const top = result as Record<string, unknown>;
  for (const obj of [top, top.data]) {
    if (!obj || typeof obj !== 'object' || Array.isArray(obj)) continue;
    const lat = Object.entries(obj as Record<string, unknown>).find(([k, v]) => /(^|_)(lat|latitude)$/.test(snake(k)) && typeof v === 'number' && Math.abs(v) <= 90);
    if (lat) return `asked in srid ${String(srid)} (metres), the result gives ${lat[0]} ${String(lat[1])} in degrees`;
  }
  return undefined;
}

export function checkPlaces15(record: DialogueRecord, add: Add): void {
  const argsOf = new Map<string, Record<string, unknown>>();
  record.turns.forEach((turn, i) => {
    if (turn.speaker === 'assistant' && turn.call) argsOf.set(turn.call.id, (turn.call.arguments ?? {}) as Record<string, unknown>);
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    const args = argsOf.get(turn.call_id) ?? {};
    const far = elsewhere(turn.result, args);
    if (far) add('place_filter_elsewhere', i, `tool result: ${far}`);
    const degrees = sridDegrees(turn.result, args);
    if (degrees) add('srid_degrees', i, `tool result: ${degrees}`);
    const country = countryAsked(args);
    eachObject(turn.result, (obj) => {
      const market = marketCurrency(obj);
      if (market) add('market_currency', i, `tool result: ${market}`);
      const town = cityPopulation(obj);
      if (town) add('city_population', i, `tool result: ${town}`);
      const season = country !== undefined ? seasonAlert(obj, country) : undefined;
      if (season) add('season_alert', i, `tool result: ${season}`);
      const headline = alertHeadline(obj);
      if (headline) add('alert_headline_off', i, `tool result: ${headline}`);
    });
  });
}
