/**
 * Replies that report what came back (QUALITY.md F), wave 30: the rule of src/check/_rules-replies30.ts broken on
 * purpose on a record like the one the blind reading found (rapidapi #180, "The details show that the count is 1."
 * after three suggestions for "sydney" came back), and the generator keeping it.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { oneCall, violationsOf } from '../_one-call.ts';
import { assertGeneratorKeeps } from '../_generated.ts';

const countOnly = violationsOf('count_without_items');
const SUGGESTIONS = { _embedded: { suggestions: [{ display: { subtext: 'Region', text: 'Sydney City - Greater Region, NSW' }, id: 'a1' }, { display: { subtext: 'Suburb', text: 'Sydney Olympic Park, NSW 2127' }, id: 'b2' }] }, count: '2' };
const suggest = (response: string): DialogueRecord => oneCall({ query: 'sydney' }, SUGGESTIONS, { name: 'auto_complete', path: '/auto-complete', method: 'GET', response, bye: 'You are welcome.' });

describe('replies30 rules', () => {
  test('count_without_items: a count said instead of the records of the list', () => {
    assert.deepEqual(countOnly(suggest('The details show that the count is 2.')), ['count_without_items']);
    assert.deepEqual(countOnly(suggest('I see 2 suggestions: Sydney City - Greater Region, NSW and Sydney Olympic Park, NSW 2127. The count is 2.')), []);
    assert.deepEqual(countOnly(suggest('I see 2 suggestions: Sydney City - Greater Region, NSW and Sydney Olympic Park, NSW 2127.')), []);
  });

  test('the generator keeps it on shop, events and books specs', async () => {
    await assertGeneratorKeeps(['count_without_items'], ['shop.yaml', 'events.json', 'books.yaml'].map((f) => join('api-specs', f)), 40, { minWritten: 20 });
  });
});
