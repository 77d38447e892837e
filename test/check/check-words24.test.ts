/**
 * Replies that answer what was asked and requests in a person's words, wave 24: the rules of
 * src/check/_rules-words24.ts broken on purpose on the dialogues the reading of 2026-12-07h found (rapidapi 222, 9,
 * 257; openapi 24), a good one passing, and the realizer's fixes (shared facts said once, a forecast over its days).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { oneCall, violationsOf } from '../_one-call.ts';
import { listReply24 } from '../../src/realize/_list-first24.ts';
import { dialogueRng } from '../../src/random/index.ts';
import { codeByName } from '../../src/realize/_code-names24.ts';
import { sayAsPerson } from '../../src/realize/_say.ts';

const IDS = ['shared_said_for_first', 'series_first_only', 'repeat_thanked', 'identifier_pair_said'];

const images = { object: { limit: 10, offset: 0, total: 3 }, results: [{ image_type: 'image/webp', url: 'https://www.unogs.com/titles/k37gxn.webp' }, { image_type: 'image/webp', url: 'https://www.unogs.com/titles/en553t.webp' }, { image_type: 'image/webp', url: 'https://www.unogs.com/titles/umxbke.webp' }] };
const forecast = { forecast: [{ date: '2026-04-02', temperature: 9.5, condition: 'Clear sky' }, { date: '2026-04-03', temperature: 6.3, condition: 'Mist' }, { date: '2026-04-04', temperature: 9.7, condition: 'Mist' }] };

/** The repair of the redundant-request flow (openapi 24): the assistant asks again, the user says so, the reply. */
function repaired(reply: string): DialogueRecord {
  const record = oneCall({ id: '97757', moveIssuesTo: '69472' }, { id: '97757', status: 'deleted' }, { name: 'delete', method: 'DELETE', path: '/api/2/component/{id}', text: 'Could you please delete a component? The component to move issues to is 69472.', response: 'Done: I deleted the project component.' });
  record.turns.splice(1, 0,
    { speaker: 'assistant', action: 'request', text: 'May I have the component to move issues to?', error: { kind: 'redundant_request', note: 'asks again' } } as never,
    { speaker: 'user', action: 'inform', text: 'I gave you that already. The component to move issues to is 69472.' } as never,
    { speaker: 'assistant', action: 'request', text: reply } as never,
    { speaker: 'user', action: 'inform', text: 'The component ID is 97757.' } as never);
  return record;
}

describe('words24 rules', () => {
  test('shared_said_for_first: "For the first one, the image type is image/webp" when all three are', () => {
    const broken = violationsOf('shared_said_for_first');
    assert.deepEqual(broken(oneCall({ netflix_id: 998679 }, images, { response: 'There are 3 images. For the first one, the image type is image/webp.' })), ['shared_said_for_first']);
    assert.deepEqual(broken(oneCall({ netflix_id: 998679 }, images, { response: 'There are 3 images. For all of them, the image type is image/webp.' })), []);
  });

  test('series_first_only: a 3-day forecast answered by its first day', () => {
    const broken = violationsOf('series_first_only');
    assert.deepEqual(broken(oneCall({ q: 'London', days: 3 }, forecast, { response: 'I found 3 forecasts. Looking at the first, the temperature is 9.5 degrees Celsius.' })), ['series_first_only']);
    assert.deepEqual(broken(oneCall({ q: 'London', days: 3 }, forecast, { response: 'I found 3 forecasts from April 2 to April 4, 2026: the temperature ranges from 6.3 to 9.7 degrees Celsius.' })), []);
  });

  test('repeat_thanked: "Thanks for that: 69472." after "I gave you that already"', () => {
    const broken = violationsOf('repeat_thanked');
    assert.deepEqual(broken(repaired('Thanks for that: 69472. Could you tell me the component ID?')), ['repeat_thanked']);
    assert.deepEqual(broken(repaired('Sorry, you did: 69472. Could you tell me the component ID?')), []);
  });

  test('identifier_pair_said: "get the star string" of /stars/get-string', () => {
    const broken = violationsOf('identifier_pair_said');
    const star = (text: string): DialogueRecord => {
      const record = oneCall({ stars: 4 }, { locale: 'en-US', string: 'Great', stars: 4 }, { name: 'stars_get_string', path: '/stars/get-string', text, response: '4 stars is described as Great.' });
      Object.values(record.operations)[0]!.description = 'Get string describing the star-rate';
      return record;
    };
    assert.deepEqual(broken(star('Hello, would it be possible to get the star string?')), ['identifier_pair_said']);
    assert.deepEqual(broken(star('What does a 4-star rating mean in words?')), []);
  });

  test('the realizer says a shared fact once for all and a forecast over its days', () => {
    const factsOf = (item: unknown): { text: string; asked: boolean; lead: boolean; kind: boolean }[] =>
      Object.entries(item as Record<string, unknown>).filter(([k]) => k !== 'url').map(([k, v]) => ({ text: `the ${k.replace(/_/g, ' ')} is ${k === 'temperature' ? `${v} degrees Celsius` : String(v)}`, asked: false, lead: false, kind: false }));
    const shared = listReply24(dialogueRng(1, 1, 'test'), 'there are 3 images', images.results, ['the image type is image/webp'], factsOf);
    assert.equal(shared, 'There are 3 images. For all of them, the image type is image/webp.');
    // Six days (rapidapi 9): beyond the few a reply says one by one, so said over the span.
    const six = [...forecast.forecast, { date: '2026-04-05', temperature: 7.2, condition: 'Overcast' }, { date: '2026-04-06', temperature: 9.2, condition: 'Sunny' }, { date: '2026-04-07', temperature: 11, condition: 'Partly cloudy' }];
    const days = listReply24(dialogueRng(1, 1, 'test'), 'I found 6 forecasts', six, ['the temperature is 9.5 degrees Celsius', 'the condition is Clear sky'], factsOf);
    assert.equal(days, 'I found 6 forecasts from April 2 to April 7, 2026: the temperature ranges from 6.3 to 11 degrees Celsius; the condition is Clear sky on April 2, Mist on April 3 and April 4, Overcast on April 5, Sunny on April 6 and Partly cloudy on April 7.');
  });

  test('the user names a country or continent, never its code (rapidapi 270: "The continent is OC.")', () => {
    assert.equal(sayAsPerson('continent', 'OC', String), 'Oceania');
    assert.equal(codeByName('country code', 'FR'), 'the country is France');
    assert.equal(codeByName('postal code', 'FR'), undefined);
  });
});
