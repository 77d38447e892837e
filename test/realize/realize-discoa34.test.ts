/** Wave 34 (discoa): a longer nameless list said whole; a comma-joined list of ids said as a list, and matched so. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { listReply24 } from '../../src/realize/_list-first24.ts';
import { sayParamValue } from '../../src/realize/_param-speech.ts';
import { dialogueRng } from '../../src/random/index.ts';
import { mentionsValue, normalizeForMatch, spellsValue, statesValue } from '../../src/text/match.ts';
import { listNoun } from '../../src/realize/_count-nouns.ts';
import type { RecordOperation } from '../../src/plan/types.ts';
import { gluedState } from '../../src/realize/_field-words.ts';

type Fact = { text: string; asked: boolean; lead: boolean; kind: boolean };
const DAY = (iso: string): string => new Date(iso).toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
const factsOf = (item: unknown): Fact[] => {
  const w = item as { startDate: string; endDate: string; dayCount: number };
  return [`the start date is ${DAY(w.startDate)} at 00:00 UTC`, `the end date is ${DAY(w.endDate)} at 00:00 UTC`, `it has ${w.dayCount} days`].map((text) => ({ text, asked: false, lead: false, kind: false }));
};

describe('wave 34 discoa', () => {
  test('8 long weekends are said whole, never by the first one (openapi 99-136)', () => {
    const spans = [['2000-03-16', '2000-03-19', 4], ['2000-04-21', '2000-04-24', 4], ['2000-04-29', '2000-05-01', 3], ['2000-06-01', '2000-06-04', 4], ['2000-10-07', '2000-10-10', 4], ['2000-10-20', '2000-10-22', 3], ['2000-12-09', '2000-12-12', 4], ['2000-12-23', '2000-12-26', 4]] as const;
    const items = spans.map(([a, b, n]) => ({ startDate: `${a}T00:00:00Z`, endDate: `${b}T00:00:00Z`, dayCount: n, needBridgeDay: false }));
    const said = listReply24(dialogueRng(1, 1, 'test'), 'I see 8 results', items, factsOf(items[0]).map((f) => f.text), factsOf);
    assert.doesNotMatch(said, /first|00:00/);
    assert.match(said, /^I see 8 results: March 16–19, 2000, 4 days; April 21–24, 2000, 4 days; from April 29 to May 1, 2000, 3 days; .*; and December 23–26, 2000, 4 days\.$/);
  });

  test('a comma-joined list of ids is said as a list and still says the value', () => {
    const value = '8AJADUkwHV3SZvzWVd2eOx,31dN44aRirWDgvcusKbt3E';
    const said = sayParamValue('artist IDs', value);
    assert.equal(said, '8AJADUkwHV3SZvzWVd2eOx and 31dN44aRirWDgvcusKbt3E');
    const text = normalizeForMatch(`The artist IDs are ${said}.`);
    assert.ok(mentionsValue(text, value) && statesValue(text, value));
    // One id of the two is not the value; either id said leaks it.
    assert.ok(!statesValue(normalizeForMatch('The artist ID is 8AJADUkwHV3SZvzWVd2eOx.'), value));
    assert.ok(spellsValue(normalizeForMatch('Is it 31dN44aRirWDgvcusKbt3E?'), value));
    // Coordinates, a number with thousands and a singular noun stay as they are.
    assert.equal(sayParamValue('coordinates', '40.7128,-74.006'), '40.7128,-74.006');
    assert.equal(sayParamValue('amounts', '1,000'), '1,000');
    assert.equal(sayParamValue('artist ID', 'abc,def'), 'abc,def');
  });

  test('a list whose key and path name nothing is counted by its summary noun', () => {
    const op = (path: string, name: string, description: string): RecordOperation => ({ name, api: 'x', method: 'GET', path, description, parameters: { type: 'object', properties: {} } });
    assert.equal(listNoun(undefined, op('/api/v3/LongWeekend/{year}/{countryCode}', 'LongWeekendLongWeekend', 'Get long weekends for a given country')), 'long weekends');
    // A summary of one thing, or of no known noun, leaves the count as results.
    assert.equal(listNoun(undefined, op('/api/v3/Thing/{id}', 'ThingThing', 'Get the minister of a ministry')), 'results');
    assert.equal(listNoun(undefined, op('/api/v3/Thing/{id}', 'ThingThing', 'Describes a single dedicated IP pool.')), 'results');
  });

  test('a one-word state constant in capitals is said as the word (Xero task "ACTIVE")', () => {
    assert.deepEqual(['ACTIVE', 'LOCKED', 'INPROGRESS'].map((v) => gluedState('status', v)), ['active', 'locked', 'in progress']);
    // Other fields, and codes no word spells, stay as sent.
    assert.equal(gluedState('code', 'ACTIVE'), 'ACTIVE');
    assert.equal(gluedState('status', 'QXZT'), 'QXZT');
  });
});
