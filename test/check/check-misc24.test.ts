/**
 * Spec values and asks that mean what they say (QUALITY.md E, F, I), wave 24: the rules of src/check/_rules-misc24.ts
 * broken on purpose on the records the reading of 2026-12-07h found (openapi 111, 120, 140, 315), and the generator
 * fixes that keep them: spec placeholders are no examples, an operation about one record needs its id.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { isPlaceholderExample } from '../../src/plan/_examples.ts';
import { aboutOneRecord, withOneRecordId } from '../../src/plan/_one-record24.ts';
import type { Operation } from '../../src/specs/types.ts';
import { oneCall, violationsOf } from '../_one-call.ts';
import { itemsFitCategory } from '../../src/plan/_category-items24.ts';
import { organisationDomain } from '../../src/plan/_official-email24.ts';
import { roleNoun } from '../../src/realize/_role-noun24.ts';

const IDS = ['placeholder_example_value', 'tuple_change_without_object', 'one_record_without_id'];

/** Adyen's transaction (openapi 111): the spec's "YOUR_BALANCE_PLATFORM" returned and read out. */
function transaction(platform: string, response: string): DialogueRecord {
  return oneCall({ id: 'koz0tibu' }, { id: 'koz0tibu', amount: { currency: 'CAD', value: -1360000 }, balancePlatform: platform, status: 'pending' }, { name: 'getTransaction', path: '/transactions/{id}', text: 'Get a transaction.', response });
}

/** OpenFGA's tuple changes (openapi 315). */
function changes(response: string): DialogueRecord {
  const result = { changes: [{ tuple_key: { user: 'user:alek', relation: 'reader', object: 'document:2021-budget' }, operation: 'TUPLE_OPERATION_WRITE', timestamp: '2024-08-30T14:45:00Z' }] };
  return oneCall({ store_id: 'ocWBgwd6Y' }, result, { name: 'ReadChanges', path: '/stores/{store_id}/changes', text: 'Get the tuple changes.', response });
}

/** Mandrill's exports/info (openapi 140): information about one export job. */
function exportInfo(args: Record<string, unknown>): DialogueRecord {
  const record = oneCall(args, { id: '4DFEU1zb', state: 'running', type: 'activity', created_at: '2025-10-07T09:00:00Z' }, { name: 'post_exports_info_json', path: '/exports/info.json', method: 'POST', text: 'Get information about my export job 4DFEU1zb.' });
  const op = Object.values(record.operations)[0]!;
  op.description = "Returns information about an export job. If the export job's state is 'complete', the returned data will include a URL.";
  op.parameters = { type: 'object', properties: { id: { type: 'string' }, key: { type: 'string' } } };
  return record;
}

describe('misc24 rules', () => {
  test('placeholder_example_value: "YOUR_BALANCE_PLATFORM", "XEaaaa…", "STUBBED" are no values', () => {
    const broken = violationsOf('placeholder_example_value');
    assert.ok(broken(transaction('YOUR_BALANCE_PLATFORM', 'The status is pending and the balance platform is your balance platform.')).length >= 1);
    assert.deepEqual(broken(transaction('Main platform', 'The status is pending.')), []);
    assert.deepEqual(broken(oneCall({}, { sid: 'XEaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', status: 'ONLINE' })), ['placeholder_example_value']);
    assert.deepEqual(broken(oneCall({}, { sid: 'XE8f3a2c91d04b4e6f8a7c0d2e5b9f1a37', status: 'STUBBED' })), ['placeholder_example_value']);
    assert.deepEqual(broken(oneCall({}, { sid: 'XE8f3a2c91d04b4e6f8a7c0d2e5b9f1a37', status: 'CREATING' })), []);
  });

  test('the generator takes no placeholder example', () => {
    for (const v of ['YOUR_BALANCE_PLATFORM', 'XEaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'APXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', '<account id>', 'xxx', 'STUBBED']) assert.ok(isPlaceholderExample(v), v);
    for (const v of ['BA00000000000000000000001', 'Vancouver', 'balance-platform-eu', 'aabbccdd']) assert.ok(!isPlaceholderExample(v), v);
  });

  test('tuple_change_without_object: a tuple is said with its object', () => {
    const broken = violationsOf('tuple_change_without_object');
    assert.deepEqual(broken(changes('On August 30, 2024 at 14:45 UTC, the operation is write, the user is user:alek, the relation is reader.')), ['tuple_change_without_object']);
    assert.deepEqual(broken(changes('On August 30, 2024 at 14:45 UTC, the operation is write, the user is user:alek, the relation is reader, the object is document:2021-budget.')), []);
  });

  test('one_record_without_id: information about one export job is never asked with {}', () => {
    const broken = violationsOf('one_record_without_id');
    assert.deepEqual(broken(exportInfo({})), ['one_record_without_id']);
    assert.deepEqual(broken(exportInfo({ id: '4DFEU1zb' })), []);
  });

  test('the generator makes the id of an operation about one record required', () => {
    const op = {
      id: 'mandrill.post_exports_info_json', name: 'post_exports_info_json', method: 'POST', path: '/exports/info.json', effect: 'read',
      summary: undefined, description: "Returns information about an export job. If the export job's state is 'complete', the returned data will include a URL.",
      inputs: [{ name: 'id', in: 'body', required: false, schema: { type: 'string' } }, { name: 'key', in: 'body', required: false, schema: { type: 'string' } }],
    } as unknown as Operation;
    assert.ok(aboutOneRecord(op));
    assert.equal(withOneRecordId(op.inputs[0]!, op).required, true);
    assert.equal(withOneRecordId(op.inputs[1]!, op).required, false);
    // A list of export jobs needs no id.
    const list = { ...op, path: '/exports/list.json', description: 'Returns a list of your exports.' } as unknown as Operation;
    assert.equal(withOneRecordId(op.inputs[0]!, list).required, false);
  });

  test('items fetched under a category name it (openapi 329)', () => {
    const items = [{ name: 'Morning Focus', description: 'Morning Focus: a hand-picked mix.' }, { name: 'Dinner Party Jazz' }];
    itemsFitCategory([{ path: 'playlists.items', items }], '/browse/categories/{category_id}/playlists', { category_id: 'dinner' }, undefined, []);
    assert.equal(items[0]!.name, 'Dinner Essentials');
    assert.equal(items[0]!.description, 'Dinner Essentials: a hand-picked mix.');
    assert.equal(items[1]!.name, 'Dinner Party Jazz');
  });

  test("an official's email is on the organisation's domain (openapi 95)", () => {
    assert.equal(organisationDomain('https://news.api.gov.bc.ca/'), 'gov.bc.ca');
    assert.equal(organisationDomain('https://api.twilio.com'), 'twilio.com');
    assert.equal(organisationDomain('https://api.example.com'), undefined);
  });

  test('two ids of one resource are named by role (openapi 341)', () => {
    const op = { name: 'merge', api: 'jira', description: 'Merge versions', method: 'PUT', path: '/api/2/version/{id}/mergeto/{moveIssuesTo}', parameters: { type: 'object', properties: {} } };
    assert.equal(roleNoun('version ID', 'id', op), 'ID of the version to merge');
    assert.equal(roleNoun('version to move issues to', 'moveIssuesTo', op), 'version to move issues to');
    assert.equal(roleNoun('version ID', 'id', { ...op, path: '/api/2/version/{id}' }), 'version ID');
  });
});
