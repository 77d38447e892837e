/** Wave 13 chains, the planner's side: a geocoder is asked a street with its city and matches it surely; a hit feeding `<kind>Id` is of that kind. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addCityToAddress, echoAskedAddress } from '../src/plan/_geocode.ts';
import { fitHitKinds } from '../src/plan/_hit-kind.ts';

describe('geocoding a street', () => {
  test('a street without a city is said with the dialogue city; one with a city, or no street, is left', () => {
    const values = new Map<string, unknown>([['address', '47 Daniel Drive']]);
    addCityToAddress('find the coordinates of an address geocode address geocode', values, 'Johannesburg');
    assert.equal(values.get('address'), '47 Daniel Drive, Johannesburg');
    const withCity = new Map<string, unknown>([['address', 'Roonstr. 9, Berlin']]);
    addCityToAddress('geocode address', withCity, 'Munich');
    assert.equal(withCity.get('address'), 'Roonstr. 9, Berlin');
    const reverse = new Map<string, unknown>([['address', '47 Daniel Drive']]);
    addCityToAddress('reverse geocode', reverse, 'Johannesburg');
    assert.equal(reverse.get('address'), '47 Daniel Drive');
  });
  test('the match of the asked address is sure (confidence ≥ 0.86, on its own scale)', () => {
    const result = { results: [{ formattedAddress: 'x', confidence: 0.1269, lat: 1.5 }, { confidence: 0.2 }] };
    echoAskedAddress(result, '47 Daniel Drive, Johannesburg', new Set());
    assert.ok(result.results[0]!.confidence >= 0.86 && result.results[0]!.confidence < 1);
    const percent = { match: { address: 'x', relevance: 13 } };
    echoAskedAddress(percent, '47 Daniel Drive, Johannesburg', new Set());
    assert.ok(percent.match.relevance >= 86 && percent.match.relevance <= 99);
  });
});

describe('hit kinds', () => {
  test('the hit giving a flightId is a flight, not an airport; sub-types and other hits stay', () => {
    const result = { results: [{ id: '2b5accad', type: 'airport' }, { id: 'x', type: 'airport' }], other: [{ id: 'y', type: 'live' }] };
    fitHitKinds(result, { 'results[].id': 'results[0].id' }, [['flightId', { output: 'results[].id' }]]);
    assert.deepEqual(result.results, [{ id: '2b5accad', type: 'flight' }, { id: 'x', type: 'airport' }]);
    const live = { results: [{ id: '2b5accad', type: 'live' }] };
    fitHitKinds(live, { 'results[].id': 'results[0].id' }, [['flightId', { output: 'results[].id' }]]);
    assert.equal(live.results[0]!.type, 'live');
  });
});
