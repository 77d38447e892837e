/** Description-like text that says something (QUALITY.md E): src/check/_rules-content.ts broken on purpose. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const called = (result: unknown) => oneCall({}, result);
const broken = violationsOf('placeholder_description');

describe('placeholder_description', () => {
  test('is an invariant of meaning', () => {
    assert.ok((MEANING_INVARIANTS as readonly string[]).includes('placeholder_description'));
  });
  test('a description that restates the record name or names only its kind breaks it', () => {
    assert.deepEqual(broken(called({ title: 'The Grand Budapest Hotel', overview: 'The Grand Budapest Hotel is a movie.' })), ['placeholder_description']);
    assert.deepEqual(broken(called({ authors: [{ name: 'Kofi Moreau', bio: 'About Kofi Moreau.' }] })), ['placeholder_description']);
    assert.deepEqual(broken(called({ article: { summary: 'Article details.' } })), ['placeholder_description']);
    assert.deepEqual(broken(called({ demand: 'DMN-1', demand_description: 'x', description: 'Demand details' })), ['placeholder_description']);
  });
  test('real descriptions keep it', () => {
    assert.deepEqual(broken(called({ title: 'Lucky Jim', overview: 'The story of a young lecturer at a provincial university.' })), []);
    assert.deepEqual(broken(called({ name: 'Pixel', description: 'Pixel is a phone made by Google.' })), []);
    // "X is a Y." about another thing than the record is content, not a restated name.
    assert.deepEqual(broken(called({ name: 'Zoe Patel', bio: 'Lisbon is a city she loves.' })), []);
  });
});
