/**
 * Results that say back what they were asked (QUALITY.md E). `ip_not_echoed`: a lookup sent an IP address (under
 * any name: `q`, `query`, `ip`) returns that address in its top-level `ip` field, never another one.
 * `ranking_not_from_one`: the first page of a ranking (no page past the first, no offset) starts at rank 1 — a
 * leaderboard of ranks 2, 3, 4 lacks its leader. Only lists whose ranks follow on one from another (a page of a
 * ranking) are read; a grid of places, each with the rank found there, is not. `root_not_echoed`: option roots or
 * underlyings fetched for a ticker (`RootSymbol`, `UnderlyingSym`) hold that ticker, not another stock's.
 * `continent_mismatch`: a record's continent contains its country (Milan, Italy is never in "Asia").
 * `country_code_name`: a country record's ISO code and name are one country ({"id": "PL", "name": "Peru"} is not).
 * Reads only the dialogue record and the country-state-city gazetteer.
 */
import { createRequire } from 'node:module';
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { keyWords } from '../text/key-words-speed28.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Json = Record<string, unknown>;

export const ECHO14_INVARIANTS = ['ip_not_echoed', 'ranking_not_from_one', 'root_not_echoed', 'continent_mismatch', 'country_code_name'] as const satisfies readonly InvariantId[];

/** A key as lower-case words joined by `_` (`RootSymbol` → `root_symbol`), kept per key. */
const words = keyWords;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

const IP_VALUE = /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-f]{0,4}(:[0-9a-f]{0,4}){2,7})$/i;
const IP_NAME = /^(ip|ip_address)$/;
const RANK_NAME = /^(rank|ranking)$/;
const PAGE_NAME = /^(page|page_number|page_no|offset|skip|start|start_index|cursor|page_token|after)$/;
const ROOT_NAME = /^(root|underlying)_(symbol|sym|ticker)$/;
const SYMBOL_ARG = /^(?:(?:stock|ticker|company|instrument|underlying)_)?(ticker|symbol)$/;
const TICKER_VALUE = /^\^?[A-Z][A-Z0-9]{0,9}([.\-=][A-Z0-9]{1,5})?$/;

/** The call asks for a later page: a page past 1, an offset past 0, or a cursor. */
function laterPage(args: Json): boolean {
  for (const [key, value] of Object.entries(args)) {
    const name = words(key);
    if (!PAGE_NAME.test(name)) continue;
    const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
    if (Number.isFinite(n) ? n > 1 || (n === 1 && !name.startsWith('page')) : /cursor|token|after/.test(name) && value !== '' && value !== null) return true;
  }
  return false;
}

/** The first list (root or one level down) of records whose ranks follow on from a first rank above 1. */
function rankingPastOne(result: unknown): string | undefined {
  const lists = Array.isArray(result) ? [result] : isRecord(result) ? Object.values(result).filter(Array.isArray) : [];
  for (const list of lists) {
    if (list.length < 2 || !list.every(isRecord)) continue;
    const key = Object.keys(list[0] as Json).find((k) => RANK_NAME.test(words(k)));
    if (key === undefined) continue;
    const ranks = (list as Json[]).map((r) => (typeof r[key] === 'number' ? r[key] : typeof r[key] === 'string' && /^\d+$/.test(r[key] as string) ? Number(r[key]) : NaN)) as number[];
    if (!ranks.every(Number.isInteger)) continue;
    const sorted = [...ranks].sort((a, b) => a - b);
    if (sorted[0]! > 1 && sorted.every((r, i) => r === sorted[0]! + i)) return `${key} ${sorted.join(', ')}`;
  }
  return undefined;
}

/** The first option root or underlying (root, its lists' records) that is a ticker other than the sent one. */
function otherRoot(result: unknown, sent: string): string | undefined {
  const visit = (value: unknown, depth: number): string | undefined => {
    if (Array.isArray(value)) {
      for (const item of value) {
        const found = visit(item, depth);
        if (found !== undefined) return found;
      }
      return undefined;
    }
    if (!isRecord(value) || depth > 2) return undefined;
    for (const [key, child] of Object.entries(value)) {
      if (typeof child === 'string' && ROOT_NAME.test(words(key)) && TICKER_VALUE.test(child) && child !== sent) return `${key} "${child}"`;
      if (child !== null && typeof child === 'object') {
        const found = visit(child, depth + 1);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  };
  return visit(result, 0);
}

interface Country { isoCode: string; name: string; timezones?: { zoneName: string }[] | null }
let countries: { byCode: Map<string, Country>; byName: Map<string, Country> } | undefined;
function gazetteer(): NonNullable<typeof countries> {
  if (countries) return countries;
  const all = (createRequire(import.meta.url)('country-state-city') as { Country: { getAllCountries(): Country[] } }).Country.getAllCountries();
  countries = { byCode: new Map(all.map((c) => [c.isoCode, c])), byName: new Map(all.map((c) => [c.name.toLowerCase(), c])) };
  return countries;
}
const countryOf = (value: string): Country | undefined => (/^[A-Z]{2}$/.test(value) ? gazetteer().byCode.get(value) : gazetteer().byName.get(value.toLowerCase()));

const SOUTH_AMERICA = new Set(['AR', 'BO', 'BR', 'CL', 'CO', 'EC', 'GY', 'PY', 'PE', 'SR', 'UY', 'VE', 'FK', 'GF']);
const CONTINENT_NAMES = new Set(['Africa', 'Antarctica', 'Asia', 'Europe', 'North America', 'Oceania', 'South America']);
const CONTINENT_CODES: Readonly<Record<string, string>> = { AF: 'Africa', AN: 'Antarctica', AS: 'Asia', EU: 'Europe', NA: 'North America', OC: 'Oceania', SA: 'South America' };
/** Continents a country's time zones put it in (Russia, Turkey, Egypt span two; "America/…" is North or South by country). */
function continentsOf(country: Country): Set<string> {
  const out = new Set<string>();
  for (const { zoneName } of country.timezones ?? []) {
    const head = zoneName.slice(0, zoneName.indexOf('/'));
    const name = head === 'America' ? (SOUTH_AMERICA.has(country.isoCode) ? 'South America' : 'North America') : head === 'Australia' || head === 'Pacific' ? 'Oceania' : head;
    out.add(name);
  }
  return out;
}
const COUNTRY_NAME = /^(country|country_code|country_name|country_iso|country_iso_code)$/;
const CONTINENT_NAME = /^(continent|continent_name|continent_code)$/;
const CODE_NAME = /^(id|code|iso|iso_code|iso2|alpha2|alpha_2|country_code)$/;
const NAME_NAME = /^(name|country_name|country)$/;

/** continent_mismatch and country_code_name over one record and its children. */
function checkCountries(result: unknown, at: number, add: Add): void {
  let done = false;
  const walk = (node: unknown, depth: number): void => {
    if (done || node === null || typeof node !== 'object' || depth > 6) return;
    if (Array.isArray(node)) return node.forEach((n) => walk(n, depth + 1));
    const obj = node as Json;
    const keys = Object.keys(obj).filter((k) => typeof obj[k] === 'string');
    const countryKey = keys.find((k) => COUNTRY_NAME.test(words(k)));
    const continentKey = keys.find((k) => CONTINENT_NAME.test(words(k)));
    const country = countryKey === undefined ? undefined : countryOf(obj[countryKey] as string);
    if (country !== undefined && continentKey !== undefined) {
      const said = obj[continentKey] as string;
      const continent = CONTINENT_NAMES.has(said) ? said : CONTINENT_CODES[said];
      const held = continentsOf(country);
      if (continent !== undefined && held.size > 0 && !held.has(continent)) {
        add('continent_mismatch', at, `${country.name} is not in ${continent} (${continentKey} ${JSON.stringify(said)})`);
        done = true;
      }
    }
    const codeKey = keys.find((k) => CODE_NAME.test(words(k)) && /^[A-Z]{2}$/.test(obj[k] as string));
    const nameKey = keys.find((k) => k !== codeKey && NAME_NAME.test(words(k)) && !/^[A-Z]{2}$/.test(obj[k] as string));
    if (!done && codeKey !== undefined && nameKey !== undefined) {
      const byCode = gazetteer().byCode.get(obj[codeKey] as string);
      const byName = gazetteer().byName.get((obj[nameKey] as string).toLowerCase());
      if (byCode !== undefined && byName !== undefined && byCode !== byName) {
        add('country_code_name', at, `${codeKey} ${obj[codeKey] as string} is ${byCode.name}, not ${obj[nameKey] as string}`);
        done = true;
      }
    }
    for (const v of Object.values(obj)) if (v !== null && typeof v === 'object') walk(v, depth + 1);
  };
  walk(result, 0);
}

export function checkEcho14(record: DialogueRecord, add: Add): void {
  const argsOf = new Map<string, Json>();
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'assistant' && turn.call) argsOf.set(turn.call.id, (turn.call.arguments ?? {}) as Json);
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    checkCountries(turn.result, at, add);
    const args = argsOf.get(turn.call_id);
    if (args === undefined) return;
    const result = turn.result;
    const ips = Object.values(args).filter((v): v is string => typeof v === 'string' && IP_VALUE.test(v));
    if (ips.length > 0 && isRecord(result)) {
      const key = Object.keys(result).find((k) => IP_NAME.test(words(k)) && typeof result[k] === 'string' && IP_VALUE.test(result[k] as string) && !ips.includes(result[k] as string));
      if (key !== undefined) add('ip_not_echoed', at, `looked up ${ips.join(', ')}, the result's ${key} is ${String(result[key])}`);
    }
    if (!laterPage(args)) {
      const ranks = rankingPastOne(result);
      if (ranks !== undefined) add('ranking_not_from_one', at, `the first page of a ranking starts past rank 1: ${ranks}`);
    }
    const sent = Object.entries(args).find(([k, v]) => SYMBOL_ARG.test(words(k)) && typeof v === 'string' && TICKER_VALUE.test(v))?.[1] as string | undefined;
    if (sent !== undefined) {
      const other = otherRoot(result, sent);
      if (other !== undefined) add('root_not_echoed', at, `fetched for ${sent}, the result has ${other}`);
    }
  });
}
