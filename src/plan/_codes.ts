/**
 * Codes that agree with what their record says: a continent's code is its own ("SA" for South America, never
 * "NA" copied from a spec's example or a drawn "BR6N0"), a success is a 2xx. Whichever was given (fixed) wins; values pinned or
 * echoed never change.
 */

import { continentOf, countryFacts } from '../world/index.ts';

const CONTINENT_CODES: Record<string, string> = { Africa: 'AF', Antarctica: 'AN', Asia: 'AS', Europe: 'EU', 'North America': 'NA', Oceania: 'OC', 'South America': 'SA' };
const CONTINENT_BY_CODE = new Map(Object.entries(CONTINENT_CODES).map(([name, code]) => [code, name]));

const NAME_KEY = /^(name|continent|continent_name)$/;
const CODE_KEY = /^(code|continent_code)$/;

const COUNTRY_KEY = /^(country|country_code|country_name|country_iso|country_iso_code)$/;

/** `words` gives a key's snake-case words. A record's continent is its country's (Milan, Italy is in Europe, not Asia). */
export function agreeContinent(record: Record<string, unknown>, fixed: readonly string[], words: (key: string) => string): void {
  const all = Object.keys(record);
  const countryKey = all.find((k) => COUNTRY_KEY.test(words(k)) && typeof record[k] === 'string');
  const continent = countryKey === undefined ? undefined : continentOf(record[countryKey] as string);
  if (continent !== undefined) {
    const named = all.find((k) => /^(continent|continent_name)$/.test(words(k)) && typeof record[k] === 'string' && (record[k] as string) in CONTINENT_CODES);
    if (named !== undefined && !fixed.includes(named)) record[named] = continent;
    const coded = all.find((k) => words(k) === 'continent_code' && typeof record[k] === 'string');
    if (named === undefined && coded !== undefined && !fixed.includes(coded) && CONTINENT_BY_CODE.has(record[coded] as string)) record[coded] = CONTINENT_CODES[continent]!;
  }
  const nameKey = all.find((k) => NAME_KEY.test(words(k)) && typeof record[k] === 'string' && (record[k] as string) in CONTINENT_CODES);
  const codeKey = all.find((k) => CODE_KEY.test(words(k)) && typeof record[k] === 'string');
  if (nameKey === undefined || codeKey === undefined) return;
  const code = CONTINENT_CODES[record[nameKey] as string]!;
  if (record[codeKey] === code) return;
  if (!fixed.includes(codeKey)) record[codeKey] = code;
  else if (!fixed.includes(nameKey) && CONTINENT_BY_CODE.has(record[codeKey] as string)) record[nameKey] = CONTINENT_BY_CODE.get(record[codeKey] as string)!;
}

const ISO_KEY = /^(id|code|iso|iso_code|iso2|alpha2|alpha_2|country_code)$/;
const COUNTRY_NAME_KEY = /^(name|country_name|country)$/;

/** A country record's ISO code and name are one country's: {"id": "PL", "name": "Peru"} reads "Poland" (the code wins unless only it was given). */
export function agreeCountryPair(record: Record<string, unknown>, fixed: readonly string[], words: (key: string) => string): void {
  const all = Object.keys(record);
  const codeKey = all.find((k) => ISO_KEY.test(words(k)) && typeof record[k] === 'string' && /^[A-Z]{2}$/.test(record[k] as string));
  const nameKey = codeKey === undefined ? undefined : all.find((k) => k !== codeKey && COUNTRY_NAME_KEY.test(words(k)) && typeof record[k] === 'string');
  if (codeKey === undefined || nameKey === undefined) return;
  const named = countryFacts(record[nameKey] as string);
  const coded = countryFacts(record[codeKey] as string);
  if (named === undefined || coded === undefined || named.code === coded.code) return;
  if (!fixed.includes(nameKey)) record[nameKey] = coded.name;
  else if (!fixed.includes(codeKey)) record[codeKey] = named.code;
}

const HTTP_CODE_KEY = /^(code|status_code|http_code|http_status|status)$/;
const MESSAGE_KEY = /^(message|msg|status_message|description|detail)$/;
const SAYS_SUCCESS = /\b(success(ful(ly)?)?|completed|ok|done)\b/i;

/** A record that says it succeeded carries a 2xx code: "Request completed successfully." is never a 304. */
export function agreeHttpCode(record: Record<string, unknown>, fixed: readonly string[], words: (key: string) => string): void {
  const all = Object.keys(record);
  const codeKey = all.find((k) => HTTP_CODE_KEY.test(words(k)) && typeof record[k] === 'number' && (record[k] as number) >= 300 && (record[k] as number) < 600);
  if (codeKey === undefined || fixed.includes(codeKey)) return;
  if (all.some((k) => MESSAGE_KEY.test(words(k)) && typeof record[k] === 'string' && SAYS_SUCCESS.test(record[k] as string))) record[codeKey] = 200;
}
