/** The rules on what tools return (QUALITY.md E, F, B), each broken on purpose. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkMeaning } from '../../src/check/index.ts';
import type { DialogueRecord } from '../../src/plan/types.ts';

const op = (method: string, path: string, name: string) => ({ name, api: 'music', description: '', method, path, parameters: { type: 'object', properties: {} } });
const state = { api_confirmed: false, api_status: 'none' } as never;

/** A clean dialogue: an artist's singles, then one city by its id, then a reply. */
function record(): DialogueRecord {
  return {
    id: 't', seed: 1, flow: 'f', family: 'clear', edge_type: 'none',
    operations: { 'music.artist_singles': op('GET', '/artist_singles', 'artist_singles'), 'geo.get_city_by_id': op('GET', '/city', 'get_city_by_id') },
    chain: ['music.artist_singles'],
    slots: [],
    turns: [
      { speaker: 'user', action: 'inform_intent_clear_add', text: 'Which singles did artist A7 release?' },
      { speaker: 'assistant', action: 'call', state, call: { id: 'c1', operation: 'music.artist_singles', arguments: { id: 'A7' } } },
      { speaker: 'tool', operation: 'music.artist_singles', call_id: 'c1', status: 'ok', result: { total: 2, singles: [{ id: 's1', title: 'Layla' }, { id: 's2', title: 'Rehab' }] } },
      { speaker: 'assistant', action: 'call', state, call: { id: 'c2', operation: 'geo.get_city_by_id', arguments: { id: 'C9' } } },
      { speaker: 'tool', operation: 'geo.get_city_by_id', call_id: 'c2', status: 'ok', result: { data: [{ id: 'C9', name: 'Lisbon' }] } },
      { speaker: 'assistant', action: 'response', text: 'I found 2 singles: Layla and Rehab; city C9 is Lisbon.', state },
    ],
    meta: {},
  } as unknown as DialogueRecord;
}
// Whether the reply names the last result is the responses rules' matter (test/check/check-responses.test.ts), not these.
const broken = (r: DialogueRecord): string[] => checkMeaning(r).map((v) => v.invariant).filter((id) => id !== 'unreported_result');
const setResult = (r: DialogueRecord, turn: number, result: unknown): void => {
  (r.turns[turn] as { result: unknown }).result = result;
};

describe('rules on tool results', () => {
  test('a clean dialogue passes', () => assert.deepEqual(broken(record()), []));

  test('echo_only_result: a read returns its own input and a found flag', () => {
    const r = record();
    setResult(r, 2, { id: 'A7', found: true });
    assert.deepEqual(broken(r), ['echo_only_result']);
    // Content beside the echo is an answer.
    setResult(r, 2, { id: 'A7', found: true, name: 'Aretha' });
    assert.deepEqual(broken(r), []);
  });

  test('entity_mismatch: a get by id returns another id, or several records', () => {
    const r = record();
    setResult(r, 4, { data: [{ id: 'Z1', name: 'Osaka' }] });
    assert.deepEqual(broken(r), ['entity_mismatch']);
    setResult(r, 4, [{ id: 'C9', name: 'Lisbon' }, { id: 'Z1', name: 'Osaka' }, { id: 'Z2', name: 'Paris' }]);
    // The reply, written for one city, names one of the three that came back: that is caught too.
    assert.deepEqual(broken(r), ['entity_mismatch', 'one_of_few_named']);
    setResult(r, 4, { city: { _id: 'Z1', name: 'Osaka' }, result_code: 'OK' });
    assert.deepEqual(broken(r), ['entity_mismatch']);
    setResult(r, 4, { id: 'C9', name: 'Lisbon' });
    assert.deepEqual(broken(r), []);
  });

  test('count_below_items: a total of 1 with 2 items shown', () => {
    const r = record();
    setResult(r, 2, { totalCount: 1, singles: [{ id: 's1', title: 'Layla' }, { id: 's2', title: 'Rehab' }] });
    assert.deepEqual(broken(r), ['count_below_items']);
    // Paging: a total above the page is fine.
    setResult(r, 2, { totalCount: 188, singles: [{ id: 's1', title: 'Layla' }, { id: 's2', title: 'Rehab' }] });
    assert.deepEqual(broken(r), []);
  });

  test('flag_spoken: the reply reads a flag key out ("the found is yes")', () => {
    const r = record();
    (r.turns[5] as { text: string }).text = 'According to the service, the found is yes.';
    assert.deepEqual(broken(r), ['flag_spoken']);
  });
});
