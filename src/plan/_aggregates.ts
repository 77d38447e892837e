/**
 * Counts and aggregates that say what they count (QUALITY.md E). An operation that returns "the number of
 * unresolved issues" or `relatedIssueCounts` answers with numbers, never a list of named issues; and a result's
 * summary fields are computed from the items they summarise: `average_rank` is the mean of the items' ranks,
 * `found_percent` the share of items found, `top_3_rank_percent` the share ranked 1–3, a `found: 9` the items
 * found; an empty `reviews` list has no `total_reviews` beside it, and a ranked list's points fall as the rank
 * rises.
 */
import type { JsonSchema, Operation } from '../specs/types.ts';
import { identifierWords } from '../text/index.ts';
import type { ResultField } from './_result.ts';
import { keyWords } from '../text/key-words-speed28.ts';
import { countCoversList, partsWithinWhole } from './_parts18.ts';
import { hitsRankedInOrder30 } from './_ranks30.ts';
import { facetsWithinTotal34, smallTotalIsPage34 } from './_totals-answers34.ts';

const COUNT_SCHEMA: JsonSchema = { type: 'integer', minimum: 0, maximum: 250 };
/** "Returns the number of unresolved issues", "counts of issues related to…", "how many users…". */
const COUNT_PHRASE = /\b(?:(?:total\s+)?(?:number|count|counts|tally)\s+of|how\s+many)\s+([a-z][a-z\s-]*?)(?=\s+(?:for|by|related|that|which|with|per|on|from|across|under|matching|where|belonging|associated|are|is|were|was|have|has|exist|in\s+the|in\s+a)\b|[.,;:()]|$)/i;
const COUNT_START = /^\s*(?:returns?|gets?|retrieves?|fetch(?:es)?|counts?|computes?|calculates?)?\s*(?:a\s+bean\s+containing\s+|an?\s+object\s+containing\s+)?(?:the\s+)?(?:total\s+)?(?:number|count|counts|tally)\s+of\b|^\s*how\s+many\b/i;
const FILLER = new Set(['the', 'a', 'an', 'all', 'of', 'in', 'at', 'total', 'given', 'this', 'that']);

/** The operation says it returns a count: its name or path ends in "count(s)", or its summary starts with "the number of". */
export function isCountOperation(op: Pick<Operation, 'name' | 'path' | 'summary' | 'description'>): boolean {
  const nameWords = identifierWords(op.name);
  const segments = op.path.split('/').filter((s) => s !== '' && !s.includes('{'));
  const lastSegment = identifierWords(segments[segments.length - 1] ?? '');
  const endsInCount = (words: string[]): boolean => /^counts?$/.test(words[words.length - 1] ?? '') || (words[0] === 'count' && words.length > 1);
  if (endsInCount(nameWords) || endsInCount(lastSegment)) return true;
  const summary = op.summary ?? '';
  const first = op.description?.split(/(?<=\.)\s|\n/)[0] ?? '';
  return COUNT_START.test(summary) || COUNT_START.test(first);
}

function singular(word: string): string {
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ches|shes|xes|sses)$/.test(word)) return word.slice(0, -2);
  if (/s$/.test(word) && !/(ss|us|is|news|series|status)$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * The numbers a count operation returns: one `<kind>_<noun>_count` per kind its summary names ("the number of
 * fixed in and affected issues" → fixed_issue_count, affected_issue_count), else one from its path or name
 * (`unresolvedIssueCount` → unresolved_issue_count), else `count`.
 */
export function countFields(op: Pick<Operation, 'name' | 'path' | 'summary' | 'description'>): ResultField[] {
  const text = `${op.summary ?? ''}. ${op.description ?? ''}`;
  const phrase = COUNT_PHRASE.exec(text)?.[1];
  const names: string[] = [];
  if (phrase !== undefined) {
    const parts = phrase.split(/\s+(?:and|or)\s+|,\s*/).map((p) => identifierWords(p).filter((w) => !FILLER.has(w)));
    const last = parts[parts.length - 1] ?? [];
    const noun = last[last.length - 1];
    if (noun !== undefined) {
      const kinds = parts.map((p, i) => (i === parts.length - 1 ? p.slice(0, -1) : p)).filter((k) => k.length > 0);
      const base = singular(noun);
      if (kinds.length > 1) for (const k of kinds) names.push(`${k.join('_')}_${base}_count`);
      else names.push(kinds.length === 1 ? `${kinds[0]!.join('_')}_${base}_count` : `${base}_count`);
    }
  }
  if (names.length === 0) {
    const segments = op.path.split('/').filter((s) => s !== '' && !s.includes('{'));
    const words = [segments[segments.length - 1] ?? '', op.name].map((s) => identifierWords(s)).find((w) => w.includes('count') || w.includes('counts')) ?? [];
    const before = words.slice(0, words.findIndex((w) => /^counts?$/.test(w))).filter((w) => !/^(get|list|fetch|retrieve|read|find|show|return)$/.test(w));
    names.push(before.length > 0 ? `${before.map((w, i) => (i === before.length - 1 ? singular(w) : w)).join('_')}_count` : 'count');
  }
  return [...new Set(names)].map((path) => ({ path, schema: COUNT_SCHEMA }));
}

const AVERAGE = /^(?:average|avg|mean)_(.+)$/;
const TOP_SHARE = /^top_(\d+)_(.+?)_(?:percent|pct|percentage|share)$/;
const SHARE = /^(.+?)_(?:percent|pct|percentage|share|rate)$/;
const RANK = /^(rank|ranking|position)$/;
const TOTAL = /^(total|count|total_\w+|\w+_count|num_\w+|number_of_\w+|total_?results|hits)$/;
const SCORE = /^(points|score|total_points|pts|total_score)$/;

const words = keyWords;

function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^-?[\d,]+(\.\d+)?$/.test(value.trim())) {
    const n = Number(value.replace(/,/g, ''));
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/** Every object's summary fields made to fit the items they summarise; `pinned` values (JSON) are never changed. */
export function agreeAggregates(value: unknown, pinned: ReadonlySet<string>, depth = 0): void {
  if (!value || typeof value !== 'object' || depth > 6) return;
  if (Array.isArray(value)) {
    for (const item of value) agreeAggregates(item, pinned, depth + 1);
    if (value.length > 1) {
      inRankOrder(value, pinned);
      scoresFallWithRank(value, pinned);
    }
    return;
  }
  const obj = value as Record<string, unknown>;
  for (const child of Object.values(obj)) if (child && typeof child === 'object') agreeAggregates(child, pinned, depth + 1);
  const lists = Object.entries(obj).filter(([, v]) => Array.isArray(v)) as Array<[string, unknown[]]>;
  for (const [key, list] of lists) {
    if (list.length === 0) noTotalOfNone(obj, key, pinned);
    else countCoversList(obj, key, list.length, pinned);
  }
  facetsWithinTotal34(obj, pinned);
  hitsRankedInOrder30(obj, pinned);
  ratingsCoverReviews(obj, pinned);
  // (After the swap above: the reviews' count is the smaller one.)
  for (const [key, list] of lists) smallTotalIsPage34(obj, key, list.length, pinned);
  partsWithinWhole(obj, pinned);
  const records = lists.filter(([, v]) => v.length > 0 && v.every((x) => x && typeof x === 'object' && !Array.isArray(x)));
  if (records.length === 1) summarise(obj, records[0]![1] as Array<Record<string, unknown>>, pinned);
  foundHasCount(obj, pinned);
  starCounts(obj, pinned);
  averageInRange(obj, pinned);
}

const MIDDLE = /^(.*?)(average|mean|median|avg)(.*)$/;

/** The bounds of an average (`min_price`/`max_price`, `below`/`above`): an average lies between them, the low bound below the high. */
function boundsOf(obj: Record<string, unknown>, key: string): [string, string] | undefined {
  const m = MIDDLE.exec(words(key));
  if (!m) return undefined;
  const find = (ends: string[]): string | undefined => Object.keys(obj).find((k) => typeof obj[k] === 'number' && ends.some((e) => words(k) === `${m[1]}${e}${m[3]}`));
  const lo = find(['min', 'minimum', 'low', 'lowest', 'below']);
  const hi = find(['max', 'maximum', 'high', 'highest', 'above']);
  return lo !== undefined && hi !== undefined ? [lo, hi] : undefined;
}

function averageInRange(obj: Record<string, unknown>, pinned: ReadonlySet<string>): void {
  for (const key of Object.keys(obj)) {
    const bounds = typeof obj[key] === 'number' ? boundsOf(obj, key) : undefined;
    if (!bounds || [key, ...bounds].some((k) => pinned.has(JSON.stringify(obj[k])))) continue;
    const [lo, hi] = bounds;
    if ((obj[lo] as number) > (obj[hi] as number)) [obj[lo], obj[hi]] = [obj[hi], obj[lo]];
    const low = obj[lo] as number;
    const high = obj[hi] as number;
    const value = obj[key] as number;
    if (value < low || value > high) {
      const middle = (low + high) / 2;
      obj[key] = Number.isInteger(value) && Number.isInteger(low) ? Math.round(middle) : Math.round(middle * 100) / 100;
    }
  }
}

const PER_STAR = /^(counts|distribution|histogram|breakdown|ratings?_counts?|star_counts|rating_distribution)$/;

/**
 * "How many readers gave each star": an empty per-star object beside `average: 2.95, count: 5` is filled with
 * counts for 1–5 stars that add up to `count`, and the average is then theirs.
 */
function starCounts(obj: Record<string, unknown>, pinned: ReadonlySet<string>): void {
  const perStar = Object.keys(obj).find((k) => PER_STAR.test(words(k)) && isEmptyObject(obj[k]));
  const averageKey = Object.keys(obj).find((k) => /^(average|avg|mean|average_rating|rating)$/.test(words(k)) && typeof obj[k] === 'number');
  const countKey = Object.keys(obj).find((k) => /^(count|total|ratings_count|total_ratings|number_of_ratings)$/.test(words(k)) && typeof obj[k] === 'number');
  if (perStar === undefined || averageKey === undefined || countKey === undefined || pinned.has(JSON.stringify(obj[averageKey]))) return;
  const average = obj[averageKey] as number;
  const count = obj[countKey] as number;
  if (average < 1 || average > 5 || !Number.isInteger(count) || count <= 0) return;
  // Stars near the average get the most votes; largest remainders make them add up to the count.
  const weights = [1, 2, 3, 4, 5].map((k) => Math.exp(-((k - average) ** 2)));
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * count);
  const counts = exact.map(Math.floor);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let left = count - counts.reduce((a, b) => a + b, 0), j = 0; left > 0; left--, j++) counts[order[j % 5]![1]]!++;
  obj[perStar] = Object.fromEntries(counts.map((n, i) => [String(i + 1), n]));
  obj[averageKey] = Math.round((counts.reduce((a, n, i) => a + n * (i + 1), 0) / count) * 100) / 100;
}

function isEmptyObject(value: unknown): boolean {
  return !!value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0;
}

/** The values the items hold under a key whose words are `field` (`rank`, `total_rank`). */
function itemValues(items: Array<Record<string, unknown>>, field: string): { values: number[]; bools: boolean[]; present: boolean } {
  const values: number[] = [];
  const bools: boolean[] = [];
  let present = false;
  for (const item of items) {
    for (const [k, v] of Object.entries(item)) {
      if (words(k) !== field) continue;
      present = true;
      if (typeof v === 'boolean') bools.push(v);
      const n = numberOf(v);
      if (n !== undefined) values.push(n);
    }
  }
  return { values, bools, present };
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** `average_rank`, `found_percent`, `top_3_rank_percent` and `found` (a count beside items with a `found` flag) from the items. */
function summarise(obj: Record<string, unknown>, items: Array<Record<string, unknown>>, pinned: ReadonlySet<string>): void {
  // A page of a longer list (total_reviews 454 beside 3 reviews): its averages are over all, not the page.
  if (Object.entries(obj).some(([k, v]) => typeof v === 'number' && v > items.length && TOTAL.test(words(k)))) return;
  for (const [key, current] of Object.entries(obj)) {
    if (Array.isArray(current) || (current !== null && typeof current === 'object') || pinned.has(JSON.stringify(current))) continue;
    const w = words(key);
    const average = AVERAGE.exec(w);
    if (average && (typeof current === 'number' || current === null)) {
      const { values, present } = itemValues(items, average[1]!);
      if (present) obj[key] = values.length === 0 ? null : round1(values.reduce((a, b) => a + b, 0) / values.length);
      continue;
    }
    if (typeof current !== 'number') continue;
    const top = TOP_SHARE.exec(w);
    if (top) {
      const { values, present } = itemValues(items, top[2]!);
      if (present) obj[key] = Math.round((100 * values.filter((v) => v <= Number(top[1]) && v > 0).length) / items.length);
      continue;
    }
    const share = SHARE.exec(w);
    if (share) {
      const { bools } = itemValues(items, share[1]!);
      if (bools.length === items.length) obj[key] = Math.round((100 * bools.filter(Boolean).length) / items.length);
      continue;
    }
    // `found: 9` beside items that each say `found: true|false` counts the ones found.
    if (Number.isInteger(current)) {
      const { bools } = itemValues(items, w);
      if (bools.length === items.length) obj[key] = bools.filter(Boolean).length;
    }
  }
}

/** An empty `reviews` list has no `total_reviews: 454` beside it: the count of what came back is 0. */
function noTotalOfNone(obj: Record<string, unknown>, listKey: string, pinned: ReadonlySet<string>): void {
  const list = words(listKey);
  for (const [key, v] of Object.entries(obj)) {
    if (typeof v !== 'number' || v === 0 || pinned.has(JSON.stringify(v))) continue;
    const w = words(key);
    if (w === `total_${list}` || w === `${singular(list)}_count` || w === `${list}_count` || w === `num_${list}` || w === `number_of_${list}`) obj[key] = 0;
  }
}

const REVIEW_COUNT = /^(total_reviews|reviews_count|review_count|num_reviews|number_of_reviews)$/;
const RATING_COUNT = /^(total_ratings|ratings_count|rating_count|num_ratings|number_of_ratings)$/;

/** Every review carries a rating: a product's ratings are never fewer than its reviews. */
function ratingsCoverReviews(obj: Record<string, unknown>, pinned: ReadonlySet<string>): void {
  const find = (re: RegExp): string | undefined => Object.keys(obj).find((k) => typeof obj[k] === 'number' && re.test(words(k)));
  const reviews = find(REVIEW_COUNT);
  const ratings = find(RATING_COUNT);
  if (reviews === undefined || ratings === undefined || pinned.has(JSON.stringify(obj[ratings]))) return;
  if ((obj[ratings] as number) < (obj[reviews] as number)) [obj[ratings], obj[reviews]] = [obj[reviews], obj[ratings]];
}

/** A spot that found the business at rank 27 has at least 27 results there: `count` is never below the rank. */
function foundHasCount(obj: Record<string, unknown>, pinned: ReadonlySet<string>): void {
  if (obj.found !== true) return;
  const rankKey = Object.keys(obj).find((k) => RANK.test(words(k)) && typeof obj[k] === 'number');
  const countKey = Object.keys(obj).find((k) => /^(count|total|results_count|total_results)$/.test(words(k)) && typeof obj[k] === 'number');
  if (rankKey === undefined || countKey === undefined || pinned.has(JSON.stringify(obj[countKey]))) return;
  const rank = obj[rankKey] as number;
  if ((obj[countKey] as number) < rank) obj[countKey] = rank + (rank % 7) + 3;
}

const RANK_ONLY = /^(rank|ranking)$/;
const LABELLED = /^(name|title|place_id|business_name)$/;
const PLACED = /(^|_)(lat|latitude|lng|lon|longitude)$/;
const DATED = /(^|_)(date|year|season|round|week|day|time|timestamp|period|lat|latitude|lng|lon|longitude)$/;
/** A ranked list is shown in rank order (1, 2, 25, not 1, 25, 2); a list holding a value a later call reads keeps its order. */
function inRankOrder(items: unknown[], pinned: ReadonlySet<string>): void {
  const first = items[0];
  if (!first || typeof first !== 'object' || Array.isArray(first)) return;
  // (A rank, not a position; a dated history or a grid of places, whose ranks are each row's own, keeps its order.)
  const keys = Object.keys(first);
  const rankKey = keys.find((k) => RANK_ONLY.test(words(k)));
  // (A named result with coordinates, a business found at a point, is no grid row: rank 1 comes first.)
  const named = keys.some((k) => LABELLED.test(words(k)));
  if (rankKey === undefined || keys.some((k) => DATED.test(words(k)) && !(named && PLACED.test(words(k))))) return;
  const ranks: number[] = [];
  let sorted = true;
  for (const item of items) {
    const rank = item && typeof item === 'object' && !Array.isArray(item) ? numberOf((item as Record<string, unknown>)[rankKey]) : undefined;
    if (rank === undefined) return;
    if (ranks.length > 0 && rank < ranks[ranks.length - 1]!) sorted = false;
    ranks.push(rank);
  }
  if (sorted || items.some((item) => Object.values(item as object).some((v) => (typeof v === 'string' || typeof v === 'number') && pinned.has(JSON.stringify(v))))) return;
  const order = items.map((_, i) => i).sort((a, b) => ranks[a]! - ranks[b]! || a - b);
  const copy = order.map((i) => items[i]);
  copy.forEach((item, i) => {
    items[i] = item;
  });
}

/** In a ranked list the points fall as the rank rises (rank 19 never has fewer points than rank 48); each value keeps its form. */
function scoresFallWithRank(items: unknown[], pinned: ReadonlySet<string>): void {
  const rows = items.filter((x): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x));
  if (rows.length !== items.length) return;
  const rankKey = Object.keys(rows[0]!).find((k) => RANK.test(words(k)));
  const scoreKey = Object.keys(rows[0]!).find((k) => SCORE.test(words(k)));
  if (rankKey === undefined || scoreKey === undefined) return;
  const ranks = rows.map((r) => numberOf(r[rankKey]));
  const scores = rows.map((r) => numberOf(r[scoreKey]));
  if (ranks.some((r) => r === undefined) || scores.some((s) => s === undefined)) return;
  if (rows.some((r) => pinned.has(JSON.stringify(r[scoreKey])))) return;
  const byRank = rows.map((_, i) => i).sort((a, b) => ranks[a]! - ranks[b]! || a - b);
  const values = rows.map((r) => r[scoreKey]).sort((a, b) => numberOf(b)! - numberOf(a)!);
  byRank.forEach((row, i) => {
    rows[row]![scoreKey] = values[i];
  });
  // Two ranks apart never share points: a tie below a better rank is lowered by one.
  for (let i = 1; i < byRank.length; i++) {
    const prev = rows[byRank[i - 1]!]!;
    const row = rows[byRank[i]!]!;
    if (ranks[byRank[i]!]! > ranks[byRank[i - 1]!]! && numberOf(row[scoreKey])! >= numberOf(prev[scoreKey])!) row[scoreKey] = lower(prev[scoreKey]);
  }
}

/** A score one below `value`, in its form ("2,276" → "2,275", 12.5 → 11.5). */
function lower(value: unknown): unknown {
  const n = numberOf(value)! - 1;
  if (typeof value === 'number') return n;
  const s = String(value);
  return s.includes(',') ? n.toLocaleString('en-US') : String(n);
}
