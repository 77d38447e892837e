/**
 * Status words and results of actions (QUALITY.md E), wave 28: the rules of src/check/_rules-status28.ts broken on
 * purpose (a subaccount "completed", weekly sends above monthly ones, a cancellation only initiated told as done),
 * good values passing, and the generator keeping them on Mandrill and Adyen's transfers.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fixturesDir, skipWithoutFixtures } from '../_shared.ts';
import { oneCall, violationsOf } from '../_one-call.ts';
import { assertGeneratorKeeps } from '../_generated.ts';
import { STATUS28_INVARIANTS } from '../../src/check/_rules-status28.ts';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { agreeStatus28, resourceStates28 } from '../../src/plan/_status28.ts';
import { treeFields28 } from '../../src/plan/_status-tree28.ts';
import { requestedNote28 } from '../../src/realize/_requested28.ts';

const jobWord = violationsOf('resource_status_job_word');
const counters = violationsOf('counters_out_of_order');
const started = violationsOf('started_reported_done');

const subaccount = (result: Record<string, unknown>): DialogueRecord =>
  oneCall({ id: '9TWv4t0G', name: 'Horizon' }, { id: '9TWv4t0G', name: 'Horizon', reputation: 82, ...result }, { name: 'post_subaccounts_update_json', path: '/subaccounts/update.json', method: 'POST' });

const cancel = (result: unknown, response: string): DialogueRecord => {
  const record = oneCall({ transferIds: ['APUFHASUDF4AS', '407ASFPUAHSFA'] }, result, { name: 'post-transfers-cancel', path: '/transfers/cancel', method: 'POST', response });
  for (const op of Object.values(record.operations)) op.description = 'Cancel initiated transfers — Initiates the cancellation of a list of transfers that triggered an additional review. Adyen sends the outcome of the cancel request through webhooks.';
  return record;
};

describe('status28 rules', () => {
  test('resource_status_job_word: a subaccount "completed"', () => {
    assert.deepEqual(jobWord(subaccount({ status: 'completed' })), ['resource_status_job_word']);
    assert.deepEqual(jobWord(subaccount({ status: 'paused' })), []);
    // A job's or an order's word fits it.
    assert.deepEqual(jobWord(oneCall({}, { status: 'completed' }, { name: 'post_exports_info_json', path: '/exports/info.json', method: 'POST' })), []);
  });

  test('counters_out_of_order: more sent this week than this month', () => {
    assert.deepEqual(counters(subaccount({ sent_weekly: 213, sent_monthly: 197, sent_total: 297 })), ['counters_out_of_order']);
    assert.deepEqual(counters(subaccount({ sent_weekly: 213, sent_monthly: 298, sent_total: 297 })), ['counters_out_of_order']);
    assert.deepEqual(counters(subaccount({ sent_weekly: 197, sent_monthly: 213, sent_total: 297 })), []);
  });

  test('started_reported_done: a cancellation only initiated, told as done', () => {
    assert.deepEqual(started(cancel({ status: 'completed' }, 'Done: I cancelled the 2 initiated transfers.')), ['started_reported_done', 'started_reported_done']);
    assert.deepEqual(started(cancel({ status: 'received' }, 'I sent the request to cancel the 2 initiated transfers; the service reports the outcome later.')), []);
  });

  test('the generator: a resource in its state, an envelope OK, counters in order, a scheduled send', () => {
    assert.deepEqual(resourceStates28(' post subaccounts update json subaccounts update json '), ['active', 'active', 'active', 'paused', 'active']);
    assert.ok(resourceStates28(' get api v1 menu treeselect role id ')?.includes('active'));
    assert.deepEqual(resourceStates28(' post subaccounts add json subaccounts add json '), ['active']);
    assert.equal(resourceStates28(' post exports info json '), undefined);
    assert.equal(resourceStates28(' get wells ', '', 'well_status'), undefined);
    assert.equal(resourceStates28(' get orders user '), undefined);
    const account = { sent_weekly: 213, sent_monthly: 197, sent_total: 297, start_day: 15, start_month: 3 };
    agreeStatus28(account, {});
    assert.ok(account.sent_weekly <= account.sent_monthly && account.sent_monthly <= account.sent_total, JSON.stringify(account));
    assert.equal(account.start_month, 3);
    const envelope = { code: 200, msg: 'Request completed successfully.', requestId: '83511', status: 'confirmed' };
    agreeStatus28(envelope, {});
    assert.equal(envelope.status, 'OK');
    const sends = [{ email: 'mia@fastmail.com', status: 'sent' }];
    agreeStatus28(sends, { send_at: '2026-03-20T20:00:00Z' });
    assert.equal(sends[0]!.status, 'scheduled');
  });

  test('the realizer says a started action was requested; a tree read lists its entries', () => {
    const record = cancel({ status: 'received' }, '');
    const op = Object.values(record.operations)[0]!;
    assert.equal(requestedNote28(op, { transferIds: ['APUFHASUDF4AS', '407ASFPUAHSFA'] }), 'I sent the request to cancel the 2 initiated transfers; the service reports the outcome later. ');
    assert.equal(requestedNote28({ ...op, description: 'Cancel a transfer.' }, {}), '');
    const tree = treeFields28({ name: 'get_api_v1_menuTreeselect_roleId' } as never)?.map((f) => f.path);
    assert.deepEqual(tree, ['menu_items[].id', 'menu_items[].name', 'checked_keys[]']);
    assert.equal(treeFields28({ name: 'get_api_v1_menu' } as never), undefined);
  });

  test('the generator keeps the status28 rules (openapi Mandrill, Adyen transfers)', { skip: skipWithoutFixtures }, async () => {
    const mandrill = await assertGeneratorKeeps(STATUS28_INVARIANTS, [join(fixturesDir, 'openapi', 'mandrill__api.yaml')], 60, { minWritten: 40 });
    let broken = 0;
    for (const w of mandrill) {
      const record = JSON.parse(w.json) as DialogueRecord;
      // A real record broken on purpose: a subaccount's status as a job's.
      const tool = record.turns.find((t) => t.speaker === 'tool' && /post_subaccounts_(update|info|add)_json$/.test(t.operation) && t.status === 'ok');
      if (!tool || tool.speaker !== 'tool') continue;
      const result = tool.result as Record<string, unknown>;
      if (typeof result.status !== 'string') continue;
      assert.ok(!/^(completed|confirmed)$/.test(result.status), result.status);
      result.status = 'completed';
      assert.deepEqual(jobWord(record), ['resource_status_job_word']);
      broken++;
    }
    assert.ok(broken > 0, 'some subaccount is read or changed');
    const adyen = await assertGeneratorKeeps(STATUS28_INVARIANTS, [join(fixturesDir, 'openapi', 'adyen__transfers-v4.json')], 24, { minWritten: 12 });
    for (const w of adyen) assert.ok(!/"Done: I (cancel|approv)/.test(w.json), w.json.slice(0, 300));
  });
});
