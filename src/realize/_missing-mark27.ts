/**
 * An item of a list that says it was not found ({lat, lng, found: false, rank: null} of a rank grid) is said as
 * not found, never as bare coordinates a person takes for one more hit (QUALITY.md J).
 */
const MISSING_FLAG = /^(found|exists|present|ranked|matched|listed|available)$/i;

/** ", not found" for an item whose own found-flag is false; '' otherwise. */
export function missingMark27(item: unknown): string {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return '';
  for (const [key, value] of Object.entries(item)) {
    if (value === false && MISSING_FLAG.test(key)) return `, not ${key.toLowerCase()}`;
  }
  return '';
}
