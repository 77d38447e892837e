/**
 * The list the user asked for, when it came back empty inside a record ({data: {total_reviews: 304, reviews: []}}):
 * the response says none came back before any count, never only "it has 304 reviews" (QUALITY.md F).
 */

/** The key of the first empty array (depth ≤ 2) that `named` says the operation is about. */
export function emptyNamedList(result: unknown, named: (key: string) => boolean, depth = 0): string | undefined {
  if (depth > 2 || result === null || typeof result !== 'object' || Array.isArray(result)) return undefined;
  const entries = Object.entries(result as Record<string, unknown>);
  for (const [k, v] of entries) if (Array.isArray(v) && v.length === 0 && named(k)) return k;
  for (const [, v] of entries) {
    const inner = emptyNamedList(v, named, depth + 1);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

/** Are the named items the first ones shown, in order (items 1 and 2, never 1 and 3 as "the first few")? */
export function labelsLeadList(shown: readonly (string | undefined)[], labels: readonly string[]): boolean {
  return labels.every((label, i) => shown[i] === label);
}

/**
 * [{added_at, track: {…}}] in a list of tracks: the items are the objects they wrap under the list's own noun ("track"),
 * when every item wraps one; else the items as they are.
 */
export function unwrappedItems(items: unknown[], one: string): unknown[] {
  if (one.length < 3 || items.length === 0) return items;
  const inner = items.map((item) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
    const record = item as Record<string, unknown>;
    const key = Object.keys(record).find((k) => k.toLowerCase() === one);
    const value = key === undefined ? undefined : record[key];
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
  });
  return inner.every((v) => v !== undefined) ? inner : items;
}
