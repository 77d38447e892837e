/** Wave 6 planner rules: async "Creates a task" reads are no lookups; a hop whose values the first list holds is a detour. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { saysItCreates } from '../../src/plan/_writes.ts';
import { firstAlreadyGives } from '../../src/plan/_detour.ts';
import type { PlanOperation } from '../../src/plan/_catalog-types.ts';

const withOutputs = (...paths: string[]) => ({ operation: { outputs: paths.map((path) => ({ path, schema: {} })) } }) as unknown as PlanOperation;

describe('planner: side-effecting sources and detours', () => {
  test('a get_…_async that "Creates a task" makes something; a plain get does not', () => {
    assert.equal(saysItCreates({ summary: 'Creates a task that will return complete SERP data' }), true);
    assert.equal(saysItCreates({ summary: 'Get SERP results for a task' }), false);
  });

  test('a city list with coordinates makes a later get-city-by-id hop for them a detour', () => {
    const cities = withOutputs('cities[].id', 'cities[].name', 'cities[].location.latitude', 'cities[].location.longitude');
    assert.equal(firstAlreadyGives(cities, { chained: [{ output: 'location.latitude' }, { output: 'location.longitude' }] }), true);
    assert.equal(firstAlreadyGives(cities, { chained: [{ output: 'location.timezone' }] }), false);
    // An id is every record's own: a list's `id` says nothing about the next record's id.
    assert.equal(firstAlreadyGives(withOutputs('cities[].id'), { chained: [{ output: 'id' }] }), false);
  });
});
