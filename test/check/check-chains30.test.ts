/**
 * The call answers what was asked (QUALITY.md D, J), wave 30: `write_on_read_request` broken on purpose with the
 * requests the readers found (disc openapi 161: "Can you get the current state of the group?" answered by Jira's
 * addUserToGroup; disc rapidapi 24: "Can you please get the user payment?" answered by a POST …/pay), good ones
 * passing; the generator fixes behind it (a write's later "Returns …" sentence and a read verb of how it works no
 * longer make its request; a drawn chain ending on a create whose spec lost what it makes is drawn again) and the generator keeping
 * the rule on the Jira spec.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { join } from 'node:path';
import { oneCall, violationsOf } from '../_one-call.ts';
import { assertGeneratorKeeps } from '../_generated.ts';
import { fixturesDir, skipWithoutFixtures } from '../_shared.ts';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import { loadSpecs } from '../../src/specs/index.ts';
import { planOperation } from '../../src/plan/catalog.ts';
import { endsOnLostWrite30, paysForNothing30 } from '../../src/plan/_write-content30.ts';
import type { PlanOperation } from '../../src/plan/catalog.ts';
import { intentVariants } from '../../src/realize/words.ts';
import type { DialogueRecord, RecordOperation } from '../../src/plan/types.ts';

const broken = violationsOf('write_on_read_request');
const addUser = { name: 'addUserToGroup', path: '/api/2/group/user', method: 'POST' };
const pay = { name: 'userPayment', path: '/users/api/v1/orders/mj@gmail.com/pay', method: 'POST' };
const result = { id: '15770', status: 'created' };

describe('chains30', () => {
  test('write_on_read_request: a read request answered by a write', () => {
    assert.deepEqual(broken(oneCall({ groupname: 'jira-developers' }, result, { ...addUser, text: 'Can you get the current state of the group?' })), ['write_on_read_request']);
    assert.deepEqual(broken(oneCall({ email: 'emma.moreau@outlook.com' }, result, { ...pay, text: 'Hi. Can you please get the user payment?' })), ['write_on_read_request']);
    // The request asks for the write: it passes.
    assert.deepEqual(broken(oneCall({ groupname: 'jira-developers' }, result, { ...addUser, text: 'Can you add a user to the group?' })), []);
    assert.deepEqual(broken(oneCall({ email: 'emma.moreau@outlook.com' }, result, { ...pay, text: 'Could you make a payment for my order?' })), []);
    // A read answers a read request.
    assert.deepEqual(broken(oneCall({ groupname: 'jira-developers' }, result, { name: 'getGroup', path: '/api/2/group', text: 'Can you get the current state of the group?' })), []);
    assert.ok((MEANING_INVARIANTS as readonly string[]).includes('write_on_read_request'));
  });

  test('the generator: a write is asked for as a write, and a chain ending on a create that cannot carry what it makes is drawn again', { skip: skipWithoutFixtures }, async () => {
    const { operations } = await loadSpecs([join(fixturesDir, 'openapi', 'atlassian__jira-7.6.1.json')]);
    const byName = (name: string) => operations.find((o) => o.name === name)!;
    const record = (name: string): RecordOperation => {
      const o = byName(name);
      return { name: o.name, api: 'jira', description: o.description ?? '', method: o.method, path: o.path, parameters: { type: 'object', properties: {} } } as unknown as RecordOperation;
    };
    // "Adds given user to a group. Returns the current state of the group.": the second sentence says what comes back.
    assert.ok(!intentVariants(record('addUserToGroup')).some((v) => /^get\b/.test(v)), intentVariants(record('addUserToGroup')).join(' | '));
    const payment = { name: 'userPayment', api: 'cartify', description: 'This uses a simple stripe authentication to make payments. The endpoint firstly checks if there is a user that has been created with their platform.', method: 'POST', path: pay.path, parameters: { type: 'object', properties: { email: { type: 'string' } }, required: ['email'] } } as unknown as RecordOperation;
    assert.ok(!intentVariants(payment).some((v) => /^get\b/.test(v)), intentVariants(payment).join(' | '));
    // A worklog with only estimate knobs, a user added with only the group's name: the spec lost what is made,
    // and a drawn chain ending on one is drawn again.
    const byId = new Map(operations.map((o) => [o.id, planOperation(o)]));
    assert.equal(endsOnLostWrite30(byId, [byName('addWorklog').id]), true);
    assert.equal(endsOnLostWrite30(byId, [byName('addUserToGroup').id]), true);
    // A user added to an application names it (`applicationKey`): it still fits; so does a read.
    assert.equal(endsOnLostWrite30(byId, [byName('addUserToApplication').id]), false);
    assert.equal(endsOnLostWrite30(byId, [byName('getIssueWorklog').id]), false);
    // A payment that sends only who pays (cartify's POST …/pay with an email) charges an amount nobody named.
    const paying = { id: 'cartify.userpayment', name: 'userPayment', method: 'POST', path: pay.path, effect: 'action', effectEvidence: 'path verb "pay"', inputs: [{ name: 'email', in: 'query', required: true, schema: { type: 'string' } }], outputs: [] };
    assert.equal(paysForNothing30({ operation: paying } as unknown as PlanOperation), true);
    const buying = { ...paying, effectEvidence: 'name verb "purchase"', inputs: [...paying.inputs, { name: 'holdId', in: 'body', required: true, schema: { type: 'string' } }] };
    assert.equal(paysForNothing30({ operation: buying } as unknown as PlanOperation), false);
  });

  test('the generator keeps it on the Jira spec, and a real record made to ask a read breaks it', { skip: skipWithoutFixtures }, async () => {
    const written = await assertGeneratorKeeps(['write_on_read_request'], [join(fixturesDir, 'openapi', 'atlassian__jira-7.6.1.json')], 30, { minWritten: 15 });
    const writes = written.map((w) => JSON.parse(w.json) as DialogueRecord).filter((r) => {
      const call = r.turns.find((t) => t.speaker === 'assistant' && t.call !== undefined);
      return call?.speaker === 'assistant' && call.call !== undefined && r.operations[call.call.operation]?.method !== 'GET' && r.turns.some((t) => t.speaker === 'user' && t.action === 'inform_intent_clear');
    });
    assert.ok(writes.length > 0, 'a write with a clear request was generated');
    const real = writes[0] as DialogueRecord;
    assert.deepEqual(broken(real), []);
    const asked = structuredClone(real);
    for (const t of asked.turns) {
      if (t.speaker === 'user' && t.action === 'inform_intent_clear') t.text = 'Can you get the current state of the group?';
      if (t.speaker === 'assistant' && t.query !== undefined) t.query = 'Can you get the current state of the group?';
    }
    assert.deepEqual(broken(asked), ['write_on_read_request']);
  });
});
