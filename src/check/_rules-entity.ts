/**
 * One entity is one entity across a dialogue (QUALITY.md E). `entity_name_pair`: an id keeps one name in every
 * result of the dialogue and every object in it (`companyId 127070` with `companyName` "Pagac Ltd" after the
 * search showed company 127070 as "Heller-Friesen Media"), unless the call that shows the new name sent it (a
 * rename), and a `<x>_name` keeps one `<x>_id` (one "Bahringer Media", not two companies). A long id (6+ characters, or 1000 and up) names an entity alone; a short one (73) with its kind, the
 * list or key it is under, and only at the top of a result (a short id nested in a record is its parent's). `duplicate_list_id`: the items of one list are different records, so no two share
 * their own id. `write_echo`: a write returns the list it was sent (two photo URLs sent are not three others
 * returned). Reads only the dialogue record: shares nothing with the generator.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { memoized } from '../text/memo.ts';
import { snakeKeyAscii } from '../text/key-words-speed28.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const ENTITY_INVARIANTS = ['entity_name_pair', 'duplicate_list_id', 'write_echo'] as const satisfies readonly InvariantId[];

// Memoized: the same keys recur in every result and each is turned into words several times per object.
const words = snakeKeyAscii;
const singular = memoized((w: string): string => (/ies$/.test(w) ? `${w.slice(0, -3)}y` : /(ss|x|ch|sh)es$/.test(w) ? w.slice(0, -2) : /[^s]s$/.test(w) ? w.slice(0, -1) : w));
const WRAPPER = /^(data|payload|result|results|item|items|response|body|content|record|records|value|values|hits|entries|list|rows|docs|objects|elements|nodes|edges|node)$/;
const OWN_ID = /^(_?id|uuid)$/;
const OWN_NAME = /^(name|title)$/;

const isId = (v: unknown): v is string | number => (typeof v === 'string' && v !== '') || (typeof v === 'number' && Number.isFinite(v));
const long = (v: unknown): boolean => (typeof v === 'string' && v.length >= 6) || (typeof v === 'number' && v >= 1000);
const entity = (kind: string, id: string | number): string | undefined => (long(id) ? `\u0000${String(id)}` : kind !== '' ? `${kind}\u0000${String(id)}` : undefined);

/** The record's own id key: `id`, `_id`, `uuid`, or `<kind>_id` of the list it is in. */
function ownId(obj: Record<string, unknown>, kind: string): string | undefined {
  const keys = Object.keys(obj).filter((k) => isId(obj[k]));
  return keys.find((k) => OWN_ID.test(words(k))) ?? (kind !== '' ? keys.find((k) => words(k) === `${kind}_id`) : undefined);
}

export function checkEntities(record: DialogueRecord, add: Add): void {
  const names = new Map<string, string>();
  const ids = new Map<string, string>();
  let args: Record<string, unknown> = {};
  let method = 'GET';
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'assistant' && turn.call) {
      args = turn.call.arguments ?? {};
      method = record.operations[turn.call.operation]?.method ?? 'GET';
    }
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    const sent = new Set(Object.values(args).filter((v) => typeof v === 'string' || typeof v === 'number').map(String));
    const pair = (key: string | undefined, name: string, what: string): void => {
      if (key === undefined) return;
      const before = names.get(key);
      if (before === undefined || sent.has(name)) names.set(key, name);
      else if (before !== name) add('entity_name_pair', at, `${turn.operation}: ${what} is ${JSON.stringify(name)}, but the dialogue showed it as ${JSON.stringify(before)}`);
    };
    // `top`: the result's own record or an item of its own list; a short id nested deeper is its parent's business.
    const visit = (node: unknown, kind: string, depth: number, top: boolean): void => {
      if (!node || typeof node !== 'object' || depth > 8) return;
      if (Array.isArray(node)) {
        const dup = duplicateId(node, kind);
        if (dup) add('duplicate_list_id', at, `${turn.operation}: two items of one list have ${dup}`);
        for (const item of node) visit(item, kind, depth + 1, top);
        return;
      }
      const obj = node as Record<string, unknown>;
      for (const [k, v] of Object.entries(obj)) {
        const m = /^(.+)_id$/.exec(words(k));
        if (!m || !isId(v)) continue;
        const nameKey = Object.keys(obj).find((n) => (words(n) === `${m[1]}_name` || words(n) === `${m[1]}_title`) && typeof obj[n] === 'string');
        if (nameKey === undefined) continue;
        pair(entity(m[1]!, v), obj[nameKey] as string, `${k} ${JSON.stringify(v)}'s ${nameKey}`);
        // One name, one id: "Bahringer Media" is not two companies.
        const named = `${m[1]}\u0000${obj[nameKey] as string}`;
        const firstId = ids.get(named);
        if (firstId === undefined) ids.set(named, JSON.stringify(v));
        else if (firstId !== JSON.stringify(v) && !sent.has(String(v))) add('entity_name_pair', at, `${turn.operation}: ${nameKey} ${JSON.stringify(obj[nameKey])} has ${k} ${JSON.stringify(v)}, but the dialogue showed it with ${firstId}`);
      }
      const idKey = ownId(obj, kind);
      const nameKey = Object.keys(obj).find((n) => OWN_NAME.test(words(n)) && typeof obj[n] === 'string');
      if (idKey !== undefined && nameKey !== undefined && (top || long(obj[idKey]))) pair(entity(kind, obj[idKey] as string | number), obj[nameKey] as string, `the ${nameKey} of ${idKey} ${JSON.stringify(obj[idKey])}`);
      for (const [k, v] of Object.entries(obj)) if (v && typeof v === 'object') visit(v, WRAPPER.test(words(k)) ? kind : singular(words(k)), depth + 1, top && (WRAPPER.test(words(k)) || (idKey === undefined && Array.isArray(v))));
    };
    visit(turn.result, rootKind(turn.operation), 0, true);
    if (method.toUpperCase() !== 'GET') {
      const echo = returnedOther(turn.result, args);
      if (echo) add('write_echo', at, `${turn.operation} was sent ${echo}`);
    }
  });
}

/** The noun an operation is about (`x.get_article_by_uuid` → article, `x.event` → event): its own record's kind. */
function rootKind(operation: string): string {
  const w = words(operation.slice(operation.indexOf('.') + 1)).split('_').filter((x) => x !== '');
  const by = w.findIndex((x, i) => i > 0 && /^(by|for|with|from|of)$/.test(x));
  return singular((by > 0 ? w.slice(0, by) : w).pop() ?? '');
}

/** "id 73" when two items of the list share their own id. */
function duplicateId(items: unknown[], kind: string): string | undefined {
  const seen = new Set<string>();
  for (const item of items) {
    if (!item || typeof item !== 'object' || Array.isArray(item)) continue;
    const obj = item as Record<string, unknown>;
    const key = ownId(obj, kind);
    if (key === undefined) continue;
    const value = JSON.stringify(obj[key]);
    if (seen.has(value)) return `${key} ${value}`;
    seen.add(value);
  }
  return undefined;
}

/** A list argument the write's result holds with other values: "photoUrls [a, b] and returned [c, d, e]". */
function returnedOther(result: unknown, args: Record<string, unknown>): string | undefined {
  if (!result || typeof result !== 'object' || Array.isArray(result)) return undefined;
  const obj = result as Record<string, unknown>;
  const scalars = (v: unknown): v is unknown[] => Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object');
  for (const [key, sent] of Object.entries(args)) {
    const got = obj[key];
    if (!scalars(sent) || !scalars(got)) continue;
    const want = new Set(sent.map((x) => JSON.stringify(x)));
    if (got.length !== sent.length || got.some((x) => !want.has(JSON.stringify(x)))) return `${key} ${JSON.stringify(sent)} and returned ${JSON.stringify(got)}`;
  }
  return undefined;
}
