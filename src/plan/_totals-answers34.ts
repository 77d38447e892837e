/**
 * Totals and facet counts that agree with the page they sit beside (QUALITY.md E, wave 34; rapidapi 2026-240,
 * 2026-287). A first page holds up to a page size of items (10 or more): a page of 3 beside `total_reviews: 4`
 * ("4 reviews, of which 3 came back") is a whole list whose total says otherwise, so the total becomes the items'
 * number. A facet list (`countries: [{name, count}]`) counts the same items: no facet counts more than the total.
 * Kept values (sent by the call or read by a chain, as JSON) never change; a page after the first, an explicit
 * small limit, or a page count above one leave the total as drawn.
 */
import { snakeKey } from '../text/key-words-speed28.ts';

const words = snakeKey;
/** Below this, a total above the page's items cannot be a longer list's first page (no API pages by 4). */
const SMALL_TOTAL = 10;
const GENERIC_TOTAL = /^(total|total_count|total_results|total_items|total_hits|total_records|count|num_results|results_count)$/;
const LATER_PAGE = /^(page|page_number|current_page|offset|start|skip|from|cursor)$/;
const LIMIT = /^(limit|page_size|per_page|size|max_results|count_per_page)$/;
const PAGES = /^(total_pages|pages|num_pages|page_count|number_of_pages|last_page)$/;

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function totalKeyOf(obj: Record<string, unknown>, listKey: string): string | undefined {
  const list = words(listKey);
  const one = list.endsWith('ies') ? `${list.slice(0, -3)}y` : list.endsWith('s') ? list.slice(0, -1) : list;
  const own = new Set([`total_${list}`, `${one}_count`, `${list}_count`, `num_${list}`, `number_of_${list}`, `total_${one}_count`]);
  const ownKey = Object.keys(obj).find((k) => isCount(obj[k]) && own.has(words(k)));
  if (ownKey !== undefined) return ownKey;
  // A bare `total` counts the one list beside it: with facets or a second list beside, it may count another.
  // (Of records: `meta: {count, sort: ["name", "date"]}` counts the data beside it, not its sort keys.)
  const lists = Object.values(obj).filter((v) => Array.isArray(v) && v.length > 0);
  const records = lists.length === 1 && (lists[0] as unknown[]).every((x) => x !== null && typeof x === 'object' && !Array.isArray(x));
  return records && Array.isArray(obj[listKey]) ? Object.keys(obj).find((k) => isCount(obj[k]) && GENERIC_TOTAL.test(words(k))) : undefined;
}

/** A page that shows more are wanted or come later: its total may well exceed its items. */
function pagedOn(obj: Record<string, unknown>, length: number): boolean {
  for (const [k, v] of Object.entries(obj)) {
    const w = words(k);
    if (LATER_PAGE.test(w) && ((typeof v === 'number' && v > (w.includes('page') ? 1 : 0)) || (typeof v === 'string' && v !== '' && v !== '0' && v !== '1'))) return true;
    if (LIMIT.test(w) && typeof v === 'number' && v <= length) return true;
    if (PAGES.test(w) && typeof v === 'number' && v > 1) return true;
    if (v === true && /^has_(more|next)/.test(w)) return true;
  }
  return false;
}

/** `total_reviews: 4` beside 3 reviews on a first page: the total is the 3 that came back. */
export function smallTotalIsPage34(obj: Record<string, unknown>, listKey: string, length: number, pinned: ReadonlySet<string>): void {
  if (length === 0 || length >= SMALL_TOTAL) return;
  const key = totalKeyOf(obj, listKey);
  if (key === undefined) return;
  const total = obj[key] as number;
  if (total <= length || total >= SMALL_TOTAL || pinned.has(JSON.stringify(total)) || pagedOn(obj, length)) return;
  obj[key] = length;
}

const NAME_KEY = /^(name|title|label|value|id)$/;

/**
 * Facets (`[{name, count}]`) beside a list and its total: a count above the total shrinks into it, each entry's share
 * summing to the total (a facet of 10/50/20 beside 3 webcams reads 2/1 once its zero entry goes).
 */
export function facetsWithinTotal34(obj: Record<string, unknown>, pinned: ReadonlySet<string>): void {
  const totalKey = Object.keys(obj).find((k) => GENERIC_TOTAL.test(words(k)) && isCount(obj[k]));
  if (totalKey === undefined) return;
  const total = obj[totalKey] as number;
  if (total === 0) return;
  for (const [key, v] of Object.entries(obj)) {
    if (!Array.isArray(v) || v.length === 0 || key === totalKey) continue;
    const facets = v as unknown[];
    if (!facets.every((f) => f !== null && typeof f === 'object' && !Array.isArray(f) && isCount((f as Record<string, unknown>).count) && Object.keys(f as object).some((k) => NAME_KEY.test(k)))) continue;
    const counts = facets.map((f) => (f as Record<string, number>).count!);
    if (counts.every((c) => c <= total) || counts.some((c) => pinned.has(JSON.stringify(c)))) continue;
    // Largest remainders: the shares sum to the total, as a facet of disjoint values does.
    const sum = counts.reduce((a, b) => a + b, 0);
    const shares = counts.map((c) => (c / sum) * total);
    const out = shares.map(Math.floor);
    const order = shares.map((s, i) => [s - Math.floor(s), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    for (let left = total - out.reduce((a, b) => a + b, 0), j = 0; left > 0; left--, j++) out[order[j % order.length]![1]]! += 1;
    facets.forEach((f, i) => ((f as Record<string, number>).count = out[i]!));
    const kept = facets.filter((_, i) => out[i]! > 0);
    obj[key] = kept;
  }
}
