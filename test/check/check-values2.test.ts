/** Results that honour their filters (QUALITY.md E): each rule of src/check/_rules-values2.ts broken on purpose. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkMeaning } from '../../src/check/index.ts';
import type { DialogueRecord } from '../../src/plan/types.ts';

const state = { api_confirmed: true, api_status: 'none' } as never;
const op = (name: string, path: string) => ({ name, api: 'x', description: '', method: 'GET', path, parameters: { type: 'object', properties: {} } });

/** A list call with `args` returning `result`, then a lookup of `store_id`. */
function chained(args: Record<string, unknown>, result: unknown, storeId: string): DialogueRecord {
  return {
    id: 't', seed: 1, flow: 'f', family: 'no_ask', edge_type: null,
    operations: { 'x.listStores': op('listStores', '/stores'), 'x.getStore': op('getStore', '/stores/{store_id}') },
    chain: ['x.listStores', 'x.getStore'],
    slots: [],
    turns: [
      { speaker: 'user', action: 'inform_intent_clear', text: 'Find my store.' },
      { speaker: 'assistant', action: 'call', state, call: { id: 'c1', operation: 'x.listStores', arguments: args } },
      { speaker: 'tool', operation: 'x.listStores', call_id: 'c1', status: 'ok', result },
      { speaker: 'assistant', action: 'call', state, call: { id: 'c2', operation: 'x.getStore', arguments: { store_id: storeId } } },
      { speaker: 'tool', operation: 'x.getStore', call_id: 'c2', status: 'ok', result: { id: storeId } },
    ],
    meta: {},
  } as unknown as DialogueRecord;
}
const broken = (record: DialogueRecord): string[] => checkMeaning(record).map((v) => v.invariant).filter((v) => v === 'filter_ignored' || v === 'foreign_description');

describe('values that honour their filters', () => {
  test('the item taken from a list filtered by name carries that name', () => {
    const stores = (name: string) => ({ stores: [{ id: 'st_1', name }, { id: 'st_2', name: 'Other Store' }] });
    assert.deepEqual(broken(chained({ name: 'Harbor Books' }, stores('Harbor Books'), 'st_1')), []);
    assert.deepEqual(broken(chained({ q: 'climate change' }, stores('Climate Change Today'), 'st_1')), []);
    assert.deepEqual(broken(chained({ name: 'Harbor Books' }, stores('S 9th Street Library'), 'st_1')), ['filter_ignored']);
    // Another item of the list, not taken by the chain, is not judged.
    assert.deepEqual(broken(chained({ name: 'Harbor Books' }, { stores: [{ id: 'st_1', name: 'Harbor Books' }, { id: 'st_2', name: 'Elm Deli' }] }, 'st_1')), []);
  });

  test('a list asked for by year has its release dates in that year', () => {
    const movies = (date: string) => ({ results: [{ id: 'm1', title: 'Amelie', release_date: date }] });
    assert.deepEqual(broken(chained({ primary_release_year: 2001 }, movies('2001-04-25'), 'zz')), []);
    assert.deepEqual(broken(chained({ primary_release_year: 2001 }, movies('2025-10-09'), 'zz')), ['filter_ignored']);
  });

  test('a composed description names its own record', () => {
    const one = (overview: string) => ({ results: [{ id: 'm1', title: 'Photography', overview }] });
    assert.deepEqual(broken(chained({}, one('Photography is a movie.'), 'zz')), []);
    assert.deepEqual(broken(chained({}, one('A quiet film about light.'), 'zz')), []);
    assert.deepEqual(broken(chained({}, one('A Room with a View is a movie.'), 'zz')), ['foreign_description']);
  });
});
