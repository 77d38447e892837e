/** Reply wordings of wave 27: a count said once, the asked status first in words, a not-found item said so, a domain list by its domains, a person by both names. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { countOnce } from '../../src/realize/_count-nouns.ts';
import { statusFirst27 } from '../../src/realize/_status-first27.ts';
import { missingMark27 } from '../../src/realize/_missing-mark27.ts';
import { domainName27 } from '../../src/realize/_domain-items27.ts';
import { pickOption } from '../../src/realize/_pick.ts';
import { eachItem26 } from '../../src/realize/_each-item26.ts';
import { pickedItemLabel } from '../../src/plan/index.ts';

describe('wave 27 replies', () => {
  test('a count the list said is not said again, and a count after a leading list has no dangling "it"', () => {
    const out = countOnce([{ text: 'There are 3 reviews (“Good value” by Myles Wunsch)' }, { text: 'it has 3 reviews' }, { text: 'it has 372 ratings' }]).map((f) => f.text);
    assert.deepEqual(out, ['There are 3 reviews (“Good value” by Myles Wunsch)', 'there are 372 ratings']);
    // No list: nothing changes.
    assert.deepEqual(countOnce([{ text: 'it has 3 reviews' }]).map((f) => f.text), ['it has 3 reviews']);
  });
  test('the asked status of a record leads, in words; a list item status does not', () => {
    assert.equal(statusFirst27('The order ID is ord_1.', ['The status is succeeded.'], { status: 'succeeded' }, '/refunds/{refundId}'), 'The refund succeeded. The order ID is ord_1.');
    assert.equal(statusFirst27('The order ID is ord_1.', ['The status is cancelled.'], { status: 'cancelled' }), 'It is cancelled. The order ID is ord_1.');
    assert.equal(statusFirst27('There are 2 orders.', ['The status is pending.'], [{ status: 'pending' }]), 'There are 2 orders. The status is pending.');
  });
  test('a grid point where the business was not found says so', () => {
    assert.equal(missingMark27({ lat: 38.3, lng: 23.7, found: false, rank: null }), ', not found');
    assert.equal(missingMark27({ lat: 38.3, lng: 23.7, found: true, rank: 1 }), '');
  });
  test('a list of domains is named by its domains', () => {
    assert.equal(domainName27({ domain: 'rapidapi.co', tld: 'co' }), 'rapidapi.co');
    assert.equal(domainName27({ domain: 'not a domain' }), undefined);
  });
  test('a pick is never told apart by a bookkeeping timestamp or a handle', () => {
    assert.deepEqual(pickOption({ key: 'k1', timestamp: '2025-01-02T05:45:00Z', name: 'Ministry of Health', twitterFeedUsername: 'kiml' }), { label: 'Ministry of Health' });
    assert.equal(pickOption({ name: 'Jazz Night', date: '2026-03-22' })?.detail, 'date March 22, 2026');
  });
  test('long texts of several items are not run together', () => {
    const facts = (o: string) => [`the overview is ${o}`];
    assert.deepEqual(eachItem26(['the overview is A nurse'], [1, 2], (i) => facts(i === 1 ? 'A nurse' : 'A baker')), []);
    assert.deepEqual(eachItem26(['the colour is red'], [1, 2], (i) => [`the colour is ${i === 1 ? 'red' : 'blue'}`]), ['the colours are red and blue']);
  });
  test('a chained person is named by both names', () => {
    assert.equal(pickedItemLabel([{ person_guid: 'g1', first_name: 'Sofia', surname: 'Rossi' }], '[0].person_guid'), 'Sofia Rossi');
  });
});
