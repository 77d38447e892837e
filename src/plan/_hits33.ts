/**
 * A hit the chain reads its id from carries its name (QUALITY.md E): a search of many collections (Spotify's albums,
 * artists, shows…) has more fields than the result keeps, so its items lost everything but the pinned id and
 * `{"id": "2xnq…"}` showed nothing of "The Tides Sessions" before the id went into the next call. The item's own
 * name/title (the first of the spec's) is kept beside the pin, to be named by the query like any search hit.
 */
import type { PinnedValue, ResultField } from './_result.ts';
import { flatSchema, schemaType } from './_params.ts';

const LABEL = /^(name|title|headline|label|display_?name)$/i;

/**
 * The fields to add to the kept ones (`limited`): pinned fields left out (as before), then the name/title leaf
 * of each listed item holding a pin whose item keeps no name of its own, on a search (`searched`: the call has a
 * query that names the hit). Pins come first, in their order.
 */
export function hitFields33(fields: readonly ResultField[], limited: readonly ResultField[], pinned: readonly PinnedValue[], searched: boolean): ResultField[] {
  const extra: ResultField[] = [];
  for (const pin of pinned) if (!limited.some((f) => f.path === pin.path)) extra.push(fields.find((f) => f.path === pin.path) ?? { path: pin.path, schema: {} });
  if (!searched || fields.length <= 30) return extra; // a search's hit only; with every field kept nothing was cut from it
  for (const pin of pinned) {
    const dot = pin.path.lastIndexOf('.');
    if (dot < 0) continue;
    const item = pin.path.slice(0, dot);
    if (!item.endsWith('[]')) continue;
    const labelOf = (f: ResultField): boolean => f.path.startsWith(`${item}.`) && f.path.indexOf('.', item.length + 1) < 0 && !f.path.slice(item.length + 1).includes('[') && LABEL.test(f.path.slice(item.length + 1));
    if (limited.some(labelOf) || extra.some(labelOf)) continue;
    const label = fields.find((f) => labelOf(f) && !fields.some((g) => g.path.startsWith(`${f.path}.`) || g.path.startsWith(`${f.path}[`)) && schemaType(flatSchema(f.schema)) === 'string');
    if (label) extra.push(label);
  }
  return extra;
}

const PAGE_LINK = /^(next|previous|prev)$/;

/**
 * A page that holds every item (a search's hits, an audiobook's chapters) (offset 0, a total no larger than its items) links to no other page: its
 * `next`/`previous` are null, never a made-up address (`/me/shows?offset=1`, a random domain) for a page that
 * cannot exist. Looks at the result's objects down to its pages (`albums` of a search of several kinds).
 */
export function onePage33(result: unknown, depth = 0): void {
  if (result === null || typeof result !== 'object' || depth > 6) return;
  if (Array.isArray(result)) {
    // Pages inside listed records too (an album's `tracks` page in a search's albums).
    if (depth > 0) for (const item of result) onePage33(item, depth + 1);
    return;
  }
  const page = result as Record<string, unknown>;
  const items = Object.values(page).find(Array.isArray);
  const paged = items !== undefined || (typeof page.offset === 'number' && Object.keys(page).some((k) => PAGE_LINK.test(k)));
  // Without its items, a page of `limit` holds every one when the total is no larger.
  const held = items?.length ?? (typeof page.limit === 'number' ? page.limit : undefined);
  if (paged && page.offset === 0 && typeof page.total === 'number' && held !== undefined && page.total <= held) {
    for (const key of Object.keys(page)) if (PAGE_LINK.test(key) && typeof page[key] === 'string') page[key] = null;
  }
  // The first page has no page before it, whatever the total.
  if (paged && page.offset === 0) for (const key of Object.keys(page)) if (/^(previous|prev)$/.test(key) && typeof page[key] === 'string') page[key] = null;
  if (paged) nextOnOwnHost(page);
  // (A whole result's page only: a grid point's `count` beside an unlisted `results: []` is that point's own.)
  if (depth === 0 && items !== undefined && items.length === 0 && page.found !== true) nothingFound(page);
  for (const value of Object.values(page)) if (value !== null && typeof value === 'object') onePage33(value, depth + 1);
}

/**
 * A page's `next` is the same address one page on (`…/chapters?offset=20&limit=20`), never a random domain or another
 * collection (`/me/shows?offset=1`), when the page says its own address (`href`), offset and limit.
 */
function nextOnOwnHost(page: Record<string, unknown>): void {
  const { href, offset, limit, next } = page;
  if (typeof href !== 'string' || typeof next !== 'string' || typeof offset !== 'number' || typeof limit !== 'number' || limit <= 0) return;
  const base = /^(https?:\/\/[^/?#]+[^?#]*)/.exec(href)?.[1];
  if (base === undefined || next.startsWith(`${base}?`)) return;
  page.next = `${base}?offset=${offset + limit}&limit=${limit}`;
}

const COUNT_KEY = /^(estimated_?results|total_?results|total_?count|result_?count|total|count)$/i;
const NEXT_KEY = /^(next_?page_?token|next_?cursor|next_?token|next)$/i;

/** A page that found nothing counts nothing and leads to no next page ("6487 estimated results" beside no item is none). */
function nothingFound(page: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(page)) {
    if (COUNT_KEY.test(key) && typeof value === 'number') page[key] = 0;
    else if (COUNT_KEY.test(key) && typeof value === 'string' && /^\d+$/.test(value)) page[key] = '0';
    else if (NEXT_KEY.test(key) && typeof value === 'string') page[key] = null;
  }
}
