/**
 * A record agrees with itself (QUALITY.md E): the rules of src/check/_rules-records.ts (`status_after_change`,
 * `history_order`, `ohlc_order`, `total_vs_lines`) broken on purpose, and the generator's post-pass
 * (src/plan/_agree.ts, _agree-fields.ts) that keeps them and the other field pairs of one record.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { agreeRecord, statusAfterChange } from '../../src/plan/_agree.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

/** A one-call dialogue whose operation is `name` with HTTP `method`. */
function called(name: string, method: string, result: unknown) {
  const record = oneCall({}, result, { name });
  (record.operations[`x.${name}`] as { method: string }).method = method;
  return record;
}

const op = (name: string, effect: 'read' | 'create' | 'update' | 'delete' | 'action', method = 'POST') => ({ name, effect, method, path: `/${name}` });

describe('status after a change', () => {
  test('a cancel, withdraw or close leaves its record in that state (rule)', () => {
    const broken = violationsOf('status_after_change');
    assert.deepEqual(broken(called('cancelReservation', 'DELETE', { reservationId: 'r1', status: 'cancelled' })), []);
    assert.deepEqual(broken(called('cancelReservation', 'DELETE', { reservationId: 'r1', status: 'CANCELED' })), []);
    assert.deepEqual(broken(called('cancelReservation', 'DELETE', { reservationId: 'r1', status: 'deleted' })), ['status_after_change']);
    assert.deepEqual(broken(called('withdrawApplication', 'DELETE', { data: { status: 'deleted' } })), ['status_after_change']);
    assert.deepEqual(broken(called('closeIssue', 'POST', { status: 'open' })), ['status_after_change']);
    // A read of cancelled bookings and a call's own outcome word are not the record's state.
    assert.deepEqual(broken(called('cancelReservation', 'GET', { status: 'active' })), []);
    assert.deepEqual(broken(called('cancelBooking', 'POST', { status: 'success' })), []);
  });

  test('the generator takes the verb\'s word', () => {
    assert.equal(statusAfterChange(op('cancelReservation', 'delete', 'DELETE')), 'cancelled');
    assert.equal(statusAfterChange(op('withdrawApplication', 'delete', 'DELETE')), 'withdrawn');
    assert.equal(statusAfterChange(op('booking_cancel', 'action')), 'cancelled');
    assert.equal(statusAfterChange(op('closeIssue', 'update', 'PATCH')), 'closed');
    assert.equal(statusAfterChange(op('deletePet', 'delete', 'DELETE')), 'deleted');
    assert.equal(statusAfterChange(op('listCancelledOrders', 'read', 'GET')), undefined);
    assert.equal(statusAfterChange(op('createRefund', 'create')), undefined);
  });
});

describe('a history agrees with its record', () => {
  const outputs = [
    { path: 'status', schema: { type: 'string', enum: ['received', 'in_review', 'interview', 'offer', 'rejected', 'withdrawn'] } },
    { path: 'history[].status', schema: { type: 'string' } },
  ];

  test('entries out of order, before the submission or not ending in the status break the rule', () => {
    const broken = violationsOf('history_order');
    const history = (...entries: Array<[string, string]>) => entries.map(([status, at]) => ({ status, at }));
    assert.deepEqual(broken(called('getApplication', 'GET', { status: 'in_review', submittedAt: '2025-01-01T10:00:00Z', history: history(['received', '2025-01-01T10:00:00Z'], ['in_review', '2025-02-01T10:00:00Z']) })), []);
    assert.deepEqual(broken(called('getApplication', 'GET', { status: 'in_review', history: history(['received', '2025-03-01T10:00:00Z'], ['in_review', '2025-02-01T10:00:00Z']) })), ['history_order']);
    assert.deepEqual(broken(called('getApplication', 'GET', { status: 'in_review', submittedAt: '2025-07-02T11:30:00Z', history: history(['received', '2025-01-14T10:00:00Z'], ['in_review', '2025-08-01T10:00:00Z']) })), ['history_order']);
    assert.deepEqual(broken(called('getApplication', 'GET', { status: 'withdrawn', history: history(['received', '2025-01-14T10:00:00Z'], ['active', '2025-08-01T10:00:00Z']) })), ['history_order']);
  });

  test('the generator puts the entries in order from the submission, in the record\'s words, ending in its status', () => {
    const result = { status: 'withdrawn', submittedAt: '2025-07-02T11:30:00Z', history: [{ status: 'pending', at: '2025-01-14T22:15:00Z' }, { status: 'active', at: '2024-05-09T14:00:00Z' }, { status: 'completed', at: '2026-10-06T18:15:00Z' }] };
    agreeRecord(result, outputs, op('withdrawApplication', 'delete', 'DELETE'), new Set());
    assert.deepEqual(result.history.map((h) => h.status), ['received', 'in_review', 'withdrawn']);
    assert.equal(result.history[0]!.at, '2025-07-02T11:30:00Z');
    const dates = result.history.map((h) => h.at);
    assert.deepEqual([...dates].sort(), dates);
    assert.deepEqual(violationsOf('history_order')(called('getApplication', 'GET', result)), []);
  });

  test('a history of one entry is the record\'s arrival: received when submitted, not a year later', () => {
    const result = { status: 'received', submittedAt: '2025-04-10T09:00:00Z', history: [{ status: 'received', at: '2024-03-16T12:00:00Z' }] };
    agreeRecord(result, outputs, op('getApplication', 'read', 'GET'), new Set());
    assert.equal(result.history[0]!.at, '2025-04-10T09:00:00Z');
    const drawnToday = { status: 'received', submittedAt: '2025-04-10T09:00:00Z', history: [{ status: 'received', at: '2026-03-16T12:00:00Z' }] };
    agreeRecord(drawnToday, outputs, op('getApplication', 'read', 'GET'), new Set());
    assert.equal(drawnToday.history[0]!.at, '2025-04-10T09:00:00Z');
    // Three drawn entries cut to the one step that leads to "received": it keeps the submission's date.
    const cut = { status: 'received', submittedAt: '2025-04-10T09:00:00Z', history: [{ status: 'confirmed', at: '2026-02-15T05:15:00Z' }, { status: 'completed', at: '2025-06-12T17:45:00Z' }, { status: 'completed', at: '2026-05-01T10:00:00Z' }] };
    agreeRecord(cut, outputs, op('getApplication', 'read', 'GET'), new Set());
    assert.deepEqual(cut.history, [{ status: 'received', at: '2025-04-10T09:00:00Z' }]);
  });
});

describe('open, high, low and close', () => {
  test('a low above the open breaks the rule; the generator bounds the row', () => {
    const broken = violationsOf('ohlc_order');
    assert.deepEqual(broken(called('getPrices', 'GET', { rows: [{ open: 10, high: 12, low: 9, close: 11 }] })), []);
    assert.deepEqual(broken(called('getPrices', 'GET', { rows: [{ open: '57.59', high: '19.71', low: '18.16' }] })), ['ohlc_order']);
    const result = { rows: [{ open: '57.59', high: '19.71', low: '18.16', close: '30.00' }, { Open: 5.48, High: 44.95, Low: 36.86, Close: 40 }] };
    agreeRecord(result, [], op('getPrices', 'read', 'GET'), new Set());
    assert.deepEqual(result.rows[0], { open: '57.59', high: '57.59', low: '18.16', close: '30.00' });
    assert.deepEqual(result.rows[1], { Open: 5.48, High: 44.95, Low: 5.48, Close: 40 });
    assert.deepEqual(broken(called('getPrices', 'GET', result)), []);
  });
});

describe('an order\'s total and its lines', () => {
  const order = () => ({
    orderId: 'ord_1', total: { amount: 11678.51, currencyCode: 'NOK' },
    lines: [{ quantity: 231, unitPrice: { amount: 961.93, currencyCode: 'NOK' } }, { quantity: 347, unitPrice: { amount: 1996.73, currencyCode: 'NOK' } }],
  });

  test('a total far from the lines\' sum breaks the rule', () => {
    const broken = violationsOf('total_vs_lines');
    assert.deepEqual(broken(called('getOrder', 'GET', order())), ['total_vs_lines']);
    assert.deepEqual(broken(called('getOrder', 'GET', { total: 25, shipping: 5, items: [{ quantity: 2, price: 10 }] })), []);
  });

  test('the generator holds a few of each item and sums the lines', () => {
    const result = order();
    agreeRecord(result, [], op('getOrder', 'read', 'GET'), new Set());
    assert.ok(result.lines.every((l) => l.quantity >= 1 && l.quantity <= 5));
    const sum = result.lines.reduce((s, l) => s + l.quantity * l.unitPrice.amount, 0);
    assert.equal(result.total.amount, Number(sum.toFixed(2)));
    assert.deepEqual(violationsOf('total_vs_lines')(called('getOrder', 'GET', result)), []);
  });

  test('a quantity the chain reads stays as drawn', () => {
    const result = order();
    agreeRecord(result, [], op('getOrder', 'read', 'GET'), new Set(['lines[0].quantity']));
    assert.equal(result.lines[0]!.quantity, 231);
  });
});

describe('other field pairs of one record', () => {
  test('a free app costs nothing, a paid one a few dollars, and its price text says its price', () => {
    const apps = { data: [{ free: true, price: 3.99, priceText: '3.99', currency: 'USD' }, { free: false, price: 1023246, priceText: '77.26', currency: 'KRW', summary: 'Available on iOS, free with optional in-app upgrades.' }] };
    agreeRecord(apps, [], op('searchApps', 'read', 'GET'), new Set());
    assert.deepEqual(apps.data[0], { free: true, price: 0, priceText: 'Free', currency: 'USD' });
    const paid = apps.data[1]!;
    assert.ok(paid.price < 30_000, `${paid.price} KRW is an app's price`);
    assert.equal(paid.priceText, `₩${paid.price}`);
    assert.equal(paid.summary, 'Available on iOS, a one-time purchase.');
    const scored = { score: 2, scoreText: '3.3', rating: 4.25, rating_text: '4.3 stars' };
    agreeRecord(scored, [], op('getApp', 'read', 'GET'), new Set());
    assert.deepEqual(scored, { score: 2, scoreText: '2.0', rating: 4.25, rating_text: '4.3 stars' });
  });

  test('a fare re-priced for 9 adults costs 9 fares', () => {
    const offer = { offerId: 'OF-1', price: { total: 51.72, base: 41.71, currencyCode: 'EUR' } };
    agreeRecord(offer, [], op('priceOffer', 'action'), new Set(), { offerId: 'OF-1', adults: 9 });
    assert.deepEqual(offer.price, { total: 465.48, base: 375.39, currencyCode: 'EUR' });
    const one = { price: { total: 51.72, base: 41.71 } };
    agreeRecord(one, [], op('priceOffer', 'action'), new Set(), { adults: 1 });
    assert.deepEqual(one.price, { total: 51.72, base: 41.71 });
  });

  test('found, messages, pending reads, jobs just started and lifespans', () => {
    const grid = { results: [{ found: false, rank: 24 }, { found: true, rank: 3 }], message: 'No products found for all', items: [1, 2, 3] };
    agreeRecord(grid, [], op('gridSearch', 'read', 'GET'), new Set());
    assert.deepEqual(grid.results, [{ found: false, rank: null }, { found: true, rank: 3 }]);
    assert.equal(grid.message, '2 products found.');
    const read = { status: 'pending', data: [{ id: 1 }] };
    agreeRecord(read, [], op('listCategories', 'read', 'GET'), new Set());
    assert.equal(read.status, 'success');
    const job = { state: 'succeeded', created_at: '2026-03-16T10:00:00Z', finished_at: '2025-06-19T17:15:00Z' };
    agreeRecord(job, [{ path: 'state', schema: { type: 'string', enum: ['waiting', 'working', 'succeeded', 'failed'] } }], op('post_exports_whitelist', 'create'), new Set());
    assert.deepEqual(job, { state: 'waiting', created_at: '2026-03-16T10:00:00Z', finished_at: null });
    const older = { state: 'completed', created_at: '2024-01-05T15:00:00Z', finished_at: '2025-06-19T17:15:00Z' };
    agreeRecord(older, [], { name: 'post_exports_whitelist_json', effect: 'read', method: 'POST', path: '/exports/whitelist.json' }, new Set());
    assert.deepEqual(older, { state: 'pending', created_at: '2026-03-16T15:00:00Z', finished_at: null });
    const author = { name: 'Kofi Moreau', bio: 'Kofi Moreau lives in Wellington and has worked in education for 24 years.', birthDate: '2025-05-07', deathDate: '2026-01-12' };
    agreeRecord(author, [], op('getAuthor', 'read', 'GET'), new Set());
    const life = Number(author.deathDate.slice(0, 4)) - Number(author.birthDate.slice(0, 4));
    assert.ok(life >= 40 && life <= 95 && Number(author.deathDate.slice(0, 4)) <= 2021, `${author.birthDate}..${author.deathDate}`);
    assert.equal(author.bio, 'Kofi Moreau lived in Wellington and worked in education for 24 years.');
  });
});
