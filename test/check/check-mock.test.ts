/** Mock values that mean what their field means (QUALITY.md E): src/check/_rules-mock.ts broken on purpose. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const called = (args: Record<string, unknown>, result: unknown) => oneCall(args, result);
const broken = violationsOf('placeholder_value');

describe('placeholder values', () => {
  test('is one of the meaning invariants', () => {
    assert.ok((MEANING_INVARIANTS as readonly string[]).includes('placeholder_value'));
  });
  test("a field's own name with a number is no value", () => {
    assert.deepEqual(broken(called({}, { frequency: 'Frequency 22' })), ['placeholder_value']);
    assert.deepEqual(broken(called({}, { image: { imageBytes: 'Bytes 29' } })), ['placeholder_value']);
    assert.deepEqual(broken(called({}, { regions: ['Regions 38'] })), ['placeholder_value']);
    assert.deepEqual(broken(called({}, { result: 'Item 6' })), ['placeholder_value']);
    assert.deepEqual(broken(called({ valid_after: 'After 5' }, { ok: true })), ['placeholder_value']);
  });
  test('a made-up word before the field noun is no name', () => {
    assert.deepEqual(broken(called({}, { aquifer_name: 'Harbor Name' })), ['placeholder_value']);
    assert.deepEqual(broken(called({}, { transitions: [{ id: '1', name: 'Cedar Transition' }] })), ['placeholder_value']);
    assert.deepEqual(broken(called({}, { tld: { name: 'Summit Tld' } })), ['placeholder_value']);
  });
  test('numbered things and real names pass', () => {
    assert.deepEqual(broken(called({}, { legal_lot: 'Lot 35', address: { suite: 'Suite 101' }, chapter: 'Chapter 3' })), []);
    assert.deepEqual(broken(called({}, { frequency: 'weekly', region: { name: 'North America' }, library: { name: 'Riverside Library' } })), []);
    assert.deepEqual(broken(called({}, { transitions: [{ name: 'Start Progress' }], title: 'Apollo 13' })), []);
  });
});
