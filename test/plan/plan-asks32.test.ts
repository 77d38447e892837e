/**
 * Wave 32, asks: a task is never created in a project the list showed as closed (xero getProjects → createTask,
 * openapi line 277 of seed 2026), and Jira's `startAt` ("the index of the first user to return") is never a value
 * the user says, while its `username` ("no users returned if left blank") is asked for (openapi line 133).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { openPick32 } from '../../src/plan/_open-pick32.ts';
import { neededWhenBlank32, offsetByDescription32 } from '../../src/plan/_asks32.ts';
import type { PlanParam } from '../../src/plan/_catalog-types.ts';
import { REFERENCE_DATE } from '../../src/world/index.ts';

function projects(): { items: Record<string, unknown>[] } {
  return {
    items: [
      { projectId: 'a1', name: 'Willow Pilot', deadlineUtc: '2026-07-22T08:00:00Z', status: 'INPROGRESS' },
      { projectId: 'b2', name: 'Summit Migration', deadlineUtc: '2024-01-25T15:15:00Z', status: 'CLOSED' },
      { projectId: 'c3', name: 'Mercury Platform', deadlineUtc: '2025-11-05T03:30:00Z', status: 'CLOSED' },
    ],
  };
}

function param(name: string, description: string, required = false): PlanParam {
  return { name, description, required, schema: { type: 'string' }, sayable: true, idLike: false, violable: false } as unknown as PlanParam;
}

describe('asks32: picks and asks a careful assistant would make', () => {
  test('a closed project picked for a create trades its fields with an open sibling, keeping its pinned id', () => {
    const result = projects();
    openPick32(result, ['items[1].projectId'], 'create');
    assert.deepEqual(result.items[1], { projectId: 'b2', name: 'Willow Pilot', deadlineUtc: '2026-07-22T08:00:00Z', status: 'INPROGRESS' });
    assert.deepEqual(result.items[0], { projectId: 'a1', name: 'Summit Migration', deadlineUtc: '2024-01-25T15:15:00Z', status: 'CLOSED' });
  });

  test('every project listed closed: the picked one takes an open status its schema lists, due after the reference date', () => {
    const result = projects();
    result.items[0]!.status = 'CLOSED';
    const outputs = [{ path: 'items[].status', schema: { type: 'string', enum: ['INPROGRESS', 'CLOSED'] } }];
    openPick32(result, ['items[1].projectId'], 'create', outputs);
    assert.equal(result.items[1]!.status, 'INPROGRESS');
    assert.ok(String(result.items[1]!.deadlineUtc) > REFERENCE_DATE, String(result.items[1]!.deadlineUtc));
    assert.equal(result.items[0]!.status, 'CLOSED');
  });

  test('an open pick, or a pick for an update or a read, is left as drawn', () => {
    for (const [path, effect] of [['items[0].projectId', 'create'], ['items[1].projectId', 'update'], ['items[1].projectId', 'read']] as const) {
      const result = projects();
      openPick32(result, [path], effect);
      assert.deepEqual(result, projects());
    }
  });

  test('a page offset is told by its description, whatever its name', () => {
    assert.equal(offsetByDescription32(param('startAt', 'the index of the first user to return (0-based)')), true);
    assert.equal(offsetByDescription32(param('offset', 'The index of the first item to return. Default: 0 (the first item).')), true);
    assert.equal(offsetByDescription32(param('range_start', 'The position of the first item to be reordered.')), false);
    assert.equal(offsetByDescription32(param('startAt', 'The start time of the event.')), false);
  });

  test('a filter without which nothing comes back is required', () => {
    const [username, issueKey] = neededWhenBlank32([param('username', 'the username filter, no users returned if left blank'), param('issueKey', 'the issue key for the issue being edited')]);
    assert.equal(username!.required, true);
    assert.equal(issueKey!.required, false);
  });
});
