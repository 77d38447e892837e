/**
 * What the assistant says after a result, wave 13 (QUALITY.md F, J): each rule of src/check/_rules-replies13.ts
 * broken on purpose, and the realizer's mechanisms that keep them (the fact asked for or worth most said for each item
 * of a list, one value said once, grids not counted as records, collective nouns counted by members, a list's names
 * never called by another field's noun, an amount never taken for a name).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkMeaning } from '../../src/check/_meaning.ts';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import type { DialogueRecord, RecordOperation } from '../../src/plan/types.ts';
import { summarizeResult } from '../../src/realize/_response.ts';
import { highlightOf } from '../../src/realize/_response-names.ts';
import { pickedItemLabel } from '../../src/plan/index.ts';
import { Rng } from '../../src/random/index.ts';
import { oneCall } from '../_one-call.ts';

const RULES = ['repeated_sentence', 'uncountable_plural', 'asked_field_unsaid'];

function op(name: string, path: string, method = 'GET'): RecordOperation {
  return { name, api: 'x', description: '', method, path, parameters: { type: 'object', properties: {} } } as RecordOperation;
}

const answered = (result: unknown, response: string, text = 'Please.', name = 'getThing'): DialogueRecord => oneCall({}, result, { name, text, response });
const broken = (record: DialogueRecord): string[] => checkMeaning(record).map((v) => v.invariant).filter((v) => RULES.includes(v));
const say = (result: unknown, operation: RecordOperation, asked = 'Please.'): string => summarizeResult(result, operation, new Set(), Rng.for(1, 1), asked);

const LISTENERS = [
  { rank: 1, artist: 'Wallows', monthlyListeners: 3.62 },
  { rank: 2, artist: 'Little Peggy March', monthlyListeners: 2.73 },
  { rank: 37, artist: 'Savage Garden', monthlyListeners: 79.48 },
];
const OFFERS = {
  eventId: 'evt_1',
  offers: [
    { ticketOfferId: 'a1', area: 'D1', ticketType: 'standard', price: 273.24, currencyCode: 'EUR', available: 104 },
    { ticketOfferId: 'a2', area: 'G29', ticketType: 'resale', price: 30.82, currencyCode: 'EUR', available: 350 },
    { ticketOfferId: 'a3', area: 'B29', ticketType: 'accessible', price: 25.3, currencyCode: 'EUR', available: 142 },
  ],
};

describe('replies13 rules', () => {
  test('the rules are meaning invariants', () => {
    for (const r of RULES) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(r), r);
  });
  test('repeated_sentence: one sentence twice, or one value under two names', () => {
    assert.deepEqual(broken(answered({ a: 1 }, 'The shop is open today. The shop is open today.')), ['repeated_sentence']);
    const minister = { headline: 'Chamber of commerce opens second site', summary: 'Chamber of commerce opens second site.' };
    assert.deepEqual(broken(answered(minister, 'The headline is Chamber of commerce opens second site and the summary is Chamber of commerce opens second site.')), ['repeated_sentence']);
    // Two items of a list that share a value, each said by the same name, are no repetition.
    assert.deepEqual(broken(answered([{ m: 'Thank you again' }], 'Two came back: the message is Thank you again; the message is Thank you again.')), []);
  });
  test('uncountable_plural: "3 casts", "3 crews"', () => {
    assert.deepEqual(broken(answered({ cast: [] }, 'There are 3 casts (A, B, C) and there are 3 crews (A, B, C).')), ['uncountable_plural']);
    assert.deepEqual(broken(answered({ cast: [] }, 'There are 3 cast members (A, B, C).')), []);
  });
  test('asked_field_unsaid: the field the request names, never said', () => {
    const asked = 'I was hoping you could get the monthly listeners in millions.';
    assert.deepEqual(broken(answered(LISTENERS, 'I see 3 results: the rank is 1, the artist is Wallows; the rank is 2, the artist is Little Peggy March.', asked)), ['asked_field_unsaid']);
    assert.deepEqual(broken(answered(LISTENERS, 'I see 3 results: Wallows has 3.62 million.', asked)), []);
    // A field the user gave ("the mileage per year is 11000") or searched by is no field asked about.
    assert.deepEqual(broken(answered({ mileageYear: 11000, cost: 5 }, 'The cost is 5.', 'Get the cost. The mileage year is 11000.')), []);
    assert.deepEqual(broken(answered([{ countryCode: 'AE', name: 'Whit Monday' }], 'I see Whit Monday.', 'Get public holidays by country code.')), []);
  });
});

describe('replies13 realizer', () => {
  test('each offer by its price, the field worth most, not only by area and type', () => {
    const text = say(OFFERS, op('listTicketOffers', '/events/{eventId}/offers'), 'I want to list ticket offers for an event.');
    assert.match(text, /273\.24 EUR/);
    assert.match(text, /30\.82 EUR/);
  });
  test('the field the user named is said for each item ("monthly listeners")', () => {
    const text = say(LISTENERS, op('top_20_by_monthly_listeners', '/top_20_by_monthly_listeners'), 'I was hoping you could get the monthly listeners in millions.');
    assert.match(text, /3\.62/);
    assert.match(text, /79\.48/);
  });
  test('one value under two names is said once', () => {
    const forecasts = { forecasts: [{ day: '2024-12-22', date: 1734825600, high: 57, low: 44, text: 'Light rain' }, { day: '2024-12-23', date: 1734912000, high: 65, low: 47, text: 'Overcast' }] };
    const text = say(forecasts, op('weather', '/weather'), 'get the weather');
    assert.doesNotMatch(text, /December 22, 2024, the date is December 22, 2024/);
    // Beside temperatures, a forecast's text is its condition, said for each day.
    assert.match(text, /the condition is Light rain/);
    const minister = { headline: 'Chamber of commerce opens second site', summary: 'Chamber of commerce opens second site.', details: 'Chamber of commerce opens second site.', post: 'PST-1' };
    assert.equal(say(minister, op('GetMinister', '/ministries/{key}/minister')).split('Chamber of commerce').length, 2);
  });
  test('rows of a grid are one board, not three boards', () => {
    const text = say({ winner: 'O', board: [['O'], ['O'], ['O', '.']] }, op('put-square', '/board/{row}/{column}', 'PUT'));
    assert.doesNotMatch(text, /3 boards/);
    assert.match(text, /grid of 3 rows/);
  });
  test('cast and crew are counted by their members', () => {
    const people = [{ name: 'Hannah Schmidt' }, { name: 'Arjun Walsh' }, { name: 'Marco Nguyen' }];
    const text = say({ movieId: 5, cast: people, crew: people }, op('getMovieCredits', '/movies/{movieId}/credits'), 'get the cast and crew of a movie');
    assert.doesNotMatch(text, /\bcasts\b|\bcrews\b/);
    assert.match(text, /3 cast members/);
  });
  test('names are not called by the noun of another field ("3 symbols: Vertex, Keystone")', () => {
    const assets = [{ symbol: 'ZR', name: 'Vertex', exchange: 'CBOT' }, { symbol: 'ZQ', name: 'Keystone', exchange: 'CBOT' }, { symbol: 'TSLA', name: 'Beacon', exchange: 'CBOT' }];
    const text = say(assets, op('supported_assets', '/symbols'), 'I want to list supported assets.');
    assert.match(text, /Vertex \(ZR\)/);
  });
  test('an amount in a list is no name for a goodbye; the record names itself', () => {
    assert.equal(highlightOf({ id: 'x', name: 'Orange Juice', ingredients: ['4 oranges'], instructions: 'Squeeze.' }), 'Orange Juice');
  });
  test('a chained record is named by its own kind of name ({modelName})', () => {
    assert.equal(pickedItemLabel({ carModels: [{ id: 236201, modelName: 'Tempo' }] }, 'carModels[0].id'), 'Tempo');
  });
});

describe('replies13 caps', () => {
  test('a list shorter than the cap the user gave is said to be short', () => {
    const articles = { message: 'ok', payload: [{ title: 'Housing board opens second site' }, { title: 'Local library extends opening hours' }, { title: 'City museum marks 50th anniversary' }] };
    const operation = op('get_articles_by_upper_bound', '/get_articles_by_upper_bound');
    const text = summarizeResult(articles, operation, new Set(['251']), Rng.for(1, 1), 'Help me get articles by upper bound. The number of articles is 251.', { bound: 251 });
    assert.match(text, /3 articles/);
    assert.match(text, /You asked for up to 251; only 3 came back\./);
    // A cap the user never said (a default) is not said to be the user's.
    assert.doesNotMatch(summarizeResult(articles, operation, new Set(), Rng.for(1, 1), 'Get articles.', { bound: 251 }), /You asked/);
  });
});
