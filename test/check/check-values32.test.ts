/**
 * Scores and ranks a reader believes (QUALITY.md E), wave 32: `rank_beyond_top_n` and `vote_average_implausible`
 * broken on purpose with the values the readers found (a top 250 rank of 493, The Grand Budapest Hotel averaging
 * 9.8631), plausible values passing; the generator's draws (src/plan/_values32.ts) and the generator keeping both
 * rules on the movie spec and the uNoGS tool.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { join } from 'node:path';
import { oneCall, violationsOf } from '../_one-call.ts';
import { assertGeneratorKeeps } from '../_generated.ts';
import { fixturesDir, skipWithoutFixtures } from '../_shared.ts';
import { distinctFirstNames32, idNumber32, scoreFor, settleScores32 } from '../../src/plan/_values32.ts';
import { Rng } from '../../src/random/index.ts';

const ranked = violationsOf('rank_beyond_top_n');
const averaged = violationsOf('vote_average_implausible');
const title = (top250: unknown, top250tv: unknown) => ({ results: [{ title: 'The Understudy', netflix_id: 81234567, rating: '8.1', top250, top250tv }] });
const movie = (voteAverage: number) => ({ page: 1, results: [{ movieId: 760226, title: 'The Grand Budapest Hotel', releaseDate: '2014-03-07', voteAverage }] });

describe('values32', () => {
  test('rank_beyond_top_n: a top 250 rank of 493', () => {
    assert.deepEqual(ranked(oneCall({ title: 'The Understudy' }, title(493, 12), { name: 'search_titles', path: '/search/titles' })), ['rank_beyond_top_n']);
    assert.deepEqual(ranked(oneCall({ title: 'The Understudy' }, title(12, '479'), { name: 'search_titles', path: '/search/titles' })), ['rank_beyond_top_n']);
    assert.deepEqual(ranked(oneCall({ title: 'The Understudy' }, title(228, 0), { name: 'search_titles', path: '/search/titles' })), []);
  });

  test('vote_average_implausible: a film averaging 9.8631', () => {
    assert.deepEqual(averaged(oneCall({ query: 'The Grand Budapest Hotel' }, movie(9.8631), { name: 'searchMovies', path: '/search/movie' })), ['vote_average_implausible']);
    assert.deepEqual(averaged(oneCall({ query: 'The Grand Budapest Hotel' }, movie(8.1), { name: 'searchMovies', path: '/search/movie' })), []);
  });

  test('the generator draws ratings, ranks and ids where real ones lie', () => {
    const rng = Rng.for(7, 0);
    for (let i = 0; i < 50; i++) {
      const average = scoreFor('voteAverage', 0, 10, false, rng)!;
      assert.ok(average >= 5.5 && average <= 8.5, `voteAverage ${average}`);
      const stars = scoreFor('rating', undefined, undefined, true, rng)!;
      assert.ok(stars >= 3 && stars <= 5, `rating ${stars}`);
      const rank = scoreFor('top250tv', undefined, undefined, true, rng)!;
      assert.ok(rank >= 1 && rank <= 250, `top250tv ${rank}`);
      assert.equal(String(idNumber32('actual netflix ID for the title e.g. 70143836 for Breaking Bad', rng)).length, 8);
    }
    // A filter's bound and a relevance score keep their own draws.
    assert.equal(scoreFor('min_rating', 1, 5, true, rng), undefined);
    assert.equal(scoreFor('score', undefined, undefined, false, rng), undefined);
  });

  test('a built result: ranks within their list, ratings in their band, a single review left alone', () => {
    const result = { results: [{ top250: 493, rating: '9.8' }, { top250tv: 12, seller_star_rating: '1.4' }, { review_text: 'Broke after two days, would not buy again.', rating: 1 }] };
    settleScores32(result, new Set());
    assert.deepEqual(result.results.map((r) => Object.values(r).filter((v) => typeof v !== 'string' || !/ /.test(v))), [[243, '8.2'], [12, '3.8'], [1]]);
  });

  test('people listed together have distinct first names unless the call sent that name', () => {
    const list = () => [{ name: 'Ministry of Health', ministerName: 'Felix Nakamura' }, { name: 'Ministry of Education', ministerName: 'Felix Nguyen' }, { name: 'Ministry of Housing', ministerName: 'Felix Walsh' }];
    const ministries = list();
    distinctFirstNames32(ministries, {}, new Set());
    assert.equal(new Set(ministries.map((m) => m.ministerName.split(' ')[0])).size, 3);
    assert.deepEqual(ministries.map((m) => m.ministerName.split(' ')[1]), ['Nakamura', 'Nguyen', 'Walsh']);
    const searched = list();
    distinctFirstNames32(searched, { first_name: 'Felix' }, new Set());
    assert.deepEqual(searched, list());
  });

  test('the generator keeps both rules on the movie spec and the uNoGS tool', { skip: skipWithoutFixtures }, async () => {
    const specs = [join(process.cwd(), 'api-specs', 'movies.json'), join(fixturesDir, 'rapidapi', 'tools', 'Entertainment', 'unogs.json')];
    await assertGeneratorKeeps(['rank_beyond_top_n', 'vote_average_implausible'], specs, 30, { minWritten: 15 });
  });
});
