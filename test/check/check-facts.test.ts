/** A record names one real thing (QUALITY.md E): src/check/_rules-facts.ts broken on purpose. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const regionBroken = violationsOf('region_country_mismatch');
const numberBroken = violationsOf('numbered_name_mismatch');

describe('region in its own country', () => {
  test('is one of the meaning invariants', () => {
    assert.ok((MEANING_INVARIANTS as readonly string[]).includes('region_country_mismatch'));
    assert.ok((MEANING_INVARIANTS as readonly string[]).includes('numbered_name_mismatch'));
  });
  test("a region code of another country than the record's is two places", () => {
    assert.deepEqual(regionBroken(oneCall({}, { regions: [{ regionCode: 'IN-MH', name: 'Oslo', countryCode: 'NO' }] })), ['region_country_mismatch']);
    assert.deepEqual(regionBroken(oneCall({}, { state_code: 'GB-SCT', country: 'US' })), ['region_country_mismatch']);
  });
  test('a region of its own country passes', () => {
    assert.deepEqual(regionBroken(oneCall({}, { regions: [{ regionCode: 'NO-03', name: 'Oslo', countryCode: 'NO' }, { regionCode: 'US-CA', name: 'California', countryCode: 'US' }] })), []);
  });
});

describe('a numbered name carries its number', () => {
  test('"Chapter 9" with chapter_number 1 breaks it', () => {
    assert.deepEqual(numberBroken(oneCall({}, { items: [{ id: 'a', name: 'Chapter 9', chapter_number: 1 }] })), ['numbered_name_mismatch']);
  });
  test('"Chapter 1" with chapter_number 1 and a titled chapter pass', () => {
    assert.deepEqual(numberBroken(oneCall({}, { items: [{ id: 'a', name: 'Chapter 1', chapter_number: 1 }, { id: 'b', name: 'The Storm', chapter_number: 2 }] })), []);
  });
});
