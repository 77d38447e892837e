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
