import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byeIntent } from '../../src/realize/_bye-intent.ts';
import { gotThing } from '../../src/realize/_bye24.ts';

test('a goodbye never keeps half of an alternative ("the top songs globally or")', () => {
  assert.equal(byeIntent('list top songs globally or for a country'), 'list top songs');
  assert.equal(gotThing(byeIntent('list top songs globally or for a country')), 'top songs');
  // without a dangling conjunction nothing changes
  assert.equal(byeIntent('get the observed weather on a past date'), 'get the observed weather');
});

test('after a list that leads, a count of another thing has no "it" ("there are 500 ratings")', async () => {
  const { countOnce } = await import('../../src/realize/_count-nouns.ts');
  // gathered out of the order they are said in (leaves first, lists last); said in the record's order, the list first
  const facts = [
    { text: 'it has 500 ratings', rank: 2, n: 3, key: 'total ratings' },
    { text: 'the country is Peru', rank: 2, n: 4, key: 'country' },
    { text: 'there are 3 reviews (“Fine” by Ann)', rank: -1, n: 1, key: 'there are 3 reviews' },
  ];
  assert.deepEqual(countOnce(facts).map((f) => f.text), ['there are 500 ratings', 'the country is Peru', 'there are 3 reviews (“Fine” by Ann)']);
  // a fact said before the list keeps its "it"
  assert.equal(countOnce([{ text: 'the name is Lamp', rank: 0.3, n: 5, key: 'name' }, ...facts])[1]?.text, 'it has 500 ratings');
  const paged = [
    { text: 'there are 98 reviews, of which 3 came back (…)', rank: -1, n: 1, key: 'x' },
    { text: 'it has 98 reviews', rank: 2, n: 2, key: 'total reviews' },
    { text: 'it has 101 ratings', rank: 2, n: 3, key: 'total ratings' },
  ];
  assert.deepEqual(countOnce(paged).map((f) => f.text), ['there are 98 reviews, of which 3 came back (…)', 'there are 101 ratings']);
});

test('a default the API filled in for an input left out is an echo, not news ("the country is United States")', async () => {
  const { unsentDefaults31 } = await import('../../src/realize/_unsent-defaults31.ts');
  const op = {
    name: 'product_reviews', api: 'amazon', description: '', method: 'GET', path: '/product-reviews',
    parameters: { type: 'object', properties: { asin: { type: 'string', default: 'B07ZPKN6YR' }, country: { type: 'string', default: 'US' }, page: { type: 'number', default: 1 }, sort_by: { type: 'string' } } },
  };
  assert.deepEqual(unsentDefaults31(op, { asin: 'B0YBOA5Z6S' }), ['US']); // an example id or a number may be the answer
  assert.deepEqual(unsentDefaults31(op, { asin: 'B0YBOA5Z6S', country: 'AU' }), []); // sent: the call's own echo
  assert.deepEqual(unsentDefaults31(undefined, {}), []);
});
