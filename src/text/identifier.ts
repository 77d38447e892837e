/** camelCase, snake_case or kebab-with-digits tokens that a person would not say as-is. */
export function looksLikeIdentifier(token: string): boolean {
  const bare = token.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
  if (bare.length < 3) return false;
  if (/^[A-Za-z]+(_[A-Za-z0-9]+)+$/.test(bare)) return true; // snake_case
  if (/^[a-z]+[A-Z][A-Za-z0-9]*$/.test(bare)) return true; // camelCase
  return false;
}

/** Raw words of a name or text: camelCase, snake_case, kebab-case, dots and digits split, lower case. */
export function identifierWords(text: string): string[] {
  // Names (short) recur in every record and are split by many callers: kept, and handed out as copies.
  if (text.length > 80) return splitWords(text);
  let words = wordsOf.get(text);
  if (!words) {
    words = splitWords(text);
    if (wordsOf.size >= 50_000) wordsOf.clear();
    wordsOf.set(text, words);
  }
  return words.slice();
}

const wordsOf = new Map<string, string[]>();

function splitWords(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/**
 * Does a spoken parameter noun name a code a person may not have at hand ("the event ID", "the IATA code", "the
 * latitude")? Anything else ("the subject", "the genre", "the sort order") is the person's own choice: never
 * something they "don't know", only something they may want to see the options of.
 */
export function namesCode(noun: string): boolean {
  const last = /([A-Za-z]+)\s*$/.exec(noun)?.[1] ?? '';
  return CODE_HEAD.test(last);
}

const CODE_HEAD = /^(?:ids?|keys?|codes?|numbers?|guids?|uuids?|latitudes?|longitudes?|coordinates?|tokens?|hash(?:es)?|slugs?|handles?|usernames?|addresses|address|urls?|uris?|references?|skus?|isbns?|iatas?|icaos?|refs?|indexes|index|zip|postcode|digits|pins?|serials?|tags?|symbols?|tickers?|barcodes?|emails?|phones?)$/i;
