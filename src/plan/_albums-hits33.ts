/**
 * An album record agrees with itself (reading 32, E: the albums found for a searched artist): its `album_group`
 * names the same kind as its `album_type` (a compilation is never grouped as a single; `appears_on` stays, it says
 * how the artist takes part), and its `release_date_precision` says how much of the date it gives ("1981-12" is
 * to the month, "2025-09-21" to the day). Only records with an `album_type` are looked at: a cheap first test.
 */
const KIND = /^(album|single|compilation)$/;

export function albumAgrees33(record: Record<string, unknown>, fixed: readonly string[]): void {
  const type = record.album_type;
  if (typeof type !== 'string') return;
  const group = record.album_group;
  if (typeof group === 'string' && !fixed.includes('album_group') && group !== type && KIND.test(group) && KIND.test(type)) record.album_group = type;
  const date = record.release_date;
  if (typeof date !== 'string' || typeof record.release_date_precision !== 'string' || fixed.includes('release_date_precision')) return;
  const precision = /^\d{4}-\d{2}-\d{2}/.test(date) ? 'day' : /^\d{4}-\d{2}$/.test(date) ? 'month' : /^\d{4}$/.test(date) ? 'year' : undefined;
  if (precision !== undefined) record.release_date_precision = precision;
}
