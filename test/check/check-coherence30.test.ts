/**
 * One item's facts agree (QUALITY.md E), wave 30: `sequel_before_original` and `shipped_order_unpaid` broken on
 * purpose with the records the readers found in the bundled 400-set (base #193: "Last Train to Tarragona: Legacy"
 * released in February 1996 before the December original; base #291: a delivered order "unpaid"), good values
 * passing; and the generator keeping them on the bundled movies and shop specs.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { join } from 'node:path';
import { oneCall, violationsOf } from '../_one-call.ts';
import { assertGeneratorKeeps } from '../_generated.ts';
import { sequelsAfterOriginal30 } from '../../src/plan/_sequels-coherence30.ts';
import { paidWhenShipped30 } from '../../src/plan/_orders-coherence30.ts';
import type { Operation } from '../../src/specs/types.ts';

const sequel = violationsOf('sequel_before_original');
const unpaid = violationsOf('shipped_order_unpaid');
const search = { name: 'searchMovies', path: '/search/movie' };
const movie = (title: string, releaseDate: string) => ({ movieId: 512901, title, originalLanguage: 'en', releaseDate, overview: 'The story of three friends reunited after twenty years.' });
const found = (dates: [string, string, string]) => ({ page: 1, results: [movie('Last Train to Tarragona', dates[0]), movie('Last Train to Tarragona: Legacy', dates[1]), movie('Last Train to Tarragona: Revisited', dates[2])], totalResults: 6 });
const order = (status: string, paymentStatus: string) => ({ orderId: 'ord_90170500', status, placedAt: '2024-11-08T14:15:00Z', total: { amount: 196154750, currencyCode: 'VND' }, paymentStatus });
const getOrder = { name: 'getOrder', path: '/orders/{orderId}' };

describe('coherence30', () => {
  test('sequel_before_original: "Legacy" released months before the original, or the same day', () => {
    const args = { query: 'Last Train to Tarragona', year: 1996 };
    assert.deepEqual(sequel(oneCall(args, found(['1996-12-23', '1996-02-27', '1996-06-28']), search)), ['sequel_before_original']);
    assert.deepEqual(sequel(oneCall(args, found(['1996-02-27', '1996-02-27', '1996-06-28']), search)), ['sequel_before_original']);
    assert.deepEqual(sequel(oneCall(args, found(['1996-02-27', '1996-06-28', '1996-12-23']), search)), []);
  });

  test('shipped_order_unpaid: a delivered order with payment status unpaid', () => {
    assert.deepEqual(unpaid(oneCall({ orderId: 'ord_90170500' }, order('delivered', 'unpaid'), getOrder)), ['shipped_order_unpaid']);
    assert.deepEqual(unpaid(oneCall({ orderId: 'ord_90170500' }, order('delivered', 'captured'), getOrder)), []);
    assert.deepEqual(unpaid(oneCall({ orderId: 'ord_90170500' }, order('pending', 'unpaid'), getOrder)), []);
  });

  test('the generator settles both: follow-ups dated after, a shipped order paid', () => {
    const list = found(['1996-12-23', '1996-02-27', '1996-06-28']);
    sequelsAfterOriginal30(list.results, 'title', 0, (k) => k.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase(), 1996);
    assert.deepEqual(list.results.map((r) => r.releaseDate), ['1996-02-27', '1996-06-28', '1996-12-23']);
    const op = { id: 'shop.getOrder', name: 'getOrder', path: '/orders/{orderId}', method: 'GET', inputs: [], outputs: [{ path: 'paymentStatus', schema: { type: 'string', enum: ['unpaid', 'authorized', 'captured', 'refunded'] } }] } as unknown as Operation;
    const made = order('delivered', 'unpaid') as Record<string, unknown>;
    paidWhenShipped30(made, op, new Set());
    assert.equal(made['paymentStatus'], 'captured');
    assert.deepEqual(unpaid(oneCall({ orderId: 'ord_90170500' }, made, getOrder)), []);
  });

  test('the generator keeps them on the bundled movies and shop specs', async () => {
    const specs = ['movies.json', 'shop.yaml'].map((f) => join(import.meta.dirname, '..', '..', 'api-specs', f));
    await assertGeneratorKeeps(['sequel_before_original', 'shipped_order_unpaid'], specs, 40, { minWritten: 20 });
  });
});
