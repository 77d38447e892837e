/**
 * Values that mean what their field says (QUALITY.md E), wave 25: the rules of src/check/_rules-values25.ts broken
 * on purpose on the records the blind reading found (Amadeus hotels by city in Osaka with "Europe/Paris", a
 * distance in INCHES shown as "11.4 km", hotels 25.5 km away for `radius: 1`; Mandrill's create-pool answering
 * "Apollo" for `pool: "PL-40344"`), good ones passing; and the generator keeping them on Amadeus's hotel list.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fixturesDir, skipWithoutFixtures } from '../_shared.ts';
import { oneCall } from '../_one-call.ts';
import { checkMeaning } from '../../src/check/index.ts';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { assertGeneratorKeeps } from '../_generated.ts';
import { fitValues25, settingValue } from '../../src/plan/_values25.ts';
import type { Operation } from '../../src/specs/types.ts';

const RULES = ['zone_other_continent', 'distance_unit_contradicts', 'distance_beyond_radius', 'created_name_differs'] as const;
const broken = (record: DialogueRecord): string[] => checkMeaning(record).map((v) => v.invariant).filter((v) => (RULES as readonly string[]).includes(v));

function hotels(args: Record<string, unknown>, zone: string, distance: Record<string, unknown>): ReturnType<typeof oneCall> {
  const hotel = { subtype: 'hotel', name: 'The Grand Osaka', timeZoneName: zone, iataCode: 'KIX', address: { countryCode: 'JP' }, geoCode: { latitude: 34.69, longitude: 135.5 }, hotelId: 'FYYSZ789', distance };
  return oneCall({ cityCode: 'KIX', ...args }, { data: [hotel] }, { name: 'get-shopping-hotels-by-city', path: '/reference-data/locations/hotels/by-city', text: 'Search hotels in Osaka.', response: 'I found The Grand Osaka.' });
}

function pool(name: string): ReturnType<typeof oneCall> {
  return oneCall({ key: 'kLCxFIN0XhI9', pool: 'PL-40344' }, { name, created_at: '2026-03-16T15:30:00Z', ips: [] }, { name: 'post_ips_create_pool_json', path: '/ips/create-pool.json', method: 'POST', text: 'Create a pool.', response: `The pool ${name} was created.` });
}

describe('values25 rules', () => {
  test('zone_other_continent: a hotel in Japan in Europe/Paris', () => {
    assert.deepEqual(broken(hotels({}, 'Europe/Paris', { unit: 'KM', value: 11.4, displayValue: '11.4 km' })), ['zone_other_continent']);
    assert.deepEqual(broken(hotels({}, 'Asia/Tokyo', { unit: 'KM', value: 11.4, displayValue: '11.4 km' })), []);
  });

  test('distance_unit_contradicts: INCHES shown as km', () => {
    assert.deepEqual(broken(hotels({}, 'Asia/Tokyo', { unit: 'INCHES', value: 0.92, displayValue: '11.4 km' })), ['distance_unit_contradicts']);
    assert.deepEqual(broken(hotels({}, 'Asia/Tokyo', { unit: 'KILOMETERS', value: 11.4, displayValue: '11.4 km' })), []);
  });

  test('distance_beyond_radius: 25.5 km away for radius 1', () => {
    assert.deepEqual(broken(hotels({ radius: 1 }, 'Asia/Tokyo', { unit: 'KM', value: 25.5, displayValue: '25.5 km' })), ['distance_beyond_radius']);
    assert.deepEqual(broken(hotels({ radius: 1 }, 'Asia/Tokyo', { unit: 'KM', value: 0.6, displayValue: '0.6 km' })), []);
    // Miles: 1 mile is 1.6 km.
    assert.deepEqual(broken(hotels({ radius: 1, radiusUnit: 'MILE' }, 'Asia/Tokyo', { unit: 'KM', value: 1.4, displayValue: '1.4 km' })), []);
  });

  test('created_name_differs: a pool created as PL-40344 named Apollo', () => {
    assert.deepEqual(broken(pool('Apollo')), ['created_name_differs']);
    assert.deepEqual(broken(pool('PL-40344')), []);
  });

  test('a setting\'s value fits its key', () => {
    assert.equal(typeof settingValue('ui.settings.timeout'), 'number');
    assert.equal(typeof settingValue('ui.notifications.max_items'), 'number');
    assert.equal(typeof settingValue('app.display.enabled'), 'boolean');
    assert.match(String(settingValue('team.settings.webhook_url')), /^https:\/\//);
    assert.equal(settingValue('app.settings.colour'), undefined);
  });

  test('a part of a multi-part geometry is single; a created pool is named as sent and holds no IPs', () => {
    const parts = { parts: [{ geometry_type: 'MultiPolygon', vertex_count: 10 }, { geometry_type: 'Polygon', vertex_count: 5 }] };
    fitValues25(parts, {}, {} as Operation, false, new Set());
    assert.deepEqual(parts.parts.map((p) => p.geometry_type), ['Polygon', 'Polygon']);
    const created: Record<string, unknown> = { name: 'Apollo', created_at: '2026-03-16T15:30:00Z', ips: [{ ip: '215.177.222.244', pool: 'PL-56253', created_at: '2026-02-22T20:15:00Z' }] };
    const op = { name: 'post_ips_create_pool_json', path: '/ips/create-pool.json', method: 'post', summary: '', description: 'Creates a pool and returns it.', inputs: [] } as unknown as Operation;
    fitValues25(created, { key: 'kLCxFIN0XhI9', pool: 'PL-40344' }, op, true, new Set());
    assert.equal(created.name, 'PL-40344');
    assert.deepEqual(created.ips, []);
  });

  test('the generator keeps them on Amadeus hotels by city (openapi fixture)', { skip: skipWithoutFixtures }, async () => {
    for (const out of await assertGeneratorKeeps([...RULES], [join(fixturesDir, 'openapi', 'amadeus__hotel-list-v1.json')], 30)) {
      assert.doesNotMatch(out.json, /"unit":"(INCHES|CENTIMETERS)","value":[\d.]+,"displayValue":"[\d.]+ km"/);
    }
  });
});
