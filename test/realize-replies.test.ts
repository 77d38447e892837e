/** Reply wordings of wave 5 (src/realize/_replies.ts): a delete says it is done; a coordinates question is read as a request. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ASK_COORDINATES, removalNote } from '../src/realize/_replies.ts';
import { textAction } from '../src/eval/classify.ts';
import { namedFacts } from '../src/realize/_intent-facts.ts';
import type { RecordOperation } from '../src/plan/types.ts';

const op = (method: string, name: string, description: string): RecordOperation => ({ name, api: 'tasks', description, method, path: '/tasks/{id}', parameters: { type: 'object', properties: {} } }) as unknown as RecordOperation;

describe('reply wordings', () => {
  test('a delete reply says the record is deleted, unless the summary already does', () => {
    const del = op('DELETE', 'deleteTask', 'Delete a task');
    assert.match(removalNote(del, 'The status is ACTIVE.'), /deleted/);
    assert.equal(removalNote(del, 'The status is deleted.'), '');
    assert.equal(removalNote(op('GET', 'getTask', 'Get a task'), 'The status is ACTIVE.'), '');
  });
  test('asking for coordinates with the place as an option is a request', () => {
    for (const ask of ASK_COORDINATES) assert.equal(textAction(ask('the latitude and the longitude'), { tools: [] } as never), 'request');
  });
  test('content the request names (a biography, lyrics) is carried in the reply, once', () => {
    const author = op('GET', 'getAuthor', "Get an author's name, biography and best-known work.");
    const result = { name: 'Kofi Moreau', bio: 'Kofi Moreau lives in Wellington.', topWork: 'The Silver Echoes' };
    assert.deepEqual(namedFacts(result, author, 'I need an author.', 'The name is Kofi Moreau.'), ['Here is the biography: Kofi Moreau lives in Wellington.']);
    assert.deepEqual(namedFacts(result, author, 'I need an author.', 'About them: Kofi Moreau lives in Wellington.'), []);
    const lyrics = op('GET', 'getTrackLyrics', 'Get the lyrics of a track.');
    const lines = { lines: [{ startMs: 0, words: 'We were young' }, { startMs: 5, words: 'And free' }] };
    assert.deepEqual(namedFacts(lines, lyrics, 'Lyrics, please.', 'There are 2 lines.'), ['The lyrics begin: “We were young / And free …”']);
    assert.deepEqual(namedFacts(lines, op('GET', 'getTrack', 'Get a track.'), 'A track, please.', 'There are 2 lines.'), []);
  });
});
