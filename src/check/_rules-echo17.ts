/**
 * Results that hold what the call asked by (QUALITY.md E), wave 17. `name_part_not_held`: people listed for a part
 * of a name (`lastName: "Dubois"`) carry it (no Zoe Romero among them). `named_total_too_large`: a list filtered by a
 * proper name its items hold (`city: "Edinburgh"`) is not a page of a huge total ("one airport, 1593 in all").
 * `found_id_names_other`: the record a search found by a name (`company_name: "Nogueira Group"`) has no id naming
 * another thing ("Ubisoft", a spec's example). `query_glued_label`: a search of categories or tags does not list the
 * query glued onto other words ("Technology Google" for "google"). Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { keyWords } from '../text/key-words-speed28.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Json = Record<string, unknown>;

export const ECHO17_INVARIANTS = ['name_part_not_held', 'named_total_too_large', 'found_id_names_other', 'query_glued_label'] as const satisfies readonly InvariantId[];

const words = keyWords;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const NAME_PART = /^(last_name|first_name|surname|family_name|given_name|lastname|firstname)$/;
const NAME_FILTER = /^(name|title|city|town|city_name|last_name|first_name|surname|family_name|full_name|username|company_name|airport_name|station_name)$/;
const TOTAL = /^(total|total_count|total_results|total_items|total_hits|total_records|num_found|count)$/;
const SEARCHED_NAME = /^(name|company|company_name|organization|organisation|team|team_name|brand|title)$/;
const LABEL = /^(name|title|label)$/;
const TAXONOMY_LIST = /^(categories|tags|genres|topics|labels|keywords|subjects|industries|sectors|themes)$/;
/** A name written as one capitalised word or words run together, no digits ("Ubisoft"). */
const NAME_AS_ID = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+){0,2}$/u;
const PROPER_NAME = /^\p{Lu}\p{Ll}/u;

/** The lists of a result (the root list, the root's lists, one wrapper below), with the record holding each. */
function listsOf(result: unknown): Array<{ holder: Json | null; key: string; items: unknown[] }> {
  if (Array.isArray(result)) return [{ holder: null, key: '', items: result }];
  if (!isRecord(result)) return [];
  const out: Array<{ holder: Json | null; key: string; items: unknown[] }> = [];
  for (const [k, v] of Object.entries(result)) {
    if (Array.isArray(v)) out.push({ holder: result, key: k, items: v });
    else if (isRecord(v)) for (const [k2, v2] of Object.entries(v)) if (Array.isArray(v2)) out.push({ holder: v, key: k2, items: v2 });
  }
  return out;
}

/** A listed person whose name part differs from the one sent: the message, or none. */
function namePartMissing(items: readonly unknown[], sent: ReadonlyArray<readonly [string, string]>): string | undefined {
  for (const item of items) {
    if (!isRecord(item)) continue;
    for (const [key, v] of Object.entries(item)) {
      const filter = sent.find(([w]) => w === words(key));
      if (filter !== undefined && typeof v === 'string' && v !== '' && v.toLowerCase() !== filter[1].toLowerCase()) return `sent ${filter[0]} ${filter[1]}, an item's ${key} is ${v}`;
    }
  }
  return undefined;
}

/** A total beside a list filtered by a proper name its items hold that is far above the items: the message, or none. */
function namedTotal(list: { holder: Json | null; items: unknown[] }, args: Json): string | undefined {
  const first = list.items.find(isRecord);
  if (!first || !list.holder) return undefined;
  const name = Object.entries(args).find(([k, v]) => typeof v === 'string' && v.length >= 3 && PROPER_NAME.test(v) && NAME_FILTER.test(words(k)) && Object.values(first).includes(v));
  if (name === undefined) return undefined;
  const totalKey = Object.keys(list.holder).find((k) => TOTAL.test(words(k)) && typeof list.holder![k] === 'number' && !(k in args));
  const total = totalKey === undefined ? undefined : (list.holder[totalKey] as number);
  const n = list.items.length;
  return total !== undefined && total > n * 3 + 20 ? `filtered by ${name[0]} ${String(name[1])}, ${n} item(s) shown of ${totalKey} ${total}` : undefined;
}

/** The record found by the name sent whose id is another name: the message, or none. */
function idOfOther(items: readonly unknown[], args: Json): string | undefined {
  const names = Object.entries(args).filter(([k, v]) => SEARCHED_NAME.test(words(k)) && typeof v === 'string' && PROPER_NAME.test(v)).map(([, v]) => v as string);
  if (names.length === 0) return undefined;
  for (const item of items) {
    if (!isRecord(item)) continue;
    const label = Object.keys(item).find((k) => LABEL.test(words(k)) && names.includes(item[k] as string));
    const id = item.id ?? item._id;
    if (label === undefined || typeof id !== 'string' || !NAME_AS_ID.test(id)) continue;
    const name = (item[label] as string).toLowerCase().replace(/[^\p{L}]/gu, '');
    const own = id.toLowerCase();
    if (!name.includes(own) && !own.includes(name)) return `found by the name ${String(item[label])}, the record's id is ${id}`;
  }
  return undefined;
}

/** A category or tag listed for a lower-case query that is another word with the query glued on: the message, or none. */
function gluedLabel(list: { key: string; items: unknown[] }, args: Json): string | undefined {
  if (!TAXONOMY_LIST.test(words(list.key))) return undefined;
  const queries = Object.entries(args).filter(([k, v]) => /^(q|query|term|search|keyword|search_term|search_query)$/.test(words(k)) && typeof v === 'string' && /^[\p{Ll}\d]+(?: [\p{Ll}\d]+)?$/u.test(v)).map(([, v]) => v as string);
  for (const q of queries) {
    for (const item of list.items) {
      if (!isRecord(item)) continue;
      const label = Object.keys(item).find((k) => LABEL.test(words(k)) && typeof item[k] === 'string');
      const text = label === undefined ? '' : (item[label] as string);
      const lower = text.toLowerCase();
      if (lower.endsWith(` ${q}`) && /^[\p{L}-]+$/u.test(lower.slice(0, -q.length - 1)) && !q.includes(lower.slice(0, -q.length - 1))) return `searched for ${q}, a listed ${words(list.key)} is ${text}`;
    }
  }
  return undefined;
}

export function checkEcho17(record: DialogueRecord, add: Add): void {
  const argsOf = new Map<string, Json>();
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'assistant' && turn.call) argsOf.set(turn.call.id, (turn.call.arguments ?? {}) as Json);
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    const args = argsOf.get(turn.call_id);
    if (args === undefined) return;
    const parts = Object.entries(args).filter(([k, v]) => NAME_PART.test(words(k)) && typeof v === 'string' && v !== '').map(([k, v]) => [words(k), v as string] as const);
    for (const list of listsOf(turn.result)) {
      const problem: Array<[InvariantId, string | undefined]> = [
        ['name_part_not_held', parts.length > 0 ? namePartMissing(list.items, parts) : undefined],
        ['named_total_too_large', namedTotal(list, args)],
        ['found_id_names_other', idOfOther(list.items, args)],
        ['query_glued_label', gluedLabel(list, args)],
      ];
      for (const [invariant, message] of problem) if (message !== undefined) add(invariant, at, message);
    }
  });
}
