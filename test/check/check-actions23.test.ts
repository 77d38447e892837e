/**
 * What actions return and how their outcome is told (QUALITY.md E, F), wave 23: the rules of
 * src/check/_rules-actions23.ts broken on purpose (openapi 148 and 13 of the m22 reading), and the generator's fix:
 * a body-less reset or transfer answers {} and the reply confirms it in words.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { oneCall, violationsOf } from '../_one-call.ts';
import { afterDone, doneNote } from '../../src/realize/_gone23.ts';

describe('actions23 rules', () => {
  test('deleted_after_other_verb: "the status is deleted" after resetting columns', () => {
    const reset = (response: string, name = 'resetColumns') => oneCall({ username: 'hiro86' }, {}, { name, method: 'DELETE', path: '/api/2/user/columns', text: 'Reset my columns.', response });
    assert.deepEqual(violationsOf('deleted_after_other_verb')(reset('Done: I reset the default columns. The ID is 28701 and the status is deleted.')), ['deleted_after_other_verb']);
    assert.deepEqual(violationsOf('deleted_after_other_verb')(reset('Done: I reset the default columns.')), []);
    assert.deepEqual(violationsOf('deleted_after_other_verb')(reset('The status is deleted.', 'deleteColumns')), []);
  });

  test('gone_figures_present: "Done: I deleted the tag permanently. It has 237 clicks"', () => {
    const del = (response: string) => oneCall({ tag: 'sleep and memory' }, { tag: 'sleep and memory', clicks: 237 }, { name: 'post_tags_delete_json', method: 'POST', path: '/tags/delete.json', text: 'Delete the tag.', response });
    assert.deepEqual(violationsOf('gone_figures_present')(del('Done: I deleted the tag permanently. It has 237 clicks, it has 14 complaints.')), ['gone_figures_present']);
    assert.deepEqual(violationsOf('gone_figures_present')(del('Done: I deleted the tag permanently. It had 237 clicks, it had 14 complaints.')), []);
  });

  test('the reply after "Done: I …" puts a gone record in the past and says nothing more of an empty result', () => {
    assert.equal(afterDone('It has 237 clicks, it has 14 complaints.', { clicks: 237 }), 'It had 237 clicks, it had 14 complaints.');
    assert.equal(afterDone('Your request to reset the default columns was accepted.', {}), '');
  });
});

describe('actions23 replies', () => {
  test('a body-less transfer is confirmed in the request\'s words', () => {
    const op = { name: 'transfer-a-users-playback', api: 'spotify', description: 'Transfer playback to a new device.', summary: 'Transfer Playback', method: 'PUT', path: '/me/player', parameters: { type: 'object', properties: {} } } as never;
    assert.match(doneNote(op, {}, { device_ids: ['6h3BJ93rTTr3'] }), /^Done: I transferred playback to device 6h3BJ93rTTr3\. $/);
    assert.equal(doneNote(op, { id: 'x' }, { device_ids: ['6h3BJ93rTTr3'] }), '');
  });
});
