/**
 * Items of one list are different records (QUALITY.md E, wave 15): each rule of src/check/_rules-lists15.ts broken on
 * purpose, and the generator's parts that keep them (src/plan/_distinct15.ts, the alert headline in _alerts.ts).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkMeaning } from '../../src/check/index.ts';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { distinctRecords } from '../../src/plan/_distinct15.ts';
import { agreeAlert } from '../../src/plan/_alerts.ts';
import { headlineFor, moneyPlaceholder } from '../../src/plan/_headlines15.ts';
import { mockValue } from '../../src/plan/_mock.ts';
import { oneCall } from '../_one-call.ts';
import { withRng } from '../../src/plan/_faker.ts';
import { dialogueRng } from '../../src/random/index.ts';

const RULES = ['list_item_twice', 'siblings_same_amount_time'];
const broken = (result: unknown): string[] => checkMeaning(oneCall({}, result) as DialogueRecord).map((v) => v.invariant).filter((v) => RULES.includes(v));

describe('items of one list are different records', () => {
  test('one country listed twice breaks list_item_twice; editions of one work under two ISBNs do not', () => {
    const austria = { name: 'Austria', country_code: 'AT', capital: 'Vienna' };
    assert.deepEqual(broken({ countries: [{ name: 'Spain', country_code: 'ES', capital: 'Madrid' }, austria, { ...austria }] }), ['list_item_twice']);
    assert.deepEqual(broken([{ countryCode: 'AE', name: 'United Arab Emirates' }, { countryCode: 'AE', name: 'United Arab Emirates' }]), ['list_item_twice']);
    assert.deepEqual(broken({ entries: [{ isbn: '9783650370045', title: 'Little Women' }, { isbn: '9780441478125', title: 'Little Women' }] }), []);
    assert.deepEqual(broken({ countries: [{ name: 'Spain', country_code: 'ES' }, { name: 'Austria', country_code: 'AT' }] }), []);
  });

  test('two orders with one total and one placing time break siblings_same_amount_time', () => {
    const order = (orderId: string, placedAt: string, amount: number): Record<string, unknown> => ({ orderId, status: 'delivered', placedAt, total: { amount, currencyCode: 'CZK' } });
    assert.deepEqual(broken({ orders: [order('ord_1', '2025-12-03T14:45:00Z', 2067.7), order('ord_2', '2025-12-03T14:45:00Z', 2067.7), order('ord_3', '2025-02-21T00:15:00Z', 2067.7)] }), ['siblings_same_amount_time']);
    assert.deepEqual(broken({ orders: [order('ord_1', '2025-12-03T14:45:00Z', 2067.7), order('ord_2', '2025-11-03T09:15:00Z', 312.4)] }), []);
  });

  test('a clashing item is built again whole, an id alone drawn again, and a repeat that stays is left out', () => {
    const items: unknown[] = [{ id: 'a', name: 'Spain' }, { id: 'b', name: 'Austria' }, { id: 'c', name: 'Austria' }];
    let rebuilt = 0;
    distinctRecords(items, [{ key: 'name', label: true, redraw: () => 'Austria' }], -1, { rebuild: () => (rebuilt++, { id: 'd', name: 'Austria' }), canDrop: true, rename: () => {} });
    assert.equal(rebuilt, 2);
    assert.deepEqual(items.map((i) => (i as Record<string, unknown>).name), ['Spain', 'Austria']);
    // The chosen item stays; an earlier item that repeats it is the one built again.
    const picked: unknown[] = [{ id: 'x', name: 'UAE' }, { id: 'y', name: 'UAE' }, { id: 'z', name: 'Brazil' }];
    distinctRecords(picked, [{ key: 'name', label: true, redraw: () => 'UAE' }], 1, { rebuild: () => ({ id: 'w', name: 'Chile' }), canDrop: true, rename: () => {} });
    assert.deepEqual(picked.map((i) => (i as Record<string, unknown>).name), ['Chile', 'UAE', 'Brazil']);
    // A list of N asked keeps N: an opaque id is drawn again instead.
    const seats: unknown[] = [{ seat_id: 's1' }, { seat_id: 's1' }];
    let n = 0;
    distinctRecords(seats, [{ key: 'seat_id', label: false, redraw: () => `s${++n + 1}` }], -1, { rebuild: () => ({ seat_id: 's1' }), canDrop: false, rename: () => {} });
    assert.deepEqual(seats.map((i) => (i as Record<string, unknown>).seat_id), ['s1', 's2']);
  });

  test('two alerts of one type have two headlines, each with its end time, never a news story', () => {
    const alert = (): Record<string, unknown> => ({ alertId: 'a', event: 'Severe Thunderstorm Warning', severity: 'severe', headline: 'Chamber of commerce unveils five-year plan', onset: '2026-03-16T07:30:00Z', expires: '2026-03-18T09:00:00Z' });
    const byWords = (r: Record<string, unknown>): Map<string, string> => new Map(Object.keys(r).map((k) => [k.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase(), k]));
    const [a, b] = [alert(), alert()];
    withRng(dialogueRng(1, 2, 'test'), () => { agreeAlert(a, byWords(a), []); agreeAlert(b, byWords(b), []); });
    assert.match(a.headline as string, /^Severe Thunderstorm Warning in effect for the area until \w+ \d+, \d\d:\d\d UTC$/);
    assert.notEqual(a.headline, b.headline);
  });

  test('a headline drawn alone fits its record: an alert\'s for an alert, markets for a financial news API', () => {
    withRng(dialogueRng(1, 3, 'test'), () => {
      for (let i = 0; i < 20; i++) {
        assert.match(headlineFor('list active weather alerts in a region', 'alerts'), / in effect for the area$/);
        assert.doesNotMatch(headlineFor('financial business news api get articles published by date', 'payload'), /\b(City council|library|bike lanes|Farmers market|Youth orchestra)\b/i);
        assert.doesNotMatch(headlineFor('movie reviews search reviews by keywords', 'results'), /\b(City council|Chamber of commerce|library|bike lanes)\b/i);
      }
    });
  });

  test('a money amount exampled as 1.00 is a placeholder; a count of 1 is not money', () => {
    assert.equal(moneyPlaceholder({ type: 'number', 'x-is-money': true }, 'value', 'totalTaskAmount', 1), true);
    assert.equal(moneyPlaceholder({ type: 'number' }, 'amount', 'total', 1), true);
    assert.equal(moneyPlaceholder({ type: 'number' }, 'amount', 'total', 49.5), false);
    assert.equal(moneyPlaceholder({ type: 'integer' }, 'page', '', 1), false);
  });

  test('a title of a person in a news API is a job title, never a headline', () => {
    withRng(dialogueRng(1, 4, 'test'), () => {
      const title = mockValue({ type: 'string' }, { name: 'title', parent: 'contacts', context: 'news posts get latest', inResult: true }, dialogueRng(1, 4, 'mock'), 1);
      assert.equal(typeof title, 'string');
      assert.doesNotMatch(title as string, /\b(City council|Local library|Chamber of commerce|Farmers market|City museum|Parks department|wins|opens|approves)\b/);
    });
  });
});
