/**
 * A public holiday falls on its real day (QUALITY.md E): Christmas Day on 25 December, Easter Monday the day
 * after Easter Sunday of its year, never "Easter Monday" in November; its local name is its own.
 */

/** Holidays kept in most countries that list public holidays, by how their day is found. */
const FIXED: Readonly<Record<string, string>> = { "New Year's Day": '01-01', 'Christmas Day': '12-25', "St. Stephen's Day": '12-26', 'Boxing Day': '12-26' };
const FROM_EASTER: Readonly<Record<string, number>> = { 'Good Friday': -2, 'Easter Sunday': 0, 'Easter Monday': 1, 'Ascension Day': 39, 'Whit Monday': 50 };

/** Holiday names a mock may use: each has a day that holds in any year. */
export const HOLIDAY_NAMES: readonly string[] = ["New Year's Day", 'Good Friday', 'Easter Monday', 'Christmas Day', 'Ascension Day', 'Whit Monday'];

/** Easter Sunday of a Gregorian year (the anonymous algorithm), as [month, day]. */
function easter(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((8 * b + 13) / 25)) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

/** The ISO day of the named holiday in `year`, or undefined for a holiday whose day is not known here. */
export function holidayDate(name: string, year: number): string | undefined {
  const fixed = FIXED[name];
  if (fixed) return `${year}-${fixed}`;
  const offset = FROM_EASTER[name];
  if (offset === undefined) return undefined;
  const [month, day] = easter(year);
  return new Date(Date.UTC(year, month - 1, day + offset)).toISOString().slice(0, 10);
}

/** A holiday record's date (and local name) agree with its name; `words` turns keys into snake-case words. */
export function agreeHoliday(record: Record<string, unknown>, keys: readonly string[], words: (key: string) => string, fixed: readonly string[]): void {
  const nameKey = keys.find((k) => words(k) === 'name');
  const name = nameKey !== undefined ? record[nameKey] : undefined;
  if (typeof name !== 'string' || !(name in FIXED || name in FROM_EASTER)) return;
  for (const key of keys) {
    const w = words(key);
    const value = record[key];
    if (fixed.includes(key)) continue;
    // Nager-style `fixed`: the holiday falls on the same date every year (Whit Monday does not).
    if (w === 'fixed' && typeof value === 'boolean') record[key] = name in FIXED;
    if (typeof value !== 'string') continue;
    if (/^(date|observed|holiday_date|day)$/.test(w) && /^\d{4}-\d{2}-\d{2}/.test(value)) record[key] = holidayDate(name, Number(value.slice(0, 4)))! + value.slice(10);
    else if (/^(local_name|localname)$/.test(w) && (value in FIXED || value in FROM_EASTER)) record[key] = name;
  }
}
