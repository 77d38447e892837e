/**
 * A record agrees with itself (QUALITY.md E, cross-field consistency). `status_after_change`: a cancel, withdraw
 * or close leaves its record in that verb's state (cancelReservation → cancelled, not deleted). `history_order`:
 * a record's history runs in date order, not before the record was created or submitted, and ends in the
 * record's current status. `ohlc_order`: a price row's low is at most its open and close, its high at least.
 * `total_vs_lines`: an order's total is the sum of its lines' quantity × unit price (plus its own tax and
 * shipping), not a hundredth of it. Reads only the dialogue record: shares nothing with the generator.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { snakeKeyAscii } from '../text/key-words-speed28.ts';
import { eachObject } from './_objects.ts';

export const RECORD_INVARIANTS = ['status_after_change', 'history_order', 'ohlc_order', 'total_vs_lines'] as const satisfies readonly InvariantId[];

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;

const snake = snakeKeyAscii;

/** The state word each ending verb leaves (a prefix of it, so both spellings of cancelled pass). */
const VERB_STATE: Array<[RegExp, RegExp, string]> = [
  [/^cancel/, /^cancel/i, 'cancelled'],
  [/^withdraw/, /^withdr/i, 'withdrawn'],
  [/^close$/, /^clos/i, 'closed'],
];

/** The state a call's verb leaves its record in, when its name starts or ends with such a verb and it changes something. */
function endingVerb(name: string, method: string): [RegExp, string] | undefined {
  if (method.toUpperCase() === 'GET') return undefined;
  const words = snake(name).split('_').filter((w) => w !== '');
  // `createRefund`, `requestCancellation`: the last word is what the first verb makes.
  const ends = /^(create|add|new|post|put|get|list|search|find|update|patch|set|make|submit|request|issue|send|start|open|schedule)$/.test(words[0] ?? '') ? [words[0]!] : [words[0] ?? '', words[words.length - 1] ?? ''];
  for (const [verb, state, word] of VERB_STATE) if (ends.some((w) => verb.test(w))) return [state, word];
  return undefined;
}

const STATUS = /^(status|state)$/i;
const OUTCOME = /^(ok|success|succeeded|successful|done|true|accepted)$/i;
const HISTORY = /(^|_)(history|timeline|status_?history|transitions|status_?changes|status_?events|tracking_?events|checkpoints)$/;
const ENTRY_STATUS = /^(status|state|stage|to_?status|new_?status)$/i;
const ENTRY_DATE = /^(at|date|time|timestamp|changed_?at|occurred_?at|date_?time|when)$/i;
const CREATED = /(^|_)(created|submitted|placed|ordered|applied|opened|requested|booked)(_at|_on|_date|_time)?$/;
const ISO = /^\d{4}-\d{2}-\d{2}/;

/** Why a record's history disagrees with the record, if it does. */
function historyProblem(obj: Record<string, unknown>, key: string): string | undefined {
  const list = obj[key] as unknown[];
  const entries = list.filter((e): e is Record<string, unknown> => !!e && typeof e === 'object' && !Array.isArray(e));
  if (entries.length === 0) return undefined;
  const dateKey = Object.keys(entries[0]!).find((k) => ENTRY_DATE.test(k) && typeof entries[0]![k] === 'string' && ISO.test(entries[0]![k] as string));
  if (dateKey === undefined) return undefined;
  const dates = entries.map((e) => Date.parse(String(e[dateKey])));
  for (let i = 1; i < dates.length; i++) if (dates[i]! < dates[i - 1]!) return `${key} entry ${i + 1} (${String(entries[i]![dateKey])}) comes before entry ${i} (${String(entries[i - 1]![dateKey])})`;
  const createdKey = Object.keys(obj).find((k) => CREATED.test(snake(k)) && typeof obj[k] === 'string' && ISO.test(obj[k] as string));
  // A day's rounding aside, nothing happened to the record before it existed.
  if (createdKey !== undefined && dates[0]! < Date.parse(obj[createdKey] as string) - 86_400_000) return `${key} starts ${String(entries[0]![dateKey])}, before ${createdKey} ${String(obj[createdKey])}`;
  const statusKey = Object.keys(entries[0]!).find((k) => ENTRY_STATUS.test(k) && typeof entries[0]![k] === 'string');
  const current = Object.entries(obj).find(([k, v]) => STATUS.test(k) && typeof v === 'string')?.[1] as string | undefined;
  const last = statusKey === undefined ? undefined : entries[entries.length - 1]![statusKey];
  if (current !== undefined && typeof last === 'string' && last.toLowerCase() !== current.toLowerCase()) return `${key} ends in "${last}" while the status is "${current}"`;
  return undefined;
}

function num(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  return undefined;
}

/** Why an open/high/low/close row is out of order, if it is. */
function ohlcProblem(obj: Record<string, unknown>): string | undefined {
  const get = (name: string): number | undefined => {
    const key = Object.keys(obj).find((k) => k.toLowerCase() === name);
    return key === undefined ? undefined : num(obj[key]);
  };
  const high = get('high');
  const low = get('low');
  if (high === undefined || low === undefined) return undefined;
  const sides = [get('open'), get('close')].filter((v): v is number => v !== undefined);
  if (sides.length === 0) return undefined;
  if (low > high || sides.some((v) => v < low || v > high)) return `low ${low} and high ${high} do not bound open/close ${sides.join('/')}`;
  return undefined;
}

/** An amount: a number, or a money object's amount or value. */
function amount(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (value && typeof value === 'object' && !Array.isArray(value)) return amount((value as Record<string, unknown>).amount ?? (value as Record<string, unknown>).value);
  return undefined;
}

const QUANTITY = /^(quantity|qty)$/i;
const UNIT_PRICE = /^(unit_?price|price|item_?price|price_?each|unit_?amount|unit_?cost)$/i;
const ORDER_TOTAL = /^(total|total_?amount|total_?price|grand_?total|order_?total)$/i;
const ADDED = /^(tax|taxes|tax_?amount|vat|shipping|shipping_?cost|shipping_?fee|delivery_?fee|fees?|service_?fee|tip)$/i;

/** Why an order's total disagrees with its lines, if it does. */
function totalProblem(obj: Record<string, unknown>): string | undefined {
  const totalKey = Object.keys(obj).find((k) => ORDER_TOTAL.test(k) && amount(obj[k]) !== undefined);
  if (totalKey === undefined) return undefined;
  const lines = Object.values(obj).find((v): v is Record<string, unknown>[] => Array.isArray(v) && v.length > 0 && v.every((x) => x && typeof x === 'object' && !Array.isArray(x) && Object.keys(x).some((k) => QUANTITY.test(k) && typeof (x as Record<string, unknown>)[k] === 'number')));
  if (lines === undefined) return undefined;
  let sum = 0;
  for (const line of lines) {
    const unit = Object.keys(line).find((k) => UNIT_PRICE.test(k) && amount(line[k]) !== undefined);
    if (unit === undefined) return undefined;
    sum += amount(line[unit])! * (line[Object.keys(line).find((k) => QUANTITY.test(k))!] as number);
  }
  const added = Object.keys(obj).filter((k) => ADDED.test(k)).reduce((s, k) => s + Math.max(0, amount(obj[k]) ?? 0), 0);
  const total = amount(obj[totalKey])!;
  // Discounts and rounding aside: within a few percent below the lines' sum, a third above it plus the order's own charges.
  if (total < sum * 0.95 - 1 || total > sum * 1.35 + added + 1) return `${totalKey} ${total} is not the lines' sum ${Number(sum.toFixed(2))}`;
  return undefined;
}

export function checkRecords(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, i) => {
    const t = turn as { speaker: string; status?: string; result?: unknown; operation?: string };
    if (t.speaker !== 'tool' || t.status !== 'ok' || t.result === undefined || t.operation === undefined) return;
    const op = (record.operations as Record<string, { name?: string; method?: string } | undefined>)[t.operation];
    const ending = op?.name !== undefined ? endingVerb(op.name, op.method ?? '') : undefined;
    if (ending && t.result && typeof t.result === 'object' && !Array.isArray(t.result)) {
      const root = t.result as Record<string, unknown>;
      const holder = Object.entries(root).find(([k, v]) => /^(data|result|record|item)$/i.test(k) && v && typeof v === 'object' && !Array.isArray(v))?.[1] as Record<string, unknown> | undefined;
      for (const obj of holder ? [root, holder] : [root]) {
        const key = Object.keys(obj).find((k) => STATUS.test(k) && typeof obj[k] === 'string');
        // A call's own outcome ("status": "success") is no record state.
        if (key !== undefined && !ending[0].test(obj[key] as string) && !OUTCOME.test(obj[key] as string)) add('status_after_change', i, `${t.operation} leaves ${key} "${String(obj[key])}", not ${ending[1]}`);
      }
    }
    eachObject(t.result, (obj) => {
      for (const key of Object.keys(obj)) {
        if (!Array.isArray(obj[key]) || !HISTORY.test(snake(key))) continue;
        const problem = historyProblem(obj, key);
        if (problem) add('history_order', i, `${t.operation} result: ${problem}`);
      }
      const ohlc = ohlcProblem(obj);
      if (ohlc) add('ohlc_order', i, `${t.operation} result: ${ohlc}`);
      const total = totalProblem(obj);
      if (total) add('total_vs_lines', i, `${t.operation} result: ${total}`);
    });
  });
}
