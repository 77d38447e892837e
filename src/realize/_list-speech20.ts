/**
 * Items of a short list said apart (QUALITY.md J): several items of one name are said to share it ("3 players, all
 * named Samuel Murphy"), and the items of a series are said with their date ("on January 28, 2022, …").
 */

const FIRST = /^(first_?name|given_?name|firstName|givenName|forename)$/;
const LAST = /^(last_?name|family_?name|lastName|familyName|surname)$/;
const WHOLE = /^(name|full_?name|fullName|display_?name|displayName)$/;

/** The person name every item has alike ("Samuel Murphy"), when there are several items and one name. */
export function sharedName(items: readonly unknown[]): string | undefined {
  if (items.length < 2) return undefined;
  const names = items.map((item) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
    const entries = Object.entries(item as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== '');
    const first = entries.find(([k]) => FIRST.test(k))?.[1];
    const last = entries.find(([k]) => LAST.test(k))?.[1];
    return first && last ? `${first} ${last}` : entries.find(([k]) => WHOLE.test(k))?.[1];
  });
  const one = names[0];
  return one !== undefined && /^\p{Lu}/u.test(one) && names.every((n) => n === one) ? one : undefined;
}

/** {date: "2022-01-28", close, volume}: the key of the moment a series item stands for. */
const MOMENT_KEY = /^(date|day|time|timestamp|datetime|date_?time|period|moment)$/i;

/**
 * The moment of each item, said as a date, when every item has one and they differ; else undefined. Read from the
 * items themselves: a date the user gave (the first day of the range) is no fact of its own, yet names its item.
 */
export function itemMoments(items: readonly unknown[], sayDate: (value: string) => string | undefined): string[] | undefined {
  const moments = items.map((item) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
    const value = Object.entries(item as Record<string, unknown>).find(([k, v]) => MOMENT_KEY.test(k) && typeof v === 'string')?.[1] as string | undefined;
    return value === undefined ? undefined : sayDate(value);
  });
  if (moments.length < 2 || moments.some((m) => m === undefined) || new Set(moments).size < moments.length) return undefined;
  return moments as string[];
}

/** "on January 28, 2022, the closing price is 93.76": an item of a series led by its moment. */
export function atMoment(moment: string, text: string): string {
  if (text.includes(moment)) return text;
  const lead = /^[A-Z][a-z]+ \d{1,2}, \d{4}/.test(moment) ? 'on' : 'for';
  return text === '' ? `${lead} ${moment}` : `${lead} ${moment}, ${text}`;
}
