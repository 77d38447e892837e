/**
 * Rank trackers and search result pages that hang together (QUALITY.md E), wave 25:
 * - `rank_found_disagrees`: a ranking of the business a call names by id (`place_id`) says `found` and `rank` of the
 *   result carrying that id: never `found: false`, `rank: null` beside a rank-1 result holding the searched id, never
 *   `found: true` with none; and its results are distinct businesses, never three sharing the searched id;
 * - `result_link_hosts_differ`: one result's `link`, `domain` and `displayed_link` name one site, never three domains;
 * - `position_out_of_order`: results numbered by `position` come in position order, never 3, 2, 1 (a dated
 *   history keeps its own order).
 * Cheap first tests (a field's name) come before any walk. Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Json = Record<string, unknown>;

export const RANK25_INVARIANTS = ['rank_found_disagrees', 'result_link_hosts_differ', 'position_out_of_order'] as const satisfies readonly InvariantId[];

const SEARCHED_ID = /^(place_?id|business_?id|placeId|businessId|cid|google_?id)$/;
const LINK = /^(link|url)$/i;
const DOMAIN = /^(domain|display_?domain)$/i;
const SHOWN = /^(displayed_?link|display_?link|displayed_?url|display_?url|visible_?link|displayLink|displayedLink)$/i;
const POSITION = /^(position|pos)$/;
const DATED = /(^|_)(date|year|season|round|week|day|time|timestamp|period)$/i;
const HINT = /"(found|position|domain|displayed_?link|display_?link|displayLink|displayedLink|displayed_?url|visible_?link)":/;

const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const hostOf = (v: string): string | undefined => /^https?:\/\/([^/?#\s]+)/i.exec(v)?.[1]?.toLowerCase().replace(/^www\./, '');

function walk(value: unknown, fn: (obj: Json) => void, depth = 0): void {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) walk(v, fn, depth + 1);
    return;
  }
  fn(value as Json);
  for (const v of Object.values(value as Json)) walk(v, fn, depth + 1);
}

export function checkRank25(record: DialogueRecord, add: Add): void {
  const turns = record.turns;
  turns.forEach((turn, at) => {
    if (turn.speaker !== 'tool' || turn.status !== 'ok' || turn.result === null || typeof turn.result !== 'object') return;
    // (Cheap: a result naming none of the fields the rules read is skipped before any walk.)
    if (!HINT.test(JSON.stringify(turn.result))) return;
    const call = turns.slice(0, at).reverse().find((t) => t.speaker === 'assistant' && t.call?.id === turn.call_id);
    const args = (call?.speaker === 'assistant' ? call.call?.arguments : undefined) ?? {};
    const idArg = Object.entries(args).find(([k, v]) => SEARCHED_ID.test(k) && typeof v === 'string');
    const said = new Set<InvariantId>();
    const once = (id: InvariantId, message: string): void => {
      if (said.has(id)) return;
      said.add(id);
      add(id, at, message);
    };
    walk(turn.result, (obj) => {
      linkHosts(obj, once);
      for (const v of Object.values(obj)) {
        if (!Array.isArray(v) || v.length < 1 || !v.every(isRecord)) continue;
        const items = v as Json[];
        if (idArg !== undefined && typeof obj.found === 'boolean' && 'rank' in obj) foundRank(obj, items, idArg[0], idArg[1] as string, once);
        if (items.length > 1) positionOrder(items, once);
      }
    });
  });
}

function foundRank(holder: Json, items: Json[], idKey: string, searched: string, once: (id: InvariantId, m: string) => void): void {
  if (!(idKey in items[0]!)) return;
  const carrying = items.filter((item) => item[idKey] === searched);
  if (carrying.length > 1) return once('rank_found_disagrees', `${carrying.length} results of one ranking share the searched ${idKey} ${JSON.stringify(searched)}`);
  const hit = carrying[0];
  if (hit !== undefined && holder.found === false) return once('rank_found_disagrees', `the ranking says found: false while a result (rank ${String(hit.rank)}) carries the searched ${idKey}`);
  if (hit === undefined && holder.found === true && typeof holder.rank === 'number') return once('rank_found_disagrees', `the ranking says found at rank ${holder.rank} while no result carries the searched ${idKey}`);
  if (hit !== undefined && typeof hit.rank === 'number' && typeof holder.rank === 'number' && hit.rank !== holder.rank) once('rank_found_disagrees', `the ranking says rank ${holder.rank} while the searched business is listed at rank ${hit.rank}`);
}

function linkHosts(obj: Json, once: (id: InvariantId, m: string) => void): void {
  const linkKey = Object.keys(obj).find((k) => LINK.test(k) && typeof obj[k] === 'string');
  if (linkKey === undefined) return;
  const host = hostOf(obj[linkKey] as string);
  if (host === undefined) return;
  for (const [k, v] of Object.entries(obj)) {
    if (typeof v !== 'string') continue;
    const other = DOMAIN.test(k) ? (/^https?:/i.test(v) ? hostOf(v) : v.toLowerCase().replace(/^www\./, '')) : SHOWN.test(k) ? (/^https?:/i.test(v) ? hostOf(v) : v.split(/[\s/›>]/)[0]!.toLowerCase().replace(/^www\./, '')) : undefined;
    if (other !== undefined && other !== '' && other !== host) return once('result_link_hosts_differ', `one result links ${host} but gives ${k} ${JSON.stringify(v)}`);
  }
}

function positionOrder(items: Json[], once: (id: InvariantId, m: string) => void): void {
  const keys = Object.keys(items[0]!);
  const key = keys.find((k) => POSITION.test(k));
  if (key === undefined || keys.some((k) => DATED.test(k))) return;
  const nums = items.map((r) => r[key]);
  if (!nums.every((n) => typeof n === 'number')) return;
  const ns = nums as number[];
  if (ns.some((n, i) => i > 0 && n < ns[i - 1]!)) once('position_out_of_order', `results come as positions ${ns.join(', ')}, not position 1 first`);
}
