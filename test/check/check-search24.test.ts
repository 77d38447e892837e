/**
 * Search results that answer the search, and one entity told alike across a list (QUALITY.md E), wave 24: the rules
 * of src/check/_rules-search24.ts broken on purpose on the records the reading of 2026-12-07h found (rapidapi 297,
 * 320, 140 and 67: Genesis 1:1 listed for "The LORD is my shepherd", ranks 2, 3, 1, one seller rated 4.5 and 2.4,
 * tracks titled "Eminem" by other artists), a good record passing, and the generator keeping them on those plans
 * (with 135, 200 and 287: an aircraft family's models, a Mustang's generations, schools named after streets).
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { createDialoguePlanner, generateDialogues, loadCatalog, serializeItem } from '../../src/generate/index.ts';
import { fixturesDir, skipWithoutFixtures } from '../_shared.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const RULES = ['text_search_miss', 'rank_out_of_order', 'entity_attributes_differ', 'maker_query_as_title', 'verse_reference_unsaid', 'institution_street_name'];

const VERSES = [
  { chapter: 23, verse: 1, text: 'The LORD is my shepherd; I shall not want.', book_id: 'EBL0UGPK1', book_name: 'Psalms' },
  { chapter: 1, verse: 1, text: 'In the beginning God created the heaven and the earth.', book_id: 'ZLGKZUSSv', book_name: 'Genesis' },
];
const PLACES = [
  { rank: 2, place_id: 'mz4n9sNNMM', name: 'Street Food', lat: 51.4588, lng: -2.5966, reviews: 250 },
  { rank: 3, place_id: 'iccD7VobwQ', name: 'Bristol Street Food', lat: 51.4468, lng: -2.5843, reviews: 156 },
  { rank: 1, place_id: '8pxvkEXVh3', name: 'North Bristol Street Food', lat: 51.4558, lng: -2.6071, reviews: 443 },
];
const offer = (price: string, rating: string) => ({ product_price: price, seller: 'Amazon.com', seller_star_rating: rating, seller_star_rating_info: '14,487 ratings', currency: 'USD' });
const TRACKS = [
  { id: 'jXqe9gseM', title: 'Eminem', artist: 'The Mornings', release_date: '2025-06-13' },
  { id: 'rL5hh5Rxx', title: 'Eminem (Live)', artist: 'The Bridges', release_date: '2024-06-08' },
];

describe('search24 rules', () => {
  test('text_search_miss: Genesis 1:1 listed for "The LORD is my shepherd; I shall not want."', () => {
    const text = 'The LORD is my shepherd; I shall not want.';
    assert.deepEqual(violationsOf('text_search_miss')(oneCall({ text }, VERSES, { name: 'search_text', path: '/search' })), ['text_search_miss']);
    assert.deepEqual(violationsOf('text_search_miss')(oneCall({ text }, VERSES.slice(0, 1), { name: 'search_text', path: '/search' })), []);
    // A one-word search is a term, not a phrase: the scripture pass picks verses holding it.
    assert.deepEqual(violationsOf('text_search_miss')(oneCall({ text: 'love' }, VERSES, { name: 'search_text', path: '/search' })), []);
  });

  test('rank_out_of_order: named results ranked 2, 3, 1; grid rows keep their order', () => {
    assert.deepEqual(violationsOf('rank_out_of_order')(oneCall({ query: 'street food' }, { data: { results: PLACES } }, { name: 'keyword_search', path: '/search' })), ['rank_out_of_order']);
    const sorted = [...PLACES].sort((a, b) => a.rank - b.rank);
    assert.deepEqual(violationsOf('rank_out_of_order')(oneCall({ query: 'street food' }, { data: { results: sorted } }, { name: 'keyword_search', path: '/search' })), []);
    const grid = [{ lat: 51.45, lng: -2.59, found: true, rank: 2 }, { lat: 51.46, lng: -2.59, found: true, rank: 1 }];
    assert.deepEqual(violationsOf('rank_out_of_order')(oneCall({ query: 'street food' }, { data: { results: grid } }, { name: 'grid_search', path: '/grid' })), []);
  });

  test('entity_attributes_differ: one seller rated 4.5 and 2.4 in one list', () => {
    const bad = { data: { product_offers: [offer('$308.27', '4.5'), offer('$248.04', '2.4'), offer('$475.00', '4.5')] } };
    assert.deepEqual(violationsOf('entity_attributes_differ')(oneCall({ asin: 'B0Q47L3LDV' }, bad, { name: 'product_offers', path: '/product-offers' })), ['entity_attributes_differ']);
    const good = { data: { product_offers: [offer('$308.27', '4.5'), offer('$248.04', '4.5'), { ...offer('$475.00', '2.4'), seller: 'Gadget Outlet' }] } };
    assert.deepEqual(violationsOf('entity_attributes_differ')(oneCall({ asin: 'B0Q47L3LDV' }, good, { name: 'product_offers', path: '/product-offers' })), []);
  });

  test('maker_query_as_title: "eminem" finds tracks titled "Eminem" by other artists', () => {
    assert.deepEqual(violationsOf('maker_query_as_title')(oneCall({ q: 'eminem' }, { tracks: TRACKS }, { name: 'search', path: '/search' })), ['maker_query_as_title']);
    const good = { tracks: [{ id: 'jXqe9gseM', title: 'Lose Yourself', artist: 'Eminem', release_date: '2002-10-28' }] };
    assert.deepEqual(violationsOf('maker_query_as_title')(oneCall({ q: 'eminem' }, good, { name: 'search', path: '/search' })), []);
    // A query that names no known performer is a title: "Yesterday (Live)" by another act is a fair find.
    assert.deepEqual(violationsOf('maker_query_as_title')(oneCall({ q: 'yesterday' }, { tracks: [{ title: 'Yesterday', artist: 'The Mornings' }] }, { name: 'search', path: '/search' })), []);
  });

  test('verse_reference_unsaid: verses told by their texts or as "the chapter is 23" without "Psalms 23:1"', () => {
    const text = 'The LORD is my shepherd; I shall not want.';
    const one = VERSES.slice(0, 1);
    const said = (response: string) => violationsOf('verse_reference_unsaid')(oneCall({ text }, one, { name: 'search_text', path: '/search', response }));
    assert.deepEqual(said('Just one result came back. In it, the chapter is 23, the verse is 1 and the book name is Psalms.'), ['verse_reference_unsaid']);
    assert.deepEqual(said('1 result turned up: “The LORD is my shepherd; I shall not want”.'), ['verse_reference_unsaid']);
    assert.deepEqual(said('I found one verse: Psalms 23:1, “The LORD is my shepherd; I shall not want”.'), []);
  });

  test('institution_street_name: "Lueilwitz Stravenue High School" among schools', () => {
    const schools = (name: string) => ({ schools: [{ id: 'WWXEerFt', name, city: 'Sydney' }, { id: 'f96CXh14', name: 'Cliff Road Primary School', city: 'Sydney' }] });
    assert.deepEqual(violationsOf('institution_street_name')(oneCall({ lat: -33.8678, lon: 151.2073 }, schools('Lueilwitz Stravenue High School'), { name: 'schools_list', path: '/schools/list' })), ['institution_street_name']);
    assert.deepEqual(violationsOf('institution_street_name')(oneCall({ lat: -33.8678, lon: 151.2073 }, schools("St Mary's Primary School"), { name: 'schools_list', path: '/schools/list' })), []);
  });

  test('the generator keeps the rules on the rapidapi plans the reading found (seed 2026)', { skip: skipWithoutFixtures }, async () => {
    const catalog = await loadCatalog({ specs: [join(fixturesDir, 'rapidapi')] });
    const planner = createDialoguePlanner(catalog, { seed: 2026 });
    const seen: DialogueRecord[] = [];
    for (const index of [25, 72, 142, 148, 211, 304, 314, 337, 348]) {
      for await (const item of generateDialogues({ planner, start: index, end: index + 1 })) {
        const out = serializeItem(item);
        assert.ok(!('rejected' in out) || !RULES.includes(out.rejected.reason), `plan ${index} rejected for ${'rejected' in out ? out.rejected.reason : ''}`);
        if (!('rejected' in out)) seen.push(JSON.parse(out.json) as DialogueRecord);
      }
    }
    const results = JSON.stringify(seen.map((r) => r.turns.filter((t) => t.speaker === 'tool').map((t) => (t as { result?: unknown }).result)));
    assert.ok(!results.includes('"title":"Eminem'), 'no track titled after the artist searched');
    assert.ok(!results.includes('In the beginning God created') || !results.includes('The LORD is my shepherd'), 'a phrase search lists only verses holding it');
    assert.ok(results.includes('"results":[{"rank":1,'), 'rank 1 first');
    assert.ok(!results.includes('Stravenue'), 'no school named after a drawn street');
    // A Mustang's generations are its real ones; an aircraft family lists its own models.
    assert.ok(results.includes('"generation":7,"start_year":2024'), 'the Mustang\'s seventh generation from 2024');
    assert.ok(!/"Airbus A330 family","models":\[[^\]]*A320/.test(results), 'no A320 in the A330 family');
    for (const record of seen) for (const rule of RULES) assert.deepEqual(violationsOf(rule)(record), [], `${record.id} ${rule}`);
  });
});
