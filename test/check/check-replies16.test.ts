/**
 * What a response says after a call, wave 16 (QUALITY.md F, J): each rule of src/check/_rules-replies16.ts broken on
 * purpose, and the realizer's mechanisms that keep them (an update names what it changed, never a selector; a check
 * of several ids names them; a short list introduces each item by its name and describes all by the same fields; a
 * count beside a generic list names its items).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkMeaning } from '../../src/check/_meaning.ts';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import type { DialogueRecord, RecordOperation } from '../../src/plan/types.ts';
import { summarizeResult } from '../../src/realize/_response.ts';
import { changeLead, checkFound } from '../../src/realize/_write-replies.ts';
import { Rng } from '../../src/random/index.ts';
import { oneCall } from '../_one-call.ts';

const RULES = ['check_count_only', 'count_said_twice'];
const broken = (record: DialogueRecord): string[] => checkMeaning(record).map((v) => v.invariant).filter((v) => RULES.includes(v));
const answered = (args: Record<string, unknown>, result: unknown, response: string): DialogueRecord => oneCall(args, result, { text: 'Please.', response });

const CHECK_SHOWS = { name: 'check-users-saved-shows', api: 'x', method: 'GET', path: '/me/shows/contains', description: "Check User's Saved Shows — Check if one or more shows is already saved in the current Spotify user's library.", parameters: { type: 'object', properties: { ids: { type: 'string' } } } } as RecordOperation;
const UPDATE_PROPERTY = {
  name: 'updateProperty', api: 'x', method: 'PUT', path: '/api/2/workflow/transitions/{id}/properties', description: 'Update/add new property to a transition.',
  parameters: { type: 'object', properties: { id: { type: 'integer' }, key: { type: 'string', description: 'the name of the property to add.' }, workflowName: { type: 'string', description: 'the name of the workflow to use.' }, workflowMode: { type: 'string', description: 'the type of workflow to use.' } } },
} as RecordOperation;
const GRID = { data: { points: 9, found: 7, found_percent: 78, average_rank: 1, average_total_rank: 35, top_3_rank_percent: 78, results: Array.from({ length: 9 }, (_, n) => ({ lat: -33.4 + n / 10, lng: 151.2, found: n % 2 === 0, rank: n + 1 })) } };
const op = (name: string, path: string): RecordOperation => ({ name, api: 'x', description: '', method: 'GET', path, parameters: { type: 'object', properties: {} } }) as RecordOperation;
const say = (result: unknown, operation: RecordOperation): string => summarizeResult(result, operation, new Set(), Rng.for(1, 1), 'Please.');

describe('replies wave 16: each rule broken on purpose', () => {
  test('the rules are meaning invariants', () => {
    for (const rule of RULES) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(rule), rule);
  });

  test('check_count_only: a mixed check says which items came back yes', () => {
    const ids = { ids: '5CfCWKI5pZ28U0uOzXkDHe,5as3aKmN2k11yfDDDSrvaZ' };
    assert.deepEqual(broken(answered(ids, [false, true], 'Of the 2 checked, 1 came back yes.')), ['check_count_only']);
    assert.deepEqual(broken(answered(ids, [false, true], "Of the 2 shows checked, show 5as3aKmN2k11yfDDDSrvaZ is already saved in the current Spotify user's library; 5CfCWKI5pZ28U0uOzXkDHe is not.")), []);
    assert.deepEqual(broken(answered(ids, [true, true], 'Of the 2 checked, all came back yes.')), []);
  });

  test('count_said_twice: one count is never said under two nouns', () => {
    assert.deepEqual(broken(answered({}, GRID, 'There are 9 grids (latitude -33.4, longitude 151.2 and more), it has 9 points.')), ['count_said_twice']);
    assert.deepEqual(broken(answered({}, GRID, 'There are 9 points (latitude -33.4, longitude 151.2 and more), the share found is 78 percent.')), []);
  });
});

describe('replies wave 16: the realizer keeps them', () => {
  test('a check of several ids names which came back yes', () => {
    const text = checkFound(CHECK_SHOWS, [false, true], { ids: 'aaa,bbb' }) ?? '';
    assert.equal(text, "Of the 2 shows checked, show bbb is already saved in your library; aaa is not.");
    assert.equal(checkFound(CHECK_SHOWS, [true, true], { ids: 'aaa,bbb' }), "Yes, shows aaa and bbb are already saved in your library.");
  });

  test('an update never reports a selector as a changed value; it names what it changed', () => {
    const lead = changeLead(UPDATE_PROPERTY, { id: 1, key: 'app.settings.theme', workflowName: 'Release Process', workflowMode: 'live' }, 'It was updated on March 16, 2026.');
    assert.doesNotMatch(lead, /workflow (name|mode) is now/);
    assert.equal(lead, 'The property app.settings.theme is updated. ');
    const reschedule = { ...op('post_messages_reschedule_json', '/messages/reschedule.json'), method: 'POST', description: 'Reschedules a scheduled email.', parameters: { type: 'object', properties: { id: { type: 'string' }, send_at: { type: 'string' } } } } as RecordOperation;
    assert.match(changeLead(reschedule, { id: 'x1', send_at: '2026-09-28T11:15:00Z' }, ''), /^The send time is now September 28, 2026/);
  });

  test('a short list introduces each item by its name and describes all by the same fields', () => {
    const artists = [{ rank: 1, artist: 'The Weeknd', monthlyListeners: 107.15 }, { rank: 2, artist: 'Ed Sheeran', monthlyListeners: 82.52 }, { rank: 3, artist: 'David Guetta', monthlyListeners: 75.04 }];
    const text = say(artists, op('get_monthly_listeners', '/monthly_listeners'));
    for (const name of ['The Weeknd', 'Ed Sheeran', 'David Guetta']) assert.ok(text.includes(`for ${name}, `), text);
    const series = { series: [{ date: '2025-01-13', close: 52.52, volume: 1424 }, { date: '2025-01-14', close: 51.05, volume: 4306 }, { date: '2025-01-15', close: 49.72, volume: 4326 }] };
    const parts = /: (.+)\.$/.exec(say(series, op('getSeries', '/futures/series')))?.[1]?.split(/; (?:and )?/) ?? [];
    const keys = parts.map((p) => [...p.matchAll(/the ([a-z ]+?) (?:is|are) /g)].map((m) => m[1]).join('|'));
    assert.equal(new Set(keys).size, 1, parts.join(' / '));
  });

  test('a field the user asked for is said for every named item, not only the first', () => {
    const segments = { segments: [{ segmentId: 'seg_music', name: 'Music' }, { segmentId: 'gc8cqxoBz', name: 'Family' }, { segmentId: 'g9zMbs4WPkV', name: 'Sports' }] };
    const text = summarizeResult(segments, op('listEventSegments', '/segments'), new Set(), Rng.for(1, 1), 'Could you get the event types with their segment IDs for me?');
    for (const id of ['seg_music', 'gc8cqxoBz', 'g9zMbs4WPkV']) assert.ok(text.includes(`segment ID ${id}`), text);
  });

  test('an enum value in Title_Case is said as words', () => {
    const text = say({ companies: [{ name: 'Bertrand Networks', industry: 'Public_Sector', employees: '201-1000' }] }, op('searchCompanies', '/companies'));
    assert.doesNotMatch(text, /Public_Sector/);
  });

  test('change_unconfirmed does not ask for an argument that only picks the record', () => {
    const record = oneCall({ id: 1, key: 'app.settings.theme', workflowName: 'Release Process' }, { id: 1, updated_at: '2026-03-16T13:15:00Z' }, { name: 'updateProperty', path: '/api/2/workflow/transitions/{id}/properties', method: 'PUT', text: 'Update a property.', response: 'The property app.settings.theme is updated. It was updated on March 16, 2026 at 13:15 UTC.' });
    assert.deepEqual(checkMeaning(record).map((v) => v.invariant).filter((v) => v === 'change_unconfirmed'), []);
    const renamed = oneCall({ id: 1, title: 'New title' }, { id: 1 }, { name: 'updateThing', path: '/things/{id}', method: 'PUT', text: 'Rename it.', response: 'It is updated.' });
    assert.deepEqual(checkMeaning(renamed).map((v) => v.invariant).filter((v) => v === 'change_unconfirmed'), ['change_unconfirmed']);
  });

  test('a key is said by what its value is: the native name, the calling code', () => {
    const text = say({ id: 1, code: 'PH', name: 'Philippines', native: 'Pilipinas', phone: '+63', capital: 'Manila' }, op('getCountry', '/countries/{code}'));
    assert.doesNotMatch(text, /the native is|the phone is/);
    assert.match(text, /the native name is Pilipinas/);
  });

  test('a count beside a generic list names its items', () => {
    const text = say(GRID, op('full_grid_search', '/grid'));
    assert.match(text, /There are 9 points \(/);
    assert.doesNotMatch(text, /it has 9 points|grids/);
  });
});
