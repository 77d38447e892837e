/**
 * Rank trackers and search result pages that hang together (QUALITY.md E), wave 25: the rules of
 * src/check/_rules-rank25.ts broken on purpose on the records the reading of m24-i2 found (rapidapi 329: a local
 * ranking saying found: false beside a rank-1 result holding the searched place id, all three results sharing it;
 * rapidapi 341: results at positions 3, 2, 1, each linking one site with a domain and displayed link of two others),
 * a good record passing, and the generator keeping them on those plans (2026-348, 2026-360).
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { createDialoguePlanner, generateDialogues, loadCatalog, serializeItem } from '../../src/generate/index.ts';
import { fixturesDir, skipWithoutFixtures } from '../_shared.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const RULES = ['rank_found_disagrees', 'result_link_hosts_differ', 'position_out_of_order'];

const SEARCHED = 'HxJL1zS7ACaDu4AR9vsUKKjDHJ9';
const business = (rank: number, name: string, id = SEARCHED) => ({ rank, place_id: id, name, lat: 41.85, lng: -87.65, address: '24 Considine Boulevard', business_status: 'OPERATIONAL', subtypes: ['outdoor gear'] });
const ranking = (found: boolean, rank: number | null, results: unknown[]) => ({ status: 'completed', data: { lat: '41.8500', lng: '-87.6500', found, rank, count: results.length, results } });
const ARGS = { lng: '-87.6500', lat: '41.8500', query: 'outdoor gear', place_id: SEARCHED };
const AT = { name: 'ranking_at_coordinate_point', path: '/ranking-at-coordinate' };

const serp = (a: number, b: number, c: number, domain = 'impossible-manner.biz') => ({
  result: { status: 200, data: { results: [
    { position: a, title: 'Faust', link: 'https://impossible-manner.biz', domain, displayed_link: 'https://impossible-manner.biz', snippet: 'A guide.' },
    { position: b, title: 'Tropic of Cancer', link: 'https://gruesome-citizen.info', domain: 'gruesome-citizen.info', displayed_link: 'https://gruesome-citizen.info', snippet: 'A guide.' },
    { position: c, title: 'Fahrenheit 451', link: 'https://unfit-stitcher.biz/', domain: 'unfit-stitcher.biz', displayed_link: 'https://www.unfit-stitcher.biz', snippet: 'A guide.' },
  ] } },
});
const TASK = { name: 'gettaskresult_free_of_use', path: '/GetTaskResult' };

describe('rank25 rules', () => {
  test('rank_found_disagrees: found false beside the searched id at rank 1; three results sharing it', () => {
    const bad = ranking(false, null, [business(1, 'Chicago Outdoor Gear'), business(2, 'Chicago Central Outdoor Gear', 'PiXC1wS6GLmSm1YS5ccHADfCJO5')]);
    assert.deepEqual(violationsOf('rank_found_disagrees')(oneCall(ARGS, bad, AT)), ['rank_found_disagrees']);
    const shared = ranking(true, 1, [business(1, 'Chicago Outdoor Gear'), business(2, 'Chicago Central Outdoor Gear'), business(3, 'North Chicago Outdoor Gear')]);
    assert.deepEqual(violationsOf('rank_found_disagrees')(oneCall(ARGS, shared, AT)), ['rank_found_disagrees']);
    const wrongRank = ranking(true, 3, [business(1, 'Chicago Outdoor Gear'), business(2, 'Chicago Central Outdoor Gear', 'PiXC1wS6GLmSm1YS5ccHADfCJO5')]);
    assert.deepEqual(violationsOf('rank_found_disagrees')(oneCall(ARGS, wrongRank, AT)), ['rank_found_disagrees']);
    const good = ranking(true, 1, [business(1, 'Chicago Outdoor Gear'), business(2, 'Chicago Central Outdoor Gear', 'PiXC1wS6GLmSm1YS5ccHADfCJO5')]);
    assert.deepEqual(violationsOf('rank_found_disagrees')(oneCall(ARGS, good, AT)), []);
    const absent = ranking(false, null, [business(1, 'Chicago Central Outdoor Gear', 'PiXC1wS6GLmSm1YS5ccHADfCJO5')]);
    assert.deepEqual(violationsOf('rank_found_disagrees')(oneCall(ARGS, absent, AT)), []);
  });

  test('result_link_hosts_differ: a result linking one site with a domain of another', () => {
    assert.deepEqual(violationsOf('result_link_hosts_differ')(oneCall({ task_id: '6t7pcFWii' }, serp(1, 2, 3, 'tall-object.com'), TASK)), ['result_link_hosts_differ']);
    assert.deepEqual(violationsOf('result_link_hosts_differ')(oneCall({ task_id: '6t7pcFWii' }, serp(1, 2, 3), TASK)), []);
  });

  test('position_out_of_order: results at positions 3, 2, 1', () => {
    assert.deepEqual(violationsOf('position_out_of_order')(oneCall({ task_id: '6t7pcFWii' }, serp(3, 2, 1), TASK)), ['position_out_of_order']);
    assert.deepEqual(violationsOf('position_out_of_order')(oneCall({ task_id: '6t7pcFWii' }, serp(1, 2, 3), TASK)), []);
    // A dated history of positions (a song's chart weeks) keeps its own order.
    const weeks = { history: [{ week: '2024-01-06', position: 4, title: 'Song' }, { week: '2024-01-13', position: 2, title: 'Song' }] };
    assert.deepEqual(violationsOf('position_out_of_order')(oneCall({ id: 'x' }, weeks, { name: 'chart_history', path: '/history' })), []);
  });

  test('the generator keeps the rules on the rapidapi plans the reading found (seed 2026)', { skip: skipWithoutFixtures }, async () => {
    const catalog = await loadCatalog({ specs: [join(fixturesDir, 'rapidapi')] });
    const planner = createDialoguePlanner(catalog, { seed: 2026 });
    const seen: DialogueRecord[] = [];
    for (const index of [348, 360]) {
      for await (const item of generateDialogues({ planner, start: index, end: index + 1 })) {
        const out = serializeItem(item);
        assert.ok(!('rejected' in out) || !RULES.includes(out.rejected.reason), `plan ${index} rejected for ${'rejected' in out ? out.rejected.reason : ''}`);
        if (!('rejected' in out)) seen.push(JSON.parse(out.json) as DialogueRecord);
      }
    }
    assert.equal(seen.length, 2);
    const results = JSON.stringify(seen.map((r) => r.turns.filter((t) => t.speaker === 'tool').map((t) => (t as { result?: unknown }).result)));
    assert.ok(results.includes('"found":true,"rank":1'), 'the searched business found at rank 1');
    assert.ok(!/"business_status":"(Average|completed)"/.test(results), 'a business status is a status word');
    assert.ok(results.includes('"results":[{"position":1,'), 'position 1 first');
    for (const record of seen) for (const rule of RULES) assert.deepEqual(violationsOf(rule)(record), [], `${record.id} ${rule}`);
    // The reply tells the rank asked for.
    const reply = seen[0]!.turns.filter((t) => t.speaker === 'assistant' && t.action === 'response').map((t) => (t as { text?: string }).text).join(' ');
    assert.match(reply, /rank/);
  });
});
