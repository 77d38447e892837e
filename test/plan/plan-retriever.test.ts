import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyQuery, contentTerms, createRetriever, intentIsClear, intentIsOutOfScope, intentSuggests, tokenize } from '../../src/plan/index.ts';
import { miniOperations } from '../_plan.ts';

describe('catalog retriever (BM25)', () => {
  const retriever = createRetriever(miniOperations);

  it('ranks the operation whose words match first, with descending real scores', () => {
    const results = retriever.search('I would like the lyrics of a song please', 5);
    assert.equal(results[0]?.operation, 'tunes.getTrackLyrics');
    for (let i = 1; i < results.length; i++) assert.ok(results[i - 1]!.score >= results[i]!.score);
    assert.ok(results[0]!.score > 0);
    assert.equal(retriever.search('album critic reviews', 1).length, 1);
    assert.equal(retriever.search('album critic reviews', 1)[0]?.operation, 'tunes.getAlbumReviews');
  });

  it('tokenizes identifiers and drops stop words, stemming the rest', () => {
    assert.deepEqual(tokenize('getTrackLyrics by album_id'), ['get', 'track', 'lyrics', 'by', 'album', 'id']);
    assert.deepEqual(contentTerms('Please show me the playlists'), ['playlist']);
    assert.deepEqual(retriever.search('please could you help me', 5), [], 'only stop words: nothing to match');
  });

  it('gives verdicts the planner and realizer share: clear, ambiguous, none', () => {
    assert.equal(classifyQuery(retriever, 'Get the lyrics of a song').clarity, 'clear');
    assert.ok(intentIsClear(retriever, 'Get the lyrics of a song', 'tunes.getTrackLyrics'));
    assert.ok(!intentIsClear(retriever, 'Get the lyrics of a song', 'tunes.searchTracks'));
    // Every operation carries the API title equally: no winner.
    const vague = classifyQuery(retriever, 'tunes');
    assert.equal(vague.clarity, 'ambiguous');
    assert.ok(intentSuggests(retriever, 'tunes', vague.results[0]!.operation));
    assert.ok(intentIsOutOfScope(retriever, 'water my houseplants while I am away'));
    assert.ok(!intentIsOutOfScope(retriever, 'weekly genre chart'));
  });

  it('is a pure function of the catalog: two indexes answer alike', () => {
    const other = createRetriever([...miniOperations]);
    for (const text of ['tracks', 'genre chart', 'concert ticket prices', 'tunes']) assert.deepEqual(other.search(text, 5), retriever.search(text, 5));
  });
});
