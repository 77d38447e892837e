/**
 * Results and replies of writes, wave 14 (QUALITY.md E, F, J): each rule of src/check/_rules-writes14.ts broken on
 * purpose, and the generator's mechanisms that keep them (a success flow's write reports success, a removal says what
 * was removed from what, a change leads with its new value, a yes/no check says what it found).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import type { RecordOperation } from '../../src/plan/types.ts';
import { writeSucceeded } from '../../src/plan/_write-flags.ts';
import { changeLead, checkFound } from '../../src/realize/_write-replies.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const op = (name: string, description: string, method = 'POST', path = '/x'): RecordOperation => ({ name, api: 'x', description, method, path, parameters: { type: 'object', properties: {} } }) as RecordOperation;

describe('writes, wave 14', () => {
  test('the rules are meaning invariants', () => {
    for (const rule of ['write_not_done', 'removal_as_status', 'bare_yes_no', 'change_unconfirmed']) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(rule), rule);
  });

  test('write_not_done: a delete played as done never returns "deleted": false', () => {
    const rule = violationsOf('write_not_done');
    const del = (result: unknown) => oneCall({ email: 'a@b.co' }, result, { name: 'deleteWhitelistEntry', method: 'DELETE', path: '/whitelist/{email}', response: 'Done: I deleted the whitelist entry.' });
    assert.deepEqual(rule(del({ deleted: false, email: 'a@b.co' })), ['write_not_done']);
    assert.deepEqual(rule(del({ success: false })), ['write_not_done']);
    assert.deepEqual(rule(del({ deleted: true, email: 'a@b.co' })), []);
    // A read may well find a record flagged not deleted.
    assert.deepEqual(rule(oneCall({}, { deleted: false }, { name: 'getThing' })), []);
  });

  test('removal_as_status: a removal reply says what was removed, not only the status', () => {
    const rule = violationsOf('removal_as_status');
    const remove = (response: string) => oneCall({ issueIdOrKey: 'SUP-182', username: 'ravi' }, { status: 'deleted' }, { name: 'removeWatcher', method: 'DELETE', path: '/issue/{issueIdOrKey}/watchers', response });
    assert.deepEqual(rule(remove('The status is deleted.')), ['removal_as_status']);
    assert.deepEqual(rule(remove('It is not deleted.')), ['removal_as_status']);
    assert.deepEqual(rule(remove("Done: I removed the user from the issue's watcher list.")), []);
  });

  test('bare_yes_no: a check says what it found', () => {
    const rule = violationsOf('bare_yes_no');
    const check = (response: string) => oneCall({ ids: '2Q7ikKmgF6' }, [false], { name: 'checkUsersSavedShows', path: '/me/shows/contains', response });
    assert.deepEqual(rule(check('The answer is no.')), ['bare_yes_no']);
    assert.deepEqual(rule(check("No, the show is not saved in the current user's library.")), []);
  });

  test('change_unconfirmed: a reschedule reply says the new send time', () => {
    const rule = violationsOf('change_unconfirmed');
    const reschedule = (response: string) => oneCall({ id: 'WFSSTUtRRYC', key: 'KLcr', send_at: '2026-09-28T11:15:00Z' }, { _id: 'WFSSTUtRRYC', send_at: '2026-09-28T11:15:00Z', subject: 'Invoice attached' }, { name: 'post_messages_reschedule_json', method: 'POST', path: '/messages/reschedule.json', response });
    assert.deepEqual(rule(reschedule('It was created on March 16, 2026 at 07:45 UTC and the subject is Invoice attached.')), ['change_unconfirmed']);
    assert.deepEqual(rule(reschedule('Done: the send time is now September 28, 2026 at 11:15 UTC.')), []);
  });

  test('the generator: a write that succeeded reports success', () => {
    const result: Record<string, unknown> = { deleted: false, email: 'a@b.co', failed: true, is_removed: false };
    writeSucceeded(result, { effect: 'delete', name: 'post_whitelists_delete_json' }, new Set());
    assert.deepEqual(result, { deleted: true, email: 'a@b.co', failed: false, is_removed: true });
    const rescheduled: Record<string, unknown> = { rescheduled: false };
    writeSucceeded(rescheduled, { effect: 'action', name: 'post_messages_reschedule_json' }, new Set());
    assert.equal(rescheduled.rescheduled, true);
    // A read's flags are what the service found: left as drawn.
    const read: Record<string, unknown> = { deleted: false };
    writeSucceeded(read, { effect: 'read', name: 'getThing' }, new Set());
    assert.equal(read.deleted, false);
    // A value the chain reads later is never changed.
    const pinned: Record<string, unknown> = { success: false };
    writeSucceeded(pinned, { effect: 'delete', name: 'deleteThing' }, new Set(['success']));
    assert.equal(pinned.success, false);
  });

  test('the generator: a change leads with its new value, a check says what it found', () => {
    const reschedule = op('post_messages_reschedule_json', 'Reschedule a scheduled email.');
    assert.equal(changeLead(reschedule, { id: 'W1', key: 'K', send_at: '2026-09-28T11:15:00Z' }, 'The subject is Invoice attached.'), 'The send time is now September 28, 2026 at 11:15 UTC. ');
    // The cell a move is made in (a path parameter) and a new password are no values to read back.
    assert.equal(changeLead({ ...op('placeMark', 'Places a mark on the board.', 'PUT', '/board/{row}/{column}') }, { row: 2, column: 1, password: 'x1' }, ''), '');
    assert.equal(changeLead(reschedule, { id: 'W1', send_at: '2026-09-28T11:15:00Z' }, 'It goes out on September 28, 2026 at 11:15 UTC.'), '');
    // A one-letter value is said as a word of its own, not found inside other words.
    assert.equal(changeLead(op('updateGame', 'Update a game.', 'PUT', '/game/{id}'), { id: 'g1', player: 'O' }, 'The board is a grid of 3 rows.'), 'The player is now O. ');
    assert.equal(changeLead(op('getThing', 'Get a thing.', 'GET'), { name: 'x' }, ''), '');
    const check = op('check-users-saved-shows', "Check if one or more shows is already saved in the current Spotify user's library.", 'GET', '/me/shows/contains');
    assert.equal(checkFound(check, [false]), "No, the show is not saved in your library.");
    assert.equal(checkFound(check, [true]), "Yes, the show is already saved in your library.");
    assert.equal(checkFound(op('getThing', 'Get a thing.', 'GET'), [false]), undefined);
  });
});
