/**
 * Results whose numbers hang together (QUALITY.md E), wave 34: `facet_above_total` and `series_film_runtime` broken
 * on purpose with the values the readers found (rapidapi 2026-287: "New Zealand 50" beside 3 webcams; 2026-216: a
 * series running "157 min"), fitting values passing; the generator keeping both rules on the uNoGS and webcams tools.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { join } from 'node:path';
import { oneCall, violationsOf } from '../_one-call.ts';
import { assertGeneratorKeeps } from '../_generated.ts';
import { fixturesDir, skipWithoutFixtures } from '../_shared.ts';

const faceted = violationsOf('facet_above_total');
const timed = violationsOf('series_film_runtime');
const webcams = (counts: number[]) => ({
  status: 'confirmed',
  result: {
    offset: 0, limit: 20, total: 3,
    webcams: [{ id: '1169988637', title: 'Sydney: Sydney Harbour Bridge' }, { id: '1010222761', title: 'Auckland: Ferry Terminal' }, { id: '1010220186', title: 'Auckland: Central Station' }],
    countries: [{ id: 'AU', name: 'Australia', count: counts[0] }, { id: 'NZ', name: 'New Zealand', count: counts[1] }],
  },
});
const title = (title_type: string, runtime: string) => ({ object: { limit: 10, offset: 0, total: 1 }, results: [{ netflix_id: 28683579, title: "The Beekeeper's Son", title_type, runtime, year: '1993' }] });
const search = { name: 'search_titles', path: '/search/titles' };

describe('answers34', () => {
  test('facet_above_total: "New Zealand 50" beside 3 webcams', () => {
    const op = { name: 'webcams_list_continent', path: '/webcams/list/continent={continent}' };
    assert.deepEqual(faceted(oneCall({ continent: 'OC' }, webcams([10, 50]), op)), ['facet_above_total']);
    assert.deepEqual(faceted(oneCall({ continent: 'OC' }, webcams([1, 2]), op)), []);
  });

  test('series_film_runtime: a series running 157 minutes', () => {
    assert.deepEqual(timed(oneCall({ title: "The Beekeeper's Son" }, title('series', '157 min'), search)), ['series_film_runtime']);
    assert.deepEqual(timed(oneCall({ title: "The Beekeeper's Son" }, title('series', '45 min'), search)), []);
    assert.deepEqual(timed(oneCall({ title: "The Beekeeper's Son" }, title('movie', '157 min'), search)), []);
  });

  test('the generator keeps both rules on the uNoGS and webcams tools', { skip: skipWithoutFixtures }, async () => {
    const tools = join(fixturesDir, 'rapidapi', 'tools');
    const specs = [join(tools, 'Entertainment', 'unogs.json'), join(tools, 'Travel', 'webcams_travel.json')];
    await assertGeneratorKeeps(['facet_above_total', 'series_film_runtime'], specs, 40, { minWritten: 20 });
  });
});
