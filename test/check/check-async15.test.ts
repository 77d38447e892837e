/**
 * Chains and flows that would teach a wrong procedure, wave 15 (QUALITY.md H, I, J): each rule of
 * src/check/_rules-async15.ts broken on purpose, and the generator's mechanisms that keep them (a started task is
 * answered as one, an unfollow never takes a featured playlist, a public record's code is never the user's to say,
 * a picked item is named by its name, not its description).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import type { DialogueRecord, RecordOperation } from '../../src/plan/types.ts';
import { pickedItemLabel } from '../../src/plan/expect.ts';
import { pickedByServiceForOwn } from '../../src/plan/_owner.ts';
import { publicRecordCode } from '../../src/plan/_taxonomy.ts';
import type { PlanOperation } from '../../src/plan/_catalog-types.ts';
import { startedTask, startedTaskReply } from '../../src/realize/_task-reply.ts';
import { userBye } from '../../src/realize/_compose.ts';
import { Rng } from '../../src/random/index.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const serp = (result: unknown, response: string): DialogueRecord =>
  oneCall({ domain: 'yandex.com', query: 'best attractions' }, result, { name: 'get_serp_async', response, text: 'Get the SERP for my query.' });

describe('chains and flows, wave 15', () => {
  test('the rules are meaning invariants', () => {
    for (const rule of ['task_as_answer', 'editorial_for_own', 'public_code_said']) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(rule), rule);
  });

  test('task_as_answer: a call that only started a task is not answered as the thing asked for', () => {
    const rule = violationsOf('task_as_answer');
    assert.deepEqual(rule(serp({ task_id: 'vtXy08VRec' }, 'The task ID is vtXy08VRec.')), ['task_as_answer']);
    assert.deepEqual(rule(serp({ status: 200, data: { task_id: 'vtXy08VRec' } }, 'Done. The task ID is vtXy08VRec.')), ['task_as_answer']);
    assert.deepEqual(rule(serp({ job_id: 'j-1', status: 'queued' }, 'The job ID is j-1 and the status is queued.')), ['task_as_answer']);
    assert.deepEqual(rule(serp({ task_id: 'vtXy08VRec' }, 'I started a task (ID vtXy08VRec); its results can be fetched once it finishes.')), []);
    // A result with content, or a task already completed, is an answer.
    assert.deepEqual(rule(serp({ task_id: 'vtXy08VRec', results: [{ url: 'https://a.example' }] }, 'One result came back.')), []);
    assert.deepEqual(rule(serp({ task_id: 'vtXy08VRec', status: 'completed' }, 'The task is completed.')), []);
  });

  test('task_as_answer: a status check sent the task ID reports on a task and starts none', () => {
    const rule = violationsOf('task_as_answer');
    const record = oneCall({ task_id: 'vtXy08VRec' }, { task_id: 'vtXy08VRec', status: 'inprogress' }, { name: 'get_task_result', response: 'The status is in progress.' });
    (record.operations['x.get_task_result'] as RecordOperation).parameters = { type: 'object', properties: { task_id: { type: 'string' } }, required: ['task_id'] };
    assert.deepEqual(rule(record), []);
  });

  test('the generator answers a started task as one, and the goodbye thanks for starting it', () => {
    const op = { name: 'Get SERP [async]', api: 'x', description: 'Creates a task', method: 'GET', path: '/serp', parameters: { type: 'object', properties: { domain: { type: 'string' } } } } as RecordOperation;
    const task = startedTask(op, { status: 200, data: { task_id: 'vtXy08VRec' } });
    assert.deepEqual(task, { id: 'vtXy08VRec', noun: 'task' });
    for (let n = 0; n < 3; n++) {
      const reply = startedTaskReply(task!, 'get the serp', (items) => items[n % items.length]!);
      assert.deepEqual(violationsOf('task_as_answer')(serp({ task_id: 'vtXy08VRec' }, reply)), [], reply);
    }
    for (let n = 0; n < 40; n++) {
      const bye = userBye(Rng.for(7, n), (['terse', 'casual', 'formal'] as const)[n % 3]!, { intent: 'start the task' }, false, undefined, true);
      assert.doesNotMatch(bye, /answers my question|what I (needed|required|was after)|resolves the matter|all I needed|get the serp/i, bye);
    }
    assert.equal(startedTask(op, { task_id: 'a', results: [] }), undefined);
    assert.equal(startedTask({ ...op, parameters: { type: 'object', properties: { task_id: { type: 'string' } } } }, { task_id: 'a', status: 'queued' }), undefined);
  });

  test("editorial_for_own: an unfollow takes the user's own playlist, never a featured one", () => {
    const rule = violationsOf('editorial_for_own');
    const chain = (sourceName: string, sourcePath: string): DialogueRecord => {
      const record = oneCall({ playlist_id: 'p1' }, { status: 'removed' }, { name: 'unfollow-playlist', method: 'DELETE', path: '/playlists/{playlist_id}/followers', response: 'Done: I unfollowed Garden Party.' });
      record.operations[`x.${sourceName}`] = { name: sourceName, api: 'x', description: '', method: 'GET', path: sourcePath, parameters: { type: 'object', properties: {} } } as RecordOperation;
      record.chain = [`x.${sourceName}`, 'x.unfollow-playlist'];
      record.slots = [{ operation: 'x.unfollow-playlist', param: 'playlist_id', value: 'p1', source: 'chained', required: true, from: { operation: `x.${sourceName}`, field: 'playlists.items[0].id' } }] as DialogueRecord['slots'];
      return record;
    };
    assert.deepEqual(rule(chain('get-featured-playlists', '/browse/featured-playlists')), ['editorial_for_own']);
    assert.deepEqual(rule(chain('get-a-list-of-current-users-playlists', '/me/playlists')), []);
    assert.deepEqual(rule(chain('search', '/search')), []);
  });

  test('the planner never finds what the user undoes among the service picks', () => {
    const unfollow = { id: 'x.unfollow-playlist', name: 'unfollow-playlist' };
    assert.equal(pickedByServiceForOwn({ id: 'x.get-featured-playlists', name: 'get-featured-playlists', path: '/browse/featured-playlists' }, unfollow), true);
    assert.equal(pickedByServiceForOwn({ id: 'x.get-a-list-of-current-users-playlists', name: 'get-a-list-of-current-users-playlists', path: '/me/playlists' }, unfollow), false);
    // Following a featured playlist is what featured playlists are for.
    assert.equal(pickedByServiceForOwn({ id: 'x.get-featured-playlists', name: 'get-featured-playlists', path: '/browse/featured-playlists' }, { id: 'x.follow-playlist', name: 'follow-playlist' }), false);
  });

  test("a public record's code (a golf stat, a team, a film) is not the user's to say; their own references are", () => {
    const read = (path: string, name = 'x'): PlanOperation => ({ operation: { effect: 'read', path, name } }) as unknown as PlanOperation;
    assert.equal(publicRecordCode(read('/fedexcup'), { name: 'statId' }), true);
    assert.equal(publicRecordCode(read('/points'), { name: 'tournId' }), true);
    assert.equal(publicRecordCode(read('/api/team/{id}/history'), { name: 'id', description: 'The ID of the team for which you want the history.' }), true);
    assert.equal(publicRecordCode(read('/'), { name: 'tm', description: 'A valid TMDb ID' }), true);
    assert.equal(publicRecordCode(read('/drink/63c67c9d', 'drink_by_id'), { name: 'id' }), true);
    // A Where-On-Earth ID names a place the user would name instead.
    assert.equal(publicRecordCode(read('/weather'), { name: 'woeid' }), true);
    assert.equal(publicRecordCode(read('/orders/{id}'), { name: 'id' }), false);
    assert.equal(publicRecordCode(read('/x'), { name: 'bookingId', description: 'The booking ID' }), false);
    assert.equal(publicRecordCode(read('/x'), { name: 'id', description: 'The ID of the user' }), false);
    // A write on the user's own record is theirs to name.
    assert.equal(publicRecordCode({ operation: { effect: 'update', path: '/teams/{id}', name: 'x' } } as unknown as PlanOperation, { name: 'teamId' }), false);
  });

  test("public_code_said: the user never states a service's code for a public record", () => {
    const rule = violationsOf('public_code_said');
    const said = (param: string, description: string | undefined, value: string, path = '/fedexcup', method = 'GET'): DialogueRecord => {
      const record = oneCall({ [param]: value, year: '2020' }, { rankings: [] }, { name: 'fedexcup_ranking', path, method, text: `Get the ranking. The ID is ${value}.` });
      (record.operations['x.fedexcup_ranking'] as RecordOperation).parameters = { type: 'object', properties: { [param]: { type: 'string', ...(description ? { description } : {}) }, year: { type: 'string' } } };
      record.slots = [{ operation: 'x.fedexcup_ranking', param, value, source: 'given', required: true }] as DialogueRecord['slots'];
      return record;
    };
    assert.deepEqual(rule(said('statId', undefined, '41086')), ['public_code_said']);
    assert.deepEqual(rule(said('id', 'The ID of the team for which you want the history.', '191417')), ['public_code_said']);
    assert.deepEqual(rule(said('tm', 'A valid TMDb ID', '578')), ['public_code_said']);
    assert.deepEqual(rule(said('id', undefined, '728', '/fights/{id}')), ['public_code_said']);
    // The user's own references, standard codes and writes are the user's to say.
    assert.deepEqual(rule(said('orderId', undefined, '281407')), []);
    assert.deepEqual(rule(said('cityCode', undefined, 'PAR')), []);
    assert.deepEqual(rule(said('teamId', undefined, '42', '/teams/{teamId}', 'DELETE')), []);
    // Asked for ("What's the track ID?"), a code may be one the user has at hand (a shared link).
    const asked = said('statId', undefined, '41086');
    asked.slots = asked.slots.map((s) => ({ ...s, source: 'asked' }));
    assert.deepEqual(rule(asked), []);
  });

  test('a picked item is named by its name before its description, whatever the key order', () => {
    const result = { playlists: { items: [{ collaborative: false, description: 'Classic songs picked by our editors.', id: 'p1', name: 'Garden Party' }] } };
    assert.equal(pickedItemLabel(result, 'playlists.items[0].id'), 'Garden Party');
    assert.equal(pickedItemLabel({ items: [{ description: 'Only a description', id: 'p1' }] }, 'items[0].id'), 'Only a description');
  });
});
