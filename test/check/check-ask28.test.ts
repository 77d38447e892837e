/**
 * What a write was sent and says back (QUALITY.md E, I), wave 28: the rules of src/check/_rules-ask28.ts broken on
 * purpose (a rejection deleted for no subaccount whose result names one, a template sent to no one), and the
 * generator keeping them on Mandrill; an update's values said as new values.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fixturesDir, skipWithoutFixtures } from '../_shared.ts';
import { oneCall, violationsOf } from '../_one-call.ts';
import { assertGeneratorKeeps } from '../_generated.ts';
import { ASK28_INVARIANTS } from '../../src/check/_rules-ask28.ts';
import type { DialogueRecord, RecordOperation } from '../../src/plan/types.ts';
import { setsNewValue28 } from '../../src/realize/_update-speech28.ts';

const scope = violationsOf('scope_echo_unsent');
const recipient = violationsOf('send_without_recipient');

const withInputs = (record: DialogueRecord, properties: Record<string, unknown>): DialogueRecord => {
  for (const op of Object.values(record.operations)) op.parameters = { type: 'object', properties };
  return record;
};

const deleted = (args: Record<string, unknown>, result: Record<string, unknown>): DialogueRecord =>
  withInputs(oneCall(args, result, { name: 'post_rejects_delete_json', path: '/rejects/delete.json', method: 'POST', text: 'Please delete an email rejection.' }), { email: { type: 'string' }, subaccount: { type: 'string' } });

const sent = (args: Record<string, unknown>): DialogueRecord =>
  withInputs(oneCall(args, [{ _id: 'PKPoDPBp', email: 'miabauer@fastmail.com', status: 'queued' }], { name: 'post_messages_send_template_json', path: '/messages/send-template.json', method: 'POST', text: 'Send the Operations Template.' }), {
    template_name: { type: 'string' }, send_at: { type: 'string' },
    message: { type: 'object', properties: { to: { type: 'array', items: { type: 'object', properties: { email: { type: 'string' } } } }, subject: { type: 'string' } } },
  });

describe('ask28 rules', () => {
  test('scope_echo_unsent: a result names a subaccount the call never sent, or another than sent', () => {
    assert.deepEqual(scope(deleted({ email: 'quinn.lucas@gmail.com' }, { deleted: true, email: 'quinn.lucas@gmail.com', subaccount: '226654' })), ['scope_echo_unsent']);
    assert.deepEqual(scope(deleted({ email: 'quinn.lucas@gmail.com', subaccount: 'cust-12' }, { deleted: true, email: 'quinn.lucas@gmail.com', subaccount: '226654' })), ['scope_echo_unsent']);
    assert.deepEqual(scope(deleted({ email: 'quinn.lucas@gmail.com', subaccount: 'cust-12' }, { deleted: true, email: 'quinn.lucas@gmail.com', subaccount: 'cust-12' })), []);
    assert.deepEqual(scope(deleted({ email: 'quinn.lucas@gmail.com' }, { deleted: true, email: 'quinn.lucas@gmail.com', subaccount: null })), []);
    assert.deepEqual(scope(deleted({ email: 'quinn.lucas@gmail.com' }, { deleted: true, email: 'quinn.lucas@gmail.com' })), []);
  });

  test('send_without_recipient: a template sent with only its name and a time', () => {
    assert.deepEqual(recipient(sent({ template_name: 'Operations Template', send_at: '2025-11-28T20:00:00Z' })), ['send_without_recipient']);
    assert.deepEqual(recipient(sent({ template_name: 'Operations Template', message: { subject: 'Hello' } })), ['send_without_recipient']);
    assert.deepEqual(recipient(sent({ template_name: 'Operations Template', message: { to: [{ email: 'miabauer@fastmail.com' }] } })), []);
    // A raw message names its recipients in its own header.
    const raw = withInputs(oneCall({ raw_message: 'From: a@b.com\nTo: miabauer@fastmail.com\nSubject: Hi\n\nHello' }, [], { name: 'post_messages_send_raw_json', path: '/messages/send-raw.json', method: 'POST' }), { raw_message: { type: 'string' }, to: { type: 'array' } });
    assert.deepEqual(recipient(raw), []);
  });

  test('the realizer: an update says the values it sets as new ones, never its id or the field naming its record', () => {
    const op = (name: string, description: string, properties: string[], required: string[] = [], path = '/x.json'): RecordOperation => ({ name, api: 'x', description, method: 'POST', path, parameters: { type: 'object', properties: Object.fromEntries(properties.map((p) => [p, { type: 'string' }])), required } });
    const sub = op('post_subaccounts_update_json', 'Update an existing subaccount', ['id', 'name', 'notes'], ['id']);
    assert.equal(setsNewValue28(sub, 'name'), true);
    assert.equal(setsNewValue28(sub, 'id'), false);
    assert.equal(setsNewValue28(op('post_templates_update_json', 'Update the code for an existing template.', ['name', 'code'], ['name']), 'name'), false);
    assert.equal(setsNewValue28(op('updatePetWithForm', 'Updates a pet in the store with form data', ['petId', 'name'], ['petId'], '/pet/{petId}'), 'petId'), false);
    assert.equal(setsNewValue28(op('post_subaccounts_add_json', 'Add a new subaccount', ['id', 'name']), 'name'), false);
  });

  test('the generator keeps the ask28 rules (openapi Mandrill)', { skip: skipWithoutFixtures }, async () => {
    const written = await assertGeneratorKeeps(ASK28_INVARIANTS, [join(fixturesDir, 'openapi', 'mandrill__api.yaml')], 60, { minWritten: 40 });
    for (const w of written) {
      const record = JSON.parse(w.json) as DialogueRecord;
      assert.deepEqual([...scope(record), ...recipient(record)], [], w.json.slice(0, 200));
    }
  });
});
