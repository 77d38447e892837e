/** Reply wordings of wave 5 (src/realize/_replies.ts): a delete says it is done; a coordinates question is read as a request. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ASK_COORDINATES, removalNote } from '../src/realize/_replies.ts';
import { textAction } from '../src/eval/classify.ts';
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
});
