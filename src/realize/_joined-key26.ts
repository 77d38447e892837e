/**
 * A result key that joins two nouns ("Moods & moments", "Genres/Styles") is said with "and" ("3 moods and
 * moments"), never glued to "moods moments" (QUALITY.md A): "&" and a slash between words are words a person says.
 */

// Letters only on each side: a path ("users/{id}") or a query ("a=1&b=2") is no phrase.
// "R&B", "AT&T" are names: both sides are words of three letters or more.
const AMPERSAND = /^([A-Za-z]{3,}(?: [A-Za-z]+)*) ?& ?([A-Za-z]{3,}(?: [A-Za-z]+)*)$/;
// A slash joins words a person reads as a pair only between capitalised or spaced words ("Genres/Styles", "Tops / tees").
const SLASH = /^([A-Z][A-Za-z]{2,}(?: [A-Za-z]+)*|[A-Za-z]+(?: [A-Za-z]+)+) ?\/ ?([A-Za-z]{3,}(?: [A-Za-z]+)*)$/;

/** The key with its "&" or slash said as "and"; any other key as it is. */
export function joinedKey(name: string): string {
  if (!name.includes('&') && !name.includes('/')) return name;
  const m = AMPERSAND.exec(name) ?? SLASH.exec(name);
  return m ? `${m[1]} and ${m[2]}` : name;
}
