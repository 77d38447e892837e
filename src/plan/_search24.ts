/**
 * Search results that answer the search, and one entity told alike across a list (QUALITY.md E), wave 24.
 * - A text search by a phrase (`text: "The LORD is my shepherd; I shall not want."`) lists only the records whose
 *   text holds it: Genesis 1:1 beside Psalm 23:1 is no result of that search.
 * - Records of one list naming the same seller, merchant or author (`seller: "Amazon.com"`) give it the same
 *   attributes (`seller_star_rating`, `seller_link`): one seller has one rating, not 4.5, 2.4 and 4.5.
 * - Members of a named group ("Airbus A330 family") belong to it (_families24.ts).
 * One pass over the root and its lists; values a later call reads (pinned) are kept.
 */
import { groupMembers24 } from './_families24.ts';

type Json = Record<string, unknown>;

/** The argument of a search by text (a phrase the results hold), by its name. */
export const TEXT_ARG = /^(text|phrase|search_?text|exact_?phrase|quote)$/i;
/** The field of a record holding its text. */
export const TEXT_FIELD = /^(text|verse_?text|content|snippet|body|quote|passage|excerpt|sentence)$/i;
/** A field naming the entity behind a record (its seller, its maker); its own attributes are `<name>_…`. */
export const ENTITY_FIELD = /^(seller|seller_?name|merchant|merchant_?name|store_?name|shop_?name|vendor|vendor_?name|publisher|author|artist|channel_?name|company_?name|host_?name|airline|carrier|provider)$/i;

const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
/** Text as a search compares it: lower case, the final stop dropped. */
export const searchable = (s: string): string => s.trim().toLowerCase().replace(/[.!?]+$/, '');
/** The stem an entity field's attributes start with (`seller` of `seller_name`, `sellerName`). */
export const entityStem = (key: string): string => key.replace(/_?name$/i, '').replace(/Name$/, '').toLowerCase();

/** The lists of a result: the root and those of its objects, two levels down. */
function eachList(value: unknown, visit: (items: unknown[], holder: Json | undefined) => void, depth = 0, holder?: Json): void {
  if (depth > 3) return;
  if (Array.isArray(value)) {
    visit(value, holder);
    return;
  }
  if (isRecord(value)) for (const v of Object.values(value)) if (v !== null && typeof v === 'object') eachList(v, visit, depth + 1, value);
}

/** A count beside a list, said of its items. */
const COUNT = /^(count|total|total_?count|total_?results|num_?found|results_?count)$/i;

const holdsPin = (item: unknown, pinned: ReadonlySet<string>): boolean => isRecord(item) && Object.values(item).some((v) => (typeof v === 'string' || typeof v === 'number') && pinned.has(JSON.stringify(v)));

/** Applies both rules of the file comment to a read's result. */
export function settleSearch24(result: unknown, args: Readonly<Json>, effect: string, pinned: ReadonlySet<string>): void {
  if (effect !== 'read' || result === null || typeof result !== 'object') return;
  const phrase = Object.entries(args).find(([k, v]) => TEXT_ARG.test(k) && typeof v === 'string' && v.trim().split(/\s+/).length >= 3)?.[1] as string | undefined;
  eachList(result, (items, holder) => {
    const first = items.find(isRecord);
    if (first === undefined) return;
    const before = items.length;
    if (phrase !== undefined) keepHolding(items, first, searchable(phrase), pinned);
    // (The count beside the list counted the records dropped.)
    if (holder !== undefined && items.length < before) for (const k of Object.keys(holder)) if (COUNT.test(k) && holder[k] === before) holder[k] = items.length;
    sameEntity(items, first, pinned);
    groupMembers24(items, pinned); // the "Airbus A330 family" lists A330s
  });
}

/** Drops the records whose text does not hold the phrase, when one does (a pinned record stays). */
function keepHolding(items: unknown[], first: Json, phrase: string, pinned: ReadonlySet<string>): void {
  const key = Object.keys(first).find((k) => TEXT_FIELD.test(k) && typeof first[k] === 'string');
  if (key === undefined) return;
  const holds = (item: unknown): boolean => isRecord(item) && typeof item[key] === 'string' && (item[key] as string).toLowerCase().includes(phrase);
  if (!items.some(holds) || items.every(holds)) return;
  const kept = items.filter((item) => holds(item) || holdsPin(item, pinned));
  items.splice(0, items.length, ...kept);
}

/** Gives each entity named twice in a list the attributes of its first record. */
function sameEntity(items: unknown[], first: Json, pinned: ReadonlySet<string>): void {
  if (items.length < 2) return;
  for (const key of Object.keys(first)) {
    if (!ENTITY_FIELD.test(key) || typeof first[key] !== 'string') continue;
    const stem = entityStem(key);
    const attrs = Object.keys(first).filter((k) => k !== key && k.toLowerCase().startsWith(stem) && !/id$/i.test(k));
    if (attrs.length === 0) continue;
    const seen = new Map<string, Json>();
    for (const item of items) {
      if (!isRecord(item) || typeof item[key] !== 'string') continue;
      const earlier = seen.get(item[key] as string);
      if (earlier === undefined) {
        seen.set(item[key] as string, item);
        continue;
      }
      for (const a of attrs) if (a in item && !pinned.has(JSON.stringify(item[a]))) item[a] = earlier[a];
    }
  }
}
