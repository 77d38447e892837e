/**
 * A search's hits are ranked by the search itself: the first hit is rank 1, the next rank 2 ("count": 1 with
 * "rank": 3 says nothing a reader can use). Ranks of a later page, and ranks the dialogue already pinned (a value
 * the user said or a later call reads), are kept.
 */
import { keyWords } from '../text/key-words-speed28.ts';

/** Lists of search hits, whose ranks are the order the search found them in. */
const HITS = /^(hits|results|matches|search_results|suggestions)$/;
const RANK = /^(rank|ranking)$/;
const NAMED = /^(name|title|label|company_name|display_name|full_name)$/;
const OWN_RANK = /(^|_)(lat|latitude|lng|lon|longitude|found|date|year|season|week|day|time|timestamp|period|round)$/;
const LATER_PAGE = /^(page|page_number|offset|start|skip|from)$/;

/** Renumbers the `rank` of each hit of `obj`'s hit lists to its place in the list (1, 2, 3…). */
export function hitsRankedInOrder30(obj: Record<string, unknown>, pinned: ReadonlySet<string>): void {
  for (const [key, list] of Object.entries(obj)) {
    if (!Array.isArray(list) || list.length === 0 || !HITS.test(keyWords(key))) continue;
    const first = list[0];
    if (!first || typeof first !== 'object' || Array.isArray(first)) continue;
    const keys = Object.keys(first);
    const rankKey = keys.find((k) => RANK.test(keyWords(k)));
    // A hit is a named thing; a grid point (coordinates, a found flag) or a dated row holds a rank of its own.
    if (rankKey === undefined || !keys.some((k) => NAMED.test(keyWords(k))) || keys.some((k) => OWN_RANK.test(keyWords(k)))) continue;
    // A later page's hits are ranked after the earlier pages' hits.
    if (Object.entries(obj).some(([k, v]) => LATER_PAGE.test(keyWords(k)) && typeof v === 'number' && v > 1)) continue;
    const rows = list.filter((x): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x));
    if (rows.length !== list.length || rows.some((r) => typeof r[rankKey] !== 'number' || pinned.has(JSON.stringify(r[rankKey])))) continue;
    rows.forEach((r, i) => {
      r[rankKey] = i + 1;
    });
  }
}
