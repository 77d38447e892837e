/**
 * The texts and settings of one record agree (QUALITY.md E), wave 29: the rules of src/check/_rules-texts29.ts
 * broken on purpose (a newsletter's open-and-click description over spam and send events, more batches than
 * events), good values passing, and the generator keeping them on Mandrill's webhooks.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fixturesDir, skipWithoutFixtures } from '../_shared.ts';
import { oneCall, violationsOf } from '../_one-call.ts';
import { assertGeneratorKeeps } from '../_generated.ts';
import { TEXTS29_INVARIANTS } from '../../src/check/_rules-texts29.ts';
import type { DialogueRecord } from '../../src/plan/types.ts';

const undescribed = violationsOf('webhook_events_undescribed');
const batches = violationsOf('batches_over_events');

const hook = (args: Record<string, unknown>, result: Record<string, unknown>): DialogueRecord =>
  oneCall(args, { id: 274171, url: 'https://mandrillapp.com/webhooks/274171', ...result }, { name: 'post_webhooks_update_json', path: '/webhooks/update.json', method: 'POST' });

describe('the texts and settings of one record agree (wave 29)', () => {
  test("a webhook's description names one of its events", () => {
    const bad = { description: 'Open and click tracking for the newsletter', events: ['spam', 'send'] };
    assert.deepEqual(undescribed(hook({ id: 274171 }, bad)), ['webhook_events_undescribed']);
    assert.deepEqual(undescribed(hook({ id: 274171, ...bad }, bad)), ['webhook_events_undescribed', 'webhook_events_undescribed']);
    assert.deepEqual(undescribed(hook({ id: 274171 }, { description: 'Spam and send events for the newsletter', events: ['spam', 'send'] })), []);
    // A description naming no kind of event says nothing against them.
    assert.deepEqual(undescribed(hook({ id: 274171 }, { description: 'Order events for the shop backend', events: ['reject'] })), []);
  });

  test('a webhook sends no more batches than events', () => {
    assert.deepEqual(batches(hook({ id: 274171 }, { batches_sent: 261, events_sent: 59 })), ['batches_over_events']);
    assert.deepEqual(batches(hook({ id: 274171 }, { batches_sent: 59, events_sent: 261 })), []);
  });

  test('the generator keeps the texts29 rules (openapi Mandrill)', { skip: skipWithoutFixtures }, async () => {
    const mandrill = await assertGeneratorKeeps(TEXTS29_INVARIANTS, [join(fixturesDir, 'openapi', 'mandrill__api.yaml')], 40, { minWritten: 20 });
    let broken = 0;
    for (const w of mandrill) {
      const record = JSON.parse(w.json) as DialogueRecord;
      // A real record broken on purpose: a webhook's events swapped for ones its description does not name.
      const tool = record.turns.find((t) => t.speaker === 'tool' && /post_webhooks_/.test(t.operation) && t.status === 'ok');
      if (!tool || tool.speaker !== 'tool') continue;
      const result = tool.result as Record<string, unknown>;
      if (typeof result.description !== 'string' || !Array.isArray(result.events)) continue;
      assert.deepEqual(undescribed(record), []);
      result.description = 'Open and click tracking for the newsletter';
      result.events = ['reject'];
      assert.ok(undescribed(record).length > 0);
      broken++;
    }
    assert.ok(broken > 0, 'some webhook is read or changed');
  });
});
