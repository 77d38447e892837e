/**
 * Values that agree with the world (QUALITY.md E): each rule of src/check/_rules-world.ts broken on purpose,
 * and the generator's climate, money and place mechanisms that keep them.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkMeaning } from '../../src/check/index.ts';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { meanTemperature, placeNamedIn, sunTimes } from '../../src/world/index.ts';
import { settleWeather } from '../../src/plan/_weather.ts';
import { fitMoney, minorUnits } from '../../src/plan/_money.ts';
import { settlePlaceRecord } from '../../src/plan/_geo.ts';
import { isCoarsePlace } from '../../src/plan/_params.ts';
import { pickedItemLabel } from '../../src/plan/index.ts';
import { meaningOf } from '../../src/world/index.ts';

const state = { api_confirmed: true, api_status: 'none' } as never;

/** One call returning `result`. */
function oneCall(result: unknown): DialogueRecord {
  return {
    id: 't', seed: 1, flow: 'f', family: 'no_ask', edge_type: null,
    operations: { 'x.getWeather': { name: 'getWeather', api: 'x', description: '', method: 'GET', path: '/weather', parameters: { type: 'object', properties: {} } } },
    chain: ['x.getWeather'],
    slots: [],
    turns: [
      { speaker: 'user', action: 'inform_intent_clear', text: 'Weather please.' },
      { speaker: 'assistant', action: 'call', state, call: { id: 'c1', operation: 'x.getWeather', arguments: {} } },
      { speaker: 'tool', operation: 'x.getWeather', call_id: 'c1', status: 'ok', result },
    ],
    meta: {},
  } as unknown as DialogueRecord;
}
const broken = (result: unknown): string[] => checkMeaning(oneCall(result)).map((v) => v.invariant).filter((v) => v === 'weather_contradiction' || v === 'minor_units');

describe('values that agree with the world', () => {
  test('a sunset follows its sunrise within the day', () => {
    assert.deepEqual(broken({ sunrise: '2025-01-26T06:45:00Z', sunset: '2025-01-26T16:30:00Z' }), []);
    // Tokyo: the sunrise is on the previous UTC day.
    assert.deepEqual(broken({ sunrise: '2025-01-25T21:50:00Z', sunset: '2025-01-26T07:55:00Z' }), []);
    assert.deepEqual(broken({ sunrise: '2025-01-26T22:45:00Z', sunset: '2025-01-26T11:00:00Z' }), ['weather_contradiction']);
    assert.deepEqual(broken({ sunrise: '18:32', sunset: '06:10' }), ['weather_contradiction']);
    assert.deepEqual(broken({ sunrise: '06:32', sunset: '18:10' }), []);
  });

  test('the condition fits the precipitation', () => {
    assert.deepEqual(broken({ precipitationMm: 41.54, condition: 'clear' }), ['weather_contradiction']);
    assert.deepEqual(broken({ precipitationMm: 0, condition: 'rain' }), ['weather_contradiction']);
    assert.deepEqual(broken({ precipitationMm: 76.16, condition: 'fog' }), ['weather_contradiction']);
    assert.deepEqual(broken({ precipitationMm: 5.2, condition: 'rain' }), []);
    assert.deepEqual(broken({ precipitationMm: 0, condition: 'clear' }), []);
  });

  test('an amount has no more decimals than its currency allows', () => {
    assert.deepEqual(broken({ fee: 53.15, currencyCode: 'KRW' }), ['minor_units']);
    assert.deepEqual(broken({ fee: 71750, currencyCode: 'KRW' }), []);
    assert.deepEqual(broken({ total: 12.345, currency: 'EUR' }), ['minor_units']);
    assert.deepEqual(broken({ total: 12.345, currency: 'KWD' }), []);
  });
});

describe('the world model behind them', () => {
  test('seasons turn over at the equator', () => {
    // Wellington in May is late autumn; Munich in January is winter; Lagos is warm all year.
    assert.ok(meanTemperature(-41.29, 5) < 14);
    assert.ok(meanTemperature(48.14, 1) < 3);
    assert.ok(meanTemperature(6.45, 5) > 24);
    assert.ok(meanTemperature(48.14, 7) > meanTemperature(48.14, 1) + 10);
  });

  test('sunrise comes before sunset and the day is longer in summer', () => {
    const june = sunTimes(48.14, 11.58, '2025-06-21');
    const december = sunTimes(48.14, 11.58, '2025-12-21');
    assert.ok(june.rise < june.set && december.rise < december.set);
    assert.ok(june.set - june.rise > december.set - december.rise + 240);
  });

  test('a weather record agrees with its place and day', () => {
    const observed: Record<string, unknown> = { date: '2025-01-26', tempMin: 8.4, tempMax: 18.1, precipitationMm: 25.84, precipitationProbability: 3, condition: 'clear', sunrise: '2025-01-26T22:45:00Z', sunset: '2025-01-26T11:00:00Z' };
    settleWeather(observed, [], { lat: 48.1374, lon: 11.5755 }, true, () => undefined);
    assert.ok((observed.tempMax as number) < 8, `Munich in January: ${JSON.stringify(observed)}`);
    assert.equal(observed.precipitationMm, 0);
    assert.ok((observed.sunrise as string) < (observed.sunset as string));
    const wet: Record<string, unknown> = { date: '2025-01-26', tempMin: 8.4, precipitationMm: 25.84, condition: 'clear' };
    settleWeather(wet, ['condition'], { lat: 48.1374, lon: 11.5755 }, true, () => undefined);
    // A condition the call fixed stays, and the precipitation follows it.
    assert.equal(wet.condition, 'clear');
    assert.equal(wet.precipitationMm, 0);
  });

  test('a text naming one known city names its place', () => {
    assert.equal(placeNamedIn('Praça do Comércio, Lisbon')?.countryCode, 'PT');
    assert.equal(placeNamedIn('Pizza near Rome or Paris'), undefined);
    assert.equal(placeNamedIn('Romeo and Juliet'), undefined);
  });

  test('money is in its currency and seats of a hold sit together', () => {
    assert.equal(minorUnits('KRW'), 0);
    const quote: Record<string, unknown> = { fee: 53.15, currencyCode: 'KRW' };
    fitMoney(quote, new Set());
    assert.ok(Number.isInteger(quote.fee) && (quote.fee as number) > 1000, JSON.stringify(quote));
    const refund: Record<string, unknown> = { total: 1167.9, base: 93.64, currencyCode: 'NZD' };
    fitMoney(refund, new Set());
    assert.ok((refund.total as number) > (refund.base as number) && (refund.total as number) < (refund.base as number) * 1.3, JSON.stringify(refund));
    const hold = { seats: [{ section: 'E39', row: 'F31', seat: 'H2' }, { section: 'B27', row: 'H35', seat: 'C9' }] };
    fitMoney(hold, new Set());
    assert.deepEqual(hold.seats[1], { section: 'E39', row: 'F31', seat: 'H3' });
  });

  test('a place record of a geographic search is one real city', () => {
    const city: Record<string, unknown> = { type: 'CITY', name: 'Casablanca Books', population: 8804190, elevation: 1891, timezoneId: 'Africa/Casablanca', country: { id: 'TN', name: 'Morocco' }, adminDivision1: { id: 'x1', name: 'New York' }, coordinates: { latitude: '33.5884', longitude: '-7.5579' } };
    settlePlaceRecord(city, [], new Set());
    assert.equal(city.name, 'Casablanca');
    assert.deepEqual(city.country, { id: 'MA', name: 'Morocco' });
    assert.notEqual((city.adminDivision1 as { name: string }).name, 'New York');
    assert.ok((city.elevation as number) < 100);
    // A shop with coordinates is no city.
    const shop: Record<string, unknown> = { name: 'Casablanca Books', rating: 4, coordinates: { latitude: '33.5884', longitude: '-7.5579' } };
    settlePlaceRecord(shop, [], new Set());
    assert.equal(shop.name, 'Casablanca Books');
  });

  test('the reply can say which place a chained coordinate came from', () => {
    const place = { name: 'Los Angeles', coordinates: { latitude: 34.05, longitude: -118.24 } };
    assert.equal(pickedItemLabel(place, 'coordinates.latitude'), 'Los Angeles');
    assert.equal(pickedItemLabel([place], '[0].coordinates.latitude'), 'Los Angeles');
    assert.equal(pickedItemLabel({ coordinates: { latitude: 1 } }, 'coordinates.latitude'), undefined);
  });

  test('a place search is given a city, and a country alone names no place', () => {
    assert.equal(meaningOf('q', '', 'get the places matching a prefix autocomplete places /places/autocomplete'), 'city');
    assert.equal(meaningOf('q', '', 'search for recipes'), undefined);
    assert.ok(isCoarsePlace({ name: 'country' }) && isCoarsePlace({ name: 'adminDivision1' }));
    assert.ok(!isCoarsePlace({ name: 'city' }) && !isCoarsePlace({ name: 'q' }));
  });
});
