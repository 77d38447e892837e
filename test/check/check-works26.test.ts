/**
 * Mock values true of the world (QUALITY.md E), wave 26: the rules of src/check/_rules-works26.ts broken on purpose
 * on records shaped like the ones the m25-final sets held (openapi #264, #77; bundled #174, #89), the right ones
 * passing, and the generator keeping them on the Spotify and OpenFGA fixtures and the bundled shop.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fixturesDir, skipWithoutFixtures } from '../_shared.ts';
import { oneCall, violationsOf } from '../_one-call.ts';
import { assertGeneratorKeeps } from '../_generated.ts';
import type { DialogueRecord } from '../../src/plan/types.ts';

const titled = violationsOf('work_titled_as_artist');
const copyright = violationsOf('copyright_type_not_code');
const orders = violationsOf('orders_over_account_age');
const arrival = violationsOf('arrival_for_delivered');

const track = (name: string, type = 'track'): unknown => ({ items: [{ artists: [{ id: '6VbNEXAij9PSHAj3csrvav', name: 'Secret Voices', type: 'artist' }, { id: '5DxXTYZgn7ZFRKw2rioeep', name: 'Theo Brandt', type: 'artist' }], name, track_number: 1, type }] });

/** searchCustomers then listCustomerOrders (bundled #174): an account created `created`, its orders counted `total` in all. */
function customerOrders(created: string, total: number): DialogueRecord {
  const record = oneCall({ customerId: 'c-1' }, { orders: [{ orderId: 'ord_1', status: 'paid', placedAt: '2026-02-27T11:00:00Z', total: { amount: 121365, currencyCode: 'KRW' } }, { orderId: 'ord_2', status: 'pending', placedAt: '2026-01-29T19:30:00Z', total: { amount: 146852, currencyCode: 'KRW' } }], page: { page: 1, totalPages: Math.ceil(total / 2), totalItems: total } }, { name: 'listCustomerOrders', path: '/customers/{customerId}/orders', response: `There are ${total} orders in all.` });
  const state = { api_confirmed: true, api_status: 'none' };
  record.turns.splice(1, 0,
    { speaker: 'assistant', action: 'call', state, call: { id: 'c0', operation: 'x.listCustomerOrders', arguments: { name: 'Kwame Brennan' } } } as never,
    { speaker: 'tool', operation: 'x.listCustomerOrders', call_id: 'c0', status: 'ok', result: { customers: [{ customerId: 'c-1', name: 'Kwame Brennan', createdAt: created }] } } as never);
  return record;
}

describe('values26 rules', () => {
  test('work_titled_as_artist: a track named after one of its own artists', () => {
    assert.deepEqual(titled(oneCall({ id: 'a1' }, track('Secret Voices'))), ['work_titled_as_artist']);
    assert.deepEqual(titled(oneCall({ id: 'a1' }, track('Paper Lanterns'))), []);
    // An event named for its headliner is no work.
    assert.deepEqual(titled(oneCall({}, { events: [{ name: 'Secret Voices', artists: [{ name: 'Secret Voices' }] }] })), []);
  });

  test('copyright_type_not_code: a copyright typed "artist"', () => {
    const book = (type: string): unknown => ({ audiobooks: [{ name: 'Native Son', copyrights: [{ text: '© 2022 Faber & Faber', type }] }] });
    assert.deepEqual(copyright(oneCall({ ids: 'x' }, book('artist'))), ['copyright_type_not_code']);
    assert.deepEqual(copyright(oneCall({ ids: 'x' }, book('C'))), []);
    assert.deepEqual(copyright(oneCall({ ids: 'x' }, book('P'))), []);
  });

  test('orders_over_account_age: 423 orders for a six-week-old account', () => {
    assert.deepEqual(orders(customerOrders('2026-01-15T19:30:00Z', 423)), ['orders_over_account_age']);
    assert.deepEqual(orders(customerOrders('2026-01-15T19:30:00Z', 9)), []);
    assert.deepEqual(orders(customerOrders('2019-01-15T19:30:00Z', 423)), []);
  });

  test('arrival_for_delivered: an estimated arrival told for a delivered order', () => {
    const delivery = (status: string, response: string): DialogueRecord => oneCall({ deliveryOrderId: 'dlv_1' }, { deliveryOrderId: 'dlv_1', status, total: 223.09, estimatedArrival: '2025-10-17T13:45:00Z' }, { name: 'trackDeliveryOrder', response });
    assert.deepEqual(arrival(delivery('delivered', 'The status is delivered and the estimated arrival is October 17, 2025 at 13:45 UTC.')), ['arrival_for_delivered']);
    assert.deepEqual(arrival(delivery('delivered', 'The status is delivered.')), []);
    assert.deepEqual(arrival(delivery('picked_up', 'It is on its way; the estimated arrival is 13:45 UTC.')), []);
  });

  test('the generator keeps them on Spotify and OpenFGA (openapi fixtures)', { skip: skipWithoutFixtures }, async () => {
    const out = await assertGeneratorKeeps(['work_titled_as_artist', 'copyright_type_not_code'], [join(fixturesDir, 'openapi', 'spotify__web-api.yml'), join(fixturesDir, 'openapi', 'openfga__api.json')], 60);
    const json = out.map((o) => o.json).join('\n');
    // A tuple's condition is a condition, never a store's name (openapi #163).
    assert.doesNotMatch(json, /"condition":\{"name":"(Document Sharing|Expense Approvals|Photo Albums Sharing|Support Desk Roles|condition1)"/);
  });

  test('the generator keeps them on the bundled shop and restaurants', async () => {
    await assertGeneratorKeeps(['orders_over_account_age', 'arrival_for_delivered'], [join('api-specs', 'shop.yaml'), join('api-specs', 'restaurants.yaml')], 60);
  });
});
