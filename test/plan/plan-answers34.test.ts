/**
 * Wave 34, answers: results that answer the request and hang together — a small total beside a first page is its
 * items' number (rapidapi 2026-240), facets fit within the total (2026-287), a restaurant serves one kitchen with a
 * restaurant's hours (bundled 2026-347), a series runs by the episode (rapidapi 2026-216), a game store finds games
 * (2026-13), a music search by the spec's sampled artist finds that artist's songs (2026-175).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { facetsWithinTotal34, smallTotalIsPage34 } from '../../src/plan/_totals-answers34.ts';
import { restaurantOfOneKitchen34 } from '../../src/plan/_restaurant-answers34.ts';
import { seriesRunsByEpisode34 } from '../../src/plan/_series-runtime-answers34.ts';
import { gameHit34, gameSearchValue34, isGameStore34 } from '../../src/plan/_game-store-answers34.ts';
import { isSample34, songsOfSampledArtist34 } from '../../src/plan/_artist-answers34.ts';
import { agreeAggregates } from '../../src/plan/_aggregates.ts';
import { countedFacetsOfPlaces34 } from '../../src/plan/_facets-answers34.ts';
import { workDatesHeld34 } from '../../src/plan/_work-dates-answers34.ts';
import { Rng } from '../../src/random/index.ts';
import { withRng } from '../../src/plan/_faker.ts';

const none = new Set<string>();
const reviews = [{ id: 'a', text: 'Good.' }, { id: 'b', text: 'Fine.' }, { id: 'c', text: 'Bad.' }];

describe('totals beside a first page (wave 34)', () => {
  test('total_reviews 4 beside 3 reviews on an unpaged call becomes 3', () => {
    const data: Record<string, unknown> = { asin: 'B07', total_reviews: 4, total_ratings: 221, reviews: structuredClone(reviews) };
    agreeAggregates(data, none);
    assert.equal(data.total_reviews, 3);
    assert.equal(data.total_ratings, 221);
  });
  test('a large total, a later page, a small limit or a kept total stay', () => {
    const big: Record<string, unknown> = { total: 250, results: structuredClone(reviews) };
    smallTotalIsPage34(big, 'results', 3, none);
    assert.equal(big.total, 250);
    const later: Record<string, unknown> = { total: 5, page: 2, results: structuredClone(reviews) };
    smallTotalIsPage34(later, 'results', 3, none);
    assert.equal(later.total, 5);
    const limited: Record<string, unknown> = { total: 5, limit: 3, results: structuredClone(reviews) };
    smallTotalIsPage34(limited, 'results', 3, none);
    assert.equal(limited.total, 5);
    const kept: Record<string, unknown> = { total: 5, results: structuredClone(reviews) };
    smallTotalIsPage34(kept, 'results', 3, new Set(['5']));
    assert.equal(kept.total, 5);
  });
  test('a bare total beside a list and its facets is left alone', () => {
    const obj: Record<string, unknown> = { total: 5, webcams: structuredClone(reviews), countries: [{ name: 'Australia', count: 1 }] };
    smallTotalIsPage34(obj, 'webcams', 3, none);
    assert.equal(obj.total, 5);
  });
  test('facet counts above the total shrink into it, summing to it', () => {
    const obj: Record<string, unknown> = {
      offset: 0, limit: 20, total: 3, webcams: structuredClone(reviews),
      countries: [{ id: 'AU', name: 'Australia', count: 10 }, { id: 'NZ', name: 'New Zealand', count: 50 }, { id: 'FJ', name: 'Fiji', count: 20 }],
    };
    facetsWithinTotal34(obj, none);
    const counts = (obj.countries as Array<{ count: number }>).map((c) => c.count);
    assert.ok(counts.every((c) => c >= 1 && c <= 3), String(counts));
    assert.equal(counts.reduce((a, b) => a + b, 0), 3);
    assert.equal((obj.countries as Array<{ name: string }>)[0]!.name, 'New Zealand');
  });
});

describe('counted facets name the listed places (wave 34)', () => {
  test('webcams of Sydney and Auckland count Australia 1, New Zealand 2 and only Oceania', () => {
    const obj: Record<string, unknown> = {
      total: 3,
      webcams: [{ id: '1', title: 'Sydney: Sydney Harbour Bridge' }, { id: '2', title: 'Auckland: Ferry Terminal' }, { id: '3', title: 'Auckland: Central Station' }],
      countries: [{ id: 'AU', name: 'Australia', count: 10 }, { id: 'NZ', name: 'New Zealand', count: 50 }, { id: 'FJ', name: 'Fiji', count: 20 }],
      properties: [{ id: 'x1', name: 'Africa', count: 50 }, { id: 'x2', name: 'Oceania', count: 5 }, { id: 'x3', name: 'Asia', count: 25 }],
    };
    countedFacetsOfPlaces34(obj, () => false);
    assert.deepEqual(obj.countries, [{ id: 'NZ', name: 'New Zealand', count: 2 }, { id: 'AU', name: 'Australia', count: 1 }]);
    assert.deepEqual(obj.properties, [{ id: 'x2', name: 'Oceania', count: 3 }]);
  });
});

describe('a restaurant of one kitchen (wave 34)', () => {
  test("Turner's Grill is no korean, japanese and thai house with office hours", () => {
    const r: Record<string, unknown> = { restaurantId: 'rst_1', name: "Turner's Grill", cuisineCodes: ['korean', 'japanese', 'thai'], openingHours: ['Mon-Fri 09:00-18:00', 'Sat 10:00-16:00', 'Sun closed'] };
    restaurantOfOneKitchen34(r, () => false);
    assert.deepEqual(r.cuisineCodes, ['korean', 'japanese']);
    assert.equal((r.openingHours as string[]).length, 3);
    assert.ok((r.openingHours as string[]).every((l) => !/18:00|16:00/.test(l)), String(r.openingHours));
  });
  test('a trattoria serves Italian; kept cuisines rename the place instead', () => {
    const r: Record<string, unknown> = { name: 'Moreau Trattoria', cuisines: ['Thai', 'Mexican'] };
    restaurantOfOneKitchen34(r, () => false);
    assert.deepEqual(r.cuisines, ['Italian']);
    const kept: Record<string, unknown> = { name: 'Moreau Trattoria', cuisines: ['Thai'] };
    restaurantOfOneKitchen34(kept, (v) => JSON.stringify(v) === '["Thai"]');
    assert.deepEqual(kept.cuisines, ['Thai']);
    assert.equal(kept.name, 'Moreau Kitchen');
  });
});

describe('a series runs by the episode (wave 34)', () => {
  test('runtime "157 min" of a series becomes an episode length, alt_runtime near it; a film keeps its own', () => {
    const s: Record<string, unknown> = { title: 'The Beekeeper\'s Son', title_type: 'series', runtime: '157 min', alt_runtime: '148 min' };
    seriesRunsByEpisode34(s, () => false);
    const m = Number(/^(\d+) min$/.exec(s.runtime as string)![1]);
    const alt = Number(/^(\d+) min$/.exec(s.alt_runtime as string)![1]);
    assert.ok(m >= 22 && m <= 60 && Math.abs(alt - m) <= 5, `${m} ${alt}`);
    const again: Record<string, unknown> = { title_type: 'series', runtime: '157 min' };
    seriesRunsByEpisode34(again, () => false);
    assert.equal(again.runtime, s.runtime);
    const film: Record<string, unknown> = { title_type: 'movie', runtime: '157 min' };
    seriesRunsByEpisode34(film, () => false);
    assert.equal(film.runtime, '157 min');
  });
});

describe("a catalogue's dates of a work (wave 34)", () => {
  test('a 1993 title added 2026-12-12 and last seen 2025-09-12 is added before it was last seen, both past', () => {
    const t: Record<string, unknown> = { title: "The Beekeeper's Son", year: '1993', title_date: '2026-12-12', latest_date: '2025-09-12' };
    workDatesHeld34(t, () => false);
    assert.deepEqual([t.title_date, t.latest_date], ['2024-12-12', '2025-09-12']);
    const early: Record<string, unknown> = { year: 2010, title_date: '2004-05-01' };
    workDatesHeld34(early, () => false);
    assert.equal(early.title_date, '2010-05-01');
    const none: Record<string, unknown> = { title_date: '2026-12-12' };
    workDatesHeld34(none, () => false);
    assert.equal(none.title_date, '2026-12-12');
  });
});

describe('searches that answer their kind (wave 34)', () => {
  test('a game store is searched for games and finds games', () => {
    assert.ok(isGameStore34({ id: 'steam.search', name: 'Search', path: '/search/{term}/page/{page}', summary: 'Search in steam shop' }));
    assert.ok(!isGameStore34({ id: 'music.search', name: 'Search', summary: 'Search songs' }));
    assert.equal(gameSearchValue34('search in a bookshop'), undefined);
    assert.ok(withRng(Rng.for(7, 0), () => gameSearchValue34('steam search in steam shop')) !== undefined);
    assert.match(gameHit34('Racing', 1), /^Racing (Legends|Simulator|Tycoon|Online|Arena|Remastered)$/);
  });
  test("the spec's sampled artist name finds that artist's songs", () => {
    const songs = [{ id: '1', title: 'Eko Fresh', artist: 'Mara Vale' }, { id: '2', title: 'Eko Fresh (Live)', artist: 'Jonah Brandt' }];
    assert.ok(isSample34([{ default: 'Eko Fresh' }], 'Eko Fresh'));
    assert.ok(songsOfSampledArtist34(songs, 'title', 'Eko Fresh', true));
    assert.ok(songs.every((s) => s.artist === 'Eko Fresh' && s.title !== 'Eko Fresh' && !s.title.includes('(Live)')));
    const other = [{ id: '1', title: 'Electric Dreams', artist: 'Mara Vale' }];
    assert.equal(songsOfSampledArtist34(other, 'title', 'Electric Dreams', false), false);
    assert.equal(other[0]!.artist, 'Mara Vale');
  });
});
