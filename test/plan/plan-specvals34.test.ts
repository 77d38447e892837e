/** Values the spec documents elsewhere (QUALITY.md E, F), wave 34: src/plan/_specvals34.ts and src/realize/_specvals34.ts. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupedFields34, settleLater34, withSiblingKinds34 } from '../../src/plan/_specvals34.ts';
import { valueOfRecord34, withEmbeddedFile34 } from '../../src/realize/_specvals34.ts';
import type { Operation } from '../../src/specs/types.ts';

const KIND_OUT = [{ path: 'id', schema: { type: 'string' } }, { path: 'state', schema: { type: 'string' } }, { path: 'type', schema: { type: 'string' } }];
const op = (name: string, path: string, description: string, outputs: unknown[] = KIND_OUT, effect = 'read'): Operation =>
  ({ id: `mandrill.${name}`, api: { name: 'mandrill' }, name, path, method: 'POST', description, inputs: [], outputs, effect }) as unknown as Operation;

describe('a record of a kind its API names in sibling paths', () => {
  const exportsOps = [op('info', '/exports/info.json', 'Returns information about an export job.'), op('activity', '/exports/activity.json', 'Begins an export of your activity history.'), op('rejects', '/exports/rejects.json', 'Begins an export of your rejection blacklist.'), op('whitelist', '/exports/whitelist.json', 'Begins an export of your whitelist.'), op('list', '/exports/list.json', 'Returns a list of your exports.', KIND_OUT.map((f) => ({ ...f, path: `[].${f.path}` })))];
  const all = exportsOps.map((operation) => ({ operation }));
  const enumOf = (o: Operation, path: string): unknown => (withSiblingKinds34(o.outputs as never, o, all).find((f) => f.path === path)?.schema as { enum?: unknown }).enum;
  it('an export job is of the kinds the calls that start exports name, never "export"', () => {
    assert.deepEqual(enumOf(exportsOps[0]!, 'type'), ['activity', 'reject', 'whitelist']);
    assert.deepEqual(enumOf(exportsOps[4]!, '[].type'), ['activity', 'reject', 'whitelist']);
    assert.deepEqual(enumOf(exportsOps[1]!, 'type'), ['activity']);
    assert.equal(enumOf(exportsOps[0]!, 'state'), undefined);
  });
  it('leaves an API root with its resources alone', () => {
    const root = [op('home', '/api/Home', ''), op('posts', '/api/Posts', ''), op('tags', '/api/Tags', '')];
    const every = root.map((operation) => ({ operation }));
    assert.equal(withSiblingKinds34(root[0]!.outputs as never, root[0]!, every), root[0]!.outputs);
  });
});

describe('a record added to be indexed', () => {
  it('is being indexed, not completed', () => {
    const add = op('add', '/metadata/add.json', 'Add a new custom metadata field to be indexed for the account.', [{ path: 'name', schema: { type: 'string' } }, { path: 'state', schema: { type: 'string' } }], 'create');
    const result = { name: 'Horizon', state: 'completed' };
    settleLater34(result, add, true, { name: 'Horizon' }, new Set());
    assert.equal(result.state, 'indexing');
    const plain = op('add', '/metadata/add.json', 'Add a new custom metadata field.', add.outputs, 'create');
    const other = { name: 'Horizon', state: 'completed' };
    settleLater34(other, plain, true, {}, new Set());
    assert.equal(other.state, 'completed');
  });
});

describe('records in their groups', () => {
  it('issue types with valid status values are issue types holding statuses', () => {
    const fields = groupedFields34(op('getAllStatuses', '/project/{key}/statuses', 'Get all issue types with valid status values for a project'), 'statuse');
    assert.deepEqual(fields?.map((f) => f.path), ['issue_types[].id', 'issue_types[].name', 'issue_types[].statuses[].id', 'issue_types[].statuses[].name']);
    assert.ok(Array.isArray((fields?.[1]?.schema as { enum?: unknown }).enum));
  });
  it('a list with filters or by page is no grouping', () => {
    assert.equal(groupedFields34(op('list', '/properties/list', 'List properties with options and filters'), 'property'), undefined);
    assert.equal(groupedFields34(op('get', '/articles', 'This returns articles grouped by page numbers'), 'article'), undefined);
    assert.equal(groupedFields34(op('getOrdersCount', '/orders/count', 'Gets an array of orders organized by order status.'), 'order'), undefined);
  });
});

describe('replies that say what a value is', () => {
  it('a captcha image is said, its bytes never read out', () => {
    const said = withEmbeddedFile34({ data: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAHgAAAAokjEeEQquD5lZ', id: '22915' }, 'The ID is 22915.', 'I need to get the captcha.');
    assert.match(said, /^The captcha came back as a PNG image \(about \d+ bytes, base64-encoded\)/);
    assert.ok(!said.includes('iVBOR'));
    assert.equal(withEmbeddedFile34({ id: '22915' }, 'The ID is 22915.', 'captcha'), 'The ID is 22915.');
  });
  it('a record read by its id says whose value it is', () => {
    assert.equal(valueOfRecord34(['value'], '/api/2/customFieldOption/{id}'), 'custom field option value');
    assert.equal(valueOfRecord34(['value'], '/api/2/convert'), undefined);
    assert.equal(valueOfRecord34(['rate', 'value'], '/rates/{id}'), undefined);
  });
});
