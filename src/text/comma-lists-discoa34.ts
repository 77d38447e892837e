/**
 * A list the call sends as one comma-joined string ("id1,id2,id3"): the realizer says it as "id1, id2 and id3"
 * and matching takes that as saying the value (wave 34). Owned by neither, like `match.ts`.
 */

/** Two or more tokens, no spaces; never a number written with thousands groups ("1,000"). */
const LIST = /^[^,\s]+(?:,[^,\s]+)+$/;
const THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

export const COMMA_LIST34 = { separator: ',' } as const;

/** A decimal among the items: coordinates or a box ("40.7,-74.0"), one value of several numbers, not a list of things. */
const DECIMAL = /(?:^|,)-?\d+\.\d+(?:,|$)/;

export function isCommaList34(value: string): boolean {
  return value.length <= 400 && LIST.test(value) && !THOUSANDS.test(value) && !DECIMAL.test(value);
}

/** True when the (normalized) text names every item of the comma-joined list, each as whole words. */
export function saysCommaList34(normalizedText: string, value: unknown, normalize: (text: string) => string): boolean {
  if (typeof value !== 'string' || !value.includes(',') || !isCommaList34(value)) return false;
  return value.split(',').every((part) => {
    const words = normalize(part);
    return words.trim() !== '' && normalizedText.includes(words);
  });
}
