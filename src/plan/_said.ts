/** Words as a person says them, for comparing values with what was said (the planner's collision checks). */

/** Lower-case words of a value as a person would say it (for collision checks). */
export function normalized(value: unknown): string {
  const text = Array.isArray(value) ? value.join(' ') : String(value);
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Does `haystack` contain `needle` as whole words (both normalized)? */
export function containsWords(haystack: string, needle: string): boolean {
  if (needle === '') return false;
  return ` ${haystack} `.includes(` ${needle} `);
}
