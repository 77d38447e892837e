/**
 * A field whose value denies the field's own name (QUALITY.md A), wave 23: {ObeseClass: "Not obese"} says there
 * is no class, so it is said as the fact, "no obese class applies", never read out as "the obese class is Not obese".
 */

/** "no obese class applies" for {obese class: "Not obese"}; undefined when the value names a class. */
export function negatedClause(name: string, value: string | number | boolean): string | undefined {
  if (typeof value !== 'string') return undefined;
  const denied = /^(?:not|non)[ -]([a-z]+)$/i.exec(value.trim());
  if (!denied) return undefined;
  const stem = (denied[1] ?? '').toLowerCase().slice(0, 4);
  // The denied word is the name's own ("obese" of "obese class"), so the value says the field does not apply.
  return stem.length === 4 && name.toLowerCase().split(' ').some((w) => w.startsWith(stem)) ? `no ${name} applies` : undefined;
}
