/** Wave 19: a curated list is no lookup for a record the user failed to identify; a delete names the records it removes. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { curatedList } from '../../src/plan/_owner.ts';
import { writtenRecordId } from '../../src/plan/_record-ids19.ts';
import type { PlanOperation, PlanParam } from '../../src/plan/_catalog-types.ts';

const param = (name: string) => ({ name, required: false }) as unknown as PlanParam;
const write = (effect: string, params: PlanParam[]) => ({ params, operation: { effect, inputs: params.map((p) => ({ name: p.name, in: 'body' })) } }) as unknown as PlanOperation;

describe('lookups: where a record is looked up, and what a write names', () => {
  test('new releases, featured lists, top artists and recently played never look up an arbitrary record', () => {
    assert.equal(curatedList({ id: 'spotify.get-new-releases', name: 'get-new-releases', path: '/browse/new-releases' }), true);
    assert.equal(curatedList({ id: 'spotify.get-users-top-artists', name: 'get-users-top-artists', path: '/me/top/artists' }), true);
    assert.equal(curatedList({ id: 'spotify.get-recently-played', name: 'getRecentlyPlayed', path: '/me/player/recently-played' }), true);
    assert.equal(curatedList({ id: 'spotify.search', name: 'search', path: '/search' }), false);
    assert.equal(curatedList({ id: 'spotify.get-categories', name: 'get-categories', path: '/browse/categories' }), false);
  });

  test('a delete on a body names its records by their ids, never by audit filters alone', () => {
    const ids = param('ids');
    const del = write('delete', [param('createBy'), ids, param('updateBy')]);
    assert.equal(writtenRecordId(del, del.params), ids);
    // A transfer to devices writes the device list: it is what is set, not the record changed.
    const transfer = write('action', [param('device_ids'), param('play')]);
    assert.equal(writtenRecordId(transfer, transfer.params), undefined);
  });
});

describe('a delete names the records it removes (QUALITY.md I)', () => {
  test('is a meaning invariant; a delete sending only audit filters breaks it, one sending ids passes', async () => {
    const { MEANING_INVARIANTS } = await import('../../src/check/index.ts');
    const { oneCall, violationsOf } = await import('../_one-call.ts');
    assert.ok((MEANING_INVARIANTS as readonly string[]).includes('delete_unidentified'));
    const unidentified = violationsOf('delete_unidentified');
    const del = (args: Record<string, unknown>) => {
      const record = oneCall(args, { code: 200, msg: 'Operation successful.' }, { name: 'delete_api_v1_post', method: 'DELETE', path: '/api/v1/post', text: 'Delete posts.' });
      (record.operations['x.delete_api_v1_post'] as { parameters: unknown }).parameters = { type: 'object', properties: { createBy: { type: 'integer' }, ids: { type: 'array', items: { type: 'integer' } }, updateBy: { type: 'integer' } } };
      return record;
    };
    assert.deepEqual(unidentified(del({ createBy: 365, updateBy: 159 })), ['delete_unidentified']);
    assert.deepEqual(unidentified(del({ ids: [487415], updateBy: 365 })), []);
  });
});
