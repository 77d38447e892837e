/**
 * Rank trackers, search result pages and business search results that hang together (QUALITY.md E), wave 25:
 * - a ranking of one searched business (`place_id` in the call, `found`/`rank` beside the results) lists distinct
 *   businesses (each its own id and link), says `found: true` and the rank of the result carrying the searched id
 *   (or `found: false`, `rank: null` when none does), and tells the searched business by the name and address an
 *   earlier call gave it;
 * - results numbered by `position` come in position order (1, 2, 3, never 3, 2, 1): the numbers move, the
 *   records (and what later calls read of them) stay;
 * - one result's `link`, `domain` and `displayed_link` name one site;
 * - a business status is a status word (OPERATIONAL), never "Average" or "completed";
 * - one seller ships from one place, and a seller that is a site ("Amazon.com") ships from itself and links to it;
 * - a business found by a trade ("outdoor gear") and named after it is of that trade, not a "hair salon".
 * One walk over the result; cheap key tests first.
 */
import { walk } from './_order22.ts';

type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The id of the searched record, in the call and in each result. */
const SEARCHED_ID = /^(place_?id|business_?id|placeId|businessId|cid|google_?id)$/;
const LINK = /^(link|url)$/i;
const DOMAIN = /^(domain|display_?domain)$/i;
const SHOWN = /^(displayed_?link|display_?link|displayed_?url|display_?url|visible_?link|displayLink|displayedLink)$/i;
const POSITION = /^(position|pos)$/;
const DATED = /(^|_)(date|year|season|round|week|day|time|timestamp|period)$/i;
const ADDRESS = /^(address|full_address|formatted_address|street|street_address)$/;
const STATUS_WORD = /^(OPERATIONAL|CLOSED_TEMPORARILY|CLOSED_PERMANENTLY|OPEN|CLOSED|open|closed|operational|Open|Closed|Operational|temporarily closed|permanently closed)$/;
const QUERY_ARG = /^(q|query|keyword|keywords|search|search_?term|term)$/i;

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = LOWER.toUpperCase();
const DIGITS = '0123456789';
/** Another id written like `id` (same length, same kinds of characters), the `n`th of its kind; pure, so deterministic. */
export function otherId(id: string, n: number): string {
  let out = '';
  for (let j = 0; j < id.length; j++) {
    const c = id[j]!;
    const set = LOWER.includes(c) ? LOWER : UPPER.includes(c) ? UPPER : DIGITS.includes(c) ? DIGITS : undefined;
    out += set === undefined ? c : set[(set.indexOf(c) + n * 7 + j * 3 + 1) % set.length]!;
  }
  return out === id ? `${id}${n}` : out;
}

/** A link whose last path part is made another, the `n`th. */
function otherLink(link: string, n: number): string {
  const m = /^(.*\/)([^/]+?)(\/?)$/.exec(link);
  return m === null ? `${link}${n}` : `${m[1]}${otherId(m[2]!, n)}${m[3]}`;
}

const hostOf = (link: string): string | undefined => {
  const m = /^https?:\/\/([^/?#\s]+)/i.exec(link);
  return m?.[1]?.toLowerCase();
};

/** Applies the rules of the file comment to a read's result. */
export function settleSerp25(result: unknown, args: Readonly<Json>, effect: string, earlier: Iterable<unknown>, pinned: ReadonlySet<string>): void {
  if (effect !== 'read' || result === null || typeof result !== 'object') return;
  const idArg = Object.entries(args).find(([k, v]) => SEARCHED_ID.test(k) && typeof v === 'string');
  const query = Object.entries(args).find(([k, v]) => QUERY_ARG.test(k) && typeof v === 'string' && v.trim().length > 2)?.[1] as string | undefined;
  walk(result, (obj) => {
    if ('business_status' in obj && typeof obj.business_status === 'string' && !STATUS_WORD.test(obj.business_status) && !pinned.has(JSON.stringify(obj.business_status))) obj.business_status = 'OPERATIONAL';
    for (const v of Object.values(obj)) {
      if (!Array.isArray(v) || v.length === 0 || !isRecord(v[0])) continue;
      const items = v.filter(isRecord);
      if (items.length !== v.length) continue;
      const keys = Object.keys(items[0]!);
      if (idArg !== undefined && keys.includes(idArg[0])) rankedBusinesses(obj, items, idArg[0], idArg[1] as string, earlier);
      if (query !== undefined && keys.includes('subtypes')) ofTheTrade(items, query);
      if (keys.some((k) => POSITION.test(k))) positionOrder(items, keys, pinned);
      if (keys.includes('seller') && keys.includes('ships_from')) oneSellerOnePlace(items, pinned);
    }
    sameSite(obj, pinned);
  });
}

/** Distinct businesses, the searched one told as before, `found`/`rank` said of it. */
function rankedBusinesses(holder: Json, items: Json[], idKey: string, searched: string, earlier: Iterable<unknown>): void {
  // (Keep the first record carrying an id; the others it was copied to become businesses of their own.)
  const linkKeys = Object.keys(items[0]!).filter((k) => /(_link|_url)$/.test(k) && typeof items[0]![k] === 'string');
  for (const key of [idKey, ...linkKeys]) {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const v = item[key];
      if (typeof v !== 'string') return;
      if (seen.has(v)) item[key] = key === idKey ? otherId(v, i) : otherLink(v, i);
      seen.add(item[key] as string);
    });
  }
  const at = items.findIndex((item) => item[idKey] === searched);
  if (at >= 0) {
    const before = recordOf(earlier, idKey, searched);
    if (before !== undefined) tellAsBefore(items[at]!, before);
  }
  if (typeof holder.found !== 'boolean' || !('rank' in holder)) return;
  holder.found = at >= 0;
  const rank = at >= 0 ? items[at]!.rank : undefined;
  holder.rank = at < 0 ? null : typeof rank === 'number' ? rank : at + 1;
}

/** The searched business keeps the name, address, links, ids and place an earlier call gave it. */
function tellAsBefore(item: Json, before: Json): void {
  for (const k of Object.keys(item)) {
    const was = before[k];
    if (typeof was !== 'string') continue;
    if (ADDRESS.test(k) || /^(name|cid|google_?id)$/.test(k) || /(_link|_url)$/.test(k)) item[k] = was;
    // (The ranking was asked at the business's own point: it stands there.)
    else if (/^(lat|lng|lon|latitude|longitude)$/.test(k) && typeof item[k] === 'number' && Number.isFinite(Number(was))) item[k] = Number(was);
  }
}

/** The record an earlier result gave for the id. */
function recordOf(earlier: Iterable<unknown>, idKey: string, id: string): Json | undefined {
  let found: Json | undefined;
  for (const result of earlier) {
    walk(result, (obj) => {
      if (found === undefined && obj[idKey] === id) found = obj;
    });
    if (found !== undefined) return found;
  }
  return undefined;
}

/** A business named after the trade searched for is of that trade. */
function ofTheTrade(items: Json[], query: string): void {
  // (A query in capitals is a business's name, "Jives Media", not a trade.)
  if (/[A-Z]/.test(query)) return;
  const trade = query.trim().toLowerCase();
  for (const item of items) {
    const name = typeof item.name === 'string' ? item.name.toLowerCase() : '';
    if (name === trade || !name.includes(trade) || !Array.isArray(item.subtypes) || !item.subtypes.every((s) => typeof s === 'string')) continue;
    if (!(item.subtypes as string[]).some((s) => s.toLowerCase().includes(trade) || trade.includes(s.toLowerCase()))) item.subtypes = [trade];
  }
}

/** Positions given in list order, the smallest first (a dated history keeps its own). */
function positionOrder(items: Json[], keys: string[], pinned: ReadonlySet<string>): void {
  const key = keys.find((k) => POSITION.test(k))!;
  if (items.length < 2 || keys.some((k) => DATED.test(k))) return;
  const nums = items.map((r) => r[key]);
  if (!nums.every((n) => typeof n === 'number') || nums.some((n) => pinned.has(JSON.stringify(n)))) return;
  const ns = nums as number[];
  if (ns.every((n, i) => i === 0 || n >= ns[i - 1]!)) return;
  const sorted = [...ns].sort((a, b) => a - b);
  items.forEach((item, i) => { item[key] = sorted[i]; });
}

/** A result's domain and shown link are its link's site. */
function sameSite(obj: Json, pinned: ReadonlySet<string>): void {
  const linkKey = Object.keys(obj).find((k) => LINK.test(k) && typeof obj[k] === 'string');
  if (linkKey === undefined) return;
  const host = hostOf(obj[linkKey] as string);
  if (host === undefined) return;
  for (const [k, v] of Object.entries(obj)) {
    if (typeof v !== 'string' || pinned.has(JSON.stringify(v))) continue;
    if (DOMAIN.test(k) && !/^https?:/i.test(v) && v.toLowerCase() !== host && v.toLowerCase() !== host.replace(/^www\./, '')) obj[k] = host.replace(/^www\./, '');
    else if (SHOWN.test(k) && (/^https?:/i.test(v) ? hostOf(v) : v.split(/[\s/›>]/)[0]!.toLowerCase()) !== host) obj[k] = /^https?:/i.test(v) ? `https://${host}` : host;
  }
}

/** A seller named as a site, "Amazon.com". */
const SITE_NAME = /^[A-Za-z0-9-]+\.(com|net|org|co\.uk|de|fr|it|es|ca|nl|in|co\.jp|com\.au)$/;

/** One seller, one place it ships from (the first offer's); a site seller ships from itself and links to its site. */
function oneSellerOnePlace(items: Json[], pinned: ReadonlySet<string>): void {
  const from = new Map<string, unknown>();
  for (const item of items) {
    const seller = item.seller;
    if (typeof seller !== 'string') continue;
    const site = SITE_NAME.test(seller);
    if (site) {
      if (!pinned.has(JSON.stringify(item.ships_from))) item.ships_from = seller;
      if (typeof item.seller_link === 'string' && !pinned.has(JSON.stringify(item.seller_link)) && hostOf(item.seller_link)?.replace(/^www\./, '') !== seller.toLowerCase()) item.seller_link = `https://www.${seller.toLowerCase()}/`;
      continue;
    }
    if (!from.has(seller)) from.set(seller, item.ships_from);
    else if (!pinned.has(JSON.stringify(item.ships_from))) item.ships_from = from.get(seller);
  }
}
