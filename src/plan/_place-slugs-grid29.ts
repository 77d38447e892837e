/**
 * A place's url slug is made from its own words (QUALITY.md E), wave 29: a search result for Manchester, England
 * whose `url` is a bare slug ("tokyo-tokyo-japan", the spec's example for Tokyo) becomes its own
 * "manchester-england-united-kingdom", never another place's. Only a record that names a place (a name and a
 * country) and whose url is a bare slug (no scheme, no dot, no slash) is touched. No randomness.
 */
type Json = Record<string, unknown>;

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)+$/;
const slugify = (text: string): string => text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

/** Remakes a place record's bare-slug `url` from its name, region and country. */
export function placeSlugGrid29(record: Json, keep: ReadonlySet<string>): void {
  const { name, country } = record;
  if (typeof name !== 'string' || typeof country !== 'string' || name === '' || country === '') return;
  for (const key of ['url']) {
    const value = record[key];
    if (typeof value !== 'string' || !SLUG.test(value) || keep.has(JSON.stringify(value))) continue;
    const parts = [name, record.region, country].filter((p): p is string => typeof p === 'string' && p !== '');
    const own = slugify(parts.join(' '));
    if (own.length >= 2 && own.length <= 80 && own !== value) record[key] = own;
  }
}
