/**
 * Does a piece of text mention a value? Used by the realizer (never leak a masked value) and by the checker
 * (invariants 2 and 3), owned by neither: a change here is a change of the matching rule for both, on purpose. Text and value are normalised alike: case, accents, punctuation and number formats
 * ("1,000" = "1000", "5.0" = "5") do not matter; a value must appear as whole words.
 */

import { CONTINENT_NAMES } from './words24.ts';
import { spokenMoment } from './dates.ts';
import { saidAsMonth } from './months26.ts';
import { namedRegionCode } from './region-codes27.ts';
import { isCommaList34, saysCommaList34 } from './comma-lists-discoa34.ts';

const normalized = new Map<string, string>();

export function normalizeForMatch(text: string): string {
  let out = normalized.get(text);
  if (out === undefined) {
    // Texts and values recur across dialogues (same templates, same mock vocabularies): remember them.
    if (normalized.size >= 100_000) normalized.clear();
    out = normalizeUncached(text);
    normalized.set(text, out);
  }
  return out;
}

/** Plain ASCII: NFKD and the diacritics pass change nothing, and its only letters and digits are [a-z0-9]. */
const ASCII = /^[\x00-\x7f]*$/;

function normalizeUncached(text: string): string {
  if (ASCII.test(text)) return ` ${sameTokens(text.toLowerCase()).replace(/[^a-z0-9\u00b7]+/g, ' ').trim()} `;
  return ` ${sameTokens(text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase())
    .replace(/[^\p{L}\p{N}\u00b7]+/gu, ' ')
    .trim()} `;
}

/** Numbers written alike ("1,000" = "1000", "5.0" = "5"); dates, times and decimals kept as one token. */
function sameTokens(lower: string): string {
  return lower
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
    .replace(/(\d)\.0+(?!\d)/g, '$1')
    // Dates, times and decimals stay one token ("2024-08-12" never mentions the year 2024 on its own).
    .replace(/(\d)[-:./](?=\d)/g, '$1\u00b7');
}

function scalarWords(value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') {
    const words = normalizeForMatch(String(value));
    return words.trim() ? words : undefined;
  }
  return undefined;
}

/** Leaf values of a value: scalars themselves, every element of an array, every leaf of an object. */
export function leaves(value: unknown, into: unknown[] = []): unknown[] {
  if (Array.isArray(value)) {
    for (const item of value) leaves(item, into);
  } else if (value !== null && typeof value === 'object') {
    for (const key in value as Record<string, unknown>) leaves((value as Record<string, unknown>)[key], into);
  } else {
    into.push(value);
  }
  return into;
}

/**
 * True when the text says the value. Booleans and null are never "mentioned": yes/no words are everywhere
 * (affirm turns), so they cannot leak; grounding of booleans uses `statesValue`.
 */
export function mentionsValue(normalizedText: string, value: unknown): boolean {
  const ls = leaves(value).filter((v) => typeof v !== 'boolean' && v !== null && v !== undefined);
  if (ls.length === 0) return false;
  return ls.some((leaf) => {
    const words = scalarWords(leaf);
    return words !== undefined && (normalizedText.includes(words) || namedCode(normalizedText, leaf) || saidAsDate(normalizedText, leaf) || saidAsDirection(normalizedText, leaf) || saidAsPeriod(normalizedText, leaf) || saidAsMonth(normalizedText, leaf) || namedRegionCode(normalizedText, leaf, normalizeForMatch) || saysCommaList34(normalizedText, leaf, normalizeForMatch));
  });
}

/** An epoch, a compact yyyyMMdd or an ISO moment in UTC said as a date ("March 8, 2026 at 10:21 UTC"): a person says that, the call sends the number. */
function saidAsDate(normalizedText: string, leaf: unknown): boolean {
  if (typeof leaf !== 'number' && (typeof leaf !== 'string' || (leaf.length !== 8 && leaf.charAt(10) !== 'T'))) return false;
  const spoken = spokenMoment(leaf);
  return spoken !== undefined && normalizedText.includes(normalizeForMatch(spoken));
}

const PERIOD_ADVERBS: Record<string, string> = { hour: ' hourly ', day: ' daily ', week: ' weekly ', month: ' monthly ', quarter: ' quarterly ', year: ' yearly ' };

/** A period's unit said as a person says it: "monthly" says `Month`, "daily" says `DAY`. */
function saidAsPeriod(normalizedText: string, leaf: unknown): boolean {
  if (typeof leaf !== 'string' || leaf.length > 8) return false;
  const adverb = PERIOD_ADVERBS[leaf.toLowerCase().replace(/s$/, '')];
  return adverb !== undefined && normalizedText.includes(adverb);
}

const DIRECTION_END = /(?:asc|desc)$/i;
const GLUED_DIRECTION = /^(?:(.+?)[_:\s-])?(asc|desc)$/i;

/** A sort direction said as a word: "in descending order" says `desc`, "sorted by price, in ascending order" says `price_asc`. */
function saidAsDirection(normalizedText: string, leaf: unknown): boolean {
  if (typeof leaf !== 'string' || leaf.length > 40 || !DIRECTION_END.test(leaf)) return false;
  const m = GLUED_DIRECTION.exec(leaf);
  if (!m || !normalizedText.includes(m[2]!.toLowerCase() === 'asc' ? ' ascending ' : ' descending ')) return false;
  return m[1] === undefined || normalizedText.includes(normalizeForMatch(m[1]));
}

const REGION_NAMES = new Intl.DisplayNames(['en'], { type: 'region' });
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });
const codeNames = new Map<string, readonly string[]>();

/**
 * A two-letter country or language code said by its name: a person says "Belgium" or "Japanese" where the call
 * sends "be" or "ja", and that says the value.
 */
function namedCode(normalizedText: string, leaf: unknown): boolean {
  if (typeof leaf !== 'string' || leaf.length !== 2 || !/^[A-Za-z]{2}$/.test(leaf)) return false;
  let names = codeNames.get(leaf);
  if (names === undefined) {
    const found: string[] = [];
    for (const name of [safeName(REGION_NAMES, leaf.toUpperCase()), safeName(LANGUAGE_NAMES, leaf.toLowerCase())]) {
      if (name && name.toLowerCase() !== leaf.toLowerCase() && !/^unknown/i.test(name)) found.push(normalizeForMatch(name));
    }
    const continent = CONTINENT_NAMES[leaf.toUpperCase()]; // "OC" said as Oceania
    if (continent) found.push(normalizeForMatch(continent));
    codeNames.set(leaf, (names = found));
  }
  return names.some((name) => normalizedText.includes(name));
}

function safeName(names: Intl.DisplayNames, code: string): string | undefined {
  try {
    return names.of(code);
  } catch {
    return undefined;
  }
}

/** True when the text states every leaf of the value (booleans as yes/no/true/false). */
export function statesValue(normalizedText: string, value: unknown): boolean {
  const ls = leaves(value);
  if (ls.length === 0) return false;
  return ls.every((leaf) => {
    if (typeof leaf === 'boolean') {
      return leaf ? /\s(yes|true|on|enabled?|include)\s/.test(normalizedText) : /\s(no|false|off|disabled?|exclude|not)\s/.test(normalizedText);
    }
    const words = scalarWords(leaf);
    return words !== undefined && (normalizedText.includes(words) || namedCode(normalizedText, leaf) || saidAsDate(normalizedText, leaf) || saidAsDirection(normalizedText, leaf) || saidAsPeriod(normalizedText, leaf) || saidAsMonth(normalizedText, leaf) || namedRegionCode(normalizedText, leaf, normalizeForMatch) || saysCommaList34(normalizedText, leaf, normalizeForMatch));
  });
}

/** Values shorter than this (letters and digits only) are not looked for spelled out: "ok" is in "o k". */
const MIN_SPELLED = 4;

/**
 * True when the text writes a value's letters and digits in order across adjacent words, whatever the
 * case, separators and spacing: "GN-9134", "g-n-9-1-3-4" and "G N 9 1 3 4" all spell `gn9134`. For the
 * leak check, where a masked value must not appear in any disguise; `mentionsValue` stays the test of
 * saying a value (grounding).
 */
export function spellsValue(normalizedText: string, value: unknown): boolean {
  const wanted = leaves(value)
    .filter((leaf): leaf is string | number => typeof leaf === 'string' || typeof leaf === 'number')
    // "id1,id2" said as "id1 and id2" leaks each id (wave 34).
    .flatMap((leaf) => (typeof leaf === 'string' && isCommaList34(leaf) ? [leaf, ...leaf.split(',')] : [leaf]))
    .map((leaf) => normalizeForMatch(String(leaf)).replace(/[\s\u00b7]+/g, ''))
    .filter((compact) => compact.length >= MIN_SPELLED);
  if (wanted.length === 0) return false;
  const tokens = normalizedText.split(/[\s\u00b7]+/).filter(Boolean);
  return wanted.some((compact) => {
    for (let i = 0; i < tokens.length; i++) {
      let joined = '';
      for (let j = i; j < tokens.length && joined.length < compact.length; j++) {
        joined += tokens[j];
        if (!compact.startsWith(joined)) break;
        if (joined === compact) return true;
      }
    }
    return false;
  });
}
