/**
 * Answers of pure functions of a short text (a field name, a key) kept across dialogues: the same keys recur in
 * every result, and each stage turned them into words again. Not for whole utterances: hashing a long
 * text costs as much as the regexes it would save.
 */

const MAX_TEXTS = 50_000;

/** `fn` with its answers kept per text (for pure functions of a key or text: field names recur in every result). */
export function memoized<T>(fn: (text: string) => T): (text: string) => T {
  const byText = new Map<string, T>();
  return (text) => {
    let value = byText.get(text);
    if (value === undefined && !byText.has(text)) {
      value = fn(text);
      if (byText.size >= MAX_TEXTS) byText.clear();
      byText.set(text, value);
    }
    return value as T;
  };
}
