/**
 * What a fixing call says it corrected (QUALITY.md J): only the values that differ from the rejected call's,
 * never "corrected values for the region code and the severity" where the region code was sent unchanged.
 */
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** "a corrected value for the severity", "corrected values for the date and the city", "without the page size". */
export function correctedValues27(args: Readonly<Record<string, unknown>>, before: Readonly<Record<string, unknown>> | undefined, phrase: (arg: string) => string, join: (items: string[]) => string): string {
  const keys = Object.keys(args);
  if (before === undefined) return keys.length > 0 ? `corrected values for ${join(keys.map(phrase))}` : 'corrected inputs';
  const changed = keys.filter((k) => !(k in before) || !same(args[k], before[k]));
  const dropped = Object.keys(before).filter((k) => !(k in args));
  const parts: string[] = [];
  if (changed.length > 0) parts.push(`${changed.length === 1 ? 'a corrected value' : 'corrected values'} for ${join(changed.map(phrase))}`);
  if (dropped.length > 0) parts.push(`without ${join(dropped.map(phrase))}`);
  return parts.length > 0 ? parts.join(' and ') : 'corrected inputs';
}
