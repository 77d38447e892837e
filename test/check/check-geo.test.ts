/**
 * Places that are the ones asked for (QUALITY.md E): each rule of src/check/_rules-geo.ts broken on purpose, and
 * the generator's mechanisms that keep them (geocoding echoes the address, places spread within the radius, a
 * grid of n×n points, one airport listed once, a forecast series dated from the day asked, condition and
 * description that agree, bounded winds).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkMeaning } from '../../src/check/index.ts';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { askedAddress, echoAskedAddress } from '../../src/plan/_geocode.ts';
import { spreadPlaces } from '../../src/plan/_spread.ts';
import { dateForecasts } from '../../src/plan/_forecast.ts';
import { settleWeather } from '../../src/plan/_weather.ts';

const state = { api_confirmed: true, api_status: 'none' } as never;

function oneCall(name: string, args: Record<string, unknown>, result: unknown): DialogueRecord {
  return {
    id: 't', seed: 1, flow: 'f', family: 'no_ask', edge_type: null,
    operations: { [`x.${name}`]: { name, api: 'x', description: '', method: 'GET', path: `/${name}`, parameters: { type: 'object', properties: {} } } },
    chain: [`x.${name}`],
    slots: [],
    turns: [
      { speaker: 'user', action: 'inform_intent_clear', text: 'Please.' },
      { speaker: 'assistant', action: 'call', state, call: { id: 'c1', operation: `x.${name}`, arguments: args } },
      { speaker: 'tool', operation: `x.${name}`, call_id: 'c1', status: 'ok', result },
    ],
    meta: {},
  } as unknown as DialogueRecord;
}
const broken = (name: string, args: Record<string, unknown>, result: unknown): string[] =>
  checkMeaning(oneCall(name, args, result)).map((v) => v.invariant).filter((v) => v === 'geocode_mismatch' || v === 'beyond_radius');

describe('places that are the ones asked for', () => {
  test('a forward geocoder returns the address it was given, in the city it names', () => {
    const lisbon = { address: 'Praça do Comércio, Lisbon' };
    assert.deepEqual(broken('geocodeAddress', lisbon, { results: [{ lat: 49.2, lon: -123.1, formattedAddress: '55034 Kurt Mission, Vancouver', address: { street: '55034 Kurt Mission', city: 'Vancouver' } }] }), ['geocode_mismatch']);
    assert.deepEqual(broken('geocodeAddress', lisbon, { results: [{ formattedAddress: 'Praça do Comércio, Lisbon', address: { street: 'Praça do Comércio', city: 'Vancouver' } }] }), ['geocode_mismatch']);
    assert.deepEqual(broken('geocodeAddress', lisbon, { results: [{ formattedAddress: 'Praça do Comércio, Lisbon', address: { street: 'Praça do Comércio', city: 'Lisbon' } }] }), []);
    assert.deepEqual(broken('geocodeAddress', { address: 'Praça do Comércio, 1100-148 Lisboa, Portugal' }, { results: [{ formattedAddress: 'Praça do Comércio, 1100-148 Lisboa, Portugal', city: 'Lisbon' }] }), []);
    assert.deepEqual(broken('geocodeAddress', { address: '3118 Kyle Points' }, { results: [{ formattedAddress: '2591 McLean Knolls' }] }), ['geocode_mismatch']);
    // A reverse geocoder is asked coordinates: any street is its answer.
    assert.deepEqual(broken('reverseGeocode', { address: '3118 Kyle Points' }, { results: [{ formattedAddress: '2591 McLean Knolls' }] }), []);
  });

  test('a search within a radius returns nothing farther away', () => {
    const far = { libraries: [{ name: 'A', distanceKm: 2.1 }, { name: 'B', distanceKm: 91.88 }] };
    assert.deepEqual(broken('findLibraryCopies', { lat: 1, lon: 2, radiusKm: 10 }, far), ['beyond_radius']);
    assert.deepEqual(broken('findLibraryCopies', { lat: 1, lon: 2, radiusKm: 100 }, far), []);
    assert.deepEqual(broken('nearby', { radius: 500, radius_units: 'm' }, { items: [{ distance_m: 800 }] }), ['beyond_radius']);
    // A radius without a unit says nothing checkable.
    assert.deepEqual(broken('nearby', { radius: 5 }, { items: [{ distance: 800 }] }), []);
  });

  test('a forward geocoder echoes the asked address in the result city', () => {
    assert.equal(askedAddress('geocode an address geocodeaddress geocode', { address: '3118 Kyle Points' }), '3118 Kyle Points');
    assert.equal(askedAddress('reverse geocode reversegeocode', { address: '3118 Kyle Points' }), undefined);
    const result = { results: [{ lat: -26.2, formattedAddress: '2591 McLean Knolls', address: { formattedAddress: '681 Henry Forges, Johannesburg', street: '681 Henry Forges', city: 'Johannesburg' } }] };
    echoAskedAddress(result, '3118 Kyle Points', new Set());
    assert.equal(result.results[0]!.formattedAddress, '3118 Kyle Points, Johannesburg');
    assert.equal(result.results[0]!.address.street, '3118 Kyle Points');
  });

  test('places are spread within the radius; a grid of size n has n×n points', () => {
    const libraries = { libraries: [{ lat: -40.6, lon: 175.4, distanceKm: 91.88 }, { lat: -42.0, lon: 174.8, distanceKm: 84.46 }] };
    spreadPlaces(libraries, { lat: -41.2866, lon: 174.7756, radiusKm: 10 }, new Set());
    for (const l of libraries.libraries) assert.ok(l.distanceKm <= 10, `${l.distanceKm} km`);
    assert.notEqual(libraries.libraries[0]!.lat, libraries.libraries[1]!.lat);
    const grid = { data: { points: 201, found: 477, results: [{ lat: 1.29, lng: 103.85, found: true }, { lat: 1.29, lng: 103.85, found: false }, { lat: 1.29, lng: 103.85, found: true }] } };
    spreadPlaces(grid, { lat: '1.29', lng: '103.85', grid_size: '3', radius: '15', radius_units: 'km' }, new Set());
    assert.equal(grid.data.results.length, 9);
    assert.equal(new Set(grid.data.results.map((p) => `${p.lat},${p.lng}`)).size, 9);
    assert.equal(grid.data.points, 9);
    assert.ok(grid.data.found <= 9);
    const airports = { airports: [1, 2, 3].map(() => ({ iataCode: 'EDI', name: 'Edinburgh International Airport', lat: 55.95, lon: -3.19 })), total: 175 };
    spreadPlaces(airports, {}, new Set());
    assert.equal(airports.airports.length, 1);
    assert.equal(airports.total, 1);
  });

  test('an hourly forecast is consecutive hours from the day asked', () => {
    const result = { hourly: [{ time: '2026-12-06T02:15:00Z' }, { time: '2025-03-12T04:45:00Z' }, { time: '2024-10-04T08:30:00Z' }] };
    dateForecasts(result, { date: '2025-05-01' }, 'get the hourly forecast', new Set());
    assert.deepEqual(result.hourly.map((h) => h.time), ['2025-05-01T02:00:00Z', '2025-05-01T03:00:00Z', '2025-05-01T04:00:00Z']);
    const days = { forecasts: [{ day: '2026-01-01', date: 1773275121 }, { day: '2024-10-22', date: 1771676511 }] };
    dateForecasts(days, {}, 'weather forecast', new Set());
    assert.equal(new Date(days.forecasts[0]!.date * 1000).toISOString().slice(0, 10), days.forecasts[0]!.day);
    // A forecast asked for no day starts today (the reference date), whatever day its first entry was drawn on.
    assert.equal(days.forecasts[0]!.day, '2026-03-16');
    assert.equal(days.forecasts[1]!.day, '2026-03-17');
  });

  test('condition and description agree; winds and °F highs are bounded', () => {
    const hour = { time: '2026-07-06T02:00:00Z', temperature: 24.4, humidity: 81, windSpeed: 98.56, condition: 'rain', description: 'scattered clouds' };
    settleWeather(hour, [], { lat: 38.72, lon: -9.14 }, true, () => undefined, true);
    assert.match(hour.description, /rain/);
    assert.ok(hour.windSpeed <= 60);
    const day = { day: '2026-01-01', high: 437, low: 84, text: 'Cloudy' };
    settleWeather(day, [], { location: 'Marseille', u: 'f', lat: 43.3, lon: 5.38 }, true, () => undefined, true);
    assert.ok(day.high < 100 && day.low < day.high, `${day.low}..${day.high}`);
  });
});
