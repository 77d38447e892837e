/**
 * Search results that answer the search, and one entity told alike across a list (QUALITY.md E), wave 24:
 * - `text_search_miss`: a search by a phrase (`text: "The LORD is my shepherd; I shall not want."`) lists only
 *   records whose text holds it: never Genesis 1:1 beside Psalm 23:1.
 * - `rank_out_of_order`: named results carrying a rank come in rank order, rank 1 first (never 2, 3, 1); grid rows
 *   (a point's coordinates and rank, no name) and dated histories keep theirs.
 * - `entity_attributes_differ`: records of one list naming the same seller or author (`seller: "Amazon.com"`) give it
 *   the same attributes (`seller_star_rating` 4.5, never 4.5 and 2.4).
 * - `maker_query_as_title`: a search whose query names a well-known performer or author ("eminem") finds works by
 *   them, never records titled after the query by someone else ("Eminem (Live)" by The Bridges).
 * - `verse_reference_unsaid`: the reply after verses found names each by its reference, "Psalms 23:1", never only
 *   their texts or "the chapter is 23, the verse is 1".
 * - `institution_street_name`: a school is never named after a street no town has, a surname and a suffix such as
 *   "Stravenue" or "Club": never "Lueilwitz Stravenue High School".
 * Cheap first tests (an argument's name, a field's name) come before any walk. Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { AUTHOR_WORKS, performerOf } from '../world/index.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Json = Record<string, unknown>;

export const SEARCH24_INVARIANTS = ['text_search_miss', 'rank_out_of_order', 'entity_attributes_differ', 'maker_query_as_title', 'verse_reference_unsaid', 'institution_street_name'] as const satisfies readonly InvariantId[];

const TEXT_ARG = /^(text|phrase|search_?text|exact_?phrase|quote)$/i;
const TEXT_FIELD = /^(text|verse_?text|content|snippet|body|quote|passage|excerpt|sentence)$/i;
const QUERY_ARG = /^(q|query|search|term|keyword|keywords|search_?term|search_?query|s)$/i;
const ENTITY_FIELD = /^(seller|seller_?name|merchant|merchant_?name|store_?name|shop_?name|vendor|vendor_?name|publisher|author|artist|channel_?name|company_?name|host_?name|airline|carrier|provider)$/i;
const MAKER_FIELD = /^(artist|artist_?name|author|author_?name|singer|performer|band|creator)$/i;
const RANK_FIELD = /^(rank|ranking)$/i;
const NAMED = /^(name|title|place_?id|business_?name)$/i;
const COORD = /(^|_)(lat|latitude|lng|lon|longitude)$/i;
const DATED = /(^|_)(date|year|season|round|week|day|time|timestamp|period)$/i;

const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const snake = snakeKey;
const authors = new Map(Object.keys(AUTHOR_WORKS).map((a) => [a.toLowerCase(), a]));

/** Every list of records in a value, to depth 4. */
function eachRecordList(value: unknown, visit: (items: Json[]) => void, depth = 0): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    const records = value.filter(isRecord);
    if (records.length > 0 && records.length === value.length) visit(records);
    for (const v of value) if (v !== null && typeof v === 'object') eachRecordList(v, visit, depth + 1);
    return;
  }
  for (const v of Object.values(value)) if (v !== null && typeof v === 'object') eachRecordList(v, visit, depth + 1);
}

export function checkSearch24(record: DialogueRecord, add: Add): void {
  const turns = record.turns;
  turns.forEach((turn, at) => {
    if (turn.speaker !== 'tool' || turn.status !== 'ok' || turn.result === null || typeof turn.result !== 'object') return;
    const call = turns.slice(0, at).reverse().find((t) => t.speaker === 'assistant' && t.call?.id === turn.call_id);
    const args = (call?.speaker === 'assistant' ? call.call?.arguments : undefined) ?? {};
    const phrase = Object.entries(args).find(([k, v]) => TEXT_ARG.test(k) && typeof v === 'string' && v.trim().split(/\s+/).length >= 3)?.[1] as string | undefined;
    const query = Object.entries(args).find(([k, v]) => QUERY_ARG.test(k) && typeof v === 'string')?.[1] as string | undefined;
    const maker = query === undefined ? undefined : (performerOf(query) ?? authors.get(query.trim().toLowerCase()));
    const said = new Set<InvariantId>();
    const once = (id: InvariantId, message: string): void => {
      if (said.has(id)) return;
      said.add(id);
      add(id, at, message);
    };
    verseReply(turns, at, once);
    eachRecordList(turn.result, (items) => {
      const keys = Object.keys(items[0]!);
      streetSchools(items, keys, once);
      if (phrase !== undefined) textMiss(items, keys, phrase, once);
      if (items.length > 1) {
        rankOrder(items, keys, once);
        sameEntity(items, keys, once);
      }
      if (maker !== undefined) makerTitles(items, keys, query!, maker, once);
    });
  });
}

function textMiss(items: Json[], keys: string[], phrase: string, once: (id: InvariantId, m: string) => void): void {
  const key = keys.find((k) => TEXT_FIELD.test(k) && typeof items[0]![k] === 'string');
  if (key === undefined) return;
  const wanted = phrase.trim().toLowerCase().replace(/[.!?]+$/, '');
  const miss = items.find((r) => typeof r[key] === 'string' && !(r[key] as string).toLowerCase().includes(wanted));
  if (miss) once('text_search_miss', `a search for the text ${JSON.stringify(phrase)} lists ${JSON.stringify(String(miss[key]).slice(0, 60))}, which does not hold it`);
}

function rankOrder(items: Json[], keys: string[], once: (id: InvariantId, m: string) => void): void {
  const key = keys.find((k) => RANK_FIELD.test(k));
  if (key === undefined || !keys.some((k) => NAMED.test(k)) || keys.some((k) => DATED.test(snake(k)) && !COORD.test(snake(k)))) return;
  const ranks = items.map((r) => r[key]);
  if (!ranks.every((r) => typeof r === 'number')) return;
  const nums = ranks as number[];
  if (nums.some((r, i) => i > 0 && r < nums[i - 1]!)) once('rank_out_of_order', `ranked results come as ranks ${nums.join(', ')}, not rank 1 first`);
}

function sameEntity(items: Json[], keys: string[], once: (id: InvariantId, m: string) => void): void {
  for (const key of keys) {
    if (!ENTITY_FIELD.test(key) || typeof items[0]![key] !== 'string') continue;
    const stem = key.replace(/_?name$/i, '').replace(/Name$/, '').toLowerCase();
    const attrs = keys.filter((k) => k !== key && k.toLowerCase().startsWith(stem) && !/id$/i.test(k));
    if (attrs.length === 0) continue;
    const first = new Map<string, Json>();
    for (const item of items) {
      const name = item[key];
      if (typeof name !== 'string') continue;
      const earlier = first.get(name);
      if (earlier === undefined) {
        first.set(name, item);
        continue;
      }
      const differs = attrs.find((a) => a in item && JSON.stringify(item[a]) !== JSON.stringify(earlier[a]));
      if (differs !== undefined) return once('entity_attributes_differ', `${key} ${JSON.stringify(name)} appears twice in one list with ${differs} ${JSON.stringify(earlier[differs])} and ${JSON.stringify(item[differs])}`);
    }
  }
}

function makerTitles(items: Json[], keys: string[], query: string, maker: string, once: (id: InvariantId, m: string) => void): void {
  const makerKey = keys.find((k) => MAKER_FIELD.test(k) && typeof items[0]![k] === 'string');
  const titleKey = keys.find((k) => /^(title|name|track|song|track_?name|song_?name)$/i.test(k) && k !== makerKey && typeof items[0]![k] === 'string');
  if (makerKey === undefined || titleKey === undefined) return;
  const q = query.trim().toLowerCase();
  const wrong = items.find((r) => typeof r[titleKey] === 'string' && (r[titleKey] as string).toLowerCase().includes(q) && String(r[makerKey]).toLowerCase() !== maker.toLowerCase());
  if (wrong) once('maker_query_as_title', `a search for ${JSON.stringify(query)} (${maker}) lists ${JSON.stringify(wrong[titleKey])} by ${JSON.stringify(wrong[makerKey])}, not a work by ${maker}`);
}

const BOOK = /^(book|book_?name|book_?title)$/i;
const CHAPTER = /^(chapter|chapter_?number)$/i;
const VERSE = /^(verse|verse_?number)$/i;

/** The verses of a tool result (a root list or one list of the root), by reference: "Psalms 23:1". */
function verseRefs(result: unknown): string[] {
  const list = Array.isArray(result) ? result : isRecord(result) ? Object.values(result).find((v) => Array.isArray(v) && v.length > 0) : undefined;
  if (!Array.isArray(list) || !isRecord(list[0])) return [];
  const keys = Object.keys(list[0]);
  const book = keys.find((k) => BOOK.test(k)), chapter = keys.find((k) => CHAPTER.test(k)), verse = keys.find((k) => VERSE.test(k));
  if (book === undefined || chapter === undefined || verse === undefined) return [];
  return list.filter(isRecord).filter((r) => typeof r[book] === 'string').map((r) => `${String(r[book])} ${String(r[chapter])}:${String(r[verse])}`);
}

function verseReply(turns: DialogueRecord['turns'], at: number, once: (id: InvariantId, m: string) => void): void {
  const tool = turns[at]!;
  if (tool.speaker !== 'tool') return;
  const refs = verseRefs(tool.result);
  if (refs.length === 0) return;
  const reply = turns.slice(at + 1).find((t) => t.speaker !== 'tool');
  if (reply?.speaker !== 'assistant' || reply.action !== 'response' || typeof reply.text !== 'string') return;
  const missing = refs.slice(0, 3).find((r) => !reply.text!.includes(r));
  if (missing !== undefined) once('verse_reference_unsaid', `the reply after verses found does not name ${missing} by its reference`);
}

/** Street suffixes of the fake-address generator that no school is named after. */
const ODD_STREET = /\b(Stravenue|Crossroad|Expressway|Freeway|Motorway|Throughway|Trafficway|Turnpike|Underpass|Overpass|Viaduct|Radial|Skyway|Bypass|Ramp|Spur|Loaf|Club|Mission|Shoal|Neck|Ville|Burg|Divide|Dam|Fork|Pike|Tunnel|Junction|Causeway|Extension) (School|Primary School|High School|Academy|College)$/;

function streetSchools(items: Json[], keys: string[], once: (id: InvariantId, m: string) => void): void {
  const key = keys.find((k) => /^(name|school_?name|title)$/i.test(k) && typeof items[0]![k] === 'string');
  if (key === undefined) return;
  const odd = items.find((r) => typeof r[key] === 'string' && ODD_STREET.test(r[key] as string));
  if (odd) once('institution_street_name', `a school is named after a street no town has: ${JSON.stringify(odd[key])}`);
}
