/**
 * A zone's offset is the offset of the day asked, whatever was asked before: a month with a daylight-saving change
 * has two offsets, and an offset cached per month made a dialogue's event times depend on the dialogues generated
 * before it in the same process (a run resumed after Ctrl-C differed from an uninterrupted one).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { zoneOffset } from '../src/world/index.ts';

test('the offset of each day of a month with a daylight-saving change, asked in either order', () => {
  // Lisbon leaves summer time on 25 October 2026; Madrid too, an hour further east.
  assert.equal(zoneOffset('Europe/Lisbon', '2026-10-05'), 60);
  assert.equal(zoneOffset('Europe/Lisbon', '2026-10-30'), 0);
  assert.equal(zoneOffset('Europe/Madrid', '2026-10-30'), 60);
  assert.equal(zoneOffset('Europe/Madrid', '2026-10-05'), 120);
});
