/**
 * A work and its follow-ups are one series (QUALITY.md E, bundled 2026-161 of the wave-32 reading): "Neon Rain"
 * (German, August 2025), "Neon Rain 2" (French, five weeks later, about a vineyard) read as three unrelated films.
 * Follow-ups keep the original's language, come a few years apart (the latest keeps its date, the earlier ones
 * move back), and their overview says whose follow-up they are. No draw: a record's rng stays as it was.
 */

const LANGUAGE_KEY = /^(original_language|language|lang|original_lang)$/;
const OVERVIEW_KEY = /^(overview|plot|synopsis|summary|description|tagline)$/;
const YEAR_KEY = /^(year|release_year|production_year|year_released|publication_year|published_year)$/;
const ISO_DAY = /^\d{4}-\d\d-\d\d/;

/** `value` moved `years` back, its month and day kept (29 February becomes the 28th). */
function yearsBefore(value: string, years: number): string {
  const year = Number(value.slice(0, 4)) - years;
  const rest = value.slice(4, 10) === '-02-29' ? '-02-28' : value.slice(4, 10);
  return `${year}${rest}${value.slice(10)}`;
}

/**
 * "The story of a chess prodigy …" → "The follow-up to Neon Rain, continuing the story of a chess prodigy …"; a later
 * one follows the one before it ("The next chapter after Neon Rain 2, …"), so no two overviews are the same.
 */
function followUpOverview(before: string, first: boolean, overview: string): string {
  const lead = first ? `The follow-up to ${before}` : `The next chapter after ${before}`;
  const story = /^the story of\s+/i.exec(overview);
  if (story) return `${lead}, continuing the story of ${overview.slice(story[0].length)}`;
  return `${lead}. ${overview}`;
}

/**
 * In place: `group` is the original and its follow-ups in release order (dated by `dateKey`, when the records have
 * one); `sameYear`: a search filtered by a year keeps every date in it, so only languages and overviews change.
 */
export function oneSeries33(group: Record<string, unknown>[], titleKey: string, dateKey: string | undefined, words: (key: string) => string, sameYear: number | undefined): void {
  const original = group[0]!;
  const title = String(original[titleKey]);
  for (const [k, v] of Object.entries(original)) {
    const w = words(k);
    if (LANGUAGE_KEY.test(w) && typeof v === 'string') for (const r of group) if (typeof r[k] === 'string') r[k] = v;
    if (OVERVIEW_KEY.test(w) && typeof v === 'string' && v.length > 0 && v.length < 300 && !v.includes(title)) {
      group.forEach((r, i) => {
        const before = group[i - 1]?.[titleKey];
        if (i > 0 && typeof r[k] === 'string' && typeof before === 'string') r[k] = followUpOverview(before, i === 1, v);
      });
    }
  }
  if (dateKey === undefined || sameYear !== undefined) return;
  // Two to four years between one work and the next: the latest keeps its date, each earlier one moves back.
  for (let i = group.length - 2; i >= 0; i--) {
    const next = group[i + 1]![dateKey];
    const own = group[i]![dateKey];
    if (typeof next !== 'string' || typeof own !== 'string' || !ISO_DAY.test(next) || !ISO_DAY.test(own)) return;
    const gap = 2 + ((title.length + i) % 3);
    if (Number(next.slice(0, 4)) - Number(own.slice(0, 4)) < 2) group[i]![dateKey] = yearsBefore(`${next.slice(0, 4)}${own.slice(4)}`, gap);
  }
  for (const [k, v] of Object.entries(original)) {
    if (typeof v !== 'number' || !YEAR_KEY.test(words(k))) continue;
    for (const r of group) if (typeof r[k] === 'number' && typeof r[dateKey] === 'string') r[k] = Number((r[dateKey] as string).slice(0, 4));
  }
}
