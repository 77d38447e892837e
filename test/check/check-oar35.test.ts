/**
 * Records that fit their API (QUALITY.md E), wave 35: `millis_sent_as_seconds` and `substring_hit_lacks_query`
 * broken on purpose with what the readers found (Jira's worklog `since` sent as 1772628900, a group search for
 * "67010" finding "Travel 67010" and a group search for "dev" finding "Travel"), the values the generator now draws
 * passing; and the generator keeping both on the Jira spec.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { join } from 'node:path';
import { oneCall, violationsOf } from '../_one-call.ts';
import { assertGeneratorKeeps } from '../_generated.ts';
import { fixturesDir, skipWithoutFixtures } from '../_shared.ts';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { groupSearchValue35, fitGroupSearch35 } from '../../src/plan/_group-search-oar35.ts';
import { Rng } from '../../src/random/index.ts';
import { pathOwnedNoun35 } from '../../src/realize/_path-owner-oar35.ts';

const millis = violationsOf('millis_sent_as_seconds');
const substring = violationsOf('substring_hit_lacks_query');

/** The record's one operation, given a description and parameters. */
function withOperation(record: DialogueRecord, description: string, properties: Record<string, unknown>): DialogueRecord {
  const op = Object.values(record.operations)[0]!;
  op.description = description;
  op.parameters = { type: 'object', properties } as DialogueRecord['operations'][string]['parameters'];
  return record;
}

const SINCE = { since: { type: 'integer', format: 'int64', description: 'a date time in unix timestamp format since when deleted worklogs will be returned.' } };
const worklogs = (since: number) => withOperation(oneCall({ since }, { values: [{ worklogId: 10001 }] }, { name: 'getIdsOfWorklogsDeletedSince', path: '/api/2/worklog/deleted' }), 'Returns worklogs id and delete time of worklogs that was deleted since given time.', SINCE);
const GROUPS = 'Returns groups with substrings matching a given query. This is mainly for use with the group picker.';
const QUERY = { query: { type: 'string', description: 'a String to match groups agains' }, exclude: { type: 'string' } };
const groups = (query: string, names: string[]) => withOperation(oneCall({ query }, { groups: names.map((name, i) => ({ id: String(72288 + i), name })) }, { name: 'findGroups', path: '/api/2/groups/picker' }), GROUPS, QUERY);

describe('oar35', () => {
  test('millis_sent_as_seconds: a Jira int64 unix time, a `sinceMs`, a described millisecond time sent in seconds', () => {
    assert.deepEqual(millis(worklogs(1772628900)), ['millis_sent_as_seconds']);
    assert.deepEqual(millis(worklogs(1772628900000)), []);
    const ms = (args: Record<string, unknown>, properties: Record<string, unknown> = {}) => withOperation(oneCall(args, { events: [] }), 'Lists events.', properties);
    assert.deepEqual(millis(ms({ sinceMs: 1772628900 })), ['millis_sent_as_seconds']);
    assert.deepEqual(millis(ms({ sinceMs: 1772628900000 })), []);
    assert.deepEqual(millis(ms({ from: 1772628900 }, { from: { type: 'integer', description: 'Unix time in milliseconds' } })), ['millis_sent_as_seconds']);
    // A Unix time in seconds stays seconds.
    assert.deepEqual(millis(ms({ from: 1772628900 }, { from: { type: 'integer', description: 'Unix timestamp in seconds' } })), []);
    assert.deepEqual(millis(ms({ timestamp: 1772628900 }, { timestamp: { type: 'integer', description: 'Unix timestamp' } })), []);
  });

  test('substring_hit_lacks_query: a group search finds groups without its text', () => {
    assert.deepEqual(substring(groups('67010', ['67010', 'Travel 67010', 'Sports'])), ['substring_hit_lacks_query']);
    assert.deepEqual(substring(groups('dev', ['Travel', 'News', 'General'])), ['substring_hit_lacks_query']);
    assert.deepEqual(substring(groups('dev', ['developers', 'dev-leads', 'devops'])), []);
    // A search that does not match substrings may find anything.
    const plain = groups('dev', ['Travel']);
    Object.values(plain.operations)[0]!.description = 'Returns groups.';
    assert.deepEqual(substring(plain), []);
  });

  test('the generator draws a word of group names and groups that contain it', () => {
    const op = { id: 'j.findGroups', operation: { effect: 'read', path: '/api/2/groups/picker', description: GROUPS }, params: [], required: [], optional: [], record: {} } as never;
    const term = groupSearchValue35(op, { name: 'query', schema: { type: 'string' } } as never, Rng.for(7, 0));
    assert.match(term ?? '', /^[a-z]+$/);
    const result = { groups: [{ id: '1', name: 'Travel' }, { id: '2', name: `Business ${term}` }] };
    fitGroupSearch35(result, { query: term }, { path: '/api/2/groups/picker', description: GROUPS }, new Set());
    for (const g of result.groups) assert.ok(g.name.includes(term!), g.name);
    assert.equal(groupSearchValue35(op, { name: 'maxResults', schema: { type: 'integer' } } as never, Rng.for(7, 0)), undefined);
  });

  test('a bare path parameter is named for its record: "the well tag", never "the tag"', () => {
    assert.equal(pathOwnedNoun35('tag', { path: '/wells/{tag}/files' }), 'well tag');
    assert.equal(pathOwnedNoun35('key', { path: '/projects/{key}' }), 'project key');
    assert.equal(pathOwnedNoun35('tag', { path: '/tags/{tag}' }), undefined);
    assert.equal(pathOwnedNoun35('id', { path: '/wells/{id}' }), undefined);
  });

  test('the generator keeps both on the Jira spec', { skip: skipWithoutFixtures }, async () => {
    await assertGeneratorKeeps(['millis_sent_as_seconds', 'substring_hit_lacks_query'], [join(fixturesDir, 'openapi', 'atlassian__jira-7.6.1.json')], 30, { minWritten: 15 });
  });
});
