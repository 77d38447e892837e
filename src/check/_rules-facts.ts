/**
 * A record that names one real thing (QUALITY.md E): a region whose ISO 3166-2 code ("IN-MH") belongs to another
 * country than the record's own country code ("NO") is two places at once; a thing named by its number
 * ("Chapter 9") carries that number in its `<noun>_number` (chapter_number 9). Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';
import { snakeKeyUnderscored } from '../text/key-words-speed28.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const FACT_INVARIANTS = ['region_country_mismatch', 'numbered_name_mismatch'] as const satisfies readonly InvariantId[];

const words = snakeKeyUnderscored;
const SUBDIVISION_KEY = /(^|_)(region|subdivision|state|province)_?(code|iso)$/;
const COUNTRY_KEY = /^(country_code|country_iso|country_iso2|iso_country|country)$/;
const SUBDIVISION = /^([A-Z]{2})-[A-Z0-9]{1,3}$/;
const NAME_KEY = /^(name|title|display_name)$/;

export function checkFacts(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, i) => {
    if (turn.speaker !== 'tool') return;
    eachObject(turn.result, (obj) => {
      const region = regionCountry(obj);
      if (region) add('region_country_mismatch', i, `tool result: ${region}`);
      const numbered = numberedName(obj);
      if (numbered) add('numbered_name_mismatch', i, `tool result: ${numbered}`);
    });
  });
}

function regionCountry(obj: Record<string, unknown>): string | undefined {
  let code: [string, string] | undefined;
  let country: [string, string] | undefined;
  for (const [k, v] of Object.entries(obj)) {
    if (typeof v !== 'string') continue;
    const w = words(k);
    const sub = SUBDIVISION_KEY.test(w) ? SUBDIVISION.exec(v) : null;
    if (sub) code = [k, sub[1]!];
    else if (COUNTRY_KEY.test(w) && /^[A-Z]{2}$/.test(v)) country = [k, v];
  }
  if (!code || !country || code[1] === country[1]) return undefined;
  return `${code[0]} ${JSON.stringify(obj[code[0]])} is in ${code[1]}, but ${country[0]} is ${JSON.stringify(country[1])}`;
}

function numberedName(obj: Record<string, unknown>): string | undefined {
  for (const [k, v] of Object.entries(obj)) {
    const m = /^([a-z]+)_?(number|no|num)$/.exec(words(k));
    if (!m || typeof v !== 'number') continue;
    for (const [nk, name] of Object.entries(obj)) {
      if (!NAME_KEY.test(words(nk)) || typeof name !== 'string') continue;
      const named = /^([A-Za-z]+) (\d+)$/.exec(name);
      if (named && named[1]!.toLowerCase() === m[1] && Number(named[2]) !== v) return `${nk} ${JSON.stringify(name)} but ${k} is ${v}`;
    }
  }
  return undefined;
}
