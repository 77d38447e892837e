/** Wave 31 (codes2): numbers said with their unit or not at all, bare id lists said by name, described codes by name. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { summarizeResult } from '../../src/realize/_response.ts';
import { dialogueRng } from '../../src/random/index.ts';
import { describedCode31 } from '../../src/realize/_described-codes31.ts';
import { describedCodeName31 } from '../../src/text/described-codes31.ts';

const sum = (result: unknown, i = 1): string => summarizeResult(result, undefined, new Set(), dialogueRng(1, i, 'x'));

describe('wave 31 codes2', () => {
  test('a bare duration beside seconds fields is said in minutes and seconds', () => {
    const text = sum({ track: { duration: 207.95985, offset_seconds: 0, loudness: -3.7, tempo: 161.02 } });
    assert.match(text, /3 minutes 28 seconds/);
    assert.doesNotMatch(text, /207/);
  });

  test('a mileage start is the starting mileage in miles', () => {
    const text = sum({ vehicle: '2010 Nissan Altima', mileage_start: 50000, cost_per_mile: 0.86 });
    assert.match(text, /starting mileage is 50000 miles/);
    assert.doesNotMatch(text, /mileage start/);
  });

  test('disc numbers and picture sizes are not read out', () => {
    const tracks = sum({ items: [{ name: 'Golden Voices', disc_number: 2, duration_ms: 209573 }, { name: 'Faded Echoes', disc_number: 1, duration_ms: 230000 }] });
    assert.doesNotMatch(tracks, /disc/i);
    const picture = sum({ image: { url: 'https://example.com/a.png', width: 128, height: 24 }, title: 'Stars' });
    assert.doesNotMatch(picture, /width|height/i);
  });

  test('a list of bare ids is said by the names the result gives them, or not at all', () => {
    const named = sum({ menu_items: [{ id: 119, name: 'Reports' }, { id: 166, name: 'Settings' }, { id: 296, name: 'Menus' }], checked_keys: [119, 166] });
    assert.match(named, /Reports and Settings/);
    assert.doesNotMatch(named, /119/);
    const bare = sum({ code: 200, roleId: 5, checked_keys: [119, 166], menu_items: [{ id: 1, path: '/a' }, { id: 2, path: '/b' }] });
    assert.doesNotMatch(bare, /119/);
  });

  test('a code the description names is said by its name', () => {
    const description = 'Choose 1 for PGA Tour or  2 for LIV Tour.';
    assert.equal(describedCodeName31(description, '2'), 'LIV Tour');
    assert.equal(describedCode31('organization ID', '2', description), 'the organization is LIV Tour');
    // One example ("e.g. 70143836 for Breaking Bad") maps no codes.
    assert.equal(describedCodeName31('actual netflix ID e.g. 70143836 for Breaking Bad', '70143836'), undefined);
    assert.equal(describedCodeName31(description, '3'), undefined);
  });
});
