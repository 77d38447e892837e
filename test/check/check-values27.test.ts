/**
 * Mock values true of the world (QUALITY.md E), wave 27: the rules of src/check/_rules-values27.ts broken on purpose
 * with the values the readers found in the rapidapi 400-set (two Amazon offers alike in every field, "Family,
 * Romance and Horror"), good values passing, and the generator keeping them on the Amazon and uNoGS specs; the
 * generator's settling of stages, webcam states and store texts (src/plan/_values27.ts).
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fixturesDir, skipWithoutFixtures } from '../_shared.ts';
import { oneCall, violationsOf } from '../_one-call.ts';
import { assertGeneratorKeeps } from '../_generated.ts';
import { settleValues27 } from '../../src/plan/_values27.ts';
import type { Operation } from '../../src/specs/types.ts';

const identical = violationsOf('offers_identical');
const clash = violationsOf('genres_clash');

const offer = (price: string, condition = 'USED_VERY_GOOD') => ({ product_price: price, product_condition: condition, seller: 'Amazon.com', seller_star_rating: '4.5', currency: 'USD' });
const offers = (list: unknown[]) => oneCall({ asin: 'B07ZPKBL9V' }, { status: 'OK', data: { asin: 'B07ZPKBL9V', product_offers: list } }, { name: 'product_offers', path: '/product-offers' });
const genres = (names: string[]) => oneCall({ netflix_id: 88966 }, { results: names.map((genre, i) => ({ genre, genre_id: 551338 + i })) }, { name: 'title_genres', path: '/title/genres' });
const op = (id: string, path: string, name = 'x'): Operation => ({ id, path, name, summary: '' }) as unknown as Operation;

describe('values27 rules', () => {
  test('offers_identical: two offers alike in every field', () => {
    assert.deepEqual(identical(offers([offer('$475.00'), offer('$644.15'), offer('$475.00')])), ['offers_identical']);
    assert.deepEqual(identical(offers([offer('$475.00'), offer('$496.37'), offer('$475.00', 'USED_GOOD')])), []);
  });

  test('genres_clash: Family beside Horror', () => {
    assert.deepEqual(clash(genres(['Family', 'Romance', 'Horror'])), ['genres_clash']);
    assert.deepEqual(clash(genres(['Family', 'Romance', 'Drama'])), []);
    assert.deepEqual(clash(genres(['Horror', 'Thriller'])), []);
    // A catalog of every genre is no title's: Family beside Crime is fine there.
    const catalog = oneCall({}, { genres: [{ genreId: 1, name: 'Family' }, { genreId: 2, name: 'Crime' }] }, { name: 'listMovieGenres', path: '/genres/movie' });
    assert.deepEqual(clash(catalog), []);
    const film = oneCall({ query: 'A Winter Crossing' }, { results: [{ title: 'A Winter Crossing', genres: ['Family', 'Horror'] }] }, { name: 'search', path: '/search' });
    assert.deepEqual(clash(film), ['genres_clash']);
  });

  test('the generator settles offers, stages, webcams, genres and store texts', () => {
    const list = [offer('$253.11', 'Refurbished'), offer('$475.00', 'Refurbished'), offer('$548.25', 'Refurbished')];
    settleValues27({ data: { product_offers: list } }, {}, op('a.product_offers', '/product-offers'), new Set());
    const prices = list.map((o) => Number(o.product_price.slice(1)));
    assert.equal(prices[0], 253.11);
    assert.ok(prices.every((p) => p >= 253.11 && p < 253.11 * 1.1), JSON.stringify(prices));
    assert.equal(new Set(prices).size, 3);
    const stages = { stages: [{ id: 'a', name: 'Round 2' }, { id: 'b', name: 'Round 3' }, { id: 'c', name: 'Round 4' }] };
    settleValues27(stages, { id: 36 }, op('m.categorystages', '/api/motorsport/category/{id}/stages/all'), new Set());
    assert.deepEqual(stages.stages.map((s) => s.name), ['Round 1', 'Round 2', 'Round 3']);
    const recent = { stages: [{ id: 'a', name: 'Round 15' }, { id: 'b', name: 'Round 16' }] };
    settleValues27(recent, {}, op('m.recent', '/stages/recent'), new Set());
    assert.deepEqual(recent.stages.map((s) => s.name), ['Round 15', 'Round 16'], 'a list that is not whole keeps its numbers');
    const cams = { result: { webcams: [{ id: '1', status: 'pending' }, { id: '2', status: 'active' }, { id: '3', status: 'completed' }] } };
    settleValues27(cams, {}, op('w.list', '/webcams/list/property={property}'), new Set());
    assert.ok(cams.result.webcams.every((c) => /^(in)?active$/.test(c.status)), JSON.stringify(cams));
    const titles = { results: [{ genre: 'Family' }, { genre: 'Romance' }, { genre: 'Horror' }] };
    settleValues27(titles, { netflix_id: 88966 }, op('u.title_genres', '/title/genres'), new Set());
    assert.deepEqual(titles.results.map((g) => g.genre), ['Family', 'Romance', 'Drama']);
    const every = { genres: [{ genreId: 1, name: 'Family' }, { genreId: 2, name: 'Crime' }] };
    settleValues27(every, {}, op('m.listMovieGenres', '/genres/movie'), new Set());
    assert.deepEqual(every.genres.map((g) => g.name), ['Family', 'Crime'], 'a catalog of genres keeps its genres');
    const apps = { data: [{ title: 'PhotoFix', summary: 'Available on iOS, a one-time purchase.' }] };
    settleValues27(apps, {}, op('google_play.getapps', '/apps'), new Set());
    assert.equal(apps.data[0]!.summary, 'Available on Android, a one-time purchase.');
  });

  test('the generator keeps them on the Amazon and uNoGS specs (rapidapi fixture)', { skip: skipWithoutFixtures }, async () => {
    const specs = ['eCommerce/real_time_amazon_data.json', 'Entertainment/unogs.json'].map((f) => join(fixturesDir, 'rapidapi', 'tools', f));
    await assertGeneratorKeeps(['offers_identical', 'genres_clash'], specs, 40, { minWritten: 20 });
  });
});
