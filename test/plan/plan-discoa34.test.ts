/** Wave 34 (discoa): a record described by its name says that name back (openapi 99-118: pool "Transactional" came back as "Cobalt"). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { echoDescribedName34 } from '../../src/plan/_described-name-discoa34.ts';

describe('wave 34 described names', () => {
  test('pool-info sent a pool returns that pool, its addresses in it', () => {
    const result = { name: 'Cobalt', created_at: '2025-12-13T03:00:00Z', ips: [{ ip: '14.79.102.49', pool: 'Transactional' }, { ip: '243.178.217.203', pool: 'Main Pool' }] };
    echoDescribedName34(result, { pool: 'Transactional' }, '/ips/pool-info.json', []);
    assert.equal(result.name, 'Transactional');
    assert.deepEqual(result.ips.map((i) => i.pool), ['Transactional', 'Transactional']);
  });

  test('left alone: an id parameter, a path that is no info of the noun, a pinned name', () => {
    const byId = { name: 'Cobalt' };
    echoDescribedName34(byId, { pool_id: 'Transactional' }, '/ips/pool-info.json', []);
    assert.equal(byId.name, 'Cobalt');
    const list = { name: 'Cobalt' };
    echoDescribedName34(list, { pool: 'Transactional' }, '/ips/list-pools.json', []);
    assert.equal(list.name, 'Cobalt');
    const pinned = { name: 'Cobalt' };
    echoDescribedName34(pinned, { pool: 'Transactional' }, '/ips/pool-info.json', ['name']);
    assert.equal(pinned.name, 'Cobalt');
  });
});
