/** Values as a person says them, wave 35: a Microsoft JSON date is a date, never "/Date(1688340807492-0400)/". */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sayDate } from '../../src/realize/_say.ts';

test('a Microsoft JSON date is said with its own offset', () => {
  assert.equal(sayDate('/Date(1688340807492-0400)/'), 'July 2, 2023 at 19:33 (UTC-04:00)');
  assert.equal(sayDate('/Date(1688340807492)/'), 'July 2, 2023 at 23:33 UTC');
  assert.equal(sayDate('/Date(1688340807492+0530)/'), 'July 3, 2023 at 05:03 (UTC+05:30)');
  assert.equal(sayDate('/Date(nope)/'), undefined);
  assert.equal(sayDate('2026-01-02'), 'January 2, 2026');
});
