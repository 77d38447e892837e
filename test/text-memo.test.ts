import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { memoized } from '../src/text/memo.ts';
import { operationEffect } from '../src/specs/index.ts';
import { identifierWords } from '../src/text/index.ts';

describe('memoised helpers', () => {
  it('memoized keeps answers (undefined too) and equals the function', () => {
    let calls = 0;
    const f = memoized((k: string) => {
      calls++;
      return k === 'none' ? undefined : k.toUpperCase();
    });
    assert.equal(f('ab'), 'AB');
    assert.equal(f('ab'), 'AB');
    assert.equal(f('none'), undefined);
    assert.equal(f('none'), undefined);
    assert.equal(calls, 2);
  });

  it('identifierWords hands out copies and operationEffect follows a changed operation', () => {
    const words = identifierWords('getOrderById');
    words.shift();
    assert.deepEqual(identifierWords('getOrderById'), ['get', 'order', 'by', 'id']);
    const op = { method: 'POST', path: '/orders', name: 'createOrder', summary: undefined, description: '' };
    const first = operationEffect(op);
    assert.equal(first.effect, 'create');
    first.effect = 'delete';
    assert.equal(operationEffect(op).effect, 'create');
    op.name = 'searchOrders';
    assert.equal(operationEffect(op).effect, 'read');
  });
});
