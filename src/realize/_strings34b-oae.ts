/**
 * A list of plain strings read out in a reply is said whole (wave 34b): nine terminals are never "T1, T2 and T3" as
 * if that were all; a long list says its first three and how many more.
 */

/** Most words said one by one; a longer list says its first three and "N more". */
const WHOLE = 10;

/** The words to say for a list of plain values, kept by `keep` and said by `say`. */
export function listWords34b<T>(values: readonly T[], keep: (v: T) => boolean, say: (v: T) => string): string[] {
  const kept = values.filter(keep);
  if (kept.length <= WHOLE) return kept.map(say);
  return [...kept.slice(0, 3).map(say), `${kept.length - 3} more`];
}
