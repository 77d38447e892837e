/**
 * Values read out as a person says them (QUALITY.md B, J), wave 23: the rules of src/check/_rules-speech23.ts
 * broken on purpose (the movies fixture's vote average read as "9.5347"; a search keyword read as "the keyword is
 * Lior Kaur"), and the generator's fixes (ratings to one decimal, search words as what the user looks for,
 * enum periods as words).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { spokenRating } from '../../src/realize/_rounded23.ts';
import { periodWord, searchWordsClause } from '../../src/realize/_search-words23.ts';
import { negatedClause } from '../../src/realize/_negated23.ts';
import { ownNounNumber } from '../../src/realize/_own-noun23.ts';
import { gluedAlternative } from '../../src/realize/_glued-alternative23.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const rating = violationsOf('rating_unrounded');
const keyword = violationsOf('search_words_as_field');
const MOVIE = { results: [{ movieId: 766744, title: 'The Grand Budapest Hotel', voteAverage: 9.5347 }] };

describe('speech23 rules', () => {
  test('rating_unrounded: a vote average read with four decimals', () => {
    const said = (response: string) => rating(oneCall({ query: 'The Grand Budapest Hotel' }, MOVIE, { name: 'searchMovies', response }));
    assert.deepEqual(said('I got back one movie: The Grand Budapest Hotel. The vote average is 9.5347.'), ['rating_unrounded']);
    assert.deepEqual(said('I got back one movie: The Grand Budapest Hotel. The vote average is 9.5.'), []);
    // Coordinates keep their decimals.
    assert.deepEqual(said('The latitude is 49.2497.'), []);
  });

  test('search_words_as_field: a search keyword read as a field holding a name', () => {
    const record = (text: string) => oneCall({ keyword: 'Lior Kaur' }, { events: [{ name: 'Lior Kaur' }] }, { name: 'searchEvents', text });
    assert.deepEqual(keyword(record('Find events. Oh, and the keyword is Lior Kaur.')), ['search_words_as_field']);
    assert.deepEqual(keyword(record("Find events. Oh, and I'm looking for Lior Kaur.")), []);
    assert.deepEqual(keyword(record('Find events. The keyword is jazz.')), []);
  });

  test('the generator rounds ratings and says search words and periods as a person does', () => {
    assert.equal(spokenRating(9.5347, 'vote average'), 9.5);
    assert.equal(spokenRating(49.2497, 'latitude'), 49.2497);
    assert.equal(spokenRating(4.5, 'rating'), 4.5);
    const get = { name: 'searchEvents', api: 'x', description: '', method: 'GET', path: '/events', parameters: { type: 'object', properties: {} } } as never;
    const post = { name: 'createAlert', api: 'x', description: '', method: 'POST', path: '/alerts', parameters: { type: 'object', properties: {} } } as never;
    assert.equal(searchWordsClause('keyword', 'Lior Kaur', get), "I'm looking for Lior Kaur");
    assert.equal(searchWordsClause('keyword', 'Lior Kaur', post), undefined);
    assert.equal(searchWordsClause('symbol', 'AAPL', get), undefined);
    assert.equal(periodWord('data period', 'Month', { enum: ['Hour', 'Day', 'Month'] }), 'monthly');
    assert.equal(periodWord('data period', 'Month', {}), undefined);
    assert.equal(gluedAlternative('list top songs by country global'), 'list top songs globally or for a country');
    assert.equal(gluedAlternative('list songs by country'), 'list songs by country');
    assert.equal(negatedClause('obese class', 'Not obese'), 'no obese class applies');
    assert.equal(negatedClause('status', 'Not started'), undefined);
    assert.equal(ownNounNumber('well', 342, { path: '/wells/{well_tag_number}' } as never), true);
    assert.equal(ownNounNumber('city', 'Vancouver', { path: '/wells/{well_tag_number}' } as never), false);
  });
});
