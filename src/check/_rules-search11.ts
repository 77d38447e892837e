/**
 * Results that answer the request, wave 11 (QUALITY.md E):
 * - `ranked_out_of_order`: a list of records that each carry a `rank` (not a dated history) is in rank order:
 *   ranks 1, 25, 2 read as a leaderboard shuffled.
 * - `kind_not_echoed`: a read asked by a kind code (`rankType: "MostActives"`, `genre`, `category`, `status`) whose
 *   result names a field the same way, word for word up to a word's form (`RankingType`), holds that code there,
 *   not another ("NetLosers").
 * - `search_hits_unmatched`: a search whose hits are bare titles (`videos: [...]`) lists the title searched for,
 *   and posts filtered by a lower-case keyword (`reviews` for "delivery") mention it in at least one text.
 * - `found_record_unnamed`: a record looked up by the id a search found (`audiobooks.items[0].id` of a search for
 *   "Things Fall Apart", a name typed with a capital) is named by the query: never "The Remains of the Day".
 * - `parent_not_listed`: children fetched under a parent (`/artists/{id}/albums`) that list their parents (`artists`)
 *   list that one, by the id sent: an album of the artist asked for never names only other artists.
 * Reads only the record: it shares nothing with the generator passes that keep these.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { memoized } from '../text/memo.ts';
import { snakeKeyTrimmed } from '../text/key-words-speed28.ts';

export const SEARCH11_INVARIANTS = ['ranked_out_of_order', 'kind_not_echoed', 'search_hits_unmatched', 'found_record_unnamed', 'parent_not_listed'] as const satisfies readonly InvariantId[];

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Json = Record<string, unknown>;

const words = snakeKeyTrimmed;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

const RANK = /^(rank|ranking)$/;
/** A dated history (seasons, rounds) or a grid of places keeps its own order: its ranks are of each row, not one table's. */
const DATED = /(^|_)(date|year|season|round|week|day|time|timestamp|period|lat|latitude|lng|lon|longitude)$/;
const KIND = /^(type|kind|genre|category|rank|ranking|class|classification|format|tier|level|status|mode|variant|edition)$/;
const CODE = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;
const READ_NAME = /^(get|list|search|find|fetch|lookup|query|discover|browse|show|retrieve)/i;
const QUERY_ARG = /^(q|query|search|search_term|search_query|search_text|term|keyword|keywords|title)$/;
const TITLE_LIST = /(video|title|movie|film|song|track|book|album|show|episode|podcast|playlist|result|hit|match|suggestion|name)s?$/;
const TEXT_LIST = /review|comment|post|tweet|message|feedback|mention|opinion|answer|repl/;
const TEXT_KEY = /^(text|review|review_text|body|comment|content|message|snippet)$/;

/** A word's stem: "ranking" → "rank", "genres" → "genre", "categories" → "category". */
const stem = (w: string): string => (w.length > 5 && w.endsWith('ing') ? w.slice(0, -3) : w.length > 4 && w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
const stems = memoized((key: string): string => words(key).split('_').map(stem).join('_'));

/** The result's lists: the root list, the root's lists, and those one wrapper below. */
function listsOf(result: unknown): Array<{ key: string; items: unknown[] }> {
  if (Array.isArray(result)) return [{ key: '', items: result }];
  if (!isRecord(result)) return [];
  const out: Array<{ key: string; items: unknown[] }> = [];
  for (const [k, v] of Object.entries(result)) {
    if (Array.isArray(v)) out.push({ key: k, items: v });
    else if (isRecord(v)) for (const [k2, v2] of Object.entries(v)) if (Array.isArray(v2)) out.push({ key: k2, items: v2 });
  }
  return out;
}

const numberOf = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined);

function checkRankOrder(items: unknown[], key: string, at: number, operation: string, add: Add): void {
  const first = items[0];
  if (items.length < 2 || !isRecord(first)) return;
  const keys = Object.keys(first);
  const rankKey = keys.find((k) => RANK.test(words(k)));
  if (rankKey === undefined || keys.some((k) => DATED.test(words(k)))) return;
  let last = -Infinity;
  for (const item of items) {
    const rank = isRecord(item) ? numberOf(item[rankKey]) : undefined;
    if (rank === undefined) return;
    if (rank < last) {
      add('ranked_out_of_order', at, `${operation}: ${key || 'the list'} shows ${rankKey} ${rank} after ${rankKey} ${last}`);
      return;
    }
    last = rank;
  }
}

function checkKinds(args: Json, result: unknown, at: number, operation: string, add: Add): void {
  const sent = new Map<string, [string, string]>();
  for (const [k, v] of Object.entries(args)) if (typeof v === 'string' && CODE.test(v) && KIND.test(words(k).split('_').pop() ?? '')) sent.set(stems(k), [k, v]);
  if (sent.size === 0) return;
  const records: Json[] = isRecord(result) ? [result] : [];
  for (const list of listsOf(result)) for (const item of list.items) if (isRecord(item)) records.push(item);
  for (const record of records) {
    for (const [k, v] of Object.entries(record)) {
      if (typeof v !== 'string' || !CODE.test(v)) continue;
      const asked = sent.get(stems(k));
      if (asked === undefined || asked[1].toLowerCase() === v.toLowerCase()) continue;
      add('kind_not_echoed', at, `${operation} was asked for ${asked[0]} ${JSON.stringify(asked[1])} but its result says ${k} ${JSON.stringify(v)}`);
      return;
    }
  }
}

function checkHits(query: string, lists: ReadonlyArray<{ key: string; items: unknown[] }>, at: number, operation: string, add: Add): void {
  const whole = query.toLowerCase();
  const qWords = whole.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3);
  for (const list of lists) {
    const key = words(list.key);
    if (list.items.length === 0) continue;
    if (typeof list.items[0] === 'string') {
      if (!TITLE_LIST.test(key) || !list.items.every((t) => typeof t === 'string' && t.length <= 120 && !/^https?:/.test(t))) continue;
      if (!(list.items as string[]).some((t) => t.toLowerCase().includes(whole))) add('search_hits_unmatched', at, `${operation} searched for ${JSON.stringify(query)} but ${list.key} lists only ${(list.items as string[]).slice(0, 3).map((t) => JSON.stringify(t)).join(', ')}`);
      continue;
    }
    const first = list.items[0];
    if (!isRecord(first) || !TEXT_LIST.test(key) || /\p{Lu}/u.test(query) || qWords.length === 0 || qWords.length > 3) continue;
    const textKey = Object.keys(first).find((k) => TEXT_KEY.test(words(k)) && typeof first[k] === 'string');
    if (textKey === undefined) continue;
    const texts = list.items.map((i) => (isRecord(i) && typeof i[textKey] === 'string' ? (i[textKey] as string).toLowerCase() : ''));
    if (!texts.some((t) => qWords.some((w) => t.includes(w)))) add('search_hits_unmatched', at, `${operation} filtered ${list.key} by ${JSON.stringify(query)} but none of their ${textKey} mentions it`);
  }
}

const OWN_ITEM_ID = /^[^[]*\[\d+\]\.(id|_id|uuid)$/;
const LABEL = /^(name|title|display_name)$/;
const PARENT_PATH = /\/([A-Za-z][A-Za-z_-]*)\/\{([^}]+)\}\/[A-Za-z][A-Za-z_-]*\/?$/;

/** The one record a lookup returned: the root when it is named, else the single item of its one list. */
function foundRecord(result: unknown): Json | undefined {
  if (isRecord(result) && Object.keys(result).some((k) => LABEL.test(words(k)) && typeof result[k] === 'string')) return result;
  const lists = listsOf(result).filter((l) => l.items.length > 0);
  return lists.length === 1 && lists[0]!.items.length === 1 && isRecord(lists[0]!.items[0]) ? lists[0]!.items[0] : undefined;
}

function checkFound(query: string, result: unknown, at: number, operation: string, add: Add): void {
  const record = foundRecord(result);
  const key = record && Object.keys(record).find((k) => LABEL.test(words(k)) && typeof record[k] === 'string');
  if (!record || key === undefined) return;
  const label = (record[key] as string).toLowerCase();
  const qWords = query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3);
  if (qWords.length === 0 || qWords.some((w) => label.includes(w))) return;
  add('found_record_unnamed', at, `${operation} looked up the record a search for ${JSON.stringify(query)} found, but it is named ${JSON.stringify(record[key])}`);
}

function checkParent(path: string, args: Json, result: unknown, at: number, operation: string, add: Add): void {
  const m = PARENT_PATH.exec(path);
  const id = m ? args[m[2]!] : undefined;
  if (!m || (typeof id !== 'string' && typeof id !== 'number')) return;
  const plural = words(m[1]!);
  for (const list of listsOf(result)) {
    for (const item of list.items) {
      if (!isRecord(item)) continue;
      for (const [k, v] of Object.entries(item)) {
        if (words(k) !== plural || !Array.isArray(v) || v.length === 0 || !v.every((e) => isRecord(e) && (typeof e.id === 'string' || typeof e.id === 'number'))) continue;
        if (v.some((e) => String((e as Json).id) === String(id))) continue;
        add('parent_not_listed', at, `${operation} fetched ${list.key || 'items'} under ${m[1]} ${JSON.stringify(id)}, but an item's ${k} are only ${v.slice(0, 3).map((e) => JSON.stringify((e as Json).id)).join(', ')}`);
        return;
      }
    }
  }
}

/** The query of the search whose found item's own id this operation was called with, if any. */
function sourceQuery(record: DialogueRecord, operation: string, argsOf: ReadonlyMap<string, Json>): string | undefined {
  for (const slot of record.slots) {
    if (slot.operation !== operation || slot.source !== 'chained' || !slot.from || !OWN_ITEM_ID.test(slot.from.field)) continue;
    const args = argsOf.get(slot.from.operation);
    // A name typed as a name (a capital): a lower-case query may be a prefix ("pors") or a keyword.
    const q = args && Object.entries(args).find(([k, v]) => QUERY_ARG.test(words(k)) && typeof v === 'string' && v.trim().length >= 2 && /\p{Lu}/u.test(v))?.[1];
    if (typeof q === 'string') return q.trim();
  }
  return undefined;
}

export function checkSearch11(record: DialogueRecord, add: Add): void {
  const calls = new Map<string, Json>();
  const argsOfOperation = new Map<string, Json>();
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'assistant' && turn.call) calls.set(turn.call.id, (turn.call.arguments ?? {}) as Json);
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    const args = calls.get(turn.call_id);
    if (args === undefined) return;
    argsOfOperation.set(turn.operation, args);
    const op = record.operations[turn.operation];
    const searched = record.chain.length > 1 ? sourceQuery(record, turn.operation, argsOfOperation) : undefined;
    if (searched !== undefined && !Object.values(args).includes(searched)) checkFound(searched, turn.result, at, turn.operation, add);
    if (op && op.method.toUpperCase() === 'GET') checkParent(op.path, args, turn.result, at, turn.operation, add);
    const lists = listsOf(turn.result);
    for (const list of lists) checkRankOrder(list.items, list.key, at, turn.operation, add);
    if (op && (op.method.toUpperCase() === 'GET' || READ_NAME.test(op.name))) checkKinds(args, turn.result, at, turn.operation, add);
    const query = Object.entries(args).find(([k, v]) => QUERY_ARG.test(words(k)) && typeof v === 'string' && v.trim().length >= 2 && v.length <= 80 && !/[*%{}[\]<>]/.test(v))?.[1] as string | undefined;
    if (query !== undefined) checkHits(query.trim(), lists, at, turn.operation, add);
  });
}
