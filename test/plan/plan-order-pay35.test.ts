/** An order's payment agrees with how far the order got (rd35 control: a delivered order still "authorized"). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { payAgreesWithOrder35 } from '../../src/plan/_order-pay35.ts';
import type { ResultField } from '../../src/plan/_result.ts';

const outputs = [{ path: 'paymentStatus', schema: { type: 'string', enum: ['unpaid', 'authorized', 'captured', 'refunded', 'partially_refunded'] } }] as unknown as ResultField[];

test('a delivered order is paid, a cancelled one given back, from the schema\'s own values', () => {
  const delivered = { status: 'delivered', paymentStatus: 'authorized' };
  payAgreesWithOrder35(delivered, outputs, new Set());
  assert.equal(delivered.paymentStatus, 'captured');
  const cancelled = { status: 'cancelled', paymentStatus: 'captured' };
  payAgreesWithOrder35(cancelled, outputs, new Set());
  assert.equal(cancelled.paymentStatus, 'refunded');
  const pending = { status: 'pending', paymentStatus: 'authorized' };
  payAgreesWithOrder35(pending, outputs, new Set());
  assert.equal(pending.paymentStatus, 'authorized', 'an order not yet sent may be authorised only');
  const read = { status: 'delivered', paymentStatus: 'authorized' };
  payAgreesWithOrder35(read, outputs, new Set([JSON.stringify('authorized')]));
  assert.equal(read.paymentStatus, 'authorized', 'a value the chain reads stays');
  const offEnum = { status: 'delivered', paymentStatus: 'authorized' };
  payAgreesWithOrder35(offEnum, [], new Set());
  assert.equal(offEnum.paymentStatus, 'authorized', 'no value outside the schema');
});
