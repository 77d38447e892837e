/**
 * Result fields said by meaning, never by their keys (QUALITY.md B/J), wave 20: the rules of
 * src/check/_rules-speech20.ts broken on purpose, and the realizer's words (src/realize/_field-meaning20.ts,
 * _list-speech20.ts, _response-whole.ts) that keep them.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { checkMeaning } from '../../src/check/index.ts';
import { SPEECH20_INVARIANTS } from '../../src/check/_rules-speech20.ts';
import { oneCall } from '../_one-call.ts';
import { detailPhrase, meaningClause, participleShare, sentinelValue, sharesOfList } from '../../src/realize/_field-meaning20.ts';
import { sharedName } from '../../src/realize/_list-speech20.ts';
import { wholeList } from '../../src/realize/_response-whole.ts';
import { sayDate } from '../../src/realize/_say.ts';

const mine = new Set<string>(SPEECH20_INVARIANTS);
const broken = (result: unknown, response: string): string[] => checkMeaning(oneCall({}, result, { response }) as DialogueRecord).map((v) => v.invariant).filter((v) => mine.has(v));

const GRID = { points: 9, found: 1, found_percent: 11, average_rank: 1, average_total_rank: 34, results: [{ lat: -5.95, lng: 106.58, found: false }] };
const SERIES = { series: [{ date: '2022-01-28', close: 93.76, volume: 2687 }, { date: '2022-01-31', close: 92.54, volume: 1339 }, { date: '2022-02-01', close: 94.67, volume: 836 }] };
const PLAYERS = [64290, 50525, 98223].map((id) => ({ playerId: String(id), firstName: 'Samuel', lastName: 'Murphy' }));

describe('result fields are said by what they mean', () => {
  test('an empty marker is no value: "the winner is ." breaks, "no one has won yet" passes', () => {
    const board = { winner: '.', board: [['X', '.', '.'], ['O', '.', '.'], ['.', '.', '.']] };
    assert.deepEqual(broken(board, 'According to the service, the winner is . and the board is a grid of 3 rows.'), ['sentinel_value_said']);
    assert.deepEqual(broken(board, 'According to the service, the winner is N/A.'), ['sentinel_value_said']);
    assert.deepEqual(broken(board, 'According to the service, no one has won yet and the temperature is -3 degrees.'), []);
    assert.equal(meaningClause('winner', '.', undefined, false), 'no one has won yet');
    assert.equal(meaningClause('board', '...', undefined, false), null);
    assert.ok(sentinelValue('N/A') && sentinelValue('-') && !sentinelValue('-3') && !sentinelValue('X'));
  });

  test('a bound is said with its date: "the start is 5.3811" breaks; "it starts on …" passes', () => {
    const schedule = { date: { start: '2026-04-02', end: '2026-04-05' } };
    assert.deepEqual(broken(schedule, 'The first one: the week number is 14, the start is 5.3811.'), ['bare_bound_said']);
    assert.deepEqual(broken(schedule, 'The first one: it starts on April 2, 2026.'), []);
    assert.equal(meaningClause('start', '2026-04-02', 'April 2, 2026', false), 'it starts on April 2, 2026');
    assert.equal(meaningClause('start', '5.3811', undefined, false), null);
    assert.equal(meaningClause('end', '2026-04-05', 'April 5, 2026', false), 'it ends on April 5, 2026');
  });

  test('a metric is said by what it measures: "the share found is 11 percent" breaks', () => {
    assert.deepEqual(broken(GRID, 'There are 9 points, the share found is 11 percent and the average total rank is 34.'), ['key_phrase_said']);
    assert.deepEqual(broken({ hits: [{ formatted_relative_time: 'just now' }] }, 'About it: the relative time is just now and the locality is Tokyo.'), ['key_phrase_said']);
    assert.deepEqual(broken(GRID, 'There are 9 points, it was found in 11 percent of the points and it ranked 1 on average.'), []);
    assert.equal(participleShare('found', 11, 'percent', false), 'it was found in 11 percent of cases');
    assert.deepEqual(sharesOfList([{ text: 'there are 9 points (…)' }, { text: 'it was found in 11 percent of cases' }]).map((f) => f.text), ['there are 9 points (…)', 'it was found in 11 percent of the points']);
    assert.equal(meaningClause('average rank', 2, undefined, false), 'it ranked 2 on average');
    assert.equal(meaningClause('average total rank', 34, undefined, false), null);
    assert.equal(meaningClause('relative time', 'just now', undefined, false), 'it was posted just now');
    assert.equal(meaningClause('location', 'Tokyo', undefined, false), 'it is in Tokyo');
    assert.equal(meaningClause('location', 'Remote', undefined, false), undefined);
  });

  test('items of a list are told apart: same-name players by their ids, a series by its dates', () => {
    assert.deepEqual(broken(PLAYERS, 'I see 3 players: the player ID is 64290; the player ID is 50525; and the player ID is 98223.'), ['items_unseparated']);
    assert.deepEqual(broken(SERIES, 'The service returned 3 results: the closing price is 93.76, the volume is 2687; the closing price is 92.54, the volume is 1339; and the closing price is 94.67, the volume is 836.'), ['items_unseparated']);
    assert.deepEqual(broken(SERIES, 'The service returned 3 results: on January 28, 2022, the closing price is 93.76; on January 31, 2022, the closing price is 92.54; and on February 1, 2022, the closing price is 94.67.'), []);
    // Numbers alone with no moment in the result are not a series ("the generation is 1, the start year is 2012; …").
    assert.deepEqual(broken([{ generation: 1, startYear: 2012 }, { generation: 2, startYear: 2018 }], 'I see 2 generations: the generation is 1, the start year is 2012; and the generation is 2, the start year is 2018.'), []);
    assert.equal(sharedName(PLAYERS), 'Samuel Murphy');
    const facts = (item: unknown): { text: string; asked: boolean; lead: boolean; kind: boolean }[] => Object.entries(item as Record<string, unknown>).filter(([k]) => k !== 'date' || (item as { date: string }).date !== '2022-01-28').map(([k, v]) => ({ text: `the ${k === 'close' ? 'closing price' : k === 'playerId' ? 'player ID' : k} is ${v}`, asked: false, lead: k === 'close', kind: false }));
    const players = wholeList('I see 3 players', PLAYERS, facts) ?? '';
    assert.match(players, /^I see 3 players, all named Samuel Murphy; their player IDs are 64290, 50525 and 98223\.$/);
    const series = wholeList('3 results came back', SERIES.series, facts) ?? '';
    assert.match(series, /on January 28, 2022, .*on January 31, 2022, .*on February 1, 2022, /);
    assert.equal(sayDate('2022-01-28'), 'January 28, 2022');
  });

  test("a list item's details are phrases: \"model name XTS\" in the list breaks", () => {
    const models = { carModels: [{ modelName: 'XTS', ownerSatisfactionRating: 1 }] };
    assert.deepEqual(broken(models, 'There are 3 car models (Toyota RAV4; Boxster; model name XTS, owner satisfaction rating 1).'), ['item_field_label']);
    assert.deepEqual(broken(models, 'There are 3 product offers (product price 758.60, product condition (Refurbished)).'), ['item_field_label']);
    assert.deepEqual(broken(models, 'There are 3 car models (Toyota RAV4; Boxster; XTS, rated 1) and there are 3 seats (section F35, row D4).'), []);
    const leaves = [{ path: ['product_price'], value: '758.60' }, { path: ['currency'], value: 'USD' }];
    assert.equal(detailPhrase('model name', 'XTS', []), 'XTS');
    assert.equal(detailPhrase('owner satisfaction rating', '1', []), 'rated 1');
    assert.equal(detailPhrase('product price', '758.60', leaves), '758.60 USD');
    assert.equal(detailPhrase('product condition', 'Excellent condition (Refurbished)', leaves), 'excellent condition (Refurbished)');
    assert.equal(detailPhrase('section', 'F35', []), 'section F35');
  });
});
