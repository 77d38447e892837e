/**
 * Results that contradict the place, market or season asked for (QUALITY.md E): each rule of
 * src/check/_rules-places15.ts broken on purpose, and the generator's passes that keep it (src/plan/_fit-places15.ts,
 * the gazetteer fallback of src/world/places.ts, the season of src/plan/_alerts.ts).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkMeaning } from '../../src/check/index.ts';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { fitPlaceFacts15 } from '../../src/plan/_fit-places15.ts';
import { agreeAlert, agreeAlertList } from '../../src/plan/_alerts.ts';
import { drawWorld, gazetteerPlace, placeOfSubdivision, withPlace, withWorld } from '../../src/world/index.ts';
import { withRng } from '../../src/plan/_faker.ts';
import { dialogueRng } from '../../src/random/index.ts';
import { oneCall } from '../_one-call.ts';
import { webcamName } from '../../src/plan/_webcams15.ts';
import { inAskedSrid, project } from '../../src/plan/_srid15.ts';

const RULES = ['market_currency', 'place_filter_elsewhere', 'city_population', 'season_alert', 'alert_headline_off', 'srid_degrees'];
const broken = (args: Record<string, unknown>, result: unknown): string[] => checkMeaning(oneCall(args, result) as DialogueRecord).map((v) => v.invariant).filter((v) => RULES.includes(v));

describe('results keep to the place, market and season asked for', () => {
  test('offers on a marketplace are priced in its currency', () => {
    const offers = (): Record<string, unknown> => ({ status: 'OK', data: { asin: 'B0JXTS2AFB', country: 'US', product_offers: [{ product_price: '¥11141', seller: 'Amazon.com', currency: 'JPY' }, { product_price: '¥475', seller: 'Amazon.com', currency: 'JPY' }] } });
    assert.deepEqual(broken({ asin: 'B0JXTS2AFB' }, offers()), ['market_currency']);
    const fixed = offers();
    fitPlaceFacts15(fixed, { asin: 'B0JXTS2AFB' }, new Set());
    assert.deepEqual(broken({ asin: 'B0JXTS2AFB' }, fixed), []);
    // A marketplace asked for in the call decides too; a record of no market is left alone.
    assert.deepEqual(broken({}, { data: { country: 'DE', products: [{ price: 20, currency: 'EUR' }] } }), []);
  });

  test('a search near one city lists places there', () => {
    const args = { query: 'bagels', near: 'san jose, ca' };
    assert.deepEqual(broken(args, { data: { results: [{ name: 'Bagels', address: '65 Phố Huế', country: 'Vietnam' }, { name: 'Manchester Bagels', country: 'United Kingdom' }] } }), ['place_filter_elsewhere']);
    assert.deepEqual(broken(args, { data: { results: [{ name: 'A', lat: 21.02, lng: 105.8 }, { name: 'B', lat: -26.2, lng: 28.0 }] } }), ['place_filter_elsewhere']);
    assert.deepEqual(broken(args, { data: { results: [{ name: 'A', country: 'United States' }, { name: 'B', country: 'United States' }] } }), []);
    // The generator finds the city the list of well-known ones lacks, and ISO region codes.
    const sanJose = gazetteerPlace('san jose, ca');
    assert.equal(sanJose?.city, 'San Jose');
    assert.equal(sanJose?.countryCode, 'US');
    assert.equal(sanJose?.currency, 'USD');
    assert.equal(gazetteerPlace('bagels'), undefined);
    assert.equal(placeOfSubdivision('PE-LIM')?.city, 'Lima');
    assert.equal(placeOfSubdivision('not a code'), undefined);
  });

  test('a well-known city has a population of its size', () => {
    const cities = (): Record<string, unknown> => ({ cities: [{ id: '2608367', name: 'Chicago', population: 11741 }] });
    assert.deepEqual(broken({ name: 'Chicago' }, cities()), ['city_population']);
    const fixed = cities();
    fitPlaceFacts15(fixed, { name: 'Chicago' }, new Set());
    assert.deepEqual(broken({ name: 'Chicago' }, fixed), []);
    // Lima, Ohio is a town.
    const ohio = { cities: [{ name: 'Lima', country: 'US', population: 35000 }] };
    fitPlaceFacts15(ohio, {}, new Set());
    assert.equal((ohio.cities[0] as Record<string, unknown>).population, 35000);
    assert.deepEqual(broken({}, ohio), []);
  });

  test('an alert fits the season where it is issued, and listed alerts differ', () => {
    const alerts = (): Record<string, unknown>[] => [{ alertId: 'a1', event: 'Winter Storm Warning', severity: 'severe', headline: 'Winter Storm Warning in effect for the area', onset: '2026-03-16T01:30:00Z' }, { alertId: 'a2', event: 'Flood Warning', severity: 'severe', headline: 'Regional hospital reports record year', onset: '2026-03-15T23:00:00Z' }];
    assert.deepEqual(broken({ regionCode: 'PE-LIM' }, { regionCode: 'PE-LIM', alerts: alerts() }), ['season_alert', 'alert_headline_off']);
    assert.deepEqual(broken({}, { alerts: [{ event: 'Severe Thunderstorm Warning', severity: 'severe', headline: 'Chamber of commerce unveils five-year plan' }] }), ['alert_headline_off']);
    assert.deepEqual(broken({ regionCode: 'NO-03' }, { alerts: alerts().slice(0, 1) }), []);
    const fixed = alerts();
    const world = drawWorld(dialogueRng(1, 3, 'test'));
    withWorld(world, () => withPlace(placeOfSubdivision('PE-LIM'), () => withRng(dialogueRng(1, 3, 'alerts'), () => {
      for (const record of fixed) agreeAlert(record, new Map(Object.keys(record).map((k) => [k.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase(), k])), []);
      agreeAlertList(fixed, () => false);
    })));
    assert.deepEqual(broken({ regionCode: 'PE-LIM' }, { regionCode: 'PE-LIM', alerts: fixed }), []);
    assert.notEqual(fixed[0]!.event, fixed[1]!.event);
    for (const record of fixed) assert.ok((record.headline as string).includes(record.event as string), String(record.headline));
  });

  test('a webcam of an inland city has no sea view', () => {
    withRng(dialogueRng(1, 4, 'webcams'), () => {
      const prague = Array.from({ length: 40 }, () => webcamName('Prague'));
      assert.ok(prague.every((n) => !/(Beach|Marina|Lighthouse|Harbour|Ferry)/.test(n)), prague.join(', '));
      // Wave 26: Lisbon's webcams look at its own sights (src/world/landmarks26.ts); Porto, a port the world lists no sights of, keeps sea views.
      const porto = Array.from({ length: 40 }, () => webcamName('Porto'));
      assert.ok(porto.some((n) => /(Marina|Lighthouse|Harbour|Ferry)/.test(n)), porto.join(', '));
      assert.ok(porto.every((n) => !/Beach|Main Street/.test(n)), porto.join(', '));
    });
  });

  test('a point asked for in a projected srid is given in its metres', () => {
    const point = (): Record<string, unknown> => ({ geomarkId: 'gm-1', latitude: 49.2497, longitude: -123.1193 });
    const args = { geomarkId: 'gm-1', fileFormatExtension: 'shpz', srid: 3005 };
    assert.deepEqual(broken(args, point()), ['srid_degrees']);
    assert.deepEqual(broken({ ...args, srid: 4326 }, point()), []);
    const fixed = point();
    inAskedSrid(fixed, args);
    assert.deepEqual(broken(args, fixed), []);
    assert.deepEqual(Object.keys(fixed), ['geomarkId', 'easting', 'northing', 'srid']);
    // Vancouver in BC Albers lies near (1 210 000, 477 000) metres.
    const [x, y] = project(3005, 49.2497, -123.1193)!;
    assert.ok(Math.abs(x - 1_210_000) < 10_000 && Math.abs(y - 477_000) < 10_000, `${x} ${y}`);
    assert.equal(project(2056, 47, 8), undefined);
  });
});
