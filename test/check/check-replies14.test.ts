/**
 * What the assistant says after a result, wave 14 (QUALITY.md F, J): each rule of src/check/_rules-replies14.ts broken
 * on purpose, and the realizer's mechanisms that keep them (an item's operation and price lead its gist, an enum's
 * prefix that repeats its field is dropped, a long review is quoted by its first sentence).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkMeaning } from '../../src/check/_meaning.ts';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import type { DialogueRecord, RecordOperation } from '../../src/plan/types.ts';
import { summarizeResult } from '../../src/realize/_response.ts';
import { Rng } from '../../src/random/index.ts';
import { oneCall } from '../_one-call.ts';

const RULES = ['dangling_run_through', 'error_result_as_data', 'uneven_item_gist'];

function op(name: string, path: string, method = 'GET'): RecordOperation {
  return { name, api: 'x', description: '', method, path, parameters: { type: 'object', properties: {} } } as RecordOperation;
}

const answered = (result: unknown, response: string, text = 'Please.', name = 'getThing'): DialogueRecord => oneCall({}, result, { name, text, response });
const broken = (record: DialogueRecord): string[] => checkMeaning(record).map((v) => v.invariant).filter((v) => RULES.includes(v));
const say = (result: unknown, operation: RecordOperation, asked = 'Please.'): string => summarizeResult(result, operation, new Set(), Rng.for(1, 1), asked);

const GENRES = { data: { items: [{ genreId: 'gn0205', name: 'Jazz' }, { genreId: 'gn2324', name: 'West Coast Rap' }, { genreId: 'gn2193', name: 'OPM' }] } };
const CHANGES = {
  changes: [
    { tuple_key: { user: 'user:anne', relation: 'reader', object: 'document:roadmap', condition: { name: 'condition1' } }, operation: 'TUPLE_OPERATION_WRITE', timestamp: '2026-03-14T05:45:00Z' },
    { tuple_key: { user: 'user:isabel', relation: 'reader', object: 'document:notes', condition: { name: 'condition1' } }, operation: 'TUPLE_OPERATION_DELETE', timestamp: '2024-01-01T04:00:00Z' },
    { tuple_key: { user: 'user:anne', relation: 'reader', object: 'document:2021-budget', condition: { name: 'Nitzsche Port' } }, operation: 'TUPLE_OPERATION_DELETE', timestamp: '2024-02-01T04:00:00Z' },
  ],
};
const CONTRACTS = {
  metadata: { symbol: 'CL', name: 'Crude Oil', exchange: 'CME', currency: 'USD' },
  data: [
    { date: '2026-10-11', symbol: 'CL', month: 6, year: 2023, last: 54, open: 94.02, high: 94.02, low: 46.44, change: 0.027 },
    { date: '2023-06-28', symbol: 'CL', month: 6, year: 2023, last: 56, open: 71.6, high: 73.49, low: 71.01, change: 0.023 },
    { date: '2026-02-17', symbol: 'CL', month: 6, year: 2025, last: 78, open: 53.61, high: 95.0, low: 53.61, change: 0.01 },
  ],
};
const REVIEWS = {
  asin: 'B0BYE4L0GQ',
  total_reviews: 352,
  reviews: [
    { id: 'a1', text: 'Better than I expected. The build quality was as described.', author: 'Shana Schmeler', created_at: '2025-04-09T19:15:00Z' },
    { id: 'a2', text: 'Not worth the money. Happy with the build quality too.', author: 'Blanche Ruecker', created_at: '2024-01-18T11:30:00Z' },
    { id: 'a3', text: 'Works well, though it took a while to set up. Only the build quality could be better.', author: 'Ayana Rolfson', created_at: '2024-04-13T00:00:00Z' },
  ],
};
const VALIDATION = { _original: { symbol: 'Lithium' }, details: [{ message: '"symbol" must only contain alpha-numeric characters', path: ['symbol'], type: 'string.alphanum' }] };

describe('replies wave 14: rules broken on purpose', () => {
  test('the rules are meaning invariants', () => {
    for (const rule of RULES) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(rule), rule);
  });

  test('dangling_run_through: "Starting with Jazz:" and nothing after the first item', () => {
    assert.deepEqual(broken(answered(GENRES, 'I found 3 genres, namely Jazz, West Coast Rap and OPM. Starting with Jazz: the genre ID is gn0205.')), ['dangling_run_through']);
    assert.deepEqual(broken(answered(GENRES, 'I found 3 genres, namely Jazz, West Coast Rap and OPM. For Jazz in particular, the genre ID is gn0205.')), []);
    assert.deepEqual(broken(answered(GENRES, 'Starting with Jazz: gn0205; next, West Coast Rap: gn2324; then OPM: gn2193.')), []);
  });

  test('error_result_as_data: a successful call whose body is validation errors', () => {
    assert.deepEqual(broken(answered(VALIDATION, 'There is one detail.')), ['error_result_as_data']);
    assert.deepEqual(broken(answered({ details: [{ message: 'Ships in 2 days' }] }, 'It ships in 2 days.')), []);
  });

  test('uneven_item_gist: two reviews quoted, the third by its author and date alone', () => {
    const uneven = 'There are 3 of its 352 reviews (“Better than I expected” by Shana Schmeler; “Not worth the money” by Blanche Ruecker; author Ayana Rolfson, created at April 13, 2024).';
    assert.deepEqual(broken(answered(REVIEWS, uneven)), ['uneven_item_gist']);
    const even = 'There are 3 of its 352 reviews (“Better than I expected” by Shana Schmeler; “Not worth the money” by Blanche Ruecker; “Works well, though it took a while to set up” by Ayana Rolfson).';
    assert.deepEqual(broken(answered(REVIEWS, even)), []);
  });
});

describe('replies wave 14: the realizer keeps them', () => {
  test('a change log says which changes were writes and which deletes, as words', () => {
    const text = say(CHANGES, op('ReadChanges', '/stores/{store_id}/changes'), 'I need to get the tuple changes.');
    assert.match(text, /operation is write, the user is user:anne, the object is document:roadmap/);
    assert.match(text, /operation is delete/);
    assert.doesNotMatch(text, /tuple operation/i);
  });

  test('the latest contracts are said with their prices', () => {
    const text = say(CONTRACTS, op('Latest Contracts for Symbol', '/last'), 'Get the latest futures contracts for CL.');
    assert.match(text, /the last price is 54/);
    assert.match(text, /the last price is 78/);
    assert.doesNotMatch(text, /\blasts\b/);
  });

  test('every review of a list is quoted, a long one by its first sentence', () => {
    const text = say(REVIEWS, op('Product Reviews', '/product-reviews'), 'Show me the reviews.');
    assert.match(text, /“Works well, though it took a while to set up” by Ayana Rolfson/);
    assert.deepEqual(broken(answered(REVIEWS, text)), []);
  });
});

test('uneven_item_gist: a quote holding ";" is one item', () => {
  const verses = { verses: [{ text: 'So remember Me; I will remember you' }, { text: 'Indeed, Allah is with the patient' }] };
  assert.deepEqual(broken(answered(verses, 'I see 2 verses: “So remember Me; I will remember you” and “Indeed, Allah is with the patient”.')), []);
});
