/**
 * What the final reading of wave 34 found, checked (src/check/_rules-reading34b.ts): `list_said_cut` and
 * `deleted_list_undated` broken on purpose with the dialogues the readers quoted (LAX's nine terminals said as three,
 * deleted worklogs without deletion times), good records passing; and the generator keeping both on the bundled
 * flights spec and the Jira fixture.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { join } from 'node:path';
import { oneCall, violationsOf } from '../_one-call.ts';
import { assertGeneratorKeeps } from '../_generated.ts';
import { bundledSpecsDir, fixturesDir, skipWithoutFixtures } from '../_shared.ts';

const cut = violationsOf('list_said_cut');
const undated = violationsOf('deleted_list_undated');
const lax = { iataCode: 'LAX', name: 'Los Angeles International Airport', terminals: ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'Tom Bradley International'] };
const airport = { name: 'getAirport', path: '/airports/{iataCode}' };

describe('reading34b', () => {
  test('list_said_cut: nine terminals said as three', () => {
    assert.deepEqual(cut(oneCall({ iataCode: 'LAX' }, lax, { ...airport, response: 'The name is Los Angeles International Airport and the terminals are T1, T2 and T3.' })), ['list_said_cut']);
    const whole = 'The terminals are T1, T2, T3, T4, T5, T6, T7, T8 and Tom Bradley International.';
    assert.deepEqual(cut(oneCall({ iataCode: 'LAX' }, lax, { ...airport, response: whole })), []);
    assert.deepEqual(cut(oneCall({ iataCode: 'LAX' }, lax, { ...airport, response: 'The terminals are T1, T2 and T3, and 6 more.' })), []);
    // Three of three is the whole list.
    const three = { ...lax, terminals: ['T1', 'T2', 'T3'] };
    assert.deepEqual(cut(oneCall({ iataCode: 'CAI' }, three, { ...airport, response: 'The terminals are T1, T2 and T3.' })), []);
  });

  test('deleted_list_undated: deleted worklogs with no deletion time', () => {
    const op = { name: 'getIdsOfWorklogsDeletedSince', path: '/rest/api/3/worklog/deleted' };
    const bad = { values: [{ worklogId: 13654, deleted_at: null }, { worklogId: 13655, deleted_at: null }], lastPage: true };
    assert.deepEqual(undated(oneCall({ since: 1772628900000 }, bad, op)), ['deleted_list_undated']);
    const good = { values: [{ worklogId: 13654, deleted_at: '2026-03-06T21:00:00Z' }, { worklogId: 13655, deleted_at: '2026-03-07T09:30:00Z' }], lastPage: true };
    assert.deepEqual(undated(oneCall({ since: 1772628900000 }, good, op)), []);
    // A list of live records may carry an empty deleted_at: it is not a read of deleted things.
    assert.deepEqual(undated(oneCall({}, bad, { name: 'getWorklogs', path: '/rest/api/3/worklog/list' })), []);
  });

  test('the generator keeps both rules on the bundled flights spec and the Jira fixture', { skip: skipWithoutFixtures }, async () => {
    await assertGeneratorKeeps(['list_said_cut', 'deleted_list_undated'], [join(bundledSpecsDir, 'flights.json')], 40);
    await assertGeneratorKeeps(['list_said_cut', 'deleted_list_undated'], [join(fixturesDir, 'openapi', 'atlassian__jira-7.6.1.json')], 40);
  });
});
