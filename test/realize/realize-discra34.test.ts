/** Wave 34 (discra): a one-item list is said in the singular. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { oneListed34 } from '../../src/realize/_one-listed-discra34.ts';

describe('realize, wave 34 (discra)', () => {
  it('a plural field holding one value is said as one', () => {
    assert.equal(oneListed34('continents', ['Asia']), true);
    assert.equal(oneListed34('continents', ['Asia', 'Europe']), false);
    assert.equal(oneListed34('status', ['ok']), false);
    assert.equal(oneListed34('number of items', [3]), false);
  });
});
