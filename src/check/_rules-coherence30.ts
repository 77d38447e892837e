/**
 * One item's facts agree with each other (QUALITY.md E), wave 30. Reads only the dialogue record.
 * `sequel_before_original`: in one list a work's follow-up ("Jaws: The Return", "Jaws 2") is never released before
 * the work it follows ("Jaws"), nor on the same day.
 * `shipped_order_unpaid`: an order shipped or delivered is paid for: never "delivered" with payment status "unpaid".
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Json = Record<string, unknown>;

export const COHERENCE30_INVARIANTS = ['sequel_before_original', 'shipped_order_unpaid'] as const satisfies readonly InvariantId[];

const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const snake = snakeKey;
const TITLE = /^(title|name|original_title)$/;
const RELEASED = /^(release_date|released|released_on|premiere_date|first_air_date|date_released|air_date|publication_date|published_date)$/;
const DAY = /^\d{4}-\d\d-\d\d/;
const STATUS = /^(status|order_status|state|fulfillment_status|fulfilment_status)$/;
const GONE_OUT = /^(shipped|delivered|fulfilled|in_?transit|out_?for_?delivery|dispatched)$/i;
const PAYMENT = /^(payment_status|payment_state|financial_status|paid_status)$/;
const NOT_PAID = /^(unpaid|not_?paid|awaiting_?payment|failed|declined|voided?)$/i;

function checkList(list: unknown[], at: number, add: Add): void {
  const works = list.filter(isRecord);
  if (works.length < 2) return;
  const titleKey = Object.keys(works[0]!).find((k) => TITLE.test(snake(k)) && typeof works[0]![k] === 'string');
  const dateKey = Object.keys(works[0]!).find((k) => RELEASED.test(snake(k)) && typeof works[0]![k] === 'string');
  if (titleKey === undefined || dateKey === undefined) return;
  for (const original of works) {
    const title = original[titleKey];
    const day = original[dateKey];
    if (typeof title !== 'string' || typeof day !== 'string' || !DAY.test(day)) continue;
    for (const other of works) {
      const name = other[titleKey];
      const when = other[dateKey];
      if (other === original || typeof name !== 'string' || typeof when !== 'string' || !DAY.test(when)) continue;
      if ((name.startsWith(`${title}: `) || name === `${title} 2`) && when.slice(0, 10) <= day.slice(0, 10)) {
        add('sequel_before_original', at, `"${name}" is dated ${when.slice(0, 10)}, not after "${title}" (${day.slice(0, 10)})`);
        return;
      }
    }
  }
}

function visit(value: unknown, at: number, add: Add, depth: number): void {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    checkList(value, at, add);
    for (const v of value) visit(v, at, add, depth + 1);
    return;
  }
  const obj = value as Json;
  let pay: string | undefined;
  let status: string | undefined;
  for (const k in obj) {
    const v = obj[k];
    if (typeof v === 'string') {
      if (PAYMENT.test(snake(k)) && NOT_PAID.test(v)) pay = v;
      else if (STATUS.test(snake(k)) && GONE_OUT.test(v)) status = v;
    } else if (v !== null && typeof v === 'object') visit(v, at, add, depth + 1);
  }
  if (pay !== undefined && status !== undefined) add('shipped_order_unpaid', at, `an order ${status} has payment status ${pay}`);
}

export function checkCoherence30(record: DialogueRecord, add: Add): void {
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'tool' && turn.status === 'ok') visit(turn.result, at, add, 0);
  });
}
