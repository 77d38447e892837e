/**
 * One country's facts, all of the same country: its name, ISO code, currency, calling code and flag from the
 * country-state-city gazetteer, and its capital and native name from the short table below (the gazetteer has
 * neither). A mock country record takes them all, so Finland is never "native افغانستان, capital Copenhagen".
 */
import { createRequire } from 'node:module';
import type { ICountry } from 'country-state-city';

export interface CountryFacts {
  name: string;
  code: string;
  currency: string;
  /** Calling code with its plus ("+358"). */
  phoneCode: string;
  flag: string;
  capital?: string;
  native?: string;
}

/** [capital, native name] of the countries a dialogue's places are in, and a few more users name. */
const CAPITAL_NATIVE: Readonly<Record<string, readonly [string, string]>> = {
  PT: ['Lisbon', 'Portugal'], CA: ['Ottawa', 'Canada'], JP: ['Tokyo', '日本'], KE: ['Nairobi', 'Kenya'], AR: ['Buenos Aires', 'Argentina'],
  AU: ['Canberra', 'Australia'], DE: ['Berlin', 'Deutschland'], US: ['Washington, D.C.', 'United States'], KR: ['Seoul', '대한민국'],
  IE: ['Dublin', 'Éire'], ZA: ['Pretoria', 'South Africa'], IN: ['New Delhi', 'भारत'], DK: ['Copenhagen', 'Danmark'], AT: ['Vienna', 'Österreich'],
  MX: ['Mexico City', 'México'], SG: ['Singapore', 'Singapore'], CZ: ['Prague', 'Česko'], NO: ['Oslo', 'Norge'], ES: ['Madrid', 'España'],
  PE: ['Lima', 'Perú'], NZ: ['Wellington', 'New Zealand'], GB: ['London', 'United Kingdom'], FR: ['Paris', 'France'], IT: ['Rome', 'Italia'],
  NL: ['Amsterdam', 'Nederland'], SE: ['Stockholm', 'Sverige'], FI: ['Helsinki', 'Suomi'], PL: ['Warsaw', 'Polska'], HU: ['Budapest', 'Magyarország'],
  GR: ['Athens', 'Ελλάδα'], CH: ['Bern', 'Schweiz'], BE: ['Brussels', 'België'], CO: ['Bogotá', 'Colombia'], CL: ['Santiago', 'Chile'],
  BR: ['Brasília', 'Brasil'], EG: ['Cairo', 'مصر'], MA: ['Rabat', 'المغرب'], NG: ['Abuja', 'Nigeria'], GH: ['Accra', 'Ghana'], TH: ['Bangkok', 'ประเทศไทย'],
  VN: ['Hanoi', 'Việt Nam'], PH: ['Manila', 'Pilipinas'], ID: ['Jakarta', 'Indonesia'], MY: ['Kuala Lumpur', 'Malaysia'], TW: ['Taipei', '臺灣'],
  TR: ['Ankara', 'Türkiye'], AE: ['Abu Dhabi', 'دولة الإمارات العربية المتحدة'], IL: ['Jerusalem', 'ישראל'], IS: ['Reykjavik', 'Ísland'],
  AF: ['Kabul', 'افغانستان'], CN: ['Beijing', '中国'], RU: ['Moscow', 'Россия'], UA: ['Kyiv', 'Україна'], RO: ['Bucharest', 'România'],
  LU: ['Luxembourg', 'Luxembourg'], EE: ['Tallinn', 'Eesti'], LV: ['Riga', 'Latvija'], LT: ['Vilnius', 'Lietuva'], HR: ['Zagreb', 'Hrvatska'],
  SA: ['Riyadh', 'المملكة العربية السعودية'], PK: ['Islamabad', 'پاکستان'], BD: ['Dhaka', 'বাংলাদেশ'], UY: ['Montevideo', 'Uruguay'],
};

let byCode: Map<string, ICountry> | undefined;
let byName: Map<string, ICountry> | undefined;

function load(): void {
  const require = createRequire(import.meta.url);
  const all = (require('country-state-city') as { Country: { getAllCountries(): ICountry[] } }).Country.getAllCountries();
  byCode = new Map(all.map((c) => [c.isoCode, c]));
  byName = new Map(all.map((c) => [c.name.toLowerCase(), c]));
}

/** The facts of the country with this ISO 3166-1 alpha-2 code or English name; undefined for neither. */
export function countryFacts(codeOrName: string): CountryFacts | undefined {
  if (!byCode) load();
  const c = /^[A-Z]{2}$/.test(codeOrName) ? byCode!.get(codeOrName) : byName!.get(codeOrName.toLowerCase());
  if (!c) return undefined;
  const [capital, native] = CAPITAL_NATIVE[c.isoCode] ?? [];
  return { name: c.name, code: c.isoCode, currency: c.currency, phoneCode: `+${c.phonecode.replace(/^\+/, '')}`, flag: c.flag, ...(capital ? { capital, native } : {}) };
}

/** South American countries (their time zones say only "America/…"). */
const SOUTH_AMERICA = new Set(['AR', 'BO', 'BR', 'CL', 'CO', 'EC', 'GY', 'PY', 'PE', 'SR', 'UY', 'VE', 'FK', 'GF']);
const CONTINENT_OF_ZONE: Readonly<Record<string, string>> = { Europe: 'Europe', Africa: 'Africa', Asia: 'Asia', Australia: 'Oceania', Pacific: 'Oceania', Antarctica: 'Antarctica', America: 'North America', Atlantic: 'Europe', Indian: 'Asia' };

/** The continent of the country with this ISO code or English name ("IT" → "Europe"), from its first time zone. */
export function continentOf(codeOrName: string): string | undefined {
  if (!byCode) load();
  const c = /^[A-Z]{2}$/.test(codeOrName) ? byCode!.get(codeOrName) : byName!.get(codeOrName.toLowerCase());
  const zone = c?.timezones?.[0]?.zoneName;
  if (!c || !zone) return undefined;
  return SOUTH_AMERICA.has(c.isoCode) ? 'South America' : CONTINENT_OF_ZONE[zone.slice(0, zone.indexOf('/'))];
}

let states: { getStateByCodeAndCountry(code: string, country: string): { name: string } | undefined } | undefined;

/** The English name of an ISO 3166-2 subdivision ("IN-MH" → "Maharashtra"), from the gazetteer. */
export function subdivisionName(code: string): string | undefined {
  const m = /^([A-Z]{2})-([A-Z0-9]{1,3})$/.exec(code);
  if (!m) return undefined;
  states ??= (createRequire(import.meta.url)('country-state-city') as { State: NonNullable<typeof states> }).State;
  return states.getStateByCodeAndCountry(m[2]!, m[1]!)?.name;
}

/** Regions an API may be run for, with their country and ISO 3166-2 region code (those with places we know). */
const REGIONS: readonly (readonly [RegExp, string, string])[] = [
  [/\bBritish Columbia\b|\bgov\.bc\.ca\b/i, 'CA', 'BC'], [/\bOntario\b/i, 'CA', 'ON'], [/\bBavaria\b|\bBayern\b/i, 'DE', 'BY'],
  [/\bCalifornia\b|\bca\.gov\b/i, 'US', 'CA'], [/\bNew South Wales\b|\bnsw\.gov\.au\b/i, 'AU', 'NSW'], [/\bVictoria, Australia\b|\bvic\.gov\.au\b/i, 'AU', 'VIC'],
  [/\bScotland\b|\bgov\.scot\b/i, 'GB', 'SCT'], [/\bCatalonia\b|\bCatalunya\b/i, 'ES', 'CT'],
];
/** Country-code top-level domains that mean the country (not .io, .co, .ai, .me, .tv, .ly, which are used anywhere). */
const GENERIC_TLD = new Set(['io', 'co', 'ai', 'me', 'tv', 'ly', 'fm', 'am', 'to', 'cc', 'ws', 'gg', 'sh', 'id', 'is', 'la', 'in', 'it']);
const HOST = /https?:\/\/([a-z0-9.-]+)|\b([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2})\b/gi;

let countryWords: RegExp | undefined;
let wordToCode: Map<string, string> | undefined;

/** Names and native names of the countries with places we know, as one pattern. */
function countryPattern(): RegExp {
  if (countryWords) return countryWords;
  wordToCode = new Map();
  for (const [code, [, native]] of Object.entries(CAPITAL_NATIVE)) {
    const facts = countryFacts(code);
    for (const word of [facts?.name, native, code === 'US' ? 'U.S.' : undefined, code === 'GB' ? 'UK' : undefined]) if (word) wordToCode.set(word, code);
  }
  const alternatives = [...wordToCode.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  countryWords = new RegExp(`(?<![\\p{L}])(${alternatives.join('|')})(?=s?(?![\\p{L}]))`, 'gu');
  return countryWords;
}

/**
 * The country (and region) an API is run for, from its title, description and provenance (servers, licence,
 * contact): a region it names ("Open Government License - British Columbia"), else its servers' country domain
 * (autobahn.de), else the one country its words name ("Deutschlands Bundesstraßen"). Undefined for an API of
 * no country or of several.
 */
export function apiHome(words: string, provenance: string): { countryCode: string; regionCode?: string } | undefined {
  const text = `${words} ${provenance}`;
  for (const [re, countryCode, regionCode] of REGIONS) if (re.test(text)) return { countryCode, regionCode };
  const domains = new Set<string>();
  for (const m of provenance.matchAll(HOST)) {
    const tld = (m[1] ?? m[2] ?? '').toLowerCase().split('.').pop() ?? '';
    if (tld.length === 2 && !GENERIC_TLD.has(tld) && CAPITAL_NATIVE[tld.toUpperCase() === 'UK' ? 'GB' : tld.toUpperCase()]) domains.add(tld.toUpperCase() === 'UK' ? 'GB' : tld.toUpperCase());
  }
  if (domains.size === 1) return { countryCode: [...domains][0]! };
  const named = new Set<string>();
  for (const m of text.matchAll(countryPattern())) named.add(wordToCode!.get(m[1]!)!);
  return named.size === 1 ? { countryCode: [...named][0]! } : undefined;
}
