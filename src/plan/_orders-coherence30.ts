/**
 * An order's statuses agree (QUALITY.md E, base bundled #291 of the m29 reading): an order shipped or delivered has
 * been paid for, never "the status is delivered … the payment status is unpaid". The payment state becomes the
 * schema's paid value (`captured`, `paid`, `succeeded`); with no such value listed, it is left. No randomness.
 */
import type { Operation } from '../specs/types.ts';
import { snakeKey } from '../text/key-words-speed28.ts';

type Json = Record<string, unknown>;

const STATUS = /^(status|order_status|state|fulfillment_status|fulfilment_status|shipping_status|delivery_status)$/;
const GONE_OUT = /^(shipped|delivered|completed?|fulfilled|in_?transit|out_?for_?delivery|dispatched)$/i;
const PAYMENT = /^(payment_status|payment_state|financial_status|paid_status|payment)$/;
const NOT_PAID = /^(unpaid|not_?paid|pending|awaiting_?payment|failed|declined|voided?|cancell?ed|requires_?payment_?method)$/i;
const PAID = /^(paid|captured|succeeded|completed?|settled|charged)$/i;

/** The paid value of a payment field: one its schema lists, else "paid" cased as the value it replaces. */
function paidValue(key: string, value: string, operation: Operation): string | undefined {
  const listed = operation.outputs.find((f) => f.path.split('.').pop() === key && Array.isArray(f.schema.enum))?.schema.enum as unknown[] | undefined;
  if (listed !== undefined) return listed.find((v): v is string => typeof v === 'string' && PAID.test(v));
  return value === value.toUpperCase() ? 'PAID' : /^[A-Z]/.test(value) ? 'Paid' : 'paid';
}

/** A shipped or delivered order is paid for. */
export function paidWhenShipped30(obj: Json, operation: Operation, pinned: ReadonlySet<string>): void {
  let payKey: string | undefined;
  for (const k in obj) if (typeof obj[k] === 'string' && PAYMENT.test(snakeKey(k)) && NOT_PAID.test(obj[k] as string)) payKey = k;
  if (payKey === undefined) return;
  const status = Object.keys(obj).find((k) => typeof obj[k] === 'string' && STATUS.test(snakeKey(k)) && GONE_OUT.test(obj[k] as string));
  if (status === undefined || pinned.has(JSON.stringify(obj[payKey]))) return;
  const paid = paidValue(payKey, obj[payKey] as string, operation);
  if (paid !== undefined) obj[payKey] = paid;
}
