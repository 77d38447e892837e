/**
 * Every invariant of meaning is explained in the README, where a user reading a `stats` or a rejection line
 * looks it up: once in the prose list with its meaning ("`id` (…)") and once in the list of names that
 * `dialforge stats` prints. One test for all rules, so a rule file's test only breaks its rule.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { MEANING_INVARIANTS } from '../src/check/index.ts';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const unexplained = (text: string): string[] => MEANING_INVARIANTS.filter((id) => !new RegExp(`\`${id}\`\\s*\\(`).test(text));
const listedOnce = (text: string): string[] => MEANING_INVARIANTS.filter((id) => text.split(`\`${id}\``).length - 1 < 2);

describe('the README explains every invariant of meaning', () => {
  test('each id is explained with its meaning', () => {
    assert.deepEqual(unexplained(readme), []);
  });

  test('each id is also in the list of names that stats prints', () => {
    assert.deepEqual(listedOnce(readme), []);
  });

  test('an id left out of either list is reported', () => {
    const id = MEANING_INVARIANTS[MEANING_INVARIANTS.length - 1];
    const withoutMeaning = readme.replace(new RegExp(`\`${id}\`\\s*\\(`), `${id} (`);
    assert.deepEqual(unexplained(withoutMeaning), [id]);
    const withoutName = readme.replace(new RegExp(`\`${id}\`(?!\\s*\\()`, 'g'), '');
    assert.deepEqual(listedOnce(withoutName), [id]);
  });
});
