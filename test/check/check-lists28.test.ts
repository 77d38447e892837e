/**
 * Replies that report what came back (QUALITY.md F, J), wave 28: `token_said`, `create_unconfirmed` and
 * `breakdown_partial` broken on purpose with the replies the readers found in the bundled 400-set (a created
 * playlist read out as a lookup with its snapshot id, bundled 311; a ratings breakdown without its 4-star row,
 * bundled 369), good replies passing; the generator's replies (a create confirmed, a breakdown whole, a grid said as
 * ranges, a quote holding the phrase searched for) and the generator keeping the rules on the music and books specs.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { oneCall, violationsOf } from '../_one-call.ts';
import { assertGeneratorKeeps } from '../_generated.ts';
import { summarizeResult } from '../../src/realize/_response22.ts';
import { dialogueRng } from '../../src/random/index.ts';
import type { RecordOperation } from '../../src/plan/types.ts';

const token = violationsOf('token_said');
const unconfirmed = violationsOf('create_unconfirmed');
const partial = violationsOf('breakdown_partial');

const PLAYLIST = { playlistId: '6c78c96f-fb1c-490b-9ea0-4f24d17263b7', name: 'Indie Discoveries', trackCount: 0, snapshotId: 'Qk71Ysjk' };
const created = (response: string) => oneCall({ name: 'Indie Discoveries' }, PLAYLIST, { name: 'createPlaylist', path: '/playlists', method: 'POST', text: 'Create a playlist called Indie Discoveries.', response });
const RATINGS = { average: 2.9, count: 10, counts: { '1': 0, '2': 3, '3': 5, '4': 2, '5': 0 } };
const rated = (response: string) => oneCall({ workId: 'OL63592W' }, RATINGS, { name: 'getWorkRatings', path: '/works/{workId}/ratings', response });
const op = (name: string, method: string, path: string, description = ''): RecordOperation =>
  ({ name, api: 'x', description, method, path, parameters: { type: 'object', properties: {} } }) as unknown as RecordOperation;
const say = (result: unknown, o: RecordOperation, asked = '', sent: Record<string, unknown> = {}) => summarizeResult(result, o, new Set(Object.values(sent).map(String)), dialogueRng(1, 1, 't'), asked, sent);

describe('lists28', () => {
  test('token_said and create_unconfirmed: a created playlist read out as a lookup with its snapshot id', () => {
    const dump = 'The record shows that the name is Indie Discoveries, the playlist ID is 6c78c96f-fb1c-490b-9ea0-4f24d17263b7, it has 0 tracks and the snapshot ID is Qk71Ysjk.';
    assert.deepEqual(token(created(dump)), ['token_said']);
    assert.deepEqual(unconfirmed(created(dump)), ['create_unconfirmed']);
    // "it was created on …" is a date, not a confirmation.
    assert.deepEqual(unconfirmed(created('The name is Indie Discoveries and it was created on March 16, 2026 at 01:00 UTC.')), ['create_unconfirmed']);
    const good = 'I created the playlist Indie Discoveries. The playlist ID is 6c78c96f-fb1c-490b-9ea0-4f24d17263b7 and it has 0 tracks.';
    assert.deepEqual([...token(created(good)), ...unconfirmed(created(good))], []);
    // A read is no create; a hash the user asked for may be said.
    assert.deepEqual(unconfirmed(oneCall({}, PLAYLIST, { response: 'The name is Indie Discoveries.' })), []);
    assert.deepEqual(token(oneCall({}, { sha: '57325ca8fa39' }, { text: 'What is the commit hash?', response: 'The SHA is 57325ca8fa39.' })), []);
  });

  test('breakdown_partial: the 2- and 3-star counts without the two 4-star ratings', () => {
    assert.deepEqual(partial(rated('The average rating is 2.9, it has 10 ratings, the number of 2-star ratings is 3 and the number of 3-star ratings is 5.')), ['breakdown_partial']);
    assert.deepEqual(partial(rated('The average rating is 2.9, it has 10 ratings and the ratings break down as 3 two-star, 5 three-star and 2 four-star.')), []);
    assert.deepEqual(partial(rated('The average rating is 2.9 from 10 ratings.')), []);
  });

  test('the generator: a create confirmed, a breakdown whole, no token, a page of a total, a grid as ranges, a quote with the phrase', () => {
    assert.equal(say(PLAYLIST, op('createPlaylist', 'POST', '/playlists', 'Create a playlist'), 'the playlist name is Indie Discoveries.', { name: 'Indie Discoveries' }), 'I created the playlist Indie Discoveries. The playlist ID is 6c78c96f-fb1c-490b-9ea0-4f24d17263b7 and it has 0 tracks.');
    assert.match(say(RATINGS, op('getWorkRatings', 'GET', '/works/{workId}/ratings')), /the ratings break down as 3 two-star, 5 three-star and 2 four-star/i);
    const cities = { cities: [{ id: 1, name: 'Medellín', location: { latitude: 6.25, longitude: -75.56, locationType: 'GeoPoint' }, population: 2500000 }, { id: 2, name: 'Tel Aviv', location: { latitude: 32.08, longitude: 34.78, locationType: 'GeoPoint' }, population: 459540 }], items: 176399, numberOfPages: 17640, currentPage: 1 };
    const city = say(cities, op('cities', 'GET', '/cities'));
    assert.match(city, /There are 176399 cities in all; these are the first 2\./);
    assert.doesNotMatch(city, /GeoPoint/);
    const grid = { data: [-6.0799, -6.2146, -6.3493].flatMap((lat) => [106.7096, 106.8451, 106.9806].map((lng) => ({ lat, lng, rc: [132] }))) };
    assert.match(say(grid, op('calculate_grid_coordinate_points', 'GET', '/calculate-grid-coordinates')), /9 grid coordinates: the latitude ranges from -6\.3493 to -6\.0799 and the longitude from 106\.7096 to 106\.9806\./);
    const images = { results: [{ image_type: 'image/png', url: 'https://www.unogs.com/titles/a1.png' }, { image_type: 'image/jpeg', url: 'https://www.unogs.com/titles/b2.jpg' }] };
    assert.doesNotMatch(say(images, op('title_images', 'GET', '/title/images')), /image\/png|image type/);
    const reviews = { reviews: [{ text: 'Stopped working after two weeks, disappointed. The customer service was a letdown too.', author: 'Jarvis Thompson' }, { text: 'Works fine most of the time. The customer service was fine.', author: 'Ned Miller' }] };
    assert.match(say(reviews, op('product_reviews', 'GET', '/product-reviews'), 'I am looking for customer service.', { query: 'customer service' }), /“Stopped working after two weeks, disappointed\. The customer service was a letdown too” by Jarvis Thompson/);
  });

  test('the generator keeps them on the bundled music and books specs', async () => {
    await assertGeneratorKeeps(['token_said', 'create_unconfirmed', 'breakdown_partial'], ['music.json', 'books.yaml'].map((f) => join('api-specs', f)), 40, { minWritten: 20 });
  });
});
