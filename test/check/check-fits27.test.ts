/**
 * Mock values true of the world (QUALITY.md E), wave 27: `quote_valid_for_months` broken on purpose with the value the
 * readers found in the bundled 400-set (a flight offer re-priced before booking valid until September 5), good values
 * passing; the generator's values (a slug says its label, a job board's categories, a delivery on its way, a
 * fixing call's thought) and the generator keeping them on the bundled flights, jobs and restaurants specs.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { oneCall, violationsOf } from '../_one-call.ts';
import { assertGeneratorKeeps } from '../_generated.ts';
import { agreeValues27, jobCategories27 } from '../../src/plan/_fits27.ts';
import { correctedValues27 } from '../../src/realize/_corrected27.ts';
import { streetsOfCity27 } from '../../src/world/index.ts';

const quote = violationsOf('quote_valid_for_months');
const priced = (expiresAt: string, name = 'priceFlightOffer', path = '/flights/offers/{offerId}/pricing') =>
  oneCall({ offerId: 'OF-7K2M3Q1XZ2', adults: 8 }, { offerId: 'OF-7K2M3Q1XZ2', price: { total: 1900.45, currencyCode: 'USD' }, priceChanged: false, expiresAt }, { name, path, method: 'POST' });

describe('fits27', () => {
  test('quote_valid_for_months: a re-priced offer valid for six months', () => {
    assert.deepEqual(quote(priced('2026-09-05T23:15:00Z')), ['quote_valid_for_months']);
    assert.deepEqual(quote(priced('2026-03-17T23:15:00Z')), []);
    // Not a quote: a subscription plan's price runs for its term.
    assert.deepEqual(quote(priced('2026-09-05T23:15:00Z', 'getPlanPrice', '/subscriptions/plans/{id}/price')), []);
  });

  test('a slug says its label, a delivery on its way arrives today, a quote holds a day', () => {
    const category = { categorySlug: 'Sports', label: 'Customer Support', openJobs: 3 };
    agreeValues27(category, () => true, 'listJobCategories /categories');
    assert.equal(category.categorySlug, 'customer-support');
    const kept = { categorySlug: 'software-engineering', label: 'Sports' };
    agreeValues27(kept, (k) => k !== 'categorySlug', 'listJobCategories /categories');
    assert.equal(kept.label, 'Software Engineering');
    const order = { status: 'picked_up', total: 1648.82, estimatedArrival: '2026-10-26T01:15:00Z' };
    agreeValues27(order, () => true, 'trackDeliveryOrder /delivery/orders/{deliveryOrderId}');
    assert.equal(order.estimatedArrival.slice(0, 10), '2026-03-16');
    assert.ok(order.total >= 12 && order.total <= 120, String(order.total));
    const offer = { expiresAt: '2026-09-05T23:15:00Z' };
    agreeValues27(offer, () => true, 'priceFlightOffer /flights/offers/{offerId}/pricing');
    assert.equal(offer.expiresAt, '2026-03-17T23:15:00Z');
    assert.ok(jobCategories27('list job categories')?.includes('Sales'));
    assert.equal(jobCategories27('list news sections'), undefined);
  });

  test("a city's landmark street is its own; a fixing thought names what changed", () => {
    assert.ok(!streetsOfCity27('IN', 'Mumbai')!.includes('Brigade Road'));
    assert.ok(streetsOfCity27('IN', 'Bengaluru')!.includes('Brigade Road'));
    const say = (a: string) => `the ${a}`;
    const join2 = (xs: string[]) => xs.join(' and ');
    assert.equal(correctedValues27({ regionCode: 'SG-01', severity: 'moderate' }, { regionCode: 'SG-01', severity: 'MINOR' }, say, join2), 'a corrected value for the severity');
    assert.equal(correctedValues27({ a: 1, b: 2 }, { a: 0, b: 3, c: 4 }, say, join2), 'corrected values for the a and the b and without the c');
  });

  test('the generator keeps them on the bundled flights, jobs and restaurants specs', async () => {
    const specs = ['flights.json', 'jobs.json', 'restaurants.yaml'].map((f) => join('api-specs', f));
    const written = await assertGeneratorKeeps(['quote_valid_for_months'], specs, 40, { minWritten: 20 });
    for (const w of written) {
      for (const m of w.json.matchAll(/"categorySlug":"([^"]*)","label":"([^"]*)"/g)) assert.equal(m[1], m[2]!.toLowerCase().replace(/&/g, 'and').replace(/[^a-z0-9]+/g, '-'), w.json.slice(0, 200));
    }
  });
});
