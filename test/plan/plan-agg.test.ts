/** Counts and aggregates in mock results (QUALITY.md E): src/plan/_aggregates.ts and the count content of _content.ts. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { agreeAggregates, countFields, isCountOperation } from '../../src/plan/_aggregates.ts';
import { filledOutputs, inferredOutputs, lacksContent } from '../../src/plan/_content.ts';
import { mockValue } from '../../src/plan/_mock.ts';
import { Rng } from '../../src/random/index.ts';
import { withRng } from '../../src/plan/_faker.ts';
import type { Operation } from '../../src/specs/types.ts';

const op = (name: string, path: string, description: string, outputs: Operation['outputs'] = []): Operation => ({ id: `x.${name}`, name, path, method: 'GET', description, inputs: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], outputs, effect: 'read' }) as unknown as Operation;

describe('a count operation returns numbers', () => {
  it('knows a count by its path, name or description, and a list by none of them', () => {
    assert.ok(isCountOperation(op('getVersionUnresolvedIssues', '/version/{id}/unresolvedIssueCount', '')));
    assert.ok(isCountOperation(op('getComponentRelatedIssues', '/component/{id}/relatedIssueCounts', '')));
    assert.ok(isCountOperation(op('related', '/version/{id}/related', 'Returns a bean containing the number of fixed in and affected issues for the given version.')));
    assert.ok(!isCountOperation(op('getCountries', '/countries', 'Returns all countries')));
    assert.ok(!isCountOperation(op('getAccount', '/accounts/{id}', 'Get an account and its discount')));
  });
  it('names one count per kind its description names', () => {
    const paths = (o: Operation): string[] => countFields(o).map((f) => f.path);
    assert.deepEqual(paths(op('getVersionRelatedIssues', '/version/{id}/relatedIssueCounts', 'Returns a bean containing the number of fixed in and affected issues for the given version.')), ['fixed_issue_count', 'affected_issue_count']);
    assert.deepEqual(paths(op('getVersionUnresolvedIssues', '/version/{id}/unresolvedIssueCount', 'Returns the number of unresolved issues for the given version')), ['unresolved_issue_count']);
    assert.deepEqual(paths(op('getComponentRelatedIssues', '/component/{id}/relatedIssueCounts', 'Returns counts of issues related to this component.')), ['issue_count']);
    assert.deepEqual(paths(op('countUsers', '/users/count', 'How many users are registered')), ['user_count']);
  });
  it('a count operation with no response schema infers numbers, never named records', () => {
    const outputs = inferredOutputs(op('getVersionUnresolvedIssues', '/version/{id}/unresolvedIssueCount', 'Returns the number of unresolved issues for the given version'));
    assert.deepEqual(outputs.map((f) => [f.path, f.schema.type]), [['unresolved_issue_count', 'integer']]);
  });
});

describe('a plural read whose result is a bare string', () => {
  const fields = op('list-searchable-fields', '/{dataset}/{version}/fields', 'This GET API returns the list of all the searchable field names.', [{ path: '', schema: { type: 'string' } }] as never);
  it('lists the nouns it reads, named as schemas name fields', () => {
    assert.ok(lacksContent(fields));
    assert.deepEqual(inferredOutputs(fields).map((f) => f.path), ['fields[].name']);
    const rng = Rng.for(7, 0);
    const name = withRng(rng, () => mockValue({ type: 'string' }, { name: 'field_name', parent: 'fields', context: 'fields', inResult: true }, rng, 1)) as string;
    assert.match(name, /^[a-z]+(_[a-z]+)+$|^(title|status|category|description)$/);
  });
});

describe('aggregates are computed from their items', () => {
  it('average rank, top-3 share, found share and found count fit the grid cells', () => {
    const data = { points: 3, found: 3, found_percent: 100, average_rank: 47, top_3_rank_percent: 18, results: [{ found: true, rank: 27, count: 0, results: [] }, { found: false, rank: null, count: 0, results: [] }, { found: true, rank: 2, count: 0, results: [] }] };
    agreeAggregates(data, new Set());
    assert.equal(data.average_rank, 14.5);
    assert.equal(data.top_3_rank_percent, 33);
    assert.equal(data.found_percent, 67);
    assert.equal(data.found, 2);
    assert.ok(data.results[0]!.count >= 27, 'a cell found at rank 27 has at least 27 results');
  });
  it('an empty reviews list has no total beside it; ratings are never fewer than reviews', () => {
    const empty = { total_reviews: 454, total_ratings: 218, reviews: [] };
    agreeAggregates(empty, new Set());
    assert.equal(empty.total_reviews, 0);
    const product = { total_reviews: 454, total_ratings: 218 };
    agreeAggregates(product, new Set());
    assert.deepEqual(product, { total_reviews: 218, total_ratings: 454 });
  });
  it('points fall as the rank rises, each value in its own form, no tie across ranks; the list is in rank order', () => {
    const rows = [{ rank: 48, points: '2,276' }, { rank: 41, points: '2,276' }, { rank: 19, points: '1434' }];
    agreeAggregates({ player_rankings: rows }, new Set());
    assert.deepEqual(rows.map((r) => [r.rank, r.points]), [[19, '2,276'], [41, '2,275'], [48, '1434']]);
  });
  it('an empty per-star object beside an average and a count is filled, and the average is its mean', () => {
    const ratings: { average: number; count: number; counts: Record<string, number> } = { average: 4.4, count: 137, counts: {} };
    agreeAggregates(ratings, new Set());
    const stars = Object.entries(ratings.counts);
    assert.deepEqual(stars.map(([k]) => k), ['1', '2', '3', '4', '5']);
    assert.equal(stars.reduce((a, [, n]) => a + n, 0), 137);
    assert.ok(Math.abs(ratings.average - stars.reduce((a, [k, n]) => a + Number(k) * n, 0) / 137) < 0.01);
    assert.ok(ratings.average > 4 && ratings.average < 4.6);
  });
  it('an average lies between its bounds, and the low bound is below the high one', () => {
    const prices = { average: 63.44, below: 8107.95, above: 3.75 };
    agreeAggregates(prices, new Set());
    assert.deepEqual(prices, { average: 63.44, below: 3.75, above: 8107.95 });
    const fares = { min_price: 10, average_price: 120, max_price: 90 };
    agreeAggregates(fares, new Set());
    assert.deepEqual(fares, { min_price: 10, average_price: 50, max_price: 90 });
  });
  it('a pinned value is never changed', () => {
    const data = { average_rank: 47, results: [{ rank: 1 }, { rank: 3 }] };
    agreeAggregates(data, new Set(['47']));
    assert.equal(data.average_rank, 47);
  });
});

describe('a list of bare objects named for a kind', () => {
  it('holds records of that kind (reviews have a text and an author), a container key stays as it is', () => {
    const reviews = op('product_reviews', '/reviews', 'Get product reviews', [{ path: 'data.total_reviews', schema: { type: 'integer' } }, { path: 'data.reviews[]', schema: { type: 'object' } }, { path: 'data.items[]', schema: { type: 'object' } }] as never);
    assert.deepEqual(filledOutputs(reviews).map((f) => f.path), ['data.total_reviews', 'data.reviews[].id', 'data.reviews[].text', 'data.reviews[].author', 'data.reviews[].created_at', 'data.items[]']);
  });
  it("a review's text is a buyer's words about the thing, not a delivery note", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const rng = Rng.for(seed, 0);
      const text = withRng(rng, () => mockValue({ type: 'string' }, { name: 'text', parent: 'reviews', context: 'product reviews amazon', inResult: true }, rng, 1)) as string;
      assert.doesNotMatch(text, /deliver|package|bell|gift-wrap|looking forward/i);
    }
  });
});

describe('ratings per star in a response', () => {
  it('are said as star ratings, never "the 1 is 0"', async () => {
    const { summarizeResult } = await import('../../src/realize/_response.ts');
    const op = { name: 'getWorkRatings', api: 'books', description: 'Get the reader ratings of a book', method: 'GET', path: '/works/{workId}/ratings', parameters: { type: 'object', properties: {} } };
    const text = summarizeResult({ average: 3, count: 5, counts: { 1: 0, 2: 1, 3: 3, 4: 1, 5: 0 } }, op, new Set(), Rng.for(1, 1));
    assert.doesNotMatch(text, /the [1-5] is/);
  });
});
