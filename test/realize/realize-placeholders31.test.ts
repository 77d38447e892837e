import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPlaceholder31, withoutAskedPlaceholder31 } from '../../src/realize/_placeholders31.ts';

test('an open placeholder is said "some <noun>" when the noun is an input', () => {
  assert.equal(openPlaceholder31('list popular books in a subject', new Set(['subject', 'key'])), 'list popular books on some subject');
  assert.equal(openPlaceholder31('get the observed weather on a past date', new Set(['date'])), 'get the observed weather on some past date');
  // Not an input, or a pair of nouns: left as is.
  assert.equal(openPlaceholder31('list popular books in a subject', new Set(['author'])), 'list popular books in a subject');
  assert.equal(openPlaceholder31('fetch the schedule for a year and organization', new Set(['year'])), 'fetch the schedule for a year and organization');
});

test('a request for a value drops the placeholder of that value', () => {
  assert.equal(withoutAskedPlaceholder31('get the observed weather on a past date', 'the date'), 'get the observed weather');
  assert.equal(withoutAskedPlaceholder31('list active weather alerts in a region', 'the region code'), 'list active weather alerts');
  // An ID is no placeholder's value, and what is left must name a thing.
  assert.equal(withoutAskedPlaceholder31('get details of a place', 'the place ID'), 'get details of a place');
  assert.equal(withoutAskedPlaceholder31('get the status of a date', 'the date'), 'get the status of a date');
});
