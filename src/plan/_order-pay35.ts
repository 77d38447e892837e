/**
 * An order's payment agrees with how far the order got (QUALITY.md E, rd35 control): a `delivered` order placed
 * 20 months ago is never still `authorized`; a cancelled one is not `captured`. The payment takes a value its own
 * schema lists; values the chain reads (pinned) stay.
 */
import type { ResultField } from './_result.ts';
import { flatSchema } from './_params.ts';
import { walk } from './_order22.ts';

const ORDER_STATUS = /^(status|order_?status|orderStatus|fulfil?lment_?status|fulfil?lmentStatus)$/;
const PAYMENT_STATUS = /^(payment_?status|paymentStatus|payment_?state|paymentState|financial_?status|financialStatus)$/;
const DONE = /^(delivered|shipped|completed|fulfil?led|dispatched|in_?transit)$/i;
const CANCELLED = /^(cancell?ed|voided|rejected)$/i;
const NOT_TAKEN = /^(unpaid|authori[sz]ed|pending|requires_?payment|awaiting_?payment|open)$/i;
const TAKEN = /^(captured|paid|settled|succeeded|complete|completed)$/i;
const GIVEN_BACK = /^(refunded|voided|cancell?ed|released)$/i;

const last = (path: string): string | undefined => path.split(/\.|\[\]/).filter((s) => s !== '').pop();


/** Each order record's payment status moved to one that fits its status, in place. */
export function payAgreesWithOrder35(result: unknown, outputs: readonly ResultField[], pinned: ReadonlySet<string>): void {
  walk(result, (obj) => {
    const payKey = Object.keys(obj).find((k) => PAYMENT_STATUS.test(k) && typeof obj[k] === 'string');
    if (payKey === undefined || pinned.has(JSON.stringify(obj[payKey]))) return;
    const statusKey = Object.keys(obj).find((k) => ORDER_STATUS.test(k) && typeof obj[k] === 'string');
    if (statusKey === undefined) return;
    const status = obj[statusKey] as string;
    const pay = obj[payKey] as string;
    const wanted = DONE.test(status) && NOT_TAKEN.test(pay) ? TAKEN : CANCELLED.test(status) && TAKEN.test(pay) ? GIVEN_BACK : undefined;
    if (wanted === undefined) return;
    const schema = outputs.find((f) => last(f.path) === payKey)?.schema;
    const choices = ((schema ? flatSchema(schema).enum : undefined) as unknown[] | undefined ?? []).filter((v): v is string => typeof v === 'string' && wanted.test(v));
    if (choices[0] !== undefined) obj[payKey] = choices[0];
  });
}
