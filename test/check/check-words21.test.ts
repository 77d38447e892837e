/**
 * How the assistant words what it asks and reports (QUALITY.md B, J), wave 21: the rules of
 * src/check/_rules-words21.ts broken on purpose with the wordings the reading of 2026-12-07e found (bundled 130,
 * openapi 204, rapidapi 152, 198, 137), and the generator keeping them on the bundled specs.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { checkMeaning } from '../../src/check/index.ts';
import { bundledSpecsDir } from '../_shared.ts';
import { oneCall } from '../_one-call.ts';
import { assertGeneratorKeeps } from '../_generated.ts';

const RULES = ['chosen_value_as_known', 'lookup_note_empty', 'query_as_thing', 'scale_dropped'];
const broken = (record: DialogueRecord, rule: string): string[] => checkMeaning(record).map((v) => v.invariant).filter((v) => v === rule);

/** The assistant asks `question` for `param` of the one call, and the user answers. */
function asked(question: string, param: string, answer: string, op: { name: string; method: string; description?: string; paramDescription?: string }, args: Record<string, unknown>): DialogueRecord {
  const record = oneCall(args, { ok: true }, { name: op.name, method: op.method, text: 'Please help.', response: 'Done.' });
  const operation = `x.${op.name}`;
  const o = record.operations[operation]!;
  o.description = op.description ?? '';
  o.parameters = { type: 'object', properties: { [param]: { type: 'string', description: op.paramDescription ?? '' } } } as never;
  record.turns.splice(1, 0, { speaker: 'assistant', action: 'request', text: question, request: [{ operation, param }] } as never, { speaker: 'user', action: 'inform', text: answer } as never);
  return record;
}

describe('words21 rules', () => {
  test('chosen_value_as_known: "Do you know the playlist name?" for a playlist the user creates', () => {
    const create = { name: 'createPlaylist', method: 'POST', description: 'Create a playlist' };
    assert.deepEqual(broken(asked('Sure. Do you know the playlist name?', 'name', 'The playlist name is Study Beats.', create, { name: 'Study Beats' }), 'chosen_value_as_known'), ['chosen_value_as_known']);
    assert.deepEqual(broken(asked('What would you like to call the playlist?', 'name', 'Call it Study Beats.', create, { name: 'Study Beats' }), 'chosen_value_as_known'), []);
    // A name that exists already (a search by name) may be known.
    assert.deepEqual(broken(asked('Do you know the playlist name?', 'name', 'It is Study Beats.', { name: 'searchPlaylists', method: 'GET' }, { name: 'Study Beats' }), 'chosen_value_as_known'), []);
  });

  test('lookup_note_empty: "The audiobook ID came from a first lookup." and "another API (the one for Sydney)"', () => {
    const said = (response: string): DialogueRecord => oneCall({ id: 'a1' }, { chapters: [] }, { response });
    assert.deepEqual(broken(said('The audiobook ID came from a first lookup. There are 2 chapters.'), 'lookup_note_empty'), ['lookup_note_empty']);
    assert.deepEqual(broken(said('I got the longitude and latitude from another API (the one for Sydney).'), 'lookup_note_empty'), ['lookup_note_empty']);
    assert.deepEqual(broken(said('I got the longitude and latitude of Sydney by using another API to search for places.'), 'lookup_note_empty'), []);
  });

  test('query_as_thing: "May I have the business?" for a search query', () => {
    const search = { name: 'searchBusinessLocations', method: 'GET', paramDescription: 'Search query.' };
    assert.deepEqual(broken(asked('May I have the business?', 'query', 'The business is hardware.', search, { query: 'hardware' }), 'query_as_thing'), ['query_as_thing']);
    assert.deepEqual(broken(asked('May I have the business search term?', 'query', 'It is hardware.', search, { query: 'hardware' }), 'query_as_thing'), []);
  });

  test('scale_dropped: "the monthly listeners are 107.15" where the spec says millions', () => {
    const top = (response: string): DialogueRecord => {
      const record = oneCall({}, [{ artist: 'The Weeknd', monthlyListeners: 107.15 }], { name: 'top20', response });
      record.operations['x.top20']!.description = 'Monthly listeners in millions.';
      return record;
    };
    assert.deepEqual(broken(top('For The Weeknd, the monthly listeners are 107.15, the rank is 1.'), 'scale_dropped'), ['scale_dropped']);
    assert.deepEqual(broken(top('For The Weeknd, the monthly listeners are 107.15 million, the rank is 1.'), 'scale_dropped'), []);
  });

  test('the generator keeps the rules (200 bundled dialogues)', async () => {
    await assertGeneratorKeeps(RULES, [bundledSpecsDir], 200, { minWritten: 185 });
  });
});
