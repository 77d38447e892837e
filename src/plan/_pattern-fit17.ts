/**
 * A realistic value in the pattern's own spelling before a random string of the pattern (QUALITY.md E): a subject
 * key with pattern `^[a-z_]+$` is "science_fiction", not "hgzl" because the value drawn was "science-fiction".
 */

/** The candidate respelled (case, then `_`, `-` or nothing between words) so the pattern holds it whole; undefined when no spelling fits. */
export function respelledToFit(candidate: string, whole: RegExp): string | undefined {
  if (candidate.length === 0 || candidate.length > 60) return undefined;
  const words = candidate.trim().split(/[\s_\-.]+/).filter((w) => w !== '');
  if (words.length === 0) return undefined;
  const lower = words.map((w) => w.toLowerCase());
  for (const form of [lower.join('_'), lower.join('-'), lower.join(''), lower.join('_').toUpperCase(), lower.join('-').toUpperCase()]) if (whole.test(form)) return form;
  return undefined;
}
