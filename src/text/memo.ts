/**
 * Answers of pure functions of a short text (a field name, a key) kept across dialogues: the same keys recur in
 * every result, and each stage turned them into words again. Not for whole utterances: hashing a long
 * text costs as much as the regexes it would save.
 */

const MAX_TEXTS = 50_000;

/** Kept in place of an `undefined` answer, so that a hit costs one look-up (not a `get` and then a `has`). */
const NONE: unique symbol = Symbol('none');

/** `fn` with its answers kept per text (for pure functions of a key or text: field names recur in every result). */
export function memoized<T>(fn: (text: string) => T): (text: string) => T {
  const byText = new Map<string, T | typeof NONE>();
  return (text) => {
    const hit = byText.get(text);
    if (hit !== undefined) return (hit === NONE ? undefined : hit) as T;
    const value = fn(text);
    if (byText.size >= MAX_TEXTS) byText.clear();
    byText.set(text, value === undefined ? NONE : value);
    return value;
  };
}

/** `fn` with its answers kept per object and text (an operation and a parameter name); the object may be collected. */
export function memoizedPer<K extends object, T>(fn: (owner: K, text: string) => T): (owner: K, text: string) => T {
  const byOwner = new WeakMap<K, Map<string, T | typeof NONE>>();
  return (owner, text) => {
    let known = byOwner.get(owner);
    if (!known) byOwner.set(owner, (known = new Map()));
    const hit = known.get(text);
    if (hit !== undefined) return (hit === NONE ? undefined : hit) as T;
    const value = fn(owner, text);
    known.set(text, value === undefined ? NONE : value);
    return value;
  };
}
