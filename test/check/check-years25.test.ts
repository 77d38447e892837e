/**
 * Plans dated where their state says (QUALITY.md E), wave 25: the rule of src/check/_rules-years25.ts broken on
 * purpose (Xero's getProjects of the openapi fixtures listed two in-progress projects both due 2019-12-10, m24-i2
 * openapi #294), and the generator dating open projects after today on that spec.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fixturesDir, skipWithoutFixtures } from '../_shared.ts';
import { oneCall, violationsOf } from '../_one-call.ts';
import { assertGeneratorKeeps } from '../_generated.ts';

const pastDeadline = violationsOf('open_deadline_past');

/** Xero's getProjects returning projects of these deadlines and statuses. */
function projects(rows: Array<[string, string]>): ReturnType<typeof oneCall> {
  const items = rows.map(([deadlineUtc, status], i) => ({ projectId: `4c7571ab-2692-4074-afa2-413aeca4ed6${i}`, name: ['Orion Platform', 'Beacon App', 'New Kitchen'][i], deadlineUtc, status }));
  return oneCall({}, { pagination: { page: 1, itemCount: items.length }, items }, { name: 'getProjects', path: '/Projects', text: 'List my projects.', response: `I found ${items.length} projects.` });
}

describe('years25 rules', () => {
  test('open_deadline_past: an in-progress project due before today', () => {
    assert.deepEqual(pastDeadline(projects([['2019-12-10T12:59:59Z', 'INPROGRESS'], ['2019-12-10T12:59:59Z', 'INPROGRESS']])), ['open_deadline_past']);
    assert.deepEqual(pastDeadline(projects([['2026-04-08T12:59:59Z', 'INPROGRESS'], ['2025-01-10T12:59:59Z', 'active']])), ['open_deadline_past']);
    // Due after today, or closed: nothing to say.
    assert.deepEqual(pastDeadline(projects([['2026-04-08T12:59:59Z', 'INPROGRESS'], ['2026-06-21T19:00:00Z', 'INPROGRESS']])), []);
    assert.deepEqual(pastDeadline(projects([['2019-12-10T12:59:59Z', 'CLOSED']])), []);
  });

  test('the generator dates open projects after today (openapi fixture)', { skip: skipWithoutFixtures }, async () => {
    let dated = 0;
    for (const out of await assertGeneratorKeeps(['open_deadline_past'], [join(fixturesDir, 'openapi', 'xero__projects.yaml')], 40)) {
      dated += (out.json.match(/"deadlineUtc":"2026-/g) ?? []).length;
    }
    assert.ok(dated > 0, 'some open project is due this year');
  });
});
