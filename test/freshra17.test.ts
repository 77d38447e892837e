/**
 * Wave 17, fresh reading of the RapidAPI fixtures (QUALITY.md B, E): a background job's "task" is no piece of
 * work with a title, so neither a search sent through it nor what it fetched is named like a to-do.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kindIn, searchValue } from '../src/plan/_names.ts';
import { TASKS } from '../src/plan/_name-lists14.ts';
import { withRng } from '../src/plan/_faker.ts';
import { dialogueRng } from '../src/random/index.ts';

describe('a task that is a background job is not a to-do', () => {
  it('a task result or an async search names no task kind', () => {
    assert.equal(kindIn('get task result free of use gettaskresult')?.noun === 'task', false);
    assert.equal(kindIn('cancel task free of use canceltask removes task from your job queue')?.noun === 'task', false);
    // A to-do app's tasks still are tasks.
    assert.equal(kindIn('get tasks for a project projects project id tasks')?.noun, 'task');
  });

  it('a search sent as an async task is a search term, never a task title', () => {
    const context = 'get serp async getserpasync \u0001creates a task that will return complete serp data for provided domain \u0001';
    for (let i = 0; i < 20; i++) {
      const value = withRng(dialogueRng(7, i, 'test'), () => searchValue(context)) ?? '';
      assert.equal(TASKS.includes(value), false, value);
    }
  });
});

import { oneCall, violationsOf } from './_one-call.ts';
import { stampSaid } from '../src/realize/_response-keys.ts';
import { WORD_RULES } from '../src/plan/_word-rules.ts';
import { Rng } from '../src/random/index.ts';

describe('stamp_key_said: a stamp is said as what happened then', () => {
  const stampKey = violationsOf('stamp_key_said');
  it('breaks on "the task UTC created at is", holds on "the task was created on"', () => {
    const result = { task_utc_created_at: '2024-07-14T02:30:00Z', task_status: 'succeeded' };
    assert.deepEqual(stampKey(oneCall({}, result, { response: 'The task UTC created at is July 14, 2024 at 02:30 UTC.' })), ['stamp_key_said']);
    assert.deepEqual(stampKey(oneCall({}, result, { response: 'The task was created on July 14, 2024 at 02:30 UTC.' })), []);
  });
  it('the realizer says a stamp key with its subject and verb', () => {
    assert.equal(stampSaid('task created', false), 'the task was created');
    assert.equal(stampSaid('first sent', false), 'its first message went out');
    assert.equal(stampSaid('last paid', false), 'it was last paid');
    assert.equal(stampSaid('created', false), 'it was created');
    // "-ed" words that are no verbs, and auxiliaries, are left to the plain clause.
    assert.equal(stampSaid('wind speed', false), undefined);
    assert.equal(stampSaid('is listed', false), undefined);
  });
});

describe('relative_time_clock: a relative time says how long ago', () => {
  const clock = violationsOf('relative_time_clock');
  it('breaks on a clock time, holds on "3 days ago" (the rule is numbers17\'s)', () => {
    const job = (t: string) => ({ hits: [{ id: 'a1', title: 'Nurse', formatted_relative_time: t }] });
    assert.deepEqual(clock(oneCall({}, job('09:00'))), ['relative_time_clock']);
    assert.deepEqual(clock(oneCall({}, job('3 days ago'))), []);
  });
  it('the generator gives {formatted_relative_time} a time ago', () => {
    const rule = WORD_RULES.find(([when]) => when('formatted_relative_time', 'string', 'company jobs', 'hits'));
    const value = String(rule?.[1](Rng.for(1, 2), 'company jobs', 'formatted_relative_time', 'hits'));
    assert.match(value, / ago$/);
  });
});

import { describedHead } from '../src/realize/_name-nouns.ts';

describe('a plural parameter holding one rating is named by its scale', () => {
  it('{stars} "The star-rate between 1 and 5" is the star rating, never "the star is 4"', () => {
    assert.equal(describedHead(['stars'], { type: 'number', description: 'The star-rate between 1 and 5' }), 'star rating');
    assert.equal(describedHead(['stars'], { type: 'number', description: 'Number of stars to show' }), undefined);
  });
});

import { honourQueryAndIds } from '../src/plan/_honour-query.ts';
import type { CallAsk } from '../src/plan/_honour-query.ts';
import { MEANING_INVARIANTS } from '../src/check/_meaning.ts';

describe('other finds of a search are named as such things are, never with another record\'s word glued on', () => {
  const ask = (query: string, name: string): CallAsk => ({ args: { query }, query, operation: { effect: 'read', name }, known: {}, pinnedPaths: [], picking: false }) as CallAsk;
  it('a trade searched for: shops in a city or named as shops are ("Corner Pharmacy"), never "Bike Pharmacy" or "San Pharmacy"', () => {
    const places = { results: [{ id: 'a', name: 'Pharmacy' }, { id: 'b', name: 'Bike Shop' }, { id: 'c', name: 'Mumbai Bakery' }] };
    honourQueryAndIds(places, ask('pharmacy', 'search_business_locations'));
    const names = places.results.map((r) => r.name);
    assert.equal(names[0], 'Pharmacy');
    assert.ok(!names.includes('Bike Pharmacy') && !names.includes('San Pharmacy'), names.join(', '));
    assert.equal(names[2], 'Mumbai Pharmacy');
    assert.equal(new Set(names).size, 3);
  });
  it('a film searched for: its sequel and a sequel subtitle, never "Neon Rain: Leagues"', () => {
    const movies = { movies: [{ id: 'a', name: 'Vertex' }, { id: 'b', name: 'Leagues' }, { id: 'c', name: 'Hamlet' }] };
    honourQueryAndIds(movies, ask('neon rain', 'search_by_title'));
    assert.deepEqual(movies.movies.map((m) => m.name), ['Neon Rain', 'Neon Rain 2', 'Neon Rain: Revisited']);
  });
  it('the wave\'s rules are invariants of meaning', () => {
    for (const rule of ['stamp_key_said', 'relative_time_clock']) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(rule), rule);
  });
});
