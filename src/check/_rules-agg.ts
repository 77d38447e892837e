/**
 * Counts and aggregates that mean what they say (QUALITY.md E): an operation that says it returns a count
 * ("Returns the number of unresolved issues", `…/relatedIssueCounts`) answers with a number, not a list of named
 * records (`count_as_records`); a summary field agrees with the items it summarises — `average_rank` is their
 * mean rank, `top_3_rank_percent` the share ranked 1–3, `found_percent` the share found (`aggregate_mismatch`);
 * an empty `reviews` list has no `total_reviews: 454` beside it (`empty_list_total`); in a ranked list a better
 * rank never has fewer points (`rank_points_order`). Reads only the dialogue record.
 */
import type { DialogueRecord, RecordOperation } from '../plan/types.ts';
import { identifierWords } from '../text/index.ts';
import { memoized } from '../text/memo.ts';
import { keyWords } from '../text/key-words-speed28.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const AGG_INVARIANTS = ['count_as_records', 'aggregate_mismatch', 'empty_list_total', 'rank_points_order'] as const satisfies readonly InvariantId[];

// Kept per key: every object of every result asks again for the same few keys.
const words = keyWords;
const lastWord = memoized((s: string): string => identifierWords(s).pop() ?? '');
const SAYS_COUNT = /^\s*(?:returns?|gets?|retrieves?|counts?)?\s*(?:a\s+\w+\s+containing\s+)?(?:the\s+)?(?:total\s+)?(?:number|count|counts)\s+of\b|^\s*how\s+many\b/i;
const AVERAGE = /^(?:average|avg|mean)_(.+)$/;
const TOP_SHARE = /^top_(\d+)_(.+?)_(?:percent|pct|percentage)$/;
const SHARE = /^(.+?)_(?:percent|pct|percentage)$/;
const RANK = /^(rank|ranking|position)$/;
const TOTAL = /^(total|count|total_\w+|\w+_count|num_\w+|number_of_\w+|hits)$/;
const SCORE = /^(points|score|total_points|pts|total_score)$/;

export function checkAggregates(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, i) => {
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    const op = record.operations[turn.operation];
    if (op && saysCount(op) && namedRecordsOnly(turn.result)) add('count_as_records', i, `${turn.operation} returns a count ("${(op.description.split(/\n/)[0] ?? '').slice(0, 80)}") but its result lists named records and no number`);
    eachObject(turn.result, (obj) => {
      for (const problem of [...aggregateProblems(obj), ...starProblems(obj), ...averageOutside(obj)]) add('aggregate_mismatch', i, `tool result: ${problem}`);
      const total = emptyListTotal(obj);
      if (total) add('empty_list_total', i, `tool result: ${total}`);
      for (const v of Object.values(obj)) {
        const order = Array.isArray(v) ? pointsOutOfOrder(v) : undefined;
        if (order) add('rank_points_order', i, `tool result: ${order}`);
      }
    });
    if (Array.isArray(turn.result)) {
      const order = pointsOutOfOrder(turn.result);
      if (order) add('rank_points_order', i, `tool result: ${order}`);
    }
  });
}

/** Its name or path ends in "count(s)" (`unresolvedIssueCount`, `getOrdersCount`), or its description starts "Returns the number of". */
const countOps = new WeakMap<RecordOperation, boolean>();

/** saysCount, kept per operation object (the records of one run share their operations). */
function saysCount(op: RecordOperation): boolean {
  let says = countOps.get(op);
  if (says === undefined) {
    says = computeSaysCount(op);
    countOps.set(op, says);
  }
  return says;
}

function computeSaysCount(op: RecordOperation): boolean {
  const segments = op.path.split('/').filter((s) => s !== '' && !s.includes('{'));
  const last = lastWord;
  if (/^counts?$/.test(last(op.name)) || /^counts?$/.test(last(segments[segments.length - 1] ?? ''))) return true;
  return SAYS_COUNT.test(op.description.split(/(?<=\.)\s|\n/)[0] ?? '');
}

/** A result with no number outside its lists, and a list of records that have names. */
function namedRecordsOnly(result: unknown): boolean {
  let numbers = 0;
  let named = 0;
  const walk = (v: unknown, depth: number): void => {
    if (typeof v === 'number') numbers++;
    else if (Array.isArray(v)) named += v.filter((x) => x && typeof x === 'object' && Object.keys(x).some((k) => /^(name|title)$/i.test(k))).length;
    else if (v && typeof v === 'object' && depth < 4) for (const c of Object.values(v)) walk(c, depth + 1);
  };
  walk(result, 0);
  return numbers === 0 && named > 0;
}

function num(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^-?[\d,]+(\.\d+)?$/.test(v.trim())) return Number(v.replace(/,/g, ''));
  return undefined;
}

/** The one list of records an object holds, if any. */
function itemsOf(obj: Record<string, unknown>): Array<Record<string, unknown>> | undefined {
  const lists = Object.values(obj).filter((v): v is unknown[] => Array.isArray(v) && v.length > 0 && v.every((x) => x && typeof x === 'object' && !Array.isArray(x)));
  return lists.length === 1 ? (lists[0] as Array<Record<string, unknown>>) : undefined;
}

function field(items: Array<Record<string, unknown>>, name: string): { numbers: number[]; flags: boolean[]; present: boolean } {
  const numbers: number[] = [];
  const flags: boolean[] = [];
  let present = false;
  for (const item of items) {
    for (const [k, v] of Object.entries(item)) {
      if (words(k) !== name) continue;
      present = true;
      if (typeof v === 'boolean') flags.push(v);
      const n = num(v);
      if (n !== undefined) numbers.push(n);
    }
  }
  return { numbers, flags, present };
}

/** `average_rank: 47` over ranks 27, 48, 10; `top_3_rank_percent: 18` with no rank ≤ 3; `found_percent` off the found flags. */
function aggregateProblems(obj: Record<string, unknown>): string[] {
  const items = itemsOf(obj);
  // A page of a longer list (total_reviews 454 beside 3 reviews) averages over all of them, not the page.
  if (!items || Object.entries(obj).some(([k, v]) => typeof v === 'number' && v > items.length && TOTAL.test(words(k)))) return [];
  const out: string[] = [];
  for (const [key, value] of Object.entries(obj)) {
    if (typeof value !== 'number') continue;
    const w = words(key);
    const average = AVERAGE.exec(w);
    if (average) {
      const { numbers } = field(items, average[1]!);
      if (numbers.length === 0) continue;
      const mean = numbers.reduce((a, b) => a + b, 0) / numbers.length;
      if (Math.abs(value - mean) > Math.max(1, Math.abs(mean) * 0.05)) out.push(`${key} is ${value} but the items' ${average[1]} average ${Math.round(mean * 10) / 10}`);
      continue;
    }
    const top = TOP_SHARE.exec(w);
    if (top) {
      const { numbers, present } = field(items, top[2]!);
      if (!present) continue;
      const share = (100 * numbers.filter((n) => n > 0 && n <= Number(top[1])).length) / items.length;
      if (Math.abs(value - share) > 2) out.push(`${key} is ${value} but ${Math.round(share)} % of the items have ${top[2]} ≤ ${top[1]}`);
      continue;
    }
    const share = SHARE.exec(w);
    if (share) {
      const { flags } = field(items, share[1]!);
      if (flags.length !== items.length) continue;
      const pct = (100 * flags.filter(Boolean).length) / items.length;
      if (Math.abs(value - pct) > 2) out.push(`${key} is ${value} but ${Math.round(pct)} % of the items are ${share[1]}`);
    }
  }
  return out;
}

/** Ratings per star (`counts: {"1": 0, "2": 1, …}`) add up to the count beside them, and their mean is the average. */
function starProblems(obj: Record<string, unknown>): string[] {
  const perStar = Object.entries(obj).find(([k, v]) => /^(counts|distribution|histogram|breakdown|ratings?_counts?|star_counts|rating_distribution)$/.test(words(k)) && v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 0 && Object.entries(v).every(([star, n]) => /^[1-5]$/.test(star) && typeof n === 'number'));
  if (!perStar) return [];
  const stars = Object.entries(perStar[1] as Record<string, number>);
  const total = stars.reduce((a, [, n]) => a + n, 0);
  const out: string[] = [];
  const countKey = Object.keys(obj).find((k) => /^(count|total|ratings_count|total_ratings|number_of_ratings)$/.test(words(k)) && typeof obj[k] === 'number');
  if (countKey !== undefined && obj[countKey] !== total) out.push(`${countKey} is ${String(obj[countKey])} but ${perStar[0]} add up to ${total}`);
  const averageKey = Object.keys(obj).find((k) => /^(average|avg|mean|average_rating)$/.test(words(k)) && typeof obj[k] === 'number');
  const mean = total > 0 ? stars.reduce((a, [star, n]) => a + Number(star) * n, 0) / total : undefined;
  if (averageKey !== undefined && mean !== undefined && Math.abs((obj[averageKey] as number) - mean) > 0.1) out.push(`${averageKey} is ${String(obj[averageKey])} but ${perStar[0]} average ${Math.round(mean * 100) / 100}`);
  return out;
}

/** An average outside its own bounds: `average_price: 120` beside `min_price: 10, max_price: 90`. */
function averageOutside(obj: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(obj)) {
    const m = typeof value === 'number' ? /^(.*?)(average|mean|median|avg)(.*)$/.exec(words(key)) : null;
    if (!m) continue;
    const find = (ends: string[]): number | undefined => {
      const k = Object.keys(obj).find((x) => typeof obj[x] === 'number' && ends.some((e) => words(x) === `${m[1]}${e}${m[3]}`));
      return k === undefined ? undefined : (obj[k] as number);
    };
    const lo = find(['min', 'minimum', 'low', 'lowest', 'below']);
    const hi = find(['max', 'maximum', 'high', 'highest', 'above']);
    if (lo === undefined || hi === undefined) continue;
    if ((value as number) < Math.min(lo, hi) || (value as number) > Math.max(lo, hi)) out.push(`${key} ${String(value)} is outside its bounds ${lo} and ${hi}`);
  }
  return out;
}

/** `reviews: []` beside `total_reviews: 454`. */
function emptyListTotal(obj: Record<string, unknown>): string | undefined {
  for (const [listKey, list] of Object.entries(obj)) {
    if (!Array.isArray(list) || list.length > 0) continue;
    const l = words(listKey);
    const one = l.replace(/s$/, '');
    for (const [key, v] of Object.entries(obj)) {
      const w = words(key);
      if (typeof v === 'number' && v > 0 && (w === `total_${l}` || w === `${one}_count` || w === `${l}_count` || w === `num_${l}` || w === `number_of_${l}`)) return `${listKey} is empty but ${key} is ${v}`;
    }
  }
  return undefined;
}

/** In a ranked list a better (lower) rank never has fewer points than a worse one. */
function pointsOutOfOrder(list: unknown[]): string | undefined {
  const rows = list.filter((x): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x));
  if (rows.length < 2 || rows.length !== list.length) return undefined;
  const rankKey = Object.keys(rows[0]!).find((k) => RANK.test(words(k)));
  const scoreKey = Object.keys(rows[0]!).find((k) => SCORE.test(words(k)));
  if (rankKey === undefined || scoreKey === undefined) return undefined;
  const pairs = rows.map((r) => [num(r[rankKey]), num(r[scoreKey])] as const).filter((p): p is readonly [number, number] => p[0] !== undefined && p[1] !== undefined);
  // Sorted by rank, the best score seen among worse ranks so far never tops a better rank's.
  const sorted = [...pairs].sort((a, b) => b[0] - a[0]);
  let best: readonly [number, number] | undefined;
  for (const pair of sorted) {
    if (best && pair[0] < best[0] && pair[1] < best[1]) return `${rankKey} ${pair[0]} has ${scoreKey} ${pair[1]}, fewer than ${rankKey} ${best[0]} with ${best[1]}`;
    if (!best || pair[1] > best[1]) best = pair;
  }
  return undefined;
}
