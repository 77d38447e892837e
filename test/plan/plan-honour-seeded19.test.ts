import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { honourArguments } from '../../src/plan/_honour.ts';

describe('numeric filters hold on money objects', () => {
  test('maxPrice caps price.amount; minPrice raises it', () => {
    const result = { items: [{ name: 'Hydrating Face Cream', price: { amount: 1936.05, currencyCode: 'USD' } }, { name: 'Lip Balm', price: { amount: 12.5, currencyCode: 'USD' } }] };
    honourArguments(result, { q: 'cream', maxPrice: 867.97 }, { effect: 'read', name: 'searchProducts', method: 'get' }, new Set(), {});
    assert.equal(result.items[0]!.price.amount, 781.17);
    assert.equal(result.items[1]!.price.amount, 12.5);
    const low = { items: [{ name: 'Lip Balm', price: { amount: 12.5, currencyCode: 'USD' } }] };
    honourArguments(low, { min_price: 20 }, { effect: 'read', name: 'searchProducts', method: 'get' }, new Set(), {});
    assert.equal(low.items[0]!.price.amount, 22);
  });
});
