/**
 * Results that answer the call's query and ids (QUALITY.md E):
 * - `query_unmatched`: a text search (`q`, `query`, `search`, `term`, `keyword`…) whose result lists named records
 *   names none of them with a word of the query: a search for "jaws" returns no "Vertex, Aurora and Pioneer".
 * - `ids_unanswered`: a read of several records by `ids` returns only records with those ids, never more records
 *   than ids sent: one artist id asked for never brings back three artists.
 * - `total_below_shown`: a paging block beside a list (`object: {limit, offset, total}`) never counts fewer
 *   matches than the list shows (`count_below_items` reads counts in the list's own object).
 * Each reads only the record: it shares nothing with the generator that honours the query and ids.
 */
import type { DialogueRecord, ToolTurn } from '../plan/types.ts';
import { operationEffect } from '../specs/index.ts';
import type { InvariantId, Violation } from './types.ts';
import { snakeKeyTrimmed } from '../text/key-words-speed28.ts';
import { kindsForPlaceOrBrand } from './_rules-places21.ts';

export const QUERY_INVARIANTS = ['query_unmatched', 'ids_unanswered', 'total_below_shown'] as const satisfies readonly InvariantId[];

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Json = Record<string, unknown>;

/** `searchTerm` → `search_term`. */
const words = snakeKeyTrimmed;
const QUERY_ARG = /^(q|query|search|search_term|term|keyword|keywords|search_query|search_text)$/;
const LABEL = /^(name|title|headline|label|display_name|full_name)$/;
/** Who made a record: a search for "eminem" finds tracks whose artist is Eminem (wave 24). */
const MAKER = /^(artist|artist_name|author|author_name|singer|performer|band|creator)$/;
const BARE_ID = /^(id|_id|uuid)$/;
const TOTAL = /^(total|total_count|total_results|total_elements|total_items|total_hits|total_records|num_found)$/;
const PAGING = /^(total|total_count|total_results|total_elements|total_items|total_hits|total_records|num_found|count|limit|offset|skip|page|page_size|per_page|size|total_pages|pages|page_count|current_page|number)$/;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The named records a result is about: the root, items of its lists, and one wrapper level below. */
function labels(result: unknown, re = LABEL): string[] {
  const out: string[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (Array.isArray(value)) {
      if (depth < 3) for (const item of value) visit(item, depth + 1);
      return;
    }
    if (!isRecord(value)) return;
    for (const [k, v] of Object.entries(value)) {
      if (typeof v === 'string' && re.test(words(k))) out.push(v);
      else if (v && typeof v === 'object' && depth < 3) visit(v, depth + 1);
    }
  };
  visit(result, 0);
  return out;
}

/** The words a name found by `query` shares with it: each word of three letters or more, or the query itself. */
function queryWords(query: string): string[] {
  const lower = query.trim().toLowerCase();
  const long = lower.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3);
  return long.length > 0 ? long : [lower];
}

function checkQuery(args: Json, tool: ToolTurn, at: number, add: Add): void {
  const query = Object.entries(args).find(([k, v]) => QUERY_ARG.test(words(k)) && typeof v === 'string' && v.trim().length >= 2 && v.length <= 80 && !/[*%{}[\]<>]/.test(v))?.[1] as string | undefined;
  if (query === undefined) return;
  const names = labels(tool.result);
  if (names.length === 0) return;
  const wanted = queryWords(query);
  if (names.some((n) => wanted.some((w) => n.toLowerCase().includes(w)))) return;
  // Works found by who made them (a search for "eminem" lists Eminem's tracks); reviews by their authors are no such finds.
  if (labels(tool.result, MAKER).some((n) => wanted.some((w) => n.toLowerCase().includes(w)))) return;
  // Sports played in Chicago, categories Google is filed under: kinds that never name their city or brand.
  if (kindsForPlaceOrBrand(query, tool.result)) return;
  add('query_unmatched', at, `${tool.operation} was searched for ${JSON.stringify(query)} and found only ${names.slice(0, 3).map((n) => JSON.stringify(n)).join(', ')}`);
}

/** The ids sent under `ids`/`<noun>Ids`, with the noun (`hotelIds` → hotel). */
function sentIds(args: Json): { ids: string[]; noun: string } | undefined {
  for (const [k, v] of Object.entries(args)) {
    const w = words(k);
    if (w !== 'ids' && !w.endsWith('_ids')) continue;
    const ids = (Array.isArray(v) ? v.map(String) : typeof v === 'string' || typeof v === 'number' ? String(v).split(',') : []).map((s) => s.trim()).filter((s) => s !== '');
    if (ids.length > 0) return { ids, noun: w === 'ids' ? '' : w.slice(0, -4).split('_').pop()! };
  }
  return undefined;
}

function checkIds(args: Json, tool: ToolTurn, at: number, add: Add): void {
  const sent = sentIds(args);
  if (!sent) return;
  const idOf = (item: Json): unknown => Object.entries(item).find(([k, v]) => (BARE_ID.test(words(k)) || (sent.noun !== '' && words(k) === `${sent.noun}_id`)) && (typeof v === 'string' || typeof v === 'number'))?.[1];
  const root = tool.result;
  const lists: unknown[][] = Array.isArray(root) ? [root] : [];
  if (isRecord(root)) {
    for (const v of Object.values(root)) {
      if (Array.isArray(v)) lists.push(v);
      else if (isRecord(v)) for (const w of Object.values(v)) if (Array.isArray(w)) lists.push(w);
    }
  }
  const withIds = lists.filter((l) => l.length > 0 && l.every((item) => isRecord(item) && idOf(item) !== undefined));
  // The one list of names (`artists: ["Alok", "Birdy"]`) holds one name per id.
  if (withIds.length === 0 && lists.length === 1 && lists[0]!.length > sent.ids.length && lists[0]!.every((v) => typeof v === 'string')) {
    add('ids_unanswered', at, `${tool.operation} was asked for ${sent.ids.length} id(s) and returned ${lists[0]!.length} names`);
  }
  if (withIds.length !== 1) return;
  const list = withIds[0]!;
  const strange = list.map((item) => String(idOf(item as Json))).find((id) => !sent.ids.includes(id));
  if (list.length > sent.ids.length) add('ids_unanswered', at, `${tool.operation} was asked for ${sent.ids.length} id(s) and returned ${list.length} records`);
  else if (strange !== undefined) add('ids_unanswered', at, `${tool.operation} was asked for ids ${sent.ids.join(',')} and returned id ${strange}`);
}

/** A block of paging counts beside a list counts at least the list's items. */
function checkPagingTotals(tool: ToolTurn, at: number, add: Add): void {
  const visit = (value: unknown, depth: number): void => {
    if (!isRecord(value) || depth > 3) return;
    const lists = Object.values(value).filter((v): v is unknown[] => Array.isArray(v));
    const blocks = Object.entries(value).filter(([, v]) => isRecord(v) && Object.keys(v).length > 0 && Object.keys(v).every((k) => PAGING.test(words(k))));
    if (lists.length === 1) {
      for (const [name, block] of blocks) {
        for (const [k, v] of Object.entries(block as Json)) {
          if (TOTAL.test(words(k)) && typeof v === 'number' && v < lists[0]!.length) add('total_below_shown', at, `${tool.operation}: ${name}.${k} is ${v} but the list shows ${lists[0]!.length} items`);
        }
      }
    }
    for (const v of Object.values(value)) if (isRecord(v)) visit(v, depth + 1);
  };
  visit(tool.result, 0);
}

export function checkQueryRules(record: DialogueRecord, add: Add): void {
  const args = new Map<string, Json>();
  record.turns.forEach((turn, i) => {
    if (turn.speaker === 'assistant' && turn.call && !turn.error) args.set(turn.call.id, turn.call.arguments);
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    const sent = args.get(turn.call_id);
    if (sent === undefined) return;
    const op = record.operations[turn.operation];
    if (!op || operationEffect({ method: op.method, path: op.path, name: op.name || turn.operation, description: op.description }).effect === 'read') {
      checkQuery(sent, turn, i, add);
      checkIds(sent, turn, i, add);
    }
    checkPagingTotals(turn, i, add);
  });
}

/** The violations of `record` only (for tests). */
export function queryViolations(record: DialogueRecord): Violation[] {
  const out: Violation[] = [];
  checkQueryRules(record, (invariant, turn, message) => out.push({ invariant, turn, message }));
  return out;
}
