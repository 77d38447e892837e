/**
 * What a user says or is made to do that no person would (QUALITY.md A, H, I):
 * - `slug_api_name`: an API named by its registry slug in a request ("on Weatherapi Com"): a site is said as its
 *   domain ("WeatherAPI.com") or its name;
 * - `radius_without_place`: a call sends a radius or distance with no place to measure it from ("the radius in
 *   kilometers is 200" and nothing else): a radius is only given with a place, or the assistant asks "around where?";
 * - `code_from_unrelated_list`: a country, language or currency code chained from the items of a list about
 *   something else (a holiday picked to get "IE"): a person names their country, it is never found through a list
 *   of holidays or events.
 * Reads only the record; shares nothing with the planner or the realizer.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { utterances } from './_utterances.ts';
import { memoized } from '../text/memo.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const INTENTS14_INVARIANTS = ['slug_api_name', 'radius_without_place', 'code_from_unrelated_list'] as const satisfies readonly InvariantId[];

/** "Weatherapi Com", "Best Buy Com": a slug's top-level domain read as a word. */
const SLUG_NAME = /\b[A-Z][A-Za-z]+ (?:Com|Net|Org|Io)\b(?!-)/;

/** A key of a call argument, its words run together in lower case ("radius_km" → "radiuskm"). */
// Kept per name: the same parameter names recur in every record.
const squash = memoized((key: string): string => key.toLowerCase().replace(/[^a-z]/g, ''));
const RADIUS_KEY = /^(?:search)?radius(?:km|kms|mi|miles|m|meters|metres|kilometers|kilometres|inkm|inmiles|inmeters)?$/;
const PLACE_KEY = /(?:(?:city|country|region|area|airport|location|place|hotel)(?:code|codes|id|ids|name|iata)|location|place|city|town|address|near|around|lat|latitude|lng|lon|long|longitude|coordinates|coords|latlng|geo|point|center|centre|origin|postcode|zip|zipcode|postalcode|postal|venue|area|region|country|state|ll|q|query|ip|bbox|bounds|where)$/;

function argumentKeys(value: unknown, depth = 0, out: string[] = []): string[] {
  if (!value || typeof value !== 'object' || depth > 3) return out;
  if (Array.isArray(value)) {
    for (const v of value) argumentKeys(v, depth + 1, out);
    return out;
  }
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    out.push(squash(k));
    argumentKeys(v, depth + 1, out);
  }
  return out;
}

/** A code a person knows by its thing's name, and the word a list of those things is named with. */
const KNOWN_CODE: [RegExp, RegExp][] = [
  [/^country(?:code|codes|iso|isocode|alpha2|alpha3|id)?$/, /countr/],
  [/^(?:language|lang)(?:code|codes|iso|id)$|^language$/, /lang/],
  [/^currency(?:code|codes|iso|id)?$/, /currenc/],
];

function checkSlugNames(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, i) => {
    for (const [kind, text] of utterances(turn)) {
      if (!text || !(turn.speaker === 'user' || kind === 'query' || kind === 'thought')) continue;
      const hit = SLUG_NAME.exec(text);
      if (hit) add('slug_api_name', i, `the ${turn.speaker === 'user' ? 'user' : kind} names the API by its slug: "${hit[0]}" (say the site's name or domain)`);
    }
  });
}

function checkRadius(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, i) => {
    if (turn.speaker !== 'assistant' || !turn.call) return;
    const args = turn.call.arguments as Record<string, unknown> | undefined;
    if (!args || typeof args !== 'object') return;
    const radius = Object.keys(args).find((k) => RADIUS_KEY.test(squash(k)));
    if (!radius) return;
    const keys = argumentKeys(args).filter((k) => k !== squash(radius));
    if (keys.some((k) => PLACE_KEY.test(k))) return;
    add('radius_without_place', i, `the call sends ${radius} ${JSON.stringify(args[radius])} with no place to measure it from: a radius is given with a place, or the assistant asks "around where?"`);
  });
}

function checkCodes(record: DialogueRecord, add: Add): void {
  for (const slot of record.slots) {
    if (slot.source !== 'chained' || !slot.from || !slot.from.field.includes('[')) continue;
    const param = squash(slot.param);
    const known = KNOWN_CODE.find(([code]) => code.test(param));
    if (!known) continue;
    const [, stem] = known;
    const field = slot.from.field.replace(/\[\d*\]/g, '[]');
    const list = (field.slice(0, field.lastIndexOf('[]')).split('.').pop() ?? '').toLowerCase();
    const source = record.operations[slot.from.operation];
    const named = `${slot.from.operation} ${source?.name ?? ''} ${source?.path ?? ''}`.toLowerCase();
    if (stem.test(list) || stem.test(named)) continue;
    add('code_from_unrelated_list', null, `${slot.param} ${JSON.stringify(slot.value)} is read off a list of ${slot.from.operation}, which lists no ${stem.source}…: ask the user's ${slot.param.replace(/code|Code|_code|id|Id/g, '').trim() || 'country'} by name`);
  }
}

export function checkIntents14(record: DialogueRecord, add: Add): void {
  checkSlugNames(record, add);
  checkRadius(record, add);
  checkCodes(record, add);
}
