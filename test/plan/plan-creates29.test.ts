/** What a create returns (QUALITY.md E): src/plan/_creates29.ts. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { futureDeadlines29, settleCreated29 } from '../../src/plan/_creates29.ts';
import { REFERENCE_DATE } from '../../src/world/index.ts';
import type { Operation } from '../../src/specs/types.ts';

const body = (name: string, type: string, required = false) => ({ name, in: 'body', required, schema: { type } });
const op = (inputs: unknown[]): Operation => ({ id: 'x.create', name: 'create', path: '/things', method: 'POST', inputs, outputs: [], effect: 'create' }) as unknown as Operation;

describe('a create returns what it was sent and nothing more', () => {
  it('moves a past deadline of a create ahead, and leaves a read alone', () => {
    const values = new Map<string, unknown>([['deadlineUtc', '2019-12-10T12:59:59Z'], ['name', 'New Kitchen']]);
    assert.equal(futureDeadlines29({ effect: 'create' }, values), true);
    const moved = values.get('deadlineUtc') as string;
    assert.ok(moved.slice(0, 10) > REFERENCE_DATE && moved.endsWith('T12:59:59Z'), moved);
    const read = new Map<string, unknown>([['deadline', '2019-12-10']]);
    assert.equal(futureDeadlines29({ effect: 'read' }, read), false);
    assert.equal(read.get('deadline'), '2019-12-10');
  });

  it('echoes sent values, zeroes gathered money, updates as made and empties unsent optional fields', () => {
    const record: Record<string, unknown> = {
      projectId: 'p1', name: 'New Kitchen', deadlineUtc: '2026-07-29T12:59:59Z', deposit: { currency: 'PLN', value: 333.28 }, depositApplied: { currency: 'PLN', value: 361.44 },
      totalTaskAmount: { currency: 'PLN', value: 136.32 }, estimateAmount: { currency: 'PLN', value: 702.6 }, from_name: 'Schmitt Holdings', labels: ['Review'], profile: { name: 'Bins Partners' },
      created_at: '2026-03-16T05:00:00Z', updated_at: '2026-03-16T23:00:00Z', sourceUrl: 'https://x.example/own',
    };
    const args = { name: 'New Kitchen', deadlineUtc: '2026-06-13T12:59:59Z', estimateAmount: 702.6, sourceUrl: 'https://x.example/other' };
    settleCreated29(record, args, op([body('name', 'string', true), body('deadlineUtc', 'string'), body('from_name', 'string'), body('labels', 'array'), body('profile', 'object'), body('sourceUrl', 'string')]), new Set());
    assert.equal(record.deadlineUtc, '2026-06-13T12:59:59Z');
    assert.deepEqual([record.deposit, record.depositApplied, record.totalTaskAmount], [{ currency: 'PLN', value: 0 }, { currency: 'PLN', value: 0 }, { currency: 'PLN', value: 0 }]);
    assert.deepEqual(record.estimateAmount, { currency: 'PLN', value: 702.6 });
    assert.equal(record.updated_at, record.created_at);
    assert.deepEqual([record.from_name, record.labels, record.profile], [null, [], null]);
    assert.equal(record.sourceUrl, 'https://x.example/own'); // a link sent names another record
  });

  it('keeps what the chain reads', () => {
    const record: Record<string, unknown> = { from_name: 'Schmitt Holdings', created_at: '2026-03-16T05:00:00Z', updated_at: '2026-03-16T23:00:00Z' };
    settleCreated29(record, {}, op([body('from_name', 'string')]), new Set([JSON.stringify('Schmitt Holdings'), JSON.stringify('2026-03-16T23:00:00Z')]));
    assert.equal(record.from_name, 'Schmitt Holdings');
    assert.equal(record.updated_at, '2026-03-16T23:00:00Z');
  });
});
