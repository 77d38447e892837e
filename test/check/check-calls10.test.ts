/**
 * Calls a careful assistant would not make (QUALITY.md I, C): the planner's fit rules on real fixture specs
 * (an update with nothing to set, a recommendation as a lookup, another record's id on a searched item), and the
 * checker rules of src/check/_rules-calls10.ts, each broken on purpose.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { checkMeaning, MEANING_INVARIANTS } from '../../src/check/index.ts';
import { loadSpecs } from '../../src/specs/index.ts';
import { planOperation } from '../../src/plan/catalog.ts';
import { carriesWhatItWrites, suggestsRecords } from '../../src/plan/_writes.ts';
import { identifiesOtherRecord } from '../../src/plan/_owner.ts';
import type { PositionNeeds } from '../../src/plan/flows.ts';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { fixturesDir, skipWithoutFixtures } from '../_shared.ts';

const state = { api_confirmed: false, api_status: 'none' } as never;
const props = (...names: string[]) => ({ type: 'object', properties: Object.fromEntries(names.map((n) => [n, { type: 'string' }])) });
const broken = (r: DialogueRecord): string[] => checkMeaning(r).map((v) => v.invariant).filter((v) => v === 'update_without_change' || v === 'list_as_one_id');

/** One update of a project role by its id, sending `args`. */
function update(path: string, params: string[], args: Record<string, unknown>): DialogueRecord {
  const id = 'jira.partialUpdateProjectRole';
  return {
    id: 't', seed: 1, flow: 'tooldial_01', family: 'clear_request', edge_type: null,
    operations: { [id]: { name: 'partialUpdateProjectRole', api: 'jira', description: 'Partially updates a role', method: 'POST', path, parameters: props(...params) } },
    chain: [id],
    slots: Object.entries(args).map(([param, value]) => ({ operation: id, param, value, source: 'asked', required: param === 'id' })),
    turns: [
      { speaker: 'user', action: 'inform_intent_clear', text: 'I want to update a project role.' },
      { speaker: 'assistant', action: 'call', state, call: { id: 'c1', operation: id, arguments: args } },
      { speaker: 'tool', operation: id, call_id: 'c1', status: 'ok', result: { id: 10, status: 'updated' } },
    ],
    meta: {},
  } as unknown as DialogueRecord;
}

/** Albums looked up by the album id of a track another call returned. */
function albums(value: unknown, field: string): DialogueRecord {
  return {
    id: 't', seed: 1, flow: 'tooldial_07', family: 'fail_inform', edge_type: null,
    operations: {
      'music.searchTracks': { name: 'searchTracks', api: 'music', description: '', method: 'GET', path: '/tracks', parameters: props('q') },
      'music.getAlbums': { name: 'getAlbums', api: 'music', description: '', method: 'GET', path: '/albums', parameters: props('ids') },
    },
    chain: ['music.searchTracks', 'music.getAlbums'],
    slots: [
      { operation: 'music.searchTracks', param: 'q', value: 'Blue in Green', source: 'given', required: true },
      { operation: 'music.getAlbums', param: 'ids', value, source: 'chained', required: true, from: { operation: 'music.searchTracks', field } },
    ],
    turns: [],
    meta: {},
  } as unknown as DialogueRecord;
}

describe('calls a careful assistant would not make', () => {
  test('update_without_change: an update sent with only its path id changes nothing', () => {
    assert.deepEqual(broken(update('/role/{id}', ['id'], { id: 10 })), ['update_without_change']);
    assert.deepEqual(broken(update('/role/{id}', ['id', 'name'], { id: 10, name: 'Reviewers' })), []);
    // The path names the new value itself: the call says what changes.
    assert.deepEqual(broken(update('/project/{id}/type/{newProjectTypeKey}', ['id', 'newProjectTypeKey'], { id: 10, newProjectTypeKey: 'software' })), []);
  });

  test('list_as_one_id: one record id field never holds a comma-joined list', () => {
    assert.deepEqual(broken(albums('a1,a2,a3', 'tracks[0].album.id')), ['list_as_one_id']);
    assert.deepEqual(broken(albums(['a1', 'a2'], 'tracks[0].album.id')), ['list_as_one_id']);
    assert.deepEqual(broken(albums('a1', 'tracks[0].album.id')), []);
    // A field that holds several ids by its name may give several.
    assert.deepEqual(broken(albums('a1,a2', 'tracks[0].album_ids')), []);
  });

  test('both rules are meaning invariants', () => {
    for (const id of ['update_without_change', 'list_as_one_id']) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(id));
  });

  test('planner: an update whose spec gives nothing to set is no fit (Jira role, subtask move)', async (t) => {
    if (skipWithoutFixtures) return t.skip('fixtures absent');
    const { operations } = await loadSpecs([join(fixturesDir, 'openapi', 'atlassian__jira-7.6.1.json')]);
    const needs = { asks: true, askRounds: 1, gives: false } as PositionNeeds;
    const byName = (name: string) => planOperation(operations.find((o) => o.name === name)!);
    assert.equal(carriesWhatItWrites(byName('partialUpdateProjectRole'), needs), false);
    assert.equal(carriesWhatItWrites(byName('moveSubTasks'), needs), false);
    // The new type is the path's own value: that update says what it sets.
    assert.equal(carriesWhatItWrites(byName('updateProjectType'), needs), true);
  });

  test('planner: recommendations and another record\'s id on a searched item are no lookup source', async (t) => {
    if (skipWithoutFixtures) return t.skip('fixtures absent');
    assert.equal(suggestsRecords({ name: 'get-recommendations' }), true);
    assert.equal(suggestsRecords({ name: 'getRecommendations' }), true);
    assert.equal(suggestsRecords({ name: 'get-recommendation-genres' }), false);
    const { operations } = await loadSpecs([join(fixturesDir, 'rapidapi', 'tools', 'Business', 'google_play.json')]);
    const getapps = planOperation(operations.find((o) => o.name.toLowerCase() === 'getapps')!);
    assert.equal(identifiesOtherRecord(getapps, 'data[0].developerId'), true);
    assert.equal(identifiesOtherRecord(getapps, 'data[0].appId'), false);
  });
});
