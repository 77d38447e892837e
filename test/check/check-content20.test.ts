/**
 * Mock content that means what its record is (QUALITY.md E), wave 20: the rules of src/check/_rules-content20.ts
 * broken on purpose on results the readers found (bundled lines 81, 98, 254 and OpenAPI line 366 of the 400-set,
 * seed 2026), and the generator passes that make them right.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { checkMeaning } from '../../src/check/index.ts';
import { oneCall } from '../_one-call.ts';
import { actBios } from '../../src/plan/_acts20.ts';
import { routeEvents } from '../../src/plan/_routes20.ts';
import { oneNamePerId } from '../../src/plan/_works.ts';
import { marketsOfDescription } from '../../src/plan/_markets20.ts';
import { oneStoryPerItem } from '../../src/plan/_stories20.ts';
import { withRng } from '../../src/plan/_faker.ts';
import { dialogueRng } from '../../src/random/index.ts';
import type { Operation } from '../../src/specs/types.ts';

const IDS = ['act_bio_kind', 'author_works_real', 'list_size_below', 'tracking_route', 'market_outside_documented', 'item_story_split', 'latest_not_newest'];
const broken = (result: unknown, description = '', name = 'getThing'): string[] => {
  const record = oneCall({}, result, { name }) as DialogueRecord;
  (record.operations[`x.${name}`] as { description: string }).description = description;
  return checkMeaning(record).map((v) => v.invariant).filter((v) => IDS.includes(v));
};
const snake = (key: string): string => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
const rng = dialogueRng(2026, 7, 'test');

describe('mock content means what its record is', () => {
  test("a fado band's bio is a band's, from Lisbon, in its own country", () => {
    const artist = { artistId: 'ar7Yw2Kp9LzQ', name: 'The Roads', genres: ['Portuguese Folk', 'Fado'], biography: 'The Roads lives in Taipei and has worked in journalism for 15 years.', countryCode: 'TW', followers: 7 };
    assert.deepEqual(broken(artist), ['act_bio_kind']);
    assert.deepEqual(broken({ ...artist, biography: 'The Roads formed in Lisbon in 2011 and play fado.' }), ['act_bio_kind']);
    withRng(rng, () => actBios(artist, new Set()));
    assert.match(artist.biography, /^The Roads formed in Lisbon in \d{4} and play Portuguese folk and fado/);
    assert.equal(artist.countryCode, 'PT');
    assert.deepEqual(broken(artist), []);
    const solo = { name: 'Isla Marlow', genres: ['Jazz'], bio: '', country: 'SE' };
    withRng(rng, () => actBios(solo, new Set()));
    assert.match(solo.bio, /^Isla Marlow is a (singer|singer and songwriter|musician) from (Stockholm|Gothenburg) who plays jazz/);
    assert.equal(solo.country, 'SE');
  });

  test("F. Scott Fitzgerald's works are his own, and a lone size counts them", () => {
    const who = [{ authorId: 'OL31353A', name: 'F. Scott Fitzgerald' }];
    const page = {
      size: 10,
      entries: [
        { workId: 'OL32050W', title: 'The Great Gatsby', firstPublishYear: 1925, authors: who },
        { workId: 'OL86620W', title: 'The Faded Promises', firstPublishYear: 1928, authors: who },
        { workId: 'OL42095W', title: 'The Blue Stars', firstPublishYear: 1923, authors: who },
      ],
    };
    assert.deepEqual(broken(page).sort(), ['author_works_real', 'list_size_below']);
    withRng(rng, () => oneNamePerId(page.entries));
    assert.deepEqual(page.entries.map((e) => [e.title, e.firstPublishYear]), [['The Great Gatsby', 1925], ['This Side of Paradise', 1920], ['The Beautiful and Damned', 1922]]);
    page.size = 3;
    assert.deepEqual(broken(page), []);
    // A paged list's size is its page size: not below the items, never read as their count.
    assert.deepEqual(broken({ size: 20, page: 1, items: [{ a: 1 }, { a: 2 }] }), []);
    assert.deepEqual(broken({ size: 1, page: 1, items: [{ a: 1 }, { a: 2 }] }), ['list_size_below']);
  });

  test('a parcel is picked up where its label is made and never doubles back', () => {
    const shipment = { carrier: 'fedex', trackingNumber: 'FdWauHk1', events: [{ at: '2026-03-14T14:30:00Z', status: 'Label created', location: 'Bergen' }, { at: '2026-03-15T09:30:00Z', status: 'Picked up', location: 'Seoul' }, { at: '2026-03-16T04:30:00Z', status: 'In transit', location: 'Oslo' }] };
    assert.deepEqual(broken(shipment), ['tracking_route']);
    assert.deepEqual(broken({ ...shipment, events: [shipment.events[0], { ...shipment.events[1], location: 'Bergen' }, { ...shipment.events[2], location: 'Seoul' }, { at: '2026-03-17', status: 'Out for delivery', location: 'Oslo' }] }), ['tracking_route']);
    routeEvents(shipment, shipment.events, snake);
    assert.deepEqual(shipment.events.map((e) => e.location), ['Bergen', 'Bergen', 'Oslo']);
    assert.deepEqual(broken(shipment), []);
  });

  test("an audiobook's markets are those its operation documents", () => {
    const description = "Get Spotify catalog information about an audiobook's chapters. Audiobooks are only available within the US, UK, Canada, Ireland, New Zealand and Australia markets.";
    const page = { total: 2, items: [{ name: 'Chapter 1', available_markets: ['BR'] }, { name: 'Chapter 2', available_markets: ['US', 'GB'] }] };
    assert.deepEqual(broken(page, description), ['market_outside_documented']);
    assert.deepEqual(broken(page), []);
    marketsOfDescription(page, { summary: 'Get Audiobook Chapters', description } as unknown as Operation, new Set());
    assert.deepEqual(page.items.map((c) => c.available_markets), [['US'], ['US', 'GB']]);
    assert.deepEqual(broken(page, description), []);
  });

  test('a post tells one story, and the latest posts run newest first', () => {
    const post = (timestamp: string, title: string): Record<string, unknown> => ({ key: timestamp, timestamp, summary: 'A look at bird migration, with comments from people in Vancouver.', socialMediaHeadline: title, documents: [{ pageTitle: 'Transit agency wins national award', headline: 'Chamber of commerce launches volunteer scheme', byline: 'Efren Bernier' }] });
    const posts = [post('2026-01-03T00:30:00Z', 'Chamber of commerce wins national award'), post('2024-11-17T18:00:00Z', 'Fire service opens second site'), post('2025-02-04T20:45:00Z', 'Youth orchestra unveils five-year plan')];
    assert.deepEqual(broken(posts, '', 'Posts_GetLatest').sort(), ['item_story_split', 'latest_not_newest']);
    assert.deepEqual(broken(posts), ['item_story_split']);
    withRng(rng, () => oneStoryPerItem(posts, { name: 'Posts_GetLatest', path: '/api/Posts/Latest/{indexKind}/{indexKey}' } as unknown as Operation, new Set()));
    const first = posts[0]!;
    assert.equal((first.documents as Array<Record<string, unknown>>)[0]!.headline, 'Chamber of commerce wins national award');
    assert.match(first.summary as string, /^Chamber of commerce wins national award, /);
    assert.deepEqual(posts.map((p) => p.timestamp), ['2026-01-03T00:30:00Z', '2025-02-04T20:45:00Z', '2024-11-17T18:00:00Z']);
    assert.deepEqual(broken(posts, '', 'Posts_GetLatest'), []);
  });
});
