/**
 * Results that honour their call's arguments (QUALITY.md E): the rule `argument_ignored` of
 * src/check/_rules-honour.ts broken on purpose, and the generator's pass (src/plan/_honour.ts) that keeps it.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { honourArguments } from '../../src/plan/_honour.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const called = (args: Record<string, unknown>, result: unknown) => oneCall(args, result, { name: 'search', text: 'Find them.' });
const broken = violationsOf('argument_ignored');

describe('results that honour their arguments', () => {
  test('a list asked for by an exact filter holds only records with that value', () => {
    assert.deepEqual(broken(called({ symbol: 'AMZN' }, { data: [{ symbol: 'AMZN', price: 1 }, { symbol: 'amzn', price: 2 }] })), []);
    assert.deepEqual(broken(called({ symbol: 'AMZN' }, { data: [{ symbol: 'AMZN' }, { symbol: 'GOOGL' }] })), ['argument_ignored']);
    assert.deepEqual(broken(called({ industry: 'healthcare' }, [{ name: 'Acme', industry: 'Consumer Goods' }])), ['argument_ignored']);
    // A list of values ("AMZN,GOOGL") is not one filter; an id of another record is not a filter.
    assert.deepEqual(broken(called({ symbol: 'AMZN,GOOGL' }, [{ symbol: 'GOOGL' }])), []);
    assert.deepEqual(broken(called({ owner_id: 'u1' }, [{ owner_id: 'u2' }])), []);
  });

  test('a list asked for within bounds holds records inside them', () => {
    assert.deepEqual(broken(called({ minRating: 4 }, { items: [{ rating: 4.5 }, { rating: 4 }] })), []);
    assert.deepEqual(broken(called({ minRating: 5 }, { items: [{ rating: 1.4 }, { rating: 5 }] })), ['argument_ignored']);
    assert.deepEqual(broken(called({ max_price: 50 }, [{ price: 80 }])), ['argument_ignored']);
  });

  test('the generator pass makes records agree with filters, bounds, the day, writes and cancels', () => {
    const read = { effect: 'read', name: 'search', method: 'GET' } as const;
    const result = { data: [{ id: 'a', symbol: 'GOOGL', rating: 1.4, date: '2019-03-01T10:00:00Z', industry: 'Consumer Goods' }, { id: 'b', symbol: 'NVDA', rating: 3.6, date: '2021-05-02', industry: 'Energy' }] };
    honourArguments(result, { symbol: 'AMZN', minRating: 3, date: '2026-12-06', industry: 'healthcare', id: 'zz' }, read, new Set(), {});
    assert.deepEqual(result.data.map((r) => [r.id, r.symbol, r.rating, r.date, r.industry]), [['a', 'AMZN', 3, '2026-12-06T10:00:00Z', 'Healthcare'], ['b', 'AMZN', 3.6, '2026-12-06', 'Healthcare']]);
    assert.deepEqual(broken(called({ symbol: 'AMZN', minRating: 3, industry: 'healthcare' }, result)), []);
    // A value the chain reads later stays as drawn.
    const pinned = { data: [{ symbol: 'GOOGL' }] };
    honourArguments(pinned, { symbol: 'AMZN' }, read, new Set(), { 'data[].symbol': 'data[0].symbol' });
    assert.equal(pinned.data[0]!.symbol, 'GOOGL');
    const created = { id: 't1', rate: 433, currency: 'USD', status: 'open' };
    honourArguments(created, { rate: 65.2, status: 'open' }, { effect: 'create', name: 'createTask', method: 'POST' }, new Set(), {});
    assert.equal(created.rate, 65.2);
    const cancelled = { id: 'b1', status: 'confirmed' };
    honourArguments(cancelled, { booking_id: 'b1' }, { effect: 'action', name: 'cancelBooking', method: 'POST' }, new Set(), {});
    assert.equal(cancelled.status, 'cancelled');
    const deleted = { data: { id: 'u1', status: 'ACTIVE' } };
    honourArguments(deleted, { id: 'u1' }, { effect: 'delete', name: 'deleteUser', method: 'DELETE' }, new Set(), {});
    assert.equal(deleted.data.status, 'DELETED');
  });
});
