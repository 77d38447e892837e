/**
 * Words that fit what the API can do and what the user means (QUALITY.md B, D), wave 25: the rules of
 * src/check/_rules-words25.ts broken on purpose, after dialogues of the m24-i2 sets (a weather API offered "or change
 * something", "I need to remove an episode." with two episode IDs, a book's ratings told by their empty rows), and
 * the generator keeping them on the bundled books and weather specs.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { oneCall, violationsOf } from '../_one-call.ts';
import { assertGeneratorKeeps } from '../_generated.ts';
import { bundledSpecsDir } from '../_shared.ts';

const offersChange = violationsOf('clarify_offers_change');
const oneForSeveral = violationsOf('one_for_several_ids');
const zerosOnly = violationsOf('breakdown_zeros_only');
const state = { api_confirmed: false, api_status: 'none' } as never;

/** A weather lookup opened vaguely and clarified with `question`; `method` is the operation's. */
function clarified(question: string, method = 'GET'): DialogueRecord {
  const record = oneCall({ q: 'Brussels', dt: '2026-07-03' }, { temperature: 18.9 }, { name: 'future_weather_api', path: '/future.json', method, text: 'Could you get the future weather for a date?', response: 'The temperature is 18.9 degrees Celsius.' });
  record.turns.unshift({ speaker: 'user', action: 'inform_intent_vague', text: 'Hi, I could use a hand with weather.' } as never, { speaker: 'assistant', action: 'clarify', state, text: question } as never);
  return record;
}

describe('words25 rules', () => {
  test('clarify_offers_change: "or change something" to an API that only reads', () => {
    assert.deepEqual(offersChange(clarified('Do you want to look something up in weather, or change something?')), ['clarify_offers_change']);
    assert.deepEqual(offersChange(clarified('What would you like to know about weather?')), []);
    // An API that writes may be offered a change.
    assert.deepEqual(offersChange(clarified('Do you want to look something up in playlists, or change something?', 'POST')), []);
  });

  test('one_for_several_ids: one thing asked for, several IDs given', () => {
    const remove = (text: string, ids: string): DialogueRecord => oneCall({ ids }, {}, { name: 'remove-episodes-user', path: '/me/episodes', method: 'DELETE', text, response: 'Done: I removed the saved episodes.' });
    assert.deepEqual(oneForSeveral(remove('Hey there. I need to remove an episode.', '5bgHUWyaX509jGpYWWDD3P,7SeKUkqcb8TySVfP78t9lQ')), ['one_for_several_ids']);
    assert.deepEqual(oneForSeveral(remove('Hey there. I need to remove the saved episodes.', '5bgHUWyaX509jGpYWWDD3P,7SeKUkqcb8TySVfP78t9lQ')), []);
    assert.deepEqual(oneForSeveral(remove('Hey there. I need to remove an episode.', '5bgHUWyaX509jGpYWWDD3P')), []);
  });

  test('breakdown_zeros_only: only the empty rows of a breakdown said', () => {
    const ratings = (response: string): DialogueRecord => oneCall({ workId: 'OL70787W' }, { average: 3.4, count: 5, counts: { 1: 0, 2: 0, 3: 3, 4: 2, 5: 0 } }, { name: 'getWorkRatings', path: '/works/{workId}/ratings', response });
    assert.deepEqual(zerosOnly(ratings('The average rating is 3.4, it has 5 ratings, the number of 1-star ratings is 0 and the number of 2-star ratings is 0.')), ['breakdown_zeros_only']);
    assert.deepEqual(zerosOnly(ratings('The average rating is 3.4, it has 5 ratings, the number of 3-star ratings is 3 and the number of 4-star ratings is 2.')), []);
    // All rows empty: that is the news.
    const none = oneCall({ workId: 'OL1W' }, { average: 0, counts: { 1: 0, 2: 0 } }, { name: 'getWorkRatings', response: 'The number of 1-star ratings is 0 and the number of 2-star ratings is 0.' });
    assert.deepEqual(zerosOnly(none), []);
  });

  test('the generator keeps them on the bundled books and weather specs', async () => {
    const specs = ['books.yaml', 'weather.yaml', 'geocoding.yaml'].map((f) => join(bundledSpecsDir, f));
    await assertGeneratorKeeps(['clarify_offers_change', 'one_for_several_ids', 'breakdown_zeros_only'], specs, 60, { minWritten: 40 });
  });
});

describe('words25 goodbyes', () => {
  test('a condition looked at is not thanked for as a thing got', async () => {
    const { gotThing } = await import('../../src/realize/_bye24.ts');
    assert.equal(gotThing('get the future weather'), undefined);
    assert.equal(gotThing('get the current weather'), undefined);
    assert.equal(gotThing('get the weather forecast'), 'weather forecast');
  });
});
