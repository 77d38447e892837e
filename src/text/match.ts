/**
 * Does a piece of text mention a value? Used by the realizer (never leak a masked value) and by the checker
 * (invariants 2 and 3), owned by neither: a change here is a change of the matching rule for both, on purpose. Text and value are normalised alike: case, accents, punctuation and number formats
 * ("1,000" = "1000", "5.0" = "5") do not matter; a value must appear as whole words.
 */

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

function normalizeUncached(text: string): string {
  return ` ${text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
    .replace(/(\d)\.0+(?!\d)/g, '$1')
    // Dates, times and decimals stay one token ("2024-08-12" never mentions the year 2024 on its own).
    .replace(/(\d)[-:./](?=\d)/g, '$1\u00b7')
    .replace(/[^\p{L}\p{N}\u00b7]+/gu, ' ')
    .trim()} `;
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
    return words !== undefined && normalizedText.includes(words);
  });
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
    return words !== undefined && normalizedText.includes(words);
  });
}
