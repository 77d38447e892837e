/**
 * A rating read out (QUALITY.md J): a vote average or score the API keeps to four decimals (9.5347) is said as a
 * person says it, to one decimal ("9.5"); the digits past the first say nothing to a listener. Coordinates, prices
 * and rates keep theirs: only a field named as a rating is rounded.
 */
const RATING = /\b(?:vote average|average vote|rating|ratings? average|average rating|score|stars|popularity score|user score|critic score)$/i;

/** The value as said for a field named `name`: a rating with three decimals or more to one decimal. */
export function spokenRating(value: string | number | boolean, name: string): string | number | boolean {
  if (typeof value !== 'number' || Number.isInteger(value) || !RATING.test(name)) return value;
  if (!/\.\d{3,}$/.test(String(value))) return value;
  return Math.round(value * 10) / 10;
}
