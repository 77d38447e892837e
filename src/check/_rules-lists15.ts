/**
 * Items of one list are different records (QUALITY.md E, wave 15). `list_item_twice`: two items of one list with one
 * name, title or headline and the same codes/ids (or no other difference at all) are one record listed twice
 * ("Spain, Austria, Austria" under "There are 3 countries"). `siblings_same_amount_time`: two records of one list
 * under different ids with the same amount and the same timestamp to the minute are one record copied (three orders
 * of 2067.7 CZK, two placed at 14:45 on one day). Reads only the dialogue record (no import from plan).
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

export const LISTS15_INVARIANTS = ['list_item_twice', 'siblings_same_amount_time'] as const satisfies readonly InvariantId[];

// Kept per key: the same keys recur in every object of every result.
const snake = snakeKey;
const LABEL = /^(name|title|headline|display_name|label)$/;
/** Keys that tell one record from another: ids and codes. */
const IDENTITY = /(^|_)(id|uuid|guid|code|iso2|isbn|uri|urn|slug|sku)$/;
const MONEY = /(^|_)(amount|total|price|grand_total|total_price|total_amount)$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const OWN_ID = /^(_?id|uuid|guid|.+_id)$/;

const isRecord = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
const scalar = (v: unknown): v is string | number => typeof v === 'string' || typeof v === 'number';

/** Two items of `items` that are one record listed twice, said as text; undefined when none. */
function itemTwice(items: readonly Record<string, unknown>[]): string | undefined {
  const seen = new Map<string, Record<string, unknown>>();
  for (const item of items) {
    const labelKey = Object.keys(item).find((k) => LABEL.test(snake(k)) && typeof item[k] === 'string' && item[k] !== '');
    if (labelKey === undefined) continue;
    const slot = `${labelKey}\u0000${item[labelKey] as string}`;
    const other = seen.get(slot);
    if (other === undefined) {
      seen.set(slot, item);
      continue;
    }
    const ids = Object.keys(item).filter((k) => k !== labelKey && IDENTITY.test(snake(k)) && scalar(item[k]));
    const sameIds = ids.length > 0 && ids.every((k) => other[k] === item[k]);
    if (sameIds || JSON.stringify(other) === JSON.stringify(item)) return `${labelKey} "${item[labelKey] as string}" is listed twice${ids.length > 0 ? ` with the same ${ids.join(', ')}` : ''}`;
  }
  return undefined;
}

/** The record's money amount (`total` or `total.amount`) and its first timestamp, when it has both. */
function amountAndTime(item: Record<string, unknown>): string | undefined {
  let amount: number | undefined;
  let time: string | undefined;
  for (const [k, v] of Object.entries(item)) {
    const key = snake(k);
    if (amount === undefined && MONEY.test(key)) {
      if (typeof v === 'number' && v !== 0) amount = v;
      else if (isRecord(v)) {
        const inner = Object.entries(v).find(([ik, iv]) => /^(amount|value)$/.test(snake(ik)) && typeof iv === 'number' && iv !== 0);
        if (inner) amount = inner[1] as number;
      }
    } else if (time === undefined && typeof v === 'string' && TIMESTAMP.test(v)) time = `${k}=${v.slice(0, 16)}`;
  }
  return amount !== undefined && time !== undefined ? `${amount} at ${time}` : undefined;
}

function sameAmountTime(items: readonly Record<string, unknown>[]): string | undefined {
  const seen = new Map<string, string>();
  for (const item of items) {
    const idKey = Object.keys(item).find((k) => OWN_ID.test(snake(k)) && scalar(item[k]));
    const both = amountAndTime(item);
    if (idKey === undefined || both === undefined) continue;
    const id = `${idKey}=${String(item[idKey])}`;
    const other = seen.get(both);
    if (other !== undefined && other !== id) return `two records (${other}, ${id}) have the same amount and time: ${both}`;
    seen.set(both, id);
  }
  return undefined;
}

export function checkLists15(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker !== 'tool' || turn.status !== 'ok') return;
    const walk = (node: unknown, depth: number): void => {
      if (!node || typeof node !== 'object' || depth > 8) return;
      if (Array.isArray(node)) {
        const items = node.filter(isRecord);
        if (items.length >= 2) {
          const twice = itemTwice(items);
          if (twice) add('list_item_twice', at, `${turn.operation}: ${twice}`);
          const copied = sameAmountTime(items);
          if (copied) add('siblings_same_amount_time', at, `${turn.operation}: ${copied}`);
        }
        for (const item of node) walk(item, depth + 1);
        return;
      }
      for (const v of Object.values(node)) if (v && typeof v === 'object') walk(v, depth + 1);
    };
    walk(turn.result, 0);
  });
}
