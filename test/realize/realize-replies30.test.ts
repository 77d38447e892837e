/** Replies of wave 30 that report what came back faithfully: whole name lists, wrapped lists, next links, parents. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { summarizeResult } from '../../src/realize/_response.ts';
import { dialogueRng } from '../../src/random/index.ts';
import { actedOn30, opaqueKey30, selfNamedKind30, shownCount30, unsaidValues30 } from '../../src/realize/_replies30.ts';
import type { RecordOperation } from '../../src/plan/types.ts';

const sum = (result: unknown, i = 1): string => summarizeResult(result, undefined, new Set(), dialogueRng(1, i, 'x'));
const GENRES = ['Action', 'Adventure', 'Animation', 'Comedy', 'Crime', 'Documentary', 'Drama', 'Family', 'Fantasy', 'History', 'Horror', 'Music'];

describe('wave 30 replies', () => {
  test('a list of bare names is named whole, never "the top ones" of three', () => {
    const result = { genres: GENRES.map((name, i) => ({ genreId: i + 10, name })) };
    for (let i = 1; i <= 6; i++) {
      const said = sum(result, i);
      assert.ok(said.includes('Music') && said.includes('Drama'), said);
      assert.doesNotMatch(said, /\btop\b/);
    }
    // Items with details of their own keep the short listing.
    assert.equal(shownCount30(GENRES.map((name) => ({ id: 1, name, rating: 4 }))), 3);
  });
  test('a count beside a wrapped list is not the answer: the items are', () => {
    const result = { _embedded: { suggestions: [{ display: { text: 'Sydney, NSW 2000' }, id: 'a' }, { display: { text: 'Sydney Olympic Park, NSW 2127' }, id: 'b' }] }, count: '2' };
    const said = sum(result);
    assert.match(said, /Sydney, NSW 2000/);
    assert.doesNotMatch(said, /count is/);
  });
  test('a HAL next link says the items are a page, not all', () => {
    const result = { _links: { next: { href: 'https://api.example.com/transactions?cursor=x' } }, data: [{ description: 'Salary payment', amount: 5 }, { description: 'Taxi fare', amount: 3 }] };
    assert.match(sum(result), /\b(at least|the first|more)\b/);
  });
  test('chapters of different books are said with their books', () => {
    const result = { chapters: [{ id: 'a', name: 'Chapter 10', audiobook: { id: 'x', name: 'Things Fall Apart' } }, { id: 'b', name: 'Chapter 9', audiobook: { id: 'y', name: 'Beloved' } }] };
    assert.match(sum(result), /Chapter 10 of Things Fall Apart/);
  });
  test('a sent email is an action; catalogue codes, German values and self-named kinds are not said', () => {
    const op: RecordOperation = { name: 'post_senders_verify_domain_json', api: 'mandrill', method: 'POST', path: '/senders/verify-domain.json', description: 'Sends a verification email in order to verify ownership of a domain.', parameters: { type: 'object', properties: { domain: { type: 'string' } } } };
    assert.equal(actedOn30(op), true);
    assert.equal(actedOn30({ ...op, method: 'GET' } as RecordOperation), false);
    assert.equal(opaqueKey30('OL52491A'), true);
    assert.equal(opaqueKey30('820005'), false);
    assert.equal(opaqueKey30('PROJ-12'), false);
    assert.equal(unsaidValues30('description', ['Roadworks', 'Beginn: 20.06.2021 14:19']), true);
    assert.equal(unsaidValues30('duration', ['2 minutes', '3 minutes']), false);
    assert.equal(selfNamedKind30('the resource type is resource'), true);
    assert.equal(selfNamedKind30('the type is track'), false);
  });
});
