/** Values that mean what they say (QUALITY.md E): each rule of src/check/_rules-vocab.ts broken on purpose. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkMeaning } from '../../src/check/index.ts';
import type { DialogueRecord } from '../../src/plan/types.ts';

const state = { api_confirmed: true, api_status: 'none' } as never;

/** One weather lookup whose result is `result`. */
function record(result: unknown): DialogueRecord {
  return {
    id: 't', seed: 1, flow: 'f', family: 'no_ask', edge_type: null,
    operations: { 'wx.getWeather': { name: 'getWeather', api: 'wx', description: '', method: 'GET', path: '/weather', parameters: { type: 'object', properties: {} } } },
    chain: ['wx.getWeather'],
    slots: [],
    turns: [
      { speaker: 'user', action: 'inform_intent_clear', text: 'Weather in Paris?' },
      { speaker: 'assistant', action: 'call', state, call: { id: 'c1', operation: 'wx.getWeather', arguments: {} } },
      { speaker: 'tool', operation: 'wx.getWeather', call_id: 'c1', status: 'ok', result },
    ],
    meta: {},
  } as unknown as DialogueRecord;
}
const broken = (result: unknown): string[] => checkMeaning(record(result)).map((v) => v.invariant);

describe('vocabulary rules', () => {
  test('a sound result passes', () => {
    assert.deepEqual(broken({ city: 'Paris', country_code: 'FR', tempMin: 4.2, tempMax: 11.5, humidity: 71, forecast: [{ low: 3, high: 9 }] }), []);
  });

  test('reversed_range: a minimum above its maximum (camelCase and low/high, nested)', () => {
    assert.deepEqual(broken({ tempMin: 21.7, tempMax: 6.1 }), ['reversed_range']);
    assert.deepEqual(broken({ days: [{ low: 425, high: 40 }] }), ['reversed_range']);
    assert.deepEqual(broken({ min_price: 5, max_price: 50 }), []);
  });

  test('reversed_range: a start named by a bare date key and its `end` key (`dt`/`end_dt`, `date`/`enddate`)', () => {
    assert.deepEqual(broken({ dt: '2026-03-10', end_dt: '2024-09-27' }), ['reversed_range']);
    assert.deepEqual(broken({ date: '2026-03-10', enddate: '2024-09-27' }), ['reversed_range']);
    assert.deepEqual(broken({ date: '2026-03-10', endDate: '2024-09-27' }), ['reversed_range']);
    assert.deepEqual(broken({ dt: '2024-09-27', end_dt: '2026-03-10' }), []);
    // Not dates: not compared (`end_score` beside `score` is no range).
    assert.deepEqual(broken({ score: 9, end_score: 3 }), []);
  });

  test('value_scale: bounded scales out of their bounds', () => {
    assert.deepEqual(broken({ artists: [{ name: 'Rihanna', popularity: 212 }] }), ['value_scale']);
    assert.deepEqual(broken({ ageRestriction: 382 }), ['value_scale']);
    assert.deepEqual(broken({ track: { duration_ms: 164 } }), ['value_scale']);
    // A change in percent may be negative.
    assert.deepEqual(broken({ priceChangePercent: -5.9 }), []);
  });

  test('place_mismatch: a known city in a country that has no city of that name', () => {
    assert.deepEqual(broken({ city: 'Paris', country_code: 'JP' }), ['place_mismatch']);
    assert.deepEqual(broken([{ name: 'Warsaw', countryCode: 'DO', population: 1790658 }]), ['place_mismatch']);
    // A bare name without other signs of a place is not read as a city.
    assert.deepEqual(broken({ name: 'Warsaw', countryCode: 'DO' }), []);
    assert.deepEqual(broken({ city: 'Warsaw', country_code: 'PL' }), []);
  });
});

test('place_mismatch: a country object whose id is another country', () => {
  assert.deepEqual(broken([{ name: 'Warsaw', population: 1790658, country: { id: 'DO', name: 'Poland' } }]), ['place_mismatch', 'country_code_name']);
  assert.deepEqual(broken([{ name: 'Warsaw', population: 1790658, country: { id: 'PL', name: 'Poland' } }]), []);
});
