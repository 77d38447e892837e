/**
 * Field names read aloud in replies (QUALITY.md B, J): a scratch copy of a field ({StatusMessageTemp}) is never said
 * as a temperature, items of a list are said by their names alone and alike ("SUVs" as much as "Sedans"), and a
 * spreadsheet-serial number under "Dates" is never said as dates.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { summarizeResult } from '../../src/realize/_response.ts';
import { dialogueRng } from '../../src/random/index.ts';

const sum = (result: unknown, i = 1): string => summarizeResult(result, undefined, new Set(), dialogueRng(1, i, 'x'));

describe('reply field names (wave 19)', () => {
  test('a scratch field ({StatusMessageTemp}) is left out, never "the status message temperature"', () => {
    for (let i = 0; i < 10; i++) {
      const text = sum({ Name: 'Tesla Inc', LastPrice: '341.56', Change: '-11.64', StatusCodeTemp: '', StatusMessageTemp: '6.5' }, i);
      assert.ok(!/temperature|temp\b/i.test(text), text);
    }
    // A real temperature keeps its word.
    assert.match(sum({ WaterTemp: 18.5, Location: 'Brighton' }), /water temperature/i);
  });

  test('list items named by an acronym plural are said by name like the rest', () => {
    const cat = (name: string, type: string) => ({ _id: 1, productGroupName: name, productGroupTypeName: type, sortOrder: 1 });
    const text = sum({ brandName: 'Chevrolet', categories: [cat('SUVs', 'CATEGORY'), cat('Sedans', 'CATEGORY'), cat('Pickup Trucks', 'CATEGORY')], publishableModelsCount: 50 });
    assert.ok(!/product group name/i.test(text), text);
    assert.match(text, /SUVs/);
  });

  test('spreadsheet serial numbers under "Dates" are not said as dates', () => {
    for (let i = 0; i < 10; i++) {
      const text = sum({ Labels: 'Follow-up', Positions: [0.1557, 0.154, 0.2066], Dates: [44092.875, 44097.4688, 45100.6042], Elements: [{ Currency: 'USD', Symbol: 'TSLA', Type: 'price' }] }, i);
      assert.ok(!/44092/.test(text), text);
    }
  });
});
