/**
 * What a search finds is named as such things are (QUALITY.md E), wave 22: the rule of src/check/_rules-finds22.ts
 * broken on purpose (the local business search of the seed-77 rapidapi set, #42: "hardware" found a place named just
 * "Hardware"), and the generator naming such finds as businesses on the fixture spec that made them.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fixturesDir, skipWithoutFixtures } from '../_shared.ts';
import { oneCall, violationsOf } from '../_one-call.ts';
import { assertGeneratorKeeps } from '../_generated.ts';

const bare = violationsOf('trade_named_bare');

/** The search of rapidapi #42 (seed 77), its one find named `name`. */
function found(name: string, query = 'hardware'): ReturnType<typeof oneCall> {
  const place = { place_id: 'ReULkspvRw4Mj6YXrMvpSfcPMQE', lat: '41.1496', lng: '-8.6110', name, address: 'Largo Olívia Nogueira 746', sab: false, country: 'Portugal' };
  return oneCall({ query }, { status: 'completed', parameters: { query }, data: { count: 1, results: [place] } }, { name: 'search_business_locations', path: '/places', text: 'Find hardware stores.', response: `I found one place: ${name}.` });
}

describe('finds22 rules', () => {
  test('trade_named_bare: a search for "hardware" finds a place named just "Hardware"', () => {
    assert.deepEqual(bare(found('Hardware')), ['trade_named_bare']);
    assert.deepEqual(bare(found('Bike Shop', 'bike shop')), ['trade_named_bare']);
    assert.deepEqual(bare(found('Porto Hardware')), []);
    // A name searched for as a name, or a place that is no business, is not this rule's.
    assert.deepEqual(bare(found('Hardware', 'Hardware')), []);
    assert.deepEqual(bare(found('London', 'london')), []);
  });

  test('the generator names what a trade search finds as a business (local rank tracker fixture)', { skip: skipWithoutFixtures }, async () => {
    let searched = 0;
    for (const out of await assertGeneratorKeeps(['trade_named_bare'], [join(fixturesDir, 'rapidapi', 'tools', 'Data', 'local_rank_tracker.json')], 60, { seed: 77 })) {
      const record = JSON.parse(out.json) as { turns: Array<{ call?: { arguments?: Record<string, unknown> }; result?: unknown }> };
      const query = record.turns.map((t) => t.call?.arguments?.query).find((q): q is string => typeof q === 'string' && /^[a-z ]+$/.test(q));
      if (query === undefined) continue;
      searched++;
      const text = JSON.stringify(record.turns.map((t) => t.result));
      assert.ok(!text.includes(`"name":"${query.replace(/(^|\s)\w/g, (c) => c.toUpperCase())}"`), `a place named just "${query}"`);
    }
    assert.ok(searched >= 5, `${searched} trade searches`);
  });
});
