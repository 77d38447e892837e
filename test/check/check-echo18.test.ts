/** Results whose kind, code and name agree (QUALITY.md E): src/check/_rules-echo18.ts broken on purpose, and the generator's side. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import { fitKindTexts } from '../../src/plan/_kind-texts.ts';
import { honourQueryAndIds } from '../../src/plan/_honour-query.ts';
import { honourArguments } from '../../src/plan/_honour.ts';
import { nameFor } from '../../src/plan/_named-by.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const airport = violationsOf('airport_code_city');
const otherYear = violationsOf('year_search_other_year');
const uriOther = violationsOf('uri_names_other_id');
const ask = (args: Record<string, unknown>, name: string, query?: string) => ({ args, operation: { effect: 'read' as const, name }, ...(query !== undefined ? { query } : {}), known: {}, pinnedPaths: [], picking: false });

describe('results whose kind, code and name agree', () => {
  test('are meaning invariants', () => {
    for (const id of ['airport_code_city', 'year_search_other_year', 'uri_names_other_id']) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(id));
  });
  test('SDU named "Los Angeles International Airport" breaks it; LAX, a second airport of the city and unknown cities pass', () => {
    assert.deepEqual(airport(oneCall({}, { airports: [{ id: 'SDU', name: 'Los Angeles International Airport' }] })), ['airport_code_city']);
    assert.deepEqual(airport(oneCall({}, { airports: [{ iataCode: 'YVR', name: 'Austin International Airport' }] })), ['airport_code_city']);
    assert.deepEqual(airport(oneCall({}, { airports: [{ id: 'LAX', name: 'Los Angeles International Airport' }] })), []);
    assert.deepEqual(airport(oneCall({}, { airports: [{ id: 'SDU', name: 'Rio de Janeiro Airport' }, { id: 'MDW', name: 'Chicago Airport' }] })), []);
    // A name naming a place inside the city, or a city the table does not know, is not judged.
    assert.deepEqual(airport(oneCall({}, { airports: [{ id: 'SCQ', name: 'Santiago de Compostela Airport' }, { id: 'XYZ', name: 'Springfield Airport' }] })), []);
  });
  test('a work of another year in a year search breaks it; works of that year pass', () => {
    const films = (years: number[]) => ({ results: years.map((y, i) => ({ id: String(i), title: `Jaws${i ? `: Part ${i}` : ''}`, year: y })) });
    assert.deepEqual(otherYear(oneCall({ s: 'jaws', y: 2019 }, films([2019, 1975]))), ['year_search_other_year']);
    assert.deepEqual(otherYear(oneCall({ s: 'jaws', y: 2019 }, films([2019, 2019]))), []);
    // A lower bound is no year filter.
    assert.deepEqual(otherYear(oneCall({ s: 'jaws', min_year: 2019 }, films([2021]))), []);
  });
  test("a uri naming another id breaks it; the record's own id passes", () => {
    assert.deepEqual(uriOther(oneCall({}, { albums: [{ id: '8sQ0AShpTby', uri: 'spotify:album:RbLlwCcIx5jJX4dWNom8Hq' }] })), ['uri_names_other_id']);
    assert.deepEqual(uriOther(oneCall({}, { albums: [{ id: 'RbLlwCcIx5jJX4dWNom8Hq', uri: 'spotify:album:RbLlwCcIx5jJX4dWNom8Hq' }] })), []);
  });
});

describe('the generator makes kinds, codes and names agree', () => {
  test('an unknown code beside a known city airport name takes that airport; a known code names its own airport', () => {
    const result = { airports: [{ id: 'SDU', name: 'Los Angeles International Airport' }, { id: 'YVR', name: 'Austin International Airport' }, { id: 'DUS', name: 'Chicago International Airport' }] };
    fitKindTexts(result, new Set());
    assert.deepEqual(result.airports.map((a) => `${a.id} ${a.name}`), ['LAX Los Angeles International Airport', 'YVR Vancouver International Airport', "ORD O'Hare International Airport"]);
  });
  test('a code the call sent is kept', () => {
    const result = { airports: [{ id: 'SDU', name: 'Los Angeles International Airport' }] };
    fitKindTexts(result, new Set([JSON.stringify('SDU')]));
    assert.equal(result.airports[0]!.id, 'SDU');
  });
  test('in a year search the exact title carries the year; works with a year field take it', () => {
    const bare = { movies: [{ id: 'a', name: 'Jaws' }, { id: 'b', name: 'Aurora' }] };
    honourQueryAndIds(bare, ask({ s: 'jaws', y: 2019 }, 'search_by_title', 'jaws'));
    assert.equal(bare.movies[0]!.name, 'Jaws (2019)');
    const yeared = { results: [{ id: 'a', title: 'The King in Yellow', year: '1987' }, { id: 'b', title: 'The King in Yellow: Legacy', year: '1990' }] };
    honourQueryAndIds(yeared, ask({ title: 'The King in Yellow', year: 1999 }, 'search_movies', 'The King in Yellow'));
    // (and finds that work alone: a follow-up comes years later, never in the same year.)
    assert.deepEqual(yeared.results.map((r) => `${r.title} ${r.year}`), ['The King in Yellow 1999']);
    // A known film of the year searched is the film itself.
    const parasite = { results: [{ id: 'a', title: 'Parasite', year: 2001 }] };
    honourQueryAndIds(parasite, ask({ query: 'Parasite', year: 2019 }, 'search_movies', 'Parasite'));
    assert.deepEqual(parasite.results.map((r) => `${r.title} ${r.year}`), ['Parasite 2019']);
  });
  test('hotels listed by a city code say that code, are hotels and are named as hotels', () => {
    const result = { data: [{ hotelId: 'ADPAR001', subtype: 'hair salon', name: 'Eiffel Tower', iataCode: 'CDG' }, { hotelId: 'LHXHP913', subtype: 'hotel', name: 'Hotel Paris', iataCode: 'CDG' }] };
    honourArguments(result, { cityCode: 'PAR' }, { effect: 'read', name: 'get-shopping-hotels-by-city', method: 'GET' }, new Set(), {});
    fitKindTexts(result, new Set());
    assert.deepEqual(result.data.map((h) => `${h.iataCode} ${h.subtype} ${h.name}`), ['PAR hotel Hotel Eiffel Tower', 'PAR hotel Hotel Paris']);
    // A booking for a hotel is named by its guest.
    const booking = { hotelId: 'ADPAR001', name: 'Mei Khan', guestEmail: 'mei@example.com' };
    fitKindTexts(booking, new Set());
    assert.equal(booking.name, 'Mei Khan');
  });
  test("a category's sport is the sport, and numbered stages are listed in order", () => {
    assert.equal(nameFor('sport', 'motorsportapi categories motorsport'), 'Motorsport');
    const stages = { stages: [{ id: 'a', name: 'Round 9' }, { id: 'b', name: 'Round 19' }, { id: 'c', name: 'Round 11' }] };
    fitKindTexts(stages, new Set());
    assert.deepEqual(stages.stages.map((s) => s.name), ['Round 9', 'Round 11', 'Round 19']);
    // A record that numbers itself elsewhere keeps its name.
    const rounds = { stages: [{ round: 9, name: 'Round 9' }, { round: 2, name: 'Round 2' }] };
    fitKindTexts(rounds, new Set());
    assert.deepEqual(rounds.stages.map((s) => s.name), ['Round 9', 'Round 2']);
  });
  test("a regions facet beside webcams names the webcams' own regions", () => {
    const result = { webcams: [{ id: '1', title: 'Mumbai: Market Hall' }, { id: '2', title: 'Amsterdam: Main Street' }], regions: ['Maharashtra', 'Provence-Alpes-Côte-d’Azur'] };
    fitKindTexts(result, new Set());
    assert.equal(result.regions[0], 'Maharashtra');
    assert.notEqual(result.regions[1], 'Provence-Alpes-Côte-d’Azur');
    assert.equal(result.regions.length, 2);
  });
  test("a record's uri holds its own id and type; a kept uri gives the id", () => {
    const result = { albums: [{ id: 'abc123', type: 'album', uri: 'spotify:track:zzz999', href: 'https://api.spotify.com/v1/albums/4aawyAB9vmqN3uQ7FjRGTy' }] };
    fitKindTexts(result, new Set());
    assert.equal(result.albums[0]!.uri, 'spotify:album:abc123');
    assert.equal(result.albums[0]!.href, 'https://api.spotify.com/v1/albums/abc123');
    // A track's audio features keep the track's kind.
    const features = { audio_features: [{ id: 'abc123', type: 'audio_features', uri: 'spotify:track:zzz999' }] };
    fitKindTexts(features, new Set());
    assert.equal(features.audio_features[0]!.uri, 'spotify:track:abc123');
    const kept = { albums: [{ id: 'abc123', uri: 'spotify:album:zzz999' }] };
    fitKindTexts(kept, new Set([JSON.stringify('spotify:album:zzz999')]));
    assert.equal(kept.albums[0]!.id, 'zzz999');
  });
  test('the flight a flight number finds says that number', () => {
    const result = { results: [{ id: 'a', label: 'FD3210', detail: { flight: 'AK10', iata: 'WLG' }, type: 'schedule' }] };
    honourQueryAndIds(result, ask({ query: 'FD3210' }, 'flights_search', 'FD3210'));
    assert.equal(result.results[0]!.detail.flight, 'FD3210');
  });
});
