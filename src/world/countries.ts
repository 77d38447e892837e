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

let states: { getStateByCodeAndCountry(code: string, country: string): { name: string } | undefined } | undefined;

/** The English name of an ISO 3166-2 subdivision ("IN-MH" → "Maharashtra"), from the gazetteer. */
export function subdivisionName(code: string): string | undefined {
  const m = /^([A-Z]{2})-([A-Z0-9]{1,3})$/.exec(code);
  if (!m) return undefined;
  states ??= (createRequire(import.meta.url)('country-state-city') as { State: NonNullable<typeof states> }).State;
  return states.getStateByCodeAndCountry(m[2]!, m[1]!)?.name;
}
