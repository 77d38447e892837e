/**
 * Names, radii and codes a person would say (QUALITY.md A, H, I): the rules of src/check/_rules-intents14.ts
 * broken on purpose, and the planner/realizer sides that keep them.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import { apiName } from '../../src/realize/words.ts';
import { readsName } from '../../src/realize/_intent.ts';
import { withoutLoneRadius } from '../../src/plan/_ask.ts';
import type { PlanParam } from '../../src/plan/_catalog-types.ts';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

describe('intents14 rules', () => {
  test('are meaning invariants', () => {
    for (const id of ['slug_api_name', 'radius_without_place', 'code_from_unrelated_list']) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(id), id);
  });

  test('slug_api_name: an API said by its slug breaks it, its domain passes', () => {
    const slug = violationsOf('slug_api_name');
    assert.deepEqual(slug(oneCall({}, { ok: true }, { text: 'Hi, I want to get information for an IP address on Weatherapi Com.' })), ['slug_api_name']);
    assert.deepEqual(slug(oneCall({}, { ok: true }, { text: 'Hi, I want to get information for an IP address on WeatherAPI.com.' })), []);
  });

  test('radius_without_place: a radius with no place breaks it, with a place passes', () => {
    const radius = violationsOf('radius_without_place');
    assert.deepEqual(radius(oneCall({ keywords: 'Analyst', radiusKm: 200 }, { results: [] })), ['radius_without_place']);
    assert.deepEqual(radius(oneCall({ keywords: 'Analyst', radiusKm: 200, location: 'Lyon' }, { results: [] })), []);
    assert.deepEqual(radius(oneCall({ lat: 45.7, lon: 4.8, radius: 5 }, { results: [] })), []);
    assert.deepEqual(radius(oneCall({ cityCode: 'PAR', radius: 5, radiusUnit: 'KM' }, { results: [] })), []);
  });

  test('code_from_unrelated_list: a country code read off holidays breaks it, off a list of countries passes', () => {
    const codes = violationsOf('code_from_unrelated_list');
    const chained = (operation: string, path: string): DialogueRecord => {
      const record = oneCall({ countryCode: 'IE', year: 2026 }, { weekends: [] });
      record.operations[operation] = { name: operation.split('.')[1] as string, api: 'x', description: '', method: 'GET', path, parameters: { type: 'object', properties: {} } };
      record.slots = [{ operation: 'x.getThing', param: 'countryCode', value: 'IE', source: 'chained', required: true, from: { operation, field: '[0].countryCode' } }];
      return record;
    };
    assert.deepEqual(codes(chained('x.NextPublicHolidaysWorldwide', '/api/v3/NextPublicHolidaysWorldwide')), ['code_from_unrelated_list']);
    assert.deepEqual(codes(chained('x.AvailableCountries', '/api/v3/AvailableCountries')), []);
  });
});

describe('the generator side', () => {
  test('a site slug is said as its domain', () => {
    const op = (api: string) => ({ api, name: 'x', description: '', method: 'GET', path: '/', parameters: { type: 'object' } });
    assert.equal(apiName(op('weatherapi_com')), 'WeatherAPI.com');
    assert.equal(apiName(op('live_golf_data')), 'Live Golf Data');
  });

  test("a request that only reads the operation id's words is known as such", () => {
    assert.ok(readsName('get unique stage seasons', 'UniqueStageSeasons'));
    assert.ok(!readsName('get the seasons of a motorsport stage', 'UniqueStageSeasons'));
    assert.ok(!readsName('get a user', 'getUser'));
  });

  test('a radius is volunteered only with a place, a radius unit only with a radius', () => {
    const params = (...names: string[]) => names.map((name) => ({ name }) as PlanParam);
    const names = (ps: PlanParam[]) => ps.map((p) => p.name);
    assert.deepEqual(names(withoutLoneRadius(params('radiusKm', 'location'), params('keywords'))), ['location']);
    assert.deepEqual(names(withoutLoneRadius(params('radiusKm'), params('keywords', 'location'))), ['radiusKm']);
    assert.deepEqual(names(withoutLoneRadius(params('radiusUnit', 'amenities'), params('cityCode'))), ['amenities']);
  });
});
