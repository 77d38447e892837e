/**
 * Lists said to come soonest first (upcoming events, "sorted by date") are in date order (QUALITY.md E): the
 * items keep their places (the chain may read one of them) and their start and end dates move together.
 */

import { oneRowPerDay } from './_hours.ts';
import { distinctPlaces29 } from './_venues29.ts';
import { numberedParts32 } from './_lists32.ts';

const START_KEY = /^(starts?_?at|start_?date|start_?time|start|date|datetime|date_?time|local_?date|event_?date|begins?_?at|departure_?time|scheduled_?at)$/i;
const END_KEY = /^(ends?_?at|end_?date|end_?time|end|finish(es)?_?at)$/i;
const ISO = /^\d{4}-\d\d-\d\d/;
/** Operation words that promise an order by date. */
const SOONEST = /\b(soonest|earliest|chronological(ly)?|in date order|sorted by (start )?date|ordered by (start )?date)\b/i;

/** Whether a list of this operation is read soonest first. */
export function listsSoonestFirst(upcoming: boolean, context: string): boolean {
  return upcoming || SOONEST.test(context);
}

/** Puts the items' start (and end) dates in ascending order without moving the items. */
export function inDateOrder(items: unknown[], pinnedKeys: ReadonlySet<string>): void {
  const records = items.filter((item): item is Record<string, unknown> => item !== null && typeof item === 'object' && !Array.isArray(item));
  if (records.length < 2 || records.length !== items.length) return;
  const startKey = Object.keys(records[0]!).find((k) => START_KEY.test(k) && typeof records[0]![k] === 'string' && ISO.test(records[0]![k] as string));
  if (startKey === undefined || pinnedKeys.has(startKey) || !records.every((r) => typeof r[startKey] === 'string' && ISO.test(r[startKey] as string))) return;
  const endKey = Object.keys(records[0]!).find((k) => END_KEY.test(k) && typeof records[0]![k] === 'string');
  if (endKey !== undefined && pinnedKeys.has(endKey)) return;
  const spans = records.map((r) => [r[startKey] as string, endKey === undefined ? undefined : r[endKey]] as const);
  spans.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  records.forEach((r, i) => {
    r[startKey] = spans[i]![0];
    if (endKey !== undefined) r[endKey] = spans[i]![1];
  });
}

/** Keys that name the one work, album or title the items are versions of (editions of `workId` OL59863W). */
const PARENT_ID = /^(work_?id|work_?key|work|book_?id|album_?id|movie_?id|title_?id|series_?id|product_?id|master_?id)$/i;
const TITLE_KEY = /^(title|work_?title|book_?title|name)$/i;

/**
 * Items of one list that are versions of one work (editions sharing a `workId`) share its title: never
 * "One Hundred Years of Solitude" and "Middlemarch" as editions of one work. The title of the item the chain
 * reads (`keepAt`), else the first's, is the work's.
 */
export function oneWorkTitle(items: unknown[], keepAt: number): void {
  if (items.length < 2 || !items.every((item) => item !== null && typeof item === 'object' && !Array.isArray(item))) return;
  const records = items as Record<string, unknown>[];
  const head = records[0]!;
  const parent = Object.keys(head).find((k) => PARENT_ID.test(k) && (typeof head[k] === 'string' || typeof head[k] === 'number'));
  const title = Object.keys(head).find((k) => TITLE_KEY.test(k) && typeof head[k] === 'string');
  if (parent === undefined || title === undefined || !records.every((r) => r[parent] === head[parent] && typeof r[title] === 'string')) return;
  const work = records[keepAt >= 0 && keepAt < records.length ? keepAt : 0]![title];
  for (const r of records) r[title] = work;
}

/** A built list agrees with itself: soonest first where its operation says so, versions of one work share its title. */
export function settleList(items: unknown[], soonest: boolean, pinned: readonly { path: string }[], chosen: number, firstPage = false): void {
  const pinnedKeys = pinned.length === 0 ? new Set<string>() : new Set(pinned.map((p) => p.path.slice(p.path.lastIndexOf('.') + 1)));
  if (soonest) inDateOrder(items, pinnedKeys);
  oneWorkTitle(items, chosen);
  rankedInOrder(items, pinnedKeys, firstPage);
  oneRowPerDay(items, chosen);
  distinctPlaces29(items, chosen);
  numberedParts32(items, pinnedKeys); // chapters, episodes, tracks of one whole agree (_lists32.ts)
}

const PAGE_KEY = /^(page|page_?number|page_?no|offset|skip|start|start_?index|from|cursor|page_?token|after)$/i;

/** A call asks for the first page of a list: no page past the first, no offset past 0 (`page: 1`, `offset: 0` are the first). */
export function asksFirstPage(args: Readonly<Record<string, unknown>>): boolean {
  for (const [key, value] of Object.entries(args)) {
    if (!PAGE_KEY.test(key)) continue;
    const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
    // A cursor or page token names a later page; a date under `from` says nothing about pages.
    if (!Number.isFinite(n) ? /cursor|token|after/i.test(key) && value !== '' && value !== null : n > 1 || (n === 1 && !/page/i.test(key))) return false;
  }
  return true;
}

const RANK_KEY = /^(rank|ranking|position|pos|place|standing)$/i;
const POINTS_KEY = /^(points|total_?points|score|total_?score|rating_?points|(monthly_?)?listeners|streams|total_?streams|plays|play_?count|views|view_?count|sales|gross|box_?office|downloads)$/i;
const numberOf = (v: unknown): number => (typeof v === 'number' ? v : typeof v === 'string' && /^-?[\d,]+(\.\d+)?$/.test(v) ? Number(v.replace(/,/g, '')) : NaN);

/**
 * A ranked list agrees with itself: its ranks follow on one from another, and the points (listeners, views) fall
 * as the rank rises (rank 1 has the most). Values move between the items, which keep their places; each keeps the form of its own slot.
 */
function rankedInOrder(items: unknown[], pinnedKeys: ReadonlySet<string>, firstPage: boolean): void {
  if (items.length < 2 || !items.every((item) => item !== null && typeof item === 'object' && !Array.isArray(item))) return;
  const records = items as Record<string, unknown>[];
  const rank = Object.keys(records[0]!).find((k) => RANK_KEY.test(k));
  if (rank === undefined || pinnedKeys.has(rank) || !records.every((r) => Number.isInteger(numberOf(r[rank])))) return;
  const ranks = records.map((r) => numberOf(r[rank])).sort((a, b) => a - b);
  // The items of a ranking follow on from its first (1, 2, 3; a second page 21, 22, 23), never 1, 2, 37; the
  // first page of a ranking starts at rank 1 (a leaderboard is never 2, 3, 4).
  if (firstPage) ranks[0] = 1;
  for (let i = 1; i < ranks.length; i++) ranks[i] = ranks[0]! + i;
  const order = records.map((r, i) => [numberOf(r[rank]), i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, i]) => i);
  order.forEach((at, n) => {
    records[at]![rank] = typeof records[at]![rank] === 'string' ? String(ranks[n]) : ranks[n];
  });
  const points = Object.keys(records[0]!).find((k) => POINTS_KEY.test(k));
  if (points === undefined || pinnedKeys.has(points) || !records.every((r) => Number.isFinite(numberOf(r[points])))) return;
  const values = records.map((r) => r[points]).sort((a, b) => numberOf(b) - numberOf(a));
  order.forEach((at, n) => {
    records[at]![points] = values[n];
  });
}
