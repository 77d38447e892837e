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
