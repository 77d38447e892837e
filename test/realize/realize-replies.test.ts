/** Reply wordings of wave 5 (src/realize/_replies.ts): a delete says it is done; a coordinates question is read as a request. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ASK_COORDINATES, removalNote, withoutRestatedRemoval } from '../../src/realize/_replies.ts';
import { textAction } from '../../src/eval/classify.ts';
import { namedFacts } from '../../src/realize/_intent-facts.ts';
import { omittedNamedField } from '../../src/check/_named-fields.ts';
import type { RecordOperation } from '../../src/plan/types.ts';

const op = (method: string, name: string, description: string): RecordOperation => ({ name, api: 'tasks', description, method, path: '/tasks/{id}', parameters: { type: 'object', properties: {} } }) as unknown as RecordOperation;

describe('reply wordings', () => {
  test('a delete reply says what was removed from what, and drops a bare restated status', () => {
    const del = op('DELETE', 'deleteTask', 'Delete a task');
    assert.equal(removalNote(del, { status: 'deleted' }), 'Done: I deleted the task. ');
    assert.equal(withoutRestatedRemoval('The status is deleted. The owner is Ana.', 'Done: I deleted the task. '), 'The owner is Ana.');
    // A status in another word than the note's is the result's value: it stays.
    assert.equal(withoutRestatedRemoval('The status is deleted.', 'Done: I removed the user from the list. '), 'The status is deleted.');
    assert.equal(removalNote(op('DELETE', 'removeWatcher', 'Remove a user from an issue\'s watcher list.'), {}), "Done: I removed the user from the issue's watcher list. ");
    assert.equal(removalNote(op('POST', 'post_rejects_delete_json', 'Delete an email rejection.'), {}), 'Done: I deleted the email rejection. ');
    assert.equal(removalNote(op('POST', 'withdrawApplication', 'Withdraw a job application.'), {}), 'Done: I withdrew the job application. ');
    // A result that says the delete did not happen is never told as done.
    assert.equal(removalNote(del, { deleted: false }), '');
    assert.equal(removalNote(op('GET', 'getTask', 'Get a task'), {}), '');
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
  test('a glued state said as words ("on sale") is said once, and the checker hears it', () => {
    const event = op('GET', 'getEvent', 'Get an event with its status.');
    const result = { name: 'Psych Rock Night', status: 'onsale' };
    assert.deepEqual(namedFacts(result, event, 'What is the status of the event?', 'The name is Psych Rock Night and the status is on sale.'), []);
    assert.deepEqual(namedFacts(result, event, 'What is the status of the event?', 'The name is Psych Rock Night.'), ['The status is onsale.']);
    assert.equal(omittedNamedField('What is the status of the event?', result, 'The status is on sale.'), undefined);
    assert.deepEqual(omittedNamedField('What is the status of the event?', result, 'The name is Psych Rock Night.'), { what: 'status', value: 'onsale' });
  });
});
