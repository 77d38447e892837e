/**
 * Ids and code-like values where they belong (QUALITY.md E). `id_off_pattern`: an id a result shows is in the
 * shape the spec's own pattern gives that id on any operation of the dialogue (no `orderId` "ar9jhV7K5" where
 * the order operations take `^ord_[0-9]{8}$`), so the user can use it. `code_for_place`: a field whose name
 * means a place, a delivery or a distance driven never holds a code ("the place of birth is BRT-86667", "ships
 * from pyojMMqdHnu", "delivery is DLV-7386", "mileage MLG-31349"). Reads only the dialogue record.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { keyWords } from '../text/key-words-speed28.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const IDS10_INVARIANTS = ['id_off_pattern', 'code_for_place'] as const satisfies readonly InvariantId[];

/** A key as lower-case words joined by `_` (`stockTicker` → `stock_ticker`), kept per key. */
const words = keyWords;

const CONTAINER = /^(data|items?|results?|response|records?|list|entries|content|payload|body|hits|values?|objects?|nodes?|edges?)$/;

/** `orderId`, `order_id` and `id` inside `order`/`orders[]` all name `order_id`. */
function idName(key: string, parent: string): string | undefined {
  const w = words(key);
  if (/_(id|uuid)$/.test(w)) return w.replace(/_uuid$/, '_id');
  if (w !== 'id' && w !== 'uuid') return undefined;
  const p = words(parent);
  return p !== '' && !CONTAINER.test(p) ? `${p.replace(/ies$/, 'y').replace(/s$/, '')}_id` : undefined;
}

const compiled = new Map<string, RegExp | null>();
function patternOf(source: string): RegExp | null {
  let re = compiled.get(source);
  if (re === undefined) {
    try {
      re = new RegExp(source, 'u');
    } catch {
      re = null;
    }
    compiled.set(source, re);
  }
  return re;
}

/** The patterns the dialogue's operations give their id parameters, by id name. */
function idPatterns(record: DialogueRecord): Map<string, RegExp> {
  const found = new Map<string, RegExp>();
  for (const op of Object.values(record.operations)) {
    const props = (op.parameters as { properties?: Record<string, Record<string, unknown>> }).properties ?? {};
    for (const [name, schema] of Object.entries(props)) {
      const key = idName(name, '');
      const re = key !== undefined && typeof schema.pattern === 'string' && (schema.type === undefined || schema.type === 'string') ? patternOf(schema.pattern) : null;
      if (key !== undefined && re && !found.has(key)) found.set(key, re);
    }
  }
  return found;
}

/** Names whose value is a place, a delivery said as text or a distance driven. */
const PLACE_NAME = /(^|_)(place_of_birth|birth_?place|city_of_birth|hometown|home_town|home_city|ships_from|ship_from|shipped_from|dispatched_from|ships_to|country_of_origin|origin_country|made_in|nationality|citizenship|delivery|delivery_time|mileage|odometer)$/;
/** A made-up code: letters and digits run together ("BRT-86667", "pyojMMqdHnu", "DLV-7386"), no spaces. */
function codeLike(key: string, value: string): boolean {
  if (/\s/.test(value) || value.length < 5) return false;
  if (/^[A-Z]{2,5}[-_]\d{3,}$/.test(value)) return true;
  // A distance held as text is digits; a place or a text is never mixed case and digits run together.
  if (/(mileage|odometer)$/.test(key)) return !/^\d[\d,.]*(\s?(km|mi|miles))?$/.test(value);
  return /^[A-Za-z0-9]+$/.test(value) && (/\d/.test(value) || /[a-z][A-Z]/.test(value)) && !/^[A-Z]{2,3}$/.test(value);
}

export function checkIds10(record: DialogueRecord, add: Add): void {
  let patterns: Map<string, RegExp> | undefined;
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    patterns ??= idPatterns(record);
    const ids = patterns;
    visitIds(turn.result, '', 0, turn.operation, at, ids, add);
  });
}

/** One node of a result (a module function: a named closure per tool turn costs more under tsx's keepNames). */
function visitIds(node: unknown, parent: string, depth: number, operation: string, at: number, ids: Map<string, RegExp>, add: Add): void {
  if (!node || typeof node !== 'object' || depth > 8) return;
  if (Array.isArray(node)) {
    for (const item of node) visitIds(item, parent, depth + 1, operation, at, ids, add);
    return;
  }
  for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
    if (v && typeof v === 'object') {
      visitIds(v, k, depth + 1, operation, at, ids, add);
      continue;
    }
    if (typeof v !== 'string' || v === '') continue;
    const key = ids.size > 0 ? idName(k, parent) : undefined;
    const re = key !== undefined ? ids.get(key) : undefined;
    if (re && !re.test(v)) add('id_off_pattern', at, `${operation}: ${k} ${JSON.stringify(v)} breaks the spec's own pattern for ${key} (${re.source})`);
    const w = words(k);
    if (PLACE_NAME.test(w) && codeLike(w, v)) add('code_for_place', at, `${operation}: ${k} means a place, a delivery or a distance but holds the code ${JSON.stringify(v)}`);
  }
}
