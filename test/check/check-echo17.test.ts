/** Results that hold what the call asked by (QUALITY.md E): src/check/_rules-echo17.ts broken on purpose, and the generator's side. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import { honourArguments } from '../../src/plan/_honour.ts';
import { honourQueryAndIds } from '../../src/plan/_honour-query.ts';
import { namesOneThing } from '../../src/plan/_chained-names17.ts';
import { placeOfCall } from '../../src/plan/_place-call15.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const namePart = violationsOf('name_part_not_held');
const total = violationsOf('named_total_too_large');
const idOther = violationsOf('found_id_names_other');
const glued = violationsOf('query_glued_label');
const ask = (args: Record<string, unknown>, name: string, query?: string) => ({ args, operation: { effect: 'read' as const, name }, ...(query !== undefined ? { query } : {}), known: {}, pinnedPaths: [], picking: false });

describe('results hold what the call asked by', () => {
  test('are meaning invariants', () => {
    for (const id of ['name_part_not_held', 'named_total_too_large', 'found_id_names_other', 'query_glued_label']) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(id));
  });
  test('people listed for a last name that is not theirs break it; all of that name pass', () => {
    const players = (last: string[]) => last.map((l, i) => ({ playerId: String(i), firstName: ['Ingrid', 'Zoe'][i % 2], lastName: l }));
    assert.deepEqual(namePart(oneCall({ lastName: 'Dubois' }, players(['Dubois', 'Romero']))), ['name_part_not_held']);
    assert.deepEqual(namePart(oneCall({ lastName: 'Dubois' }, players(['Dubois', 'dubois']))), []);
    assert.deepEqual(namePart(oneCall({ firstName: 'Felix' }, { data: [{ firstName: 'Leila' }] })), ['name_part_not_held']);
  });
  test('one airport in Edinburgh of 1593 in all breaks it; a total near the items passes', () => {
    const airports = (t: number) => ({ airports: [{ iataCode: 'EDI', name: 'Edinburgh Airport', city: 'Edinburgh' }], total: t });
    assert.deepEqual(total(oneCall({ city: 'Edinburgh' }, airports(1593))), ['named_total_too_large']);
    assert.deepEqual(total(oneCall({ city: 'Edinburgh' }, airports(1))), []);
    // A country code is no name: 1593 airports in GB may be.
    assert.deepEqual(total(oneCall({ countryCode: 'GB' }, { airports: [{ countryCode: 'GB' }], total: 1593 })), []);
  });
  test("the company found by its name with another's id breaks it; an id of its own passes", () => {
    const hit = (id: string) => ({ count: 1, hits: [{ id, name: 'Nogueira Group', locality: 'São Paulo' }] });
    assert.deepEqual(idOther(oneCall({ company_name: 'Nogueira Group' }, hit('Ubisoft'))), ['found_id_names_other']);
    assert.deepEqual(idOther(oneCall({ company_name: 'Nogueira Group' }, hit('2fSrnscV9po7'))), []);
    assert.deepEqual(idOther(oneCall({ company_name: 'Microsoft' }, { hits: [{ id: 'Microsoft', name: 'Microsoft' }] })), []);
  });
  test('a category that is the query glued onto another word breaks it; categories naming the query pass', () => {
    assert.deepEqual(glued(oneCall({ query: 'google' }, { categories: [{ id: 'a', name: 'Google' }, { id: 'b', name: 'Technology Google' }] })), ['query_glued_label']);
    assert.deepEqual(glued(oneCall({ query: 'google' }, { categories: [{ id: 'a', name: 'Google' }] })), []);
    assert.deepEqual(glued(oneCall({ query: 'shop' }, { shops: [{ id: 'a', name: 'Cork Shop' }] })), []);
  });
});

describe('the generator makes results hold what the call asked by', () => {
  test('players searched by last name are all of that name, and their full names say it', () => {
    const result = [{ playerId: '1', firstName: 'Ingrid', lastName: 'Dubois' }, { playerId: '2', firstName: 'Zoe', lastName: 'Romero', name: 'Zoe Romero' }];
    honourArguments(result, { lastName: 'Dubois' }, { effect: 'read', name: 'players', method: 'GET' }, new Set(), {});
    assert.deepEqual(result.map((p) => p.lastName), ['Dubois', 'Dubois']);
    assert.equal(result[1]!.name, 'Zoe Dubois');
  });
  test('airports searched by city count just those found', () => {
    const result = { airports: [{ iataCode: 'EDI', name: 'Edinburgh Airport', city: 'Edinburgh' }], total: 1593 };
    honourQueryAndIds(result, ask({ city: 'Edinburgh' }, 'searchAirports'));
    assert.equal(result.total, 1);
  });
  test('categories searched for "google" keep those naming it', () => {
    const result = { categories: [{ id: 'a', name: 'News' }, { id: 'b', name: 'Technology' }, { id: 'c', name: 'Travel' }] };
    honourQueryAndIds(result, ask({ query: 'google' }, 'categories_search', 'google'));
    assert.deepEqual(result.categories.map((c) => c.name), ['Google']);
  });
  test("a spec example naming one company is never drawn for a chained id; an id-shaped one may be", () => {
    assert.equal(namesOneThing({ example: 'Ubisoft' }), true);
    assert.equal(namesOneThing({ default: 'Ubisoft' }), true);
    assert.equal(namesOneThing({ example: 'b762b8d1132bd276' }), false);
    assert.equal(namesOneThing({ example: 'ord_20481733' }), false);
  });
  test('hotels asked for by a city code are in that city: PAR or CDG is Paris', () => {
    assert.equal(placeOfCall({ cityCode: 'PAR', radius: 5 }, [])?.city, 'Paris');
    assert.equal(placeOfCall({ airportCode: 'CDG' }, [])?.city, 'Paris');
    assert.equal(placeOfCall({ currency: 'EUR' }, []), undefined);
  });
});
