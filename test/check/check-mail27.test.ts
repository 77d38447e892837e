/**
 * Mail account records true to their life (QUALITY.md E), wave 27: the rules of src/check/_rules-mail27.ts broken
 * on purpose (a subaccount just added that has sent mail already, a CNAME valid after its last test), and the
 * generator keeping them on Mandrill, a new subaccount added with nothing sent and a new template unpublished.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fixturesDir, skipWithoutFixtures } from '../_shared.ts';
import { oneCall, violationsOf } from '../_one-call.ts';
import { assertGeneratorKeeps } from '../_generated.ts';
import { MAIL27_INVARIANTS } from '../../src/check/_rules-mail27.ts';
import type { DialogueRecord, RecordOperation } from '../../src/plan/types.ts';
import { identifiesRecord27 } from '../../src/realize/_identity27.ts';
import { periodCount27 } from '../../src/realize/_period-count27.ts';

const activity = violationsOf('new_record_activity');
const untested = violationsOf('valid_after_untested');

const added = (result: Record<string, unknown>): DialogueRecord =>
  oneCall({ id: 'zd1vTnBZ', name: 'Nova' }, { id: 'zd1vTnBZ', name: 'Nova', created_at: '2026-03-16T05:30:00Z', status: 'active', reputation: 48, ...result }, { name: 'post_subaccounts_add_json', path: '/subaccounts/add.json', method: 'POST', text: 'Help me add a new subaccount.' });

const tracking = (cname: Record<string, unknown>): DialogueRecord =>
  oneCall({ domain: 'greenleafcafe.io' }, { cname, created_at: '2024-09-28T21:15:00Z', domain: 'greenleafcafe.io', last_tested_at: '2025-02-07T20:45:00Z', valid_tracking: cname.valid }, { name: 'post_urls_check_tracking_domain_json', path: '/urls/check-tracking-domain.json', method: 'POST' });

describe('mail27 rules', () => {
  test('new_record_activity: a subaccount just added that has sent mail already', () => {
    assert.deepEqual(activity(added({ first_sent_at: '2026-05-09T15:00:00Z', sent_total: 0, sent_weekly: 0 })), ['new_record_activity']);
    assert.deepEqual(activity(added({ first_sent_at: null, sent_total: 0, sent_monthly: 381, sent_weekly: 300 })), ['new_record_activity', 'new_record_activity']);
    assert.deepEqual(activity(added({ first_sent_at: null, sent_total: 0, sent_monthly: 0, sent_weekly: 0 })), []);
    // An update of an account that exists has its history.
    const updated = added({ first_sent_at: '2025-11-19T16:45:00Z', sent_monthly: 307 });
    for (const op of Object.values(updated.operations)) Object.assign(op, { name: 'post_subaccounts_update_json', path: '/subaccounts/update.json', description: 'Update an existing subaccount' });
    assert.deepEqual(activity(updated), []);
  });

  test('valid_after_untested: a CNAME valid after its last test', () => {
    assert.deepEqual(untested(tracking({ valid: true, valid_after: '2025-08-10' })), ['valid_after_untested']);
    assert.deepEqual(untested(tracking({ valid: true, valid_after: '2024-11-08' })), []);
    assert.deepEqual(untested(tracking({ valid: false, valid_after: '2025-08-10' })), []);
  });

  test('the realizer: an update names its record by a field it never says is now set; a count over a period', () => {
    const op = (name: string, description: string, properties: string[], required: string[] = []): RecordOperation => ({ name, api: 'x', description, method: 'POST', path: '/x.json', parameters: { type: 'object', properties: Object.fromEntries(properties.map((p) => [p, { type: 'string' }])), required } });
    const template = op('post_templates_update_json', 'Update the code for an existing template.', ['name', 'code', 'subject'], ['name']);
    assert.equal(identifiesRecord27(template, 'name'), true);
    assert.equal(identifiesRecord27(template, 'subject'), false);
    assert.equal(identifiesRecord27(op('post_subaccounts_update_json', 'Update an existing subaccount', ['id', 'name']), 'name'), false);
    const dns = op('post_ips_set_custom_dns_json', 'Configures the custom DNS name for a dedicated IP.', ['ip', 'domain']);
    assert.equal(identifiesRecord27(dns, 'ip'), true);
    assert.equal(identifiesRecord27(dns, 'domain'), false);
    assert.equal(periodCount27('sent monthly', 0, false), 'the number sent this month is 0');
    assert.equal(periodCount27('speed monthly', 3, false), undefined);
  });

  test('the generator keeps the mail27 rules (openapi Mandrill)', { skip: skipWithoutFixtures }, async () => {
    const written = await assertGeneratorKeeps(MAIL27_INVARIANTS, [join(fixturesDir, 'openapi', 'mandrill__api.yaml')], 60, { minWritten: 40 });
    let broken = 0;
    for (const w of written) {
      const record = JSON.parse(w.json) as DialogueRecord;
      // A real record broken on purpose: a new subaccount that has sent mail.
      const tool = record.turns.find((t) => t.speaker === 'tool' && t.operation.endsWith('post_subaccounts_add_json') && t.status === 'ok');
      if (!tool || tool.speaker !== 'tool') continue;
      const result = tool.result as Record<string, unknown>;
      assert.equal(typeof result.first_sent_at === 'string', false, 'a new subaccount has no first send');
      assert.ok(!(Number(result.sent_monthly) > 0), 'a new subaccount has sent nothing this month');
      result.first_sent_at = '2026-05-09T15:00:00Z';
      assert.deepEqual(activity(record), ['new_record_activity']);
      broken++;
    }
    assert.ok(broken > 0, 'some subaccount is added');
  });
});
