/**
 * A forward geocoder returns the address it was asked for: its street and formatted address are made of the
 * asked text (with the result's city when the text names none), never another street of the faker's
 * ("3118 Kyle Points" → "2591 McLean Knolls"). Values a chain reads (`fixed`) are kept.
 */

import { rememberAgain } from '../world/index.ts';

/** A forward geocoding operation (its words); a reverse one is asked coordinates, not an address. */
const FORWARD_GEOCODER = /\bgeocod\w*|\baddress (lookup|search)|\bforward\b/;
const REVERSE = /\breverse\b/;
/** Inputs that hold the address asked for. */
const ASKED_KEY = /^(address|addr|q|query|text|search|location|freeform|street|full_address|address_line)$/i;
/** Result keys holding the whole address, and those holding the street part. */
const FORMATTED_KEY = /^(formatted_?address|formatted|full_?address|display_?name|address|label)$/i;
const STREET_KEY = /^(street|street_?address|address_?line_?1|line_?1|address1)$/i;
const CITY_KEY = /^(city|city_?name|town|locality)$/i;

/** The address the call asked a forward geocoder for, if it is one. */
export function askedAddress(context: string, echo: Record<string, unknown>): string | undefined {
  if (!FORWARD_GEOCODER.test(context) || REVERSE.test(context)) return undefined;
  for (const [key, value] of Object.entries(echo)) if (ASKED_KEY.test(key) && typeof value === 'string' && value.trim().length > 2) return value.trim();
  return undefined;
}

/**
 * A street said to a forward geocoder names its city ("47 Daniel Drive, Johannesburg"): a bare street matches
 * streets of that name anywhere, and a careful user (or assistant) says where. The dialogue's city is added to
 * an asked address that names none, in place.
 */
export function addCityToAddress(context: string, values: Map<string, unknown>, city: string | undefined): void {
  if (city === undefined || city === '' || !FORWARD_GEOCODER.test(context) || REVERSE.test(context)) return;
  for (const [key, value] of values) {
    if (!ASKED_KEY.test(key) || typeof value !== 'string') continue;
    const text = value.trim();
    // A street: a house number beside words ("47 Daniel Drive", "Roonstr. 9", "2-14-5 Ginza"), and no place after a comma.
    if (text.includes(',') || text.toLowerCase().includes(city.toLowerCase()) || !/\d/.test(text) || !/\p{L}{3}/u.test(text)) continue;
    values.set(key, `${text}, ${city}`);
  }
}

/** Match-confidence fields of a geocoder's result (0–1, or 0–100 where above 1). */
const CONFIDENCE_KEY = /^(confidence|match_?confidence|match_?score|relevance|accuracy_?score)$/i;

/** Rewrites the result's address fields to the asked address (records up to a few levels deep). */
export function echoAskedAddress(result: unknown, asked: string, fixed: ReadonlySet<string>): void {
  const city = findCity(result, 0);
  const formatted = city === undefined || asked.toLowerCase().includes(city.toLowerCase()) ? asked : `${asked}, ${city}`;
  const street = asked.split(',')[0]!.trim();
  const visit = (value: unknown, depth: number): void => {
    if (depth > 4 || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      // The first item is the match; the others are alternatives with their own streets.
      if (value.length > 0) visit(value[0], depth + 1);
      return;
    }
    const record = value as Record<string, unknown>;
    for (const [key, v] of Object.entries(record)) {
      // The address asked in full is matched with confidence (0.86–0.98, fixed by the address): a match of 0.13 is
      // one no careful assistant would use without asking.
      if (typeof v === 'number' && CONFIDENCE_KEY.test(key) && v >= 0 && v <= 100 && !fixed.has(JSON.stringify(v))) {
        const percent = 86 + (hashOf(asked) % 13);
        record[key] = v > 1 ? percent : percent / 100;
      } else if (typeof v === 'string' && !fixed.has(JSON.stringify(v))) {
        if (STREET_KEY.test(key)) record[key] = street;
        else if (FORMATTED_KEY.test(key)) record[key] = formatted;
      } else if (v && typeof v === 'object') visit(v, depth + 1);
    }
    // The place's details looked up by its id later give this address, not the one drawn first.
    rememberAgain(record);
  };
  visit(result, 0);
}

function findCity(value: unknown, depth: number): string | undefined {
  if (depth > 4 || !value || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) return value.length > 0 ? findCity(value[0], depth + 1) : undefined;
  const record = value as Record<string, unknown>;
  for (const [key, v] of Object.entries(record)) if (CITY_KEY.test(key) && typeof v === 'string' && v) return v;
  for (const v of Object.values(record)) {
    const found = v && typeof v === 'object' ? findCity(v, depth + 1) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** A small stable number of a text (FNV-1a): the same address is matched with the same confidence. */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
