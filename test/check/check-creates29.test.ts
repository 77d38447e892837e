/**
 * What a create returns (QUALITY.md E), wave 29: `created_date_changed` and `created_updated_later` broken on
 * purpose with the values the readers found in the openapi 400-set (a Xero project sent due 2019-12-10 coming back
 * due 2026-07-29; an OpenFGA store created at 05:00 and updated at 23:00), good values passing; and the generator
 * keeping them on the Xero Projects and OpenFGA specs.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { join } from 'node:path';
import { oneCall, violationsOf } from '../_one-call.ts';
import { assertGeneratorKeeps } from '../_generated.ts';
import { fixturesDir, skipWithoutFixtures } from '../_shared.ts';
import { checkMeaning } from '../../src/check/index.ts';
import { settleCreated29 } from '../../src/plan/_creates29.ts';
import type { Operation } from '../../src/specs/types.ts';

const changed = violationsOf('created_date_changed');
const later = violationsOf('created_updated_later');
const create = (name: string, path: string) => ({ name, path, method: 'POST', text: 'Create it.' });
const sent = { name: 'New Kitchen', deadlineUtc: '2026-06-13T12:59:59Z' };
const project = (deadlineUtc: string) => ({ projectId: 'c7d6346e-c9a9-4523-8442-ce9188439338', name: 'New Kitchen', deadlineUtc, status: 'INPROGRESS' });
const store = (updated_at: string) => ({ id: '41YCP62FPLN5PSHY84GQDBSY9X', name: 'Expense Approvals', created_at: '2026-03-16T05:00:00Z', updated_at });

describe('creates29', () => {
  test('created_date_changed: a project sent due June 13 comes back due July 29', () => {
    assert.deepEqual(changed(oneCall(sent, project('2026-07-29T12:59:59Z'), create('createProject', '/Projects'))), ['created_date_changed']);
    assert.deepEqual(changed(oneCall(sent, project('2026-06-13T12:59:59Z'), create('createProject', '/Projects'))), []);
    // A read of a project is no create: what it returns may differ from a filter sent.
    assert.deepEqual(changed(oneCall(sent, project('2026-07-29T12:59:59Z'), { name: 'getProject', path: '/Projects' })), []);
  });

  test('created_updated_later: a store created at 05:00 and updated at 23:00', () => {
    assert.deepEqual(later(oneCall({ name: 'Expense Approvals' }, store('2026-03-16T23:00:00Z'), create('CreateStore', '/stores'))), ['created_updated_later']);
    assert.deepEqual(later(oneCall({ name: 'Expense Approvals' }, store('2026-03-16T05:00:00Z'), create('CreateStore', '/stores'))), []);
  });

  test('the generator settles both: the date sent back as sent, updated as made', () => {
    const op = { id: 'x.createProject', name: 'createProject', path: '/Projects', method: 'POST', inputs: [], outputs: [], effect: 'create' } as unknown as Operation;
    const made = project('2026-07-29T12:59:59Z') as Record<string, unknown>;
    settleCreated29(made, sent, op, new Set());
    assert.deepEqual(changed(oneCall(sent, made, create('createProject', '/Projects'))), []);
    const made2 = store('2026-03-16T23:00:00Z') as Record<string, unknown>;
    settleCreated29(made2, { name: 'Expense Approvals' }, op, new Set());
    assert.deepEqual(later(oneCall({ name: 'Expense Approvals' }, made2, create('CreateStore', '/stores'))), []);
  });

  test('the generator keeps them on the Xero Projects and OpenFGA specs', { skip: skipWithoutFixtures }, async () => {
    const specs = ['xero__projects.yaml', 'openfga__api.json'].map((f) => join(fixturesDir, 'openapi', f));
    const written = await assertGeneratorKeeps(['created_date_changed', 'created_updated_later', 'open_deadline_past'], specs, 30, { minWritten: 15 });
    // Real records: a create among them, and none breaks either rule once written.
    assert.ok(written.some((w) => /"operation":"[^"]*\.(createProject|createTask|CreateStore)"/.test(w.json)), 'a create was generated');
    for (const w of written) assert.deepEqual(checkMeaning(JSON.parse(w.json)).map((v) => v.invariant).filter((v) => v.startsWith('created_')), []);
  });
});
