/**
 * What a response says after a call, wave 17 (QUALITY.md F, J): each rule of src/check/_rules-replies17.ts broken on
 * purpose, and the realizer's mechanisms that keep them (the details told after named items are a named item's;
 * items that wrap the listed thing are said by it; a class word is said last; a yes/no operation answers yes first).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkMeaning } from '../../src/check/_meaning.ts';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import type { DialogueRecord, RecordOperation } from '../../src/plan/types.ts';
import { summarizeResult } from '../../src/realize/_response.ts';
import { Rng } from '../../src/random/index.ts';
import { oneCall } from '../_one-call.ts';

const RULES = ['first_one_unnamed', 'several_from_one'];
const broken = (record: DialogueRecord): string[] => checkMeaning(record).map((v) => v.invariant).filter((v) => RULES.includes(v));
const op = (name: string, path: string, description = ''): RecordOperation => ({ name, api: 'x', description, method: 'GET', path, parameters: { type: 'object', properties: {} } }) as RecordOperation;
const say = (result: unknown, operation: RecordOperation, asked = 'Please.', seed = 1): string => summarizeResult(result, operation, new Set(), Rng.for(1, seed), asked);

const CHAPTERS = { total: 3, items: [
  { name: 'Starting Your Own Podcast: Tips, Tricks, and Advice From Anchor Creators', chapter_number: 17, type: 'episode', duration_ms: 160864 },
  { name: 'Chapter 7', chapter_number: 7, type: 'episode', duration_ms: 225000 },
  { name: 'Chapter 13', chapter_number: 13, type: 'episode', duration_ms: 200000 },
] };
const SAVED = { total: 2, items: [
  { added_at: '2025-05-09T10:00:00Z', track: { album: { album_type: 'compilation', name: 'The Gardens Sessions' }, name: 'Harrisfield Circuit', duration_ms: 289093, type: 'track' } },
  { added_at: '2025-06-01T10:00:00Z', track: { album: { album_type: 'album', name: 'The Mornings Sessions' }, name: 'Blue Waves', duration_ms: 189093, type: 'track' } },
] };

describe('replies wave 17: each rule broken on purpose', () => {
  test('the rules are meaning invariants', () => {
    for (const rule of RULES) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(rule), rule);
  });

  test('first_one_unnamed: the details told after named items are a named one\'s', () => {
    const record = (response: string): DialogueRecord => oneCall({ id: 'a1' }, CHAPTERS, { name: 'getChapters', path: '/audiobooks/{id}/chapters', response });
    assert.deepEqual(broken(record('I see 3 chapters, including Chapter 7 and Chapter 13. The first one: the chapter number is 17.')), ['first_one_unnamed']);
    assert.deepEqual(broken(record('I see 3 chapters, including Chapter 7 and Chapter 13. About Chapter 7: the chapter number is 7.')), []);
  });

  test('several_from_one: a multi-get is never given one chained id', () => {
    const record = (ids: unknown): DialogueRecord => ({ ...oneCall({ ids }, { albums: [] }, { name: 'get-multiple-albums', path: '/albums' }), slots: [{ operation: 'x.get-multiple-albums', param: 'ids', value: ids, source: 'chained', required: true, from: { operation: 'x.search', field: 'albums.items[0].id' } }] }) as unknown as DialogueRecord;
    assert.deepEqual(broken(record('egAFViP8')), ['several_from_one']);
    assert.deepEqual(broken(record('egAFViP8,4aawyAB9')), []);
  });
});

describe('replies wave 17: the realizer keeps them', () => {
  test('when the first item has no name, the details told are the first named item\'s, by its name', () => {
    const text = say(CHAPTERS, op('get-audiobook-chapters', '/audiobooks/{id}/chapters', 'Get Audiobook Chapters'));
    assert.match(text, /including Chapter 7 and Chapter 13\. About Chapter 7: .*the chapter number is 7/);
    assert.doesNotMatch(text, /The first one|17/);
    assert.deepEqual(broken(oneCall({}, CHAPTERS, { response: text })), []);
  });

  test('items that wrap the listed thing ({added_at, track}) are said by its name', () => {
    const text = say(SAVED, op('get-users-saved-tracks', '/me/tracks', "Get User's Saved Tracks"));
    assert.match(text, /Harrisfield Circuit and Blue Waves/);
  });

  test('a type or kind is said after the fields that tell about the record', () => {
    const message = [{ id: 1, type: 'admin', subject: 'Invoice attached', message: 'Thank you again!', status: 'completed' }];
    const text = say(message, op('getOrderMessages', '/orders/{order_id}/messages'));
    assert.doesNotMatch(text, /the type is admin/);
    assert.match(text, /the subject is Invoice attached/);
  });

  test('a yes/no operation answered with a record says yes first', () => {
    const holiday = { ...op('PublicHolidayIsTodayPublicHoliday', '/api/v3/IsTodayPublicHoliday/{countryCode}', 'Is today a public holiday — The calculation is made on the basis of UTC time.'), api: 'nager-date__api-v3' } as RecordOperation;
    assert.equal(say({ countryCode: 'CA', name: "New Year's Day" }, holiday, 'Can you check whether today is a public holiday?'), "Yes, today is a public holiday: New Year's Day.");
    // The country the user picked (its code sent as the argument) is not news: "for Denmark".
    assert.equal(summarizeResult({ countryCode: 'DK', name: 'Denmark' }, holiday, new Set(['DK']), Rng.for(1, 1), 'Check whether today is a public holiday. Denmark is the one.'), 'Yes, for Denmark, today is a public holiday.');
  });
});

describe('replies wave 17: a read whose spec returns only an envelope gets content', () => {
  test('{code, msg, requestId, status} says nothing a read could return', async () => {
    const { lacksContent } = await import('../../src/plan/_content.ts');
    const field = (path: string, type: string) => ({ path, schema: { type } });
    const envelope = { id: 'x.cols', name: 'get_api_v1_db_columns_page', method: 'GET', path: '/api/v1/db/columns/page', effect: 'read', inputs: [], outputs: [field('code', 'integer'), field('msg', 'string'), field('requestId', 'string'), field('status', 'string')] };
    assert.equal(lacksContent(envelope as never), true);
    assert.equal(lacksContent({ ...envelope, outputs: [...envelope.outputs, field('data[].name', 'string')] } as never), false);
  });
});

describe('replies wave 17: a yes is said only where nothing in the record may say no', () => {
  test('{status: "taken"} of a check is said as it is', () => {
    const check = op('checkDomainAvailability', '/domains/{name}/availability', 'Check whether the domain is available.');
    assert.doesNotMatch(say({ domain: 'example.org', status: 'taken' }, check, 'Check whether the domain is available.'), /^Yes/);
  });
});
