/**
 * A work's follow-ups come out after it (QUALITY.md E, base bundled #56, #193 of the m29 reading): "Last Train to
 * Tarragona: Legacy" is never released in February 1996 when "Last Train to Tarragona" came out in December 1996.
 * The follow-ups a search names after its query ("Jaws 2", "Jaws: The Return") keep the dates drawn for the list,
 * reordered: the original takes the earliest, each follow-up a later one, no two on the same day.
 */

import { oneSeries33 } from './_series33.ts';

const DATE_KEY = /^(release_date|released|released_on|premiere_date|first_air_date|date_released|air_date|publish(ed)?_date|publication_date|published|published_at|published_on|launch_date)$/;
const YEAR_KEY = /^(year|release_year|production_year|year_released|publication_year|published_year)$/;
const ISO_DAY = /^\d{4}-\d\d-\d\d/;

/** `value` days later, as an ISO day with `value`'s tail (a time, if any); kept inside `year` when one is given. */
function later(value: string, days: number, year: number | undefined): string {
  const at = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(at.getTime())) return value;
  at.setUTCDate(at.getUTCDate() + days);
  let day = at.toISOString().slice(0, 10);
  if (year !== undefined && Number(day.slice(0, 4)) !== year) day = `${year}-12-31`;
  return `${day}${value.slice(10)}`;
}

/**
 * In place: of `records` (a list a search found), the one at `found` titled `original` and those titled after it
 * (`original: …`, `original 2`) are dated in that order. `sameYear`: the search was filtered by a year, so every date
 * stays in it.
 */
export function sequelsAfterOriginal30(records: Record<string, unknown>[], key: string, found: number, words: (key: string) => string, sameYear?: number): void {
  const original = records[found];
  const title = original?.[key];
  if (original === undefined || typeof title !== 'string') return;
  const follow = records.filter((r, i) => i !== found && typeof r[key] === 'string' && ((r[key] as string).startsWith(`${title}: `) || r[key] === `${title} 2`));
  if (follow.length === 0) return;
  const group = [original, ...follow];
  let dateKey: string | undefined;
  for (const [k, v] of Object.entries(original)) {
    if (typeof v !== 'string' || !DATE_KEY.test(words(k)) || !ISO_DAY.test(v)) continue;
    if (!group.every((r) => typeof r[k] === 'string' && ISO_DAY.test(r[k] as string))) continue;
    const sorted = group.map((r) => r[k] as string).sort();
    group.forEach((r, i) => {
      const prev = i === 0 ? undefined : (group[i - 1]![k] as string);
      r[k] = prev !== undefined && sorted[i]!.slice(0, 10) <= prev.slice(0, 10) ? later(prev, 41, sameYear) : sorted[i]!;
    });
    dateKey ??= k;
  }
  for (const [k, v] of Object.entries(original)) {
    if (typeof v !== 'number' || !YEAR_KEY.test(words(k)) || !group.every((r) => typeof r[k] === 'number')) continue;
    // A work's year is its release date's; without one, a follow-up comes a year or more later (a year search keeps its year).
    if (dateKey !== undefined) {
      for (const r of group) r[k] = Number((r[dateKey] as string).slice(0, 4));
      continue;
    }
    const sorted = group.map((r) => r[k] as number).sort((a, b) => a - b);
    group.forEach((r, i) => {
      const prev = i === 0 ? undefined : (group[i - 1]![k] as number);
      r[k] = prev !== undefined && sameYear === undefined && sorted[i]! <= prev ? prev + 1 : sorted[i]!;
    });
  }
  oneSeries33(group, key, dateKey, words, sameYear); // one language, years apart, follow-ups said so (_series33.ts)
}
