/** Counts and aggregates that mean what they say (QUALITY.md E): src/check/_rules-agg.ts broken on purpose. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const countBroken = violationsOf('count_as_records');
const aggregateBroken = violationsOf('aggregate_mismatch');
const totalBroken = violationsOf('empty_list_total');
const orderBroken = violationsOf('rank_points_order');

/** A one-call dialogue whose operation is described by `description`. */
function described(description: string, result: unknown, name = 'getVersionRelatedIssues', path = '/version/{id}/related'): DialogueRecord {
  const record = oneCall({ id: 'v1' }, result, { name, path });
  record.operations[`x.${name}`]!.description = description;
  return record;
}

describe('a count operation returns numbers', () => {
  test('the rules are meaning invariants', () => {
    for (const id of ['count_as_records', 'aggregate_mismatch', 'empty_list_total', 'rank_points_order']) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(id), id);
  });
  test('named issues for "the number of unresolved issues" break it', () => {
    const issues = { issues: [{ id: 'a', name: 'Zenith' }, { id: 'b', name: 'Cobalt' }] };
    assert.deepEqual(countBroken(described('Returns the number of unresolved issues for the given version', issues)), ['count_as_records']);
    assert.deepEqual(countBroken(oneCall({ id: 'v1' }, issues, { name: 'getRelated', path: '/version/{id}/relatedIssueCounts' })), ['count_as_records']);
  });
  test('counts pass, and so does a list operation that is no count', () => {
    assert.deepEqual(countBroken(described('Returns the number of fixed in and affected issues.', { fixed_issue_count: 4, affected_issue_count: 9 })), []);
    assert.deepEqual(countBroken(described('Returns the issues of a version.', { issues: [{ id: 'a', name: 'Zenith' }] })), []);
  });
});

describe('aggregates agree with their items', () => {
  const cells = [{ found: true, rank: 27 }, { found: true, rank: 48 }, { found: true, rank: 10 }, { found: false, rank: null }];
  test('an average rank that is not the mean of the ranks breaks it', () => {
    assert.deepEqual(aggregateBroken(oneCall({}, { data: { average_rank: 47, results: cells } })), ['aggregate_mismatch']);
  });
  test('a top-3 share with no rank of 3 or better breaks it; so does a found share off the flags', () => {
    assert.deepEqual(aggregateBroken(oneCall({}, { data: { top_3_rank_percent: 18, results: cells } })), ['aggregate_mismatch']);
    assert.deepEqual(aggregateBroken(oneCall({}, { data: { found_percent: 100, results: cells } })), ['aggregate_mismatch']);
  });
  test('the average of a page of a longer list is over all of them, not checked against the page', () => {
    assert.deepEqual(aggregateBroken(oneCall({}, { average_rating: 4.4, total_reviews: 454, reviews: [{ rating: 1 }, { rating: 2 }] })), []);
  });
  test('ratings per star that do not add up to the count, or whose mean is not the average, break it', () => {
    assert.deepEqual(aggregateBroken(oneCall({}, { average: 3.75, count: 5, counts: { 1: 0, 2: 1, 3: 3, 4: 1, 5: 3 } })), ['aggregate_mismatch']);
    assert.deepEqual(aggregateBroken(oneCall({}, { average: 4.5, count: 5, counts: { 1: 0, 2: 1, 3: 3, 4: 1, 5: 0 } })), ['aggregate_mismatch']);
    assert.deepEqual(aggregateBroken(oneCall({}, { average: 3, count: 5, counts: { 1: 0, 2: 1, 3: 3, 4: 1, 5: 0 } })), []);
  });
  test('an average outside its own bounds breaks it', () => {
    assert.deepEqual(aggregateBroken(oneCall({}, { prices: { average: 63.44, below: 8107.95, above: 9000 } })), ['aggregate_mismatch']);
    assert.deepEqual(aggregateBroken(oneCall({}, { min_price: 10, average_price: 120, max_price: 90 })), ['aggregate_mismatch']);
    assert.deepEqual(aggregateBroken(oneCall({}, { min_price: 10, average_price: 52, max_price: 90 })), []);
  });
  test('aggregates computed from the items pass', () => {
    assert.deepEqual(aggregateBroken(oneCall({}, { data: { average_rank: 28.3, top_3_rank_percent: 0, found_percent: 75, results: cells } })), []);
  });
});

describe('an empty list has no total beside it', () => {
  test('reviews [] with total_reviews 454 breaks it', () => {
    assert.deepEqual(totalBroken(oneCall({}, { data: { asin: 'B07', total_reviews: 454, total_ratings: 500, reviews: [] } })), ['empty_list_total']);
  });
  test('reviews [] with total_reviews 0, or reviews listed, pass', () => {
    assert.deepEqual(totalBroken(oneCall({}, { data: { total_reviews: 0, total_ratings: 218, reviews: [] } })), []);
    assert.deepEqual(totalBroken(oneCall({}, { data: { total_reviews: 40, reviews: [{ id: 'r', text: 'Fine' }] } })), []);
  });
});

describe('points fall as the rank rises', () => {
  test('rank 19 with fewer points than rank 41 breaks it', () => {
    const rows = [{ name: 'A', rank: 41, points: '2,276' }, { name: 'B', rank: 19, points: '1,434' }, { name: 'C', rank: 48, points: 900 }];
    assert.deepEqual(orderBroken(oneCall({}, { player_rankings: rows })), ['rank_points_order']);
    assert.deepEqual(orderBroken(oneCall({}, rows)), ['rank_points_order']);
  });
  test('points in rank order pass, ties included', () => {
    assert.deepEqual(orderBroken(oneCall({}, { player_rankings: [{ rank: 48, points: '2,275' }, { rank: 41, points: '2,276' }, { rank: 19, points: 2434 }, { rank: 20, points: 2434 }] })), []);
  });
});
