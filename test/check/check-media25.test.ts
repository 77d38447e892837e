/**
 * Media results that are what was asked for, wave 25: the rules of src/check/_rules-media25.ts broken on purpose on
 * the dialogues the reading of m24-i2 found (openapi 178, rapidapi 212), a good one passing, and the generator's
 * fixes (followers from popularity, an image's size from its link, links naming the argument sent, a watch
 * playlist listing tracks, a music search asking for music).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { oneCall, violationsOf } from '../_one-call.ts';
import { followersFor, followersOfPopularity, sizeOfNamedImage } from '../../src/plan/_fame25.ts';
import { argsInLinks } from '../../src/plan/_arg-links25.ts';
import { listedMembers } from '../../src/plan/_listed25.ts';
import { mediaSearchValue } from '../../src/plan/_media-search25.ts';
import { performerOf } from '../../src/world/index.ts';
import { withRng } from '../../src/plan/_faker.ts';
import { dialogueRng } from '../../src/random/index.ts';

const artist = (popularity: number, total: number): Record<string, unknown> => ({ id: '2CIMQHirSU0MQqyYHq0eOx', name: 'The Cities', followers: { href: null, total }, genres: ['Prog rock'], popularity, type: 'artist' });

describe('media25 rules', () => {
  test('popular_few_followers: popularity 81 with 724 followers (openapi 178)', () => {
    const broken = violationsOf('popular_few_followers');
    assert.deepEqual(broken(oneCall({ ids: '2CIMQHirSU0MQqyYHq0eOx' }, { artists: [artist(81, 724)] })), ['popular_few_followers']);
    assert.deepEqual(broken(oneCall({ ids: '2CIMQHirSU0MQqyYHq0eOx' }, { artists: [artist(81, 4_200_000), artist(14, 70)] })), []);
  });

  test('image_size_unlike_link: a 128x24 image 231 wide (rapidapi 212)', () => {
    const broken = violationsOf('image_size_unlike_link');
    const image = (width: number): unknown => ({ star128x24: { width, height: 24, url: '//images-static.trustpilot.com/api/stars/1/128x24.png' }, stars: 1 });
    assert.deepEqual(broken(oneCall({ stars: 1 }, image(231))), ['image_size_unlike_link']);
    assert.deepEqual(broken(oneCall({ stars: 1 }, image(128))), []);
  });
});

describe('media25 generator fixes', () => {
  test('followers follow popularity: millions at 70 and more, hundreds near 10', () => {
    const record = artist(81, 724);
    followersOfPopularity(record, []);
    assert.ok(((record['followers'] as { total: number }).total) > 1_000_000);
    assert.ok(followersFor(10, 123) < 1000);
    assert.ok(followersFor(70, 999) >= 10_000);
  });

  test('an image named by its size has that size; a link names the argument sent', () => {
    const result: Record<string, unknown> = { star128x24: { width: 231, height: 24, url: '//images-static.trustpilot.com/api/stars/4/128x24.png' }, star512x96: { width: 512, height: 59, url: 'https://x.test/s.png' } };
    sizeOfNamedImage(result, []);
    argsInLinks(result, { stars: 1 });
    assert.deepEqual(result['star128x24'], { width: 128, height: 24, url: '//images-static.trustpilot.com/api/stars/1/128x24.png' });
    assert.deepEqual(result['star512x96'], { width: 512, height: 96, url: 'https://x.test/s.png' });
  });

  test('a watch playlist lists tracks; a music search finds songs; other resources stay', () => {
    const known = (n: string): boolean => /^(playlist|song|track)$/.test(n);
    assert.deepEqual(listedMembers({ noun: 'playlist', plural: true }, 'Get a watch list of tracks', known), { noun: 'track', plural: true });
    assert.deepEqual(listedMembers({ noun: 'popular', plural: true }, 'Search YouTube music Returns results within the provided category', known), { noun: 'song', plural: true });
    assert.equal(listedMembers({ noun: 'playlist', plural: true }, 'Get a list of playlists', known), undefined);
    assert.equal(listedMembers({ noun: 'shoe', plural: true }, 'Search shoes', known), undefined);
  });

  test('a music search asks for a well-known performer, never running shoes', () => {
    withRng(dialogueRng(2026, 7, 'test'), () => {
      for (let i = 0; i < 20; i++) assert.ok(performerOf(mediaSearchValue('search youtube music query') ?? '') !== undefined);
      assert.equal(mediaSearchValue('search hotels query'), undefined);
    });
  });
});
