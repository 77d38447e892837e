/**
 * Search results that answer the search (QUALITY.md E):
 * - `shown_above_limit`: a list never shows more items than the `limit` (`per_page`, `page_size`…) the call sent.
 * - `short_page_total`: a first page not full holds every match there is, so a total beside it (`{limit: 25,
 *   total: 27}` with 3 images) never counts more than the page shows: "27 in all; these are the first 3" is false.
 * - `name_search_unmatched`: a search by a name (`name`, `title`, `query`… with a capital: "Ford Mustang") whose
 *   records carry names (`makeName`, `brandName`, `title`) carries none of the name's words in any of them.
 * Reads only the record: it shares nothing with the generator that fits results to their calls.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { snakeKeyTrimmed } from '../text/key-words-speed28.ts';

export const SEARCH10_INVARIANTS = ['shown_above_limit', 'short_page_total', 'name_search_unmatched'] as const satisfies readonly InvariantId[];

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Json = Record<string, unknown>;

const words = snakeKeyTrimmed;
const LIMIT = /^(limit|per_page|page_size|max_results|size|rows|max_items)$/;
const TOTAL = /^(total|total_count|total_results|total_elements|total_items|total_hits|total_records|num_found)$/;
const OFFSET = /^(offset|skip|start)$/;
const PAGE = /^(page|current_page|page_number)$/;
const NAME_ARG = /^(q|query|search|search_term|term|keyword|keywords|search_query|search_text|name|title|company_name)$/;
// A record's maker (`artist`, `author`) names it too: a search for a performer finds their works by them.
const NAMED = /(^|_)(name|title|label|headline|search_value|artist|author)$/;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A list of the result with the object holding it: the root's lists and those one wrapper below. */
function listsOf(result: unknown): Array<{ holder: Json | null; key: string; items: unknown[] }> {
  if (Array.isArray(result)) return [{ holder: null, key: '', items: result }];
  if (!isRecord(result)) return [];
  const out: Array<{ holder: Json | null; key: string; items: unknown[] }> = [];
  for (const [k, v] of Object.entries(result)) {
    if (Array.isArray(v)) out.push({ holder: result, key: k, items: v });
    else if (isRecord(v)) for (const [k2, v2] of Object.entries(v)) if (Array.isArray(v2)) out.push({ holder: v, key: `${k}.${k2}`, items: v2 });
  }
  return out;
}

const numberOf = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined);

/** The paging fields describing a list: in its holder, or in a paging block beside it (`object: {limit, total}`). */
function pagingOf(holder: Json): Json[] {
  const out = [holder];
  for (const v of Object.values(holder)) if (isRecord(v) && Object.keys(v).some((k) => TOTAL.test(words(k)))) out.push(v);
  return out;
}

function checkPaging(args: Json, result: unknown, at: number, operation: string, add: Add): void {
  const sentKey = Object.keys(args).find((k) => LIMIT.test(words(k)) && numberOf(args[k]) !== undefined);
  const sent = sentKey !== undefined ? numberOf(args[sentKey]) : undefined;
  const offsetSent = Object.keys(args).some((k) => (OFFSET.test(words(k)) || PAGE.test(words(k))) && (numberOf(args[k]) ?? 0) > 1) || Object.keys(args).some((k) => /cursor|token/.test(words(k)));
  for (const list of listsOf(result)) {
    const n = list.items.length;
    if (sent !== undefined && sent >= 1 && n > sent) add('shown_above_limit', at, `${operation}: ${list.key || 'the list'} shows ${n} items though the call sent ${sentKey} ${sent}`);
    if (!list.holder || offsetSent || n === 0) continue;
    // A facet list (`countries: [{name, count}]`) counts the page's items by a value; it is no page itself (wave 34).
    if (list.items.every((x) => isRecord(x) && typeof x.count === 'number')) continue;
    for (const block of pagingOf(list.holder)) {
      const keys = Object.keys(block);
      const totalKey = keys.find((k) => TOTAL.test(words(k)) && typeof block[k] === 'number');
      if (totalKey === undefined) continue;
      const sizeKey = keys.find((k) => LIMIT.test(words(k)) && typeof block[k] === 'number');
      const size = sizeKey !== undefined ? (block[sizeKey] as number) : sent;
      const offset = keys.find((k) => OFFSET.test(words(k)) && typeof block[k] === 'number');
      const page = keys.find((k) => PAGE.test(words(k)) && typeof block[k] === 'number');
      if ((offset !== undefined && (block[offset] as number) > 0) || (page !== undefined && (block[page] as number) > 1)) continue;
      const total = block[totalKey] as number;
      if (size !== undefined && n < size && total > n) add('short_page_total', at, `${operation}: ${totalKey} is ${total} with a page of ${size}, but ${list.key || 'the list'} shows only ${n}`);
    }
  }
}

/** The names the records of a result carry, from its lists (root and one wrapper below). */
function namesOf(result: unknown): string[] {
  const out: string[] = [];
  for (const list of listsOf(result)) for (const item of list.items) if (isRecord(item)) for (const [k, v] of Object.entries(item)) if (typeof v === 'string' && NAMED.test(words(k)) && !/^https?:/.test(v)) out.push(v);
  return out;
}

function checkNameSearch(args: Json, result: unknown, at: number, operation: string, add: Add): void {
  if (!/search|find|lookup|autocomplete|suggest/i.test(operation)) return;
  const name = Object.entries(args).find(([k, v]) => NAME_ARG.test(words(k)) && typeof v === 'string' && /^\p{Lu}/u.test(v) && v.length <= 60 && !/[*%{}[\]<>]/.test(v))?.[1] as string | undefined;
  if (name === undefined) return;
  const wanted = name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3);
  if (wanted.length === 0) return;
  const names = namesOf(result);
  if (names.length === 0 || names.some((n) => wanted.some((w) => n.toLowerCase().includes(w)))) return;
  add('name_search_unmatched', at, `${operation} searched for ${JSON.stringify(name)} and its records are named only ${names.slice(0, 3).map((n) => JSON.stringify(n)).join(', ')}`);
}

export function checkSearch10(record: DialogueRecord, add: Add): void {
  const calls = new Map<string, Json>();
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'assistant' && turn.call) calls.set(turn.call.id, (turn.call.arguments ?? {}) as Json);
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    const args = calls.get(turn.call_id);
    if (args === undefined) return;
    checkPaging(args, turn.result, at, turn.operation, add);
    checkNameSearch(args, turn.result, at, turn.operation, add);
  });
}
