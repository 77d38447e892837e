/** A grid's radius is said with its unit and the grid is named in the reply (rapidapi m28 #86); a slug is no URL (#99). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RecordOperation } from '../../src/plan/types.ts';
import { withUnitGrid29 } from '../../src/realize/_unit-said-grid29.ts';
import { gridSaidGrid29 } from '../../src/realize/_grid-said-grid29.ts';
import { slugUrl29 } from '../../src/realize/_slug-url-grid29.ts';

const op: RecordOperation = {
  name: 'calculate_grid_coordinate_points', api: 'local_rank_tracker', description: '', method: 'GET', path: '/grid',
  parameters: { type: 'object', properties: {
    radius: { type: 'string' }, grid_size: { type: 'string' },
    radius_units: { type: 'string', enum: ['km', 'mi'], description: 'Distance units (kilometers / miles).  **Allowed values:** km, mi. **Default:** km.' },
  } },
};
const ops = { 'local_rank_tracker.grid': op };
const ref = { operation: 'local_rank_tracker.grid', param: 'radius' };

describe('grid29 speech', () => {
  it('says a radius with the unit it is sent in, else its documented default', () => {
    assert.equal(withUnitGrid29({ operations: ops, slots: [] }, ref, '1.5', '1.5'), '1.5 kilometers');
    const miles = [{ operation: ref.operation, param: 'radius_units', value: 'mi', source: 'user', required: false }] as never;
    assert.equal(withUnitGrid29({ operations: ops, slots: miles }, ref, '1', '1'), '1 mile');
    assert.equal(withUnitGrid29({ operations: ops, slots: [] }, { ...ref, param: 'grid_size' }, '3', '3'), '3');
  });

  it('names the grid the call laid out', () => {
    assert.equal(gridSaidGrid29({ grid_size: '3', radius: '2.5' }, op), 'I used a 3 by 3 grid with points 2.5 kilometers apart.');
    assert.equal(gridSaidGrid29({ grid_size: '5', radius: '1', radius_units: 'mi' }, op, (items) => items[1]!), 'The grid is 5 by 5, its points 1 mile apart.');
    assert.equal(gridSaidGrid29({ radius: '2.5' }, op), undefined);
  });

  it('reads no bare slug as a URL', () => {
    assert.equal(slugUrl29('url', 'manchester-england-united-kingdom'), true);
    assert.equal(slugUrl29('url', 'https://example.com/a-b'), false);
    assert.equal(slugUrl29('name', 'a-b'), false);
  });
});
