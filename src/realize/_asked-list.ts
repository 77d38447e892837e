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
