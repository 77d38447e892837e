/**
 * Lists a reader believes (QUALITY.md E), wave 34. `list_entry_repeated`: an entry a list grants or names (a
 * permission, an OAuth scope, a tag) appears once: never "3 permissions: ACCESS_FINE_LOCATION, CAMERA and
 * ACCESS_FINE_LOCATION". `country_list_elsewhere`: a list asked by one country reports that country's continent
 * only (never "Asia, Oceania and Europe" for Vietnam) and its webcams' titles name none of another country's
 * well-known cities (no "Cape Town: Camps Bay Beach" for France). Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';
import { continentOf, countryFacts, knownPlaces, type Place } from '../world/index.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const DISCRA34_INVARIANTS = ['list_entry_repeated', 'country_list_elsewhere'] as const satisfies readonly InvariantId[];

/** Keys of an entry that is what its list grants or names: two equal ones are one entry listed twice. */
const ENTRY_KEY = /^(permission|scope|privilege|tag|hashtag|keyword|skill|amenity|ingredient|practice)$/i;
const COUNTRY_ARG = /^(country|country_?code|countries)$/i;
const CONTINENTS = new Set(['Africa', 'Antarctica', 'Asia', 'Europe', 'North America', 'Oceania', 'South America']);

function repeatedEntry(result: unknown): string | undefined {
  let found: string | undefined;
  eachObject(result, (obj) => {
    if (found !== undefined) return;
    for (const [key, list] of Object.entries(obj)) {
      if (!Array.isArray(list) || list.length < 2) continue;
      const seen = new Set<string>();
      for (const item of list) {
        if (!item || typeof item !== 'object' || Array.isArray(item)) continue;
        for (const [k, v] of Object.entries(item as Record<string, unknown>)) {
          if (typeof v !== 'string' || !ENTRY_KEY.test(k)) continue;
          const slot = `${k}\u0000${v}`;
          if (seen.has(slot)) found ??= `${key}: ${k} "${v}" listed twice`;
          seen.add(slot);
        }
      }
    }
  });
  return found;
}

let cities: Map<string, Place> | undefined;
/** A well-known city a webcam-like title ("Cape Town: Camps Bay Beach") starts with. */
function titleCity(title: string): Place | undefined {
  const m = /^([\p{L}][\p{L} .'-]{2,40}?)\s*(?::|›)/u.exec(title);
  if (!m) return undefined;
  cities ??= new Map(knownPlaces().map((p) => [p.city, p]));
  return cities.get(m[1]!.trim());
}

function elsewhere(args: Record<string, unknown>, result: unknown): string | undefined {
  const asked = Object.entries(args).find(([k, v]) => COUNTRY_ARG.test(k) && typeof v === 'string' && !v.includes(','))?.[1] as string | undefined;
  const facts = asked === undefined ? undefined : countryFacts(/^[a-z]{2}$/i.test(asked.trim()) ? asked.trim().toUpperCase() : asked.trim());
  if (facts === undefined) return undefined;
  const continent = continentOf(facts.code);
  let found: string | undefined;
  eachObject(result, (obj) => {
    if (found !== undefined) return;
    for (const [k, v] of Object.entries(obj)) {
      if (/^continents?$/i.test(k) && Array.isArray(v) && continent !== undefined && v.length > 0 && v.every((c) => typeof c === 'string' && CONTINENTS.has(c)) && v.some((c) => c !== continent)) found = `${facts.name} is reported on ${v.join(', ')}`;
      else if (/^(title|name)$/i.test(k) && typeof v === 'string') {
        const city = titleCity(v);
        if (city !== undefined && city.countryCode !== facts.code) found = `"${v}" is listed for ${facts.name}`;
      }
    }
  });
  return found;
}

export function checkDiscra34(record: DialogueRecord, add: Add): void {
  const argsOf = new Map<string, Record<string, unknown>>();
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'assistant' && turn.call) argsOf.set(turn.call.id, turn.call.arguments as Record<string, unknown>);
    if (turn.speaker !== 'tool' || turn.status !== 'ok' || !turn.result || typeof turn.result !== 'object') return;
    const repeated = repeatedEntry(turn.result);
    if (repeated !== undefined) add('list_entry_repeated', at, `an entry of one list appears twice (${repeated})`);
    const args = argsOf.get(turn.call_id) ?? {};
    if (!Object.keys(args).some((k) => COUNTRY_ARG.test(k))) return; // cheap: most calls filter by no country
    const off = elsewhere(args, turn.result);
    if (off !== undefined) add('country_list_elsewhere', at, `a list asked by country holds another country's: ${off}`);
  });
}
