/**
 * A month parameter's number said as its name (QUALITY.md B): a person says "the month is September", never "the
 * month is 9". The realizer says it so; the matcher counts that as saying 9, and the checker rejects the number.
 */

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The month a value numbers (9, "9", "09" → "September"), or undefined. */
export function monthName(value: unknown): string | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,2}$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 12 ? MONTH_NAMES[n - 1] : undefined;
}

/** Whether a parameter's noun names a month by its number ("month", "contract month", `expiry_month`), not a count of months. */
export const MONTH_NOUN = /(?:^|[\s_])month$/i;

/** "the month is september" states the month 9: a number said by its month's name, next to the word month. */
export function saidAsMonth(normalizedText: string, leaf: unknown): boolean {
  if (!normalizedText.includes(' month')) return false;
  const name = monthName(leaf);
  return name !== undefined && normalizedText.includes(` month is ${name.toLowerCase()} `);
}

/** "the month is 9": a month said as its number, or undefined. */
export const MONTH_AS_NUMBER = /\bthe (?:[a-z]+ )?month is (?:0?[1-9]|1[0-2])\b(?![.,:/-]?\d)/i;
