/**
 * What the assistant and the user say, wave 22: the rules of src/check/_rules-speech22.ts broken on purpose on the
 * dialogues the reading of 2026-12-07f marked (openapi 241 and 289, rapidapi 157, 233, 351 and 358 of that set), the
 * generator's wording that keeps them, and the generator keeping them on the bundled specs.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { requestPhrase } from '../../src/realize/words.ts';
import { coordinateList } from '../../src/realize/_coordinate-list22.ts';
import { severalOf } from '../../src/realize/_replies.ts';
import { bundledSpecsDir } from '../_shared.ts';
import { oneCall, violationsOf } from '../_one-call.ts';
import { assertGeneratorKeeps } from '../_generated.ts';

const RULES = ['coordinates_read_out', 'several_told_as_one', 'asked_item_unsaid', 'summary_pasted'];

/** Autobahn's closures of the A1 (openapi 241), answered with `response`. */
const closures = (response: string): DialogueRecord =>
  oneCall({ roadId: 'A1' }, { closure: [{ extent: '7.876519,52.147824,7.897519,52.163824', title: 'Junction 18 to 20: lane closure', isBlocked: 'false' }] }, { name: 'list-closures', path: '/{roadId}/services/closure', text: 'List the closures on the A1.', response });

/** Go Admin's DELETE /api/v1/post with two ids (openapi 289). */
const deleted = (ids: number[], response: string): DialogueRecord =>
  oneCall({ ids }, { code: 200, msg: 'Operation successful.', status: 'deleted' }, { name: 'delete_api_v1_post', path: '/api/v1/post', method: 'DELETE', text: 'Could you delete these posts?', response });

/** WeatherAPI's time zone of Bristol (rapidapi 311). */
const zone = (text: string, response: string): DialogueRecord =>
  oneCall({ q: 'Bristol' }, { location: { name: 'Bristol', country: 'United Kingdom', tz_id: 'Europe/London', localtime: '2026-03-16 12:34' } }, { name: 'time_zone_api', path: '/timezone.json', text, response });

describe('speech22 rules', () => {
  test('coordinates_read_out: "the extent is 7.876519,52.147824,7.897519,52.163824"', () => {
    const broken = violationsOf('coordinates_read_out');
    assert.deepEqual(broken(closures('The first closure: the extent is 7.876519,52.147824,7.897519,52.163824 and it is not blocked.')), ['coordinates_read_out']);
    assert.deepEqual(broken(closures('The first closure is Junction 18 to 20: lane closure; it is not blocked.')), []);
    // A price list or a point is no shape.
    assert.deepEqual(broken(closures('It lies at 52.147824, 7.876519; the fees are 1.50, 2.50, 3.50.')), []);
  });

  test('several_told_as_one: two ids deleted, "Done: I deleted the post."', () => {
    const broken = violationsOf('several_told_as_one');
    assert.deepEqual(broken(deleted([970864, 626158], 'Done: I deleted the post.')), ['several_told_as_one']);
    assert.deepEqual(broken(deleted([970864, 626158], 'Done: I deleted the 2 posts.')), []);
    assert.deepEqual(broken(deleted([970864], 'Done: I deleted the post.')), []);
  });

  test('asked_item_unsaid: the time zone asked for and returned, never said', () => {
    const broken = violationsOf('asked_item_unsaid');
    const asked = 'I need to get time zone and local time information for Bristol.';
    assert.deepEqual(broken(zone(asked, 'The country is United Kingdom and the local time is March 16, 2026 at 12:34.')), ['asked_item_unsaid']);
    assert.deepEqual(broken(zone(asked, 'The time zone is Europe/London and the local time is March 16, 2026 at 12:34.')), []);
    // Not asked: not required.
    assert.deepEqual(broken(zone('What is the local time in Bristol?', 'The local time is March 16, 2026 at 12:34.')), []);
  });

  test('summary_pasted: "by his last name", "search for exact business unit", "a few companies tools"', () => {
    const broken = violationsOf('summary_pasted');
    const said = (text: string): string[] => broken(oneCall({ lastName: 'Khan' }, [{ playerId: '80387' }], { name: 'players', text, response: 'One player came back.' }));
    assert.deepEqual(said('Would you be able to fetch a PGA Tour player by his last name?'), ['summary_pasted']);
    assert.deepEqual(said('Please help me search for exact business unit by domain name.'), ['summary_pasted']);
    assert.deepEqual(said('Would you be able to fetch a PGA Tour player by last name?'), []);
    const clarify = oneCall({ lastName: 'Khan' }, [{ playerId: '80387' }], { name: 'players', text: 'Help with companies.' });
    clarify.turns.splice(1, 0, { speaker: 'assistant', action: 'clarify', text: 'There are a few companies tools. Which task do you have in mind?' } as never);
    assert.deepEqual(broken(clarify), ['summary_pasted']);
    (clarify.turns[1] as { text: string }).text = 'There are a few tools for companies. Which task do you have in mind?';
    assert.deepEqual(broken(clarify), []);
  });

  test('identifier_phrases: an acronym from an operation name in lower case ("get the serp by domain")', () => {
    const broken = violationsOf('identifier_phrases');
    const said = (text: string): string[] => broken(oneCall({ domain: 'yandex.com' }, { status: 200, data: { task_id: 'd20A1h5v8xN' } }, { name: 'get_serp_async', text, response: 'I started a task; its task ID is d20A1h5v8xN.' }));
    assert.deepEqual(said('Help me get the serp by domain, please.'), ['identifier_phrases']);
    assert.deepEqual(said('Help me get the SERP by domain, please.'), []);
  });

  test('the generator words what the rules read', () => {
    assert.equal(requestPhrase('Fetch a PGA Tour player by his last name, first name, playerId, or a combination of these parameters.'), 'fetch a PGA Tour player by last name, first name or player ID'); // wave 32: the alternatives whole, never the first alone
    assert.equal(requestPhrase('Search for exact business unit by domain name'), 'search for the business unit by domain name');
    assert.ok(!requestPhrase('Gets a list of orders using the filter query.').includes('filter query'));
    assert.ok(coordinateList('extent', '7.876519,52.147824,7.897519,52.163824'));
    assert.ok(!coordinateList('coordinate', '52.147824, 7.876519'));
    assert.equal(severalOf('post', { ids: [970864, 626158] }), '2 posts');
    assert.equal(severalOf('post', { ids: [970864] }), 'post');
  });

  test('the generator keeps the rules (150 bundled dialogues)', async () => {
    await assertGeneratorKeeps(RULES, [bundledSpecsDir], 150, { minWritten: 140 });
  });
});
