/** Wave 34 (discra): a one-item list is said in the singular. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { oneListed34, oneListedName34 } from '../../src/realize/_one-listed-discra34.ts';

describe('realize, wave 34 (discra)', () => {
  it('a plural field holding one value is said as one', () => {
    assert.equal(oneListed34('continents', false), true);
    assert.equal(oneListed34('continents', true), false);
    assert.equal(oneListed34('continents', undefined), false); // no list
    assert.equal(oneListed34('status', false), false);
    assert.equal(oneListed34('number of items', false), false);
    assert.equal(oneListedName34('continents'), 'continent');
    assert.equal(oneListedName34('photo URLs'), 'photo URL');
  });
});
