/** Values whose kind was known, not invented (QUALITY.md E): src/check/_rules-names13.ts broken on purpose, and the generator's side. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import { mockValue, withRng } from '../../src/plan/_mock.ts';
import { buildResult } from '../../src/plan/_result.ts';
import { flattenFieldsFromSamples, inferSchema } from '../../src/specs/_schema.ts';
import { withListedValues } from '../../src/plan/_op-enums.ts';
import { nameFor } from '../../src/plan/_named-by.ts';
import { Rng } from '../../src/random/index.ts';
import type { Operation, Param } from '../../src/specs/types.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const code = violationsOf('code_for_word');
const brand = violationsOf('brand_word_name');
const shared = violationsOf('shared_symbol');
const coords = violationsOf('coordinates_scalar');
const value = (name: string, context: string, seed = 1): unknown => {
  const rng = Rng.for(seed, 0);
  return withRng(rng, () => mockValue({ type: 'string' }, { name, context, inResult: true }, rng));
};

describe('values whose kind was known', () => {
  test('are meaning invariants', () => {
    for (const id of ['code_for_word', 'brand_word_name', 'shared_symbol', 'coordinates_scalar']) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(id));
  });
  test('a result code or a character said as a made-up code breaks it; a status word or an id passes', () => {
    const quiz = (resultCode: string) => oneCall({}, { question: { text: 'Q?' }, result_code: resultCode }, { response: `The result code is ${resultCode}.` });
    assert.deepEqual(code(quiz('PVWLU')), ['code_for_word']);
    assert.deepEqual(code(quiz('OK')), []);
    assert.deepEqual(code(oneCall({}, { cast: [{ name: 'Ana Costa', character: 'CHR-83837' }] }, { response: 'Ana Costa plays CHR-83837.' })), ['code_for_word']);
    assert.deepEqual(code(oneCall({}, { cuisineCodes: ['6TUE3', '2ZKT'] }, { response: 'Cuisines: 6TUE3 and 2ZKT.' })), ['code_for_word']);
    assert.deepEqual(code(oneCall({}, { order_id: 'ORD-48213' }, { response: 'The order is ORD-48213.' })), []);
    assert.deepEqual(code(oneCall({}, { character: 'CHR-83837' }, { response: 'Done.' })), [], 'a code nobody is shown breaks nothing');
  });
  test('a brand word naming a model, an asset or a category breaks it; on a thing of no known kind it passes', () => {
    assert.deepEqual(brand(oneCall({}, { rows: [{ models: [{ Name: 'Lumen', Code: 'A320' }] }] })), ['brand_word_name']);
    assert.deepEqual(brand(oneCall({}, { products: [{ modelName: 'Horizon' }] })), ['brand_word_name']);
    assert.deepEqual(brand(oneCall({}, { products: [{ modelName: 'Boxster' }] })), []);
    assert.deepEqual(brand(oneCall({}, { projects: [{ name: 'Apollo' }] })), []);
  });
  test('one symbol for two names, or one brand under two ids, breaks it', () => {
    assert.deepEqual(shared(oneCall({}, [{ symbol: 'ZR', name: 'Rough Rice' }, { symbol: 'ZR', name: 'Copper' }])), ['shared_symbol']);
    assert.deepEqual(shared(oneCall({}, { brands: [{ id: 1, brandName: 'Porsche' }, { id: 2, brandName: 'Porsche' }] })), ['shared_symbol']);
    assert.deepEqual(shared(oneCall({}, [{ symbol: 'ZR', name: 'Rough Rice' }, { symbol: 'HG', name: 'Copper' }])), []);
  });
  test('coordinates as one number break it; a pair passes', () => {
    assert.deepEqual(coords(oneCall({}, { point: { coordinates: 87.97 } })), ['coordinates_scalar']);
    assert.deepEqual(coords(oneCall({}, { point: { coordinates: [5.6, -0.19] } })), []);
  });
});

describe('the generator names things by their kind', () => {
  test('list items take whole recorded items: each asset keeps its own symbol', () => {
    const sample = [{ symbol: 'ZR', name: 'Rough Rice' }, { symbol: 'HG', name: 'Copper' }, { symbol: 'GC', name: 'Gold' }, { symbol: 'PL', name: 'Platinum' }];
    const fields = flattenFieldsFromSamples(inferSchema(sample), [sample]);
    assert.deepEqual(fields.find((f) => f.path === '[].name')?.samples, sample.map((s) => s.name));
    for (let seed = 1; seed <= 5; seed++) {
      const items = buildResult(fields, Rng.for(seed, 0), [], {}, 'supported assets symbols').result as { symbol: string; name: string }[];
      assert.equal(new Set(items.map((i) => i.symbol)).size, items.length);
      for (const item of items) assert.equal(sample.find((s) => s.symbol === item.symbol)?.name, item.name);
    }
  });
  test('a bare name takes its record kind; result codes, uris, lengths and channel ids have their shape', () => {
    assert.ok(['Pop', 'Hip-Hop', 'Rock', 'Chill', 'Workout', 'Focus', 'Mood', 'Jazz', 'Latin', 'Indie'].includes(withRng(Rng.for(2, 0), () => nameFor('categories', 'browse music playlists'))));
    assert.match(String(value('result_code', 'get question')), /^(OK|SUCCESS)$/);
    assert.match(String(value('trackUri', 'spotify track credits')), /^spotify:track:[A-Za-z0-9]{22}$/);
    assert.match(String(value('length', 'get channel videos')), /^\d{1,2}:\d{2}$/);
    assert.match(String(value('channelId', 'youtube search')), /^UC[A-Za-z0-9]{22}$/);
    assert.doesNotMatch(String(value('character', 'movie credits cast')), /^[A-Z]{3}-\d+$/);
  });
  test("an undescribed parameter takes the values its operation's description lists", () => {
    const param = { name: 'property', in: 'path', required: true, schema: { type: 'string' } } as Param;
    const op = { description: 'Returns webcams according to the listed {property}. Possible values are "editors" (featured), "hd" (high resolution), and "live".' } as Operation;
    assert.deepEqual(withListedValues(param, op).enum, ['editors', 'hd', 'live']);
    assert.equal(withListedValues(param, { description: 'Returns webcams.' } as Operation).enum, undefined);
  });
});
