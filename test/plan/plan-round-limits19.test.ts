import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { roundLimit } from '../../src/plan/_round-limits19.ts';

describe('a limit a person gives is a round figure', () => {
  test('request bounds are rounded; results, counts and other numbers are not', () => {
    assert.equal(roundLimit({ type: 'number' }, 'maxPrice', 867.97, false), 850);
    assert.equal(roundLimit({ type: 'number' }, 'min_price', 23.4, false), 25);
    assert.equal(roundLimit({ type: 'number' }, 'priceMax', 1936.05, false), 1900);
    assert.equal(roundLimit({ type: 'number' }, 'maxPrice', 867.97, true), 867.97);
    assert.equal(roundLimit({ type: 'integer' }, 'max_results', 37, false), 37);
    assert.equal(roundLimit({ type: 'number' }, 'price', 867.97, false), 867.97);
    assert.equal(roundLimit({ type: 'number' }, 'minutes', 867.97, false), 867.97);
    // Inside the schema's bounds, or left as drawn.
    assert.equal(roundLimit({ type: 'number', maximum: 870 }, 'max_price', 867.97, false), 850);
    assert.equal(roundLimit({ type: 'number', minimum: 860 }, 'max_price', 867.97, false), 867.97);
  });
});
