/**
 * Mock values implausible for the world they describe (QUALITY.md E), wave 16: each rule of
 * src/check/_rules-world16.ts broken on purpose, and the generator's passes that keep them (one answer per id sent,
 * a shipment's scans and estimate, bookings ahead of today, a famous city's climate, a forecast from today).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { checkMeaning } from '../../src/check/index.ts';
import { honourQueryAndIds } from '../../src/plan/_honour-query.ts';
import { agreeTracking } from '../../src/plan/_tracking16.ts';
import { priceByTier } from '../../src/plan/_tiers16.ts';
import { pingAnswersPong } from '../../src/plan/_ping16.ts';
import { resultShape } from '../../src/plan/_content.ts';
import { settleDates } from '../../src/plan/_consistency.ts';
import { settleWeather } from '../../src/plan/_weather.ts';
import { forecastFromToday, forecastToday } from '../../src/plan/_forecast.ts';
import { REFERENCE_DATE, gazetteerPlace, meanTemperature } from '../../src/world/index.ts';
import type { Operation } from '../../src/specs/types.ts';
import { oneCall } from '../_one-call.ts';

const RULES = ['flags_per_id', 'delivery_estimate_far', 'tier_price_order'];
const broken = (args: Record<string, unknown>, result: unknown): string[] => checkMeaning(oneCall(args, result) as DialogueRecord).map((v) => v.invariant).filter((v) => RULES.includes(v));
const words = (k: string): string => k.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

describe('mock values fit the world they describe', () => {
  test('a list of flags answering three ids has three entries', () => {
    const args = { ids: '7ouMYWpwJ422jRcDASZB7P,4VqPOruhp5EdPBeR92t6lQ,2takcwOaAZWiXQijPHIx7B' };
    const result = [false, true];
    assert.deepEqual(broken(args, result), ['flags_per_id']);
    honourQueryAndIds(result, { args, operation: { effect: 'read', name: 'check-users-saved-tracks' }, known: {}, pinnedPaths: [], picking: false });
    assert.deepEqual(result, [false, true, false]);
    assert.deepEqual(broken(args, result), []);
  });

  test('a shipment\'s scans move forward and its estimate is near the last scan', () => {
    const shipment = (): Record<string, unknown> => ({ carrier: 'fedex', trackingNumber: 'FdWauHk1', estimatedDelivery: '2026-09-02', events: [
      { at: '2026-03-15T11:00:00Z', status: 'ok', location: 'Bergen' },
      { at: '2026-03-14T16:00:00Z', status: 'pending', location: 'Oslo' },
      { at: '2026-03-16T06:00:00Z', status: 'pending', location: 'Seoul' },
    ] });
    assert.deepEqual(broken({ orderId: 'ord_1' }, shipment()), ['delivery_estimate_far']);
    assert.deepEqual(broken({}, { ...shipment(), estimatedDelivery: '2026-03-10' }), ['delivery_estimate_far']);
    const fixed = shipment();
    agreeTracking(fixed, '', '', words, new Set(), new Map());
    const events = fixed.events as Record<string, unknown>[];
    assert.deepEqual(events.map((e) => e.at), ['2026-03-14T16:00:00Z', '2026-03-15T11:00:00Z', '2026-03-16T06:00:00Z']);
    assert.deepEqual(events.map((e) => e.status), ['Label created', 'Picked up', 'In transit']);
    assert.equal(fixed.estimatedDelivery, '2026-03-18');
    assert.deepEqual(broken({}, fixed), []);
    // The spec's own statuses keep its order.
    const listed = shipment();
    agreeTracking(listed, '', '', words, new Set(), new Map([['events[].status', ['pending', 'ok', 'delivered']]]));
    assert.deepEqual((listed.events as Record<string, unknown>[]).map((e) => e.status), ['pending', 'pending', 'ok']);
  });

  test('a VIP ticket costs more than a standard one, and a standard one more than an accessible seat', () => {
    const offers = (): Record<string, unknown> => ({ eventId: 'e1', offers: [
      { ticketOfferId: 'a', ticketType: 'vip', price: 3164, currencyCode: 'PHP' },
      { ticketOfferId: 'b', ticketType: 'standard', price: 4100, currencyCode: 'PHP' },
      { ticketOfferId: 'c', ticketType: 'accessible', price: 4844, currencyCode: 'PHP' },
    ] });
    assert.deepEqual(broken({ eventId: 'e1' }, offers()), ['tier_price_order']);
    const fixed = offers();
    priceByTier(fixed, words, () => false);
    assert.deepEqual((fixed.offers as Record<string, unknown>[]).map((o) => o.price), [4844, 4100, 3164]);
    assert.deepEqual(broken({ eventId: 'e1' }, fixed), []);
    // A resale ticket is a standard seat sold again (wave 24, bundled #342): a VIP ticket costs more than it too.
    const resale = { offers: [{ ticketType: 'resale', price: 13160 }, { ticketType: 'vip', price: 3164 }, { ticketType: 'accessible', price: 4844 }] };
    assert.deepEqual(broken({}, resale), ['tier_price_order']);
    priceByTier(resale, words, () => false);
    assert.deepEqual(resale.offers.map((o) => o.price), [4844, 13160, 3164]);
    // An offer of no known tier keeps its price; the tiered ones are put in order.
    const other = { offers: [{ ticketType: 'lounge', price: 13160 }, { ticketType: 'vip', price: 3164 }, { ticketType: 'accessible', price: 4844 }] };
    priceByTier(other, words, () => false);
    assert.deepEqual(other.offers.map((o) => o.price), [13160, 4844, 3164]);
    // A list the chain reads from is left as drawn.
    const kept = offers();
    priceByTier(kept, words, () => true);
    assert.equal((kept.offers as Record<string, unknown>[])[0]!.price, 3164);
  });

  test('a ping answers pong', () => {
    const result = { PING: 'PNG-34659' };
    pingAnswersPong(result, 'post_users_ping2_json', '/users/ping2.json', new Set());
    assert.equal(result.PING, 'PONG!');
    const health = { status: 'STA-1', uptime: 3 };
    pingAnswersPong(health, 'get_health', '/health', new Set());
    assert.equal(health.status, 'ok');
    const other = { message: 'hello' };
    pingAnswersPong(other, 'get_shipping', '/shipping', new Set());
    assert.equal(other.message, 'hello');
  });

  test('a reservation one cancels is ahead of today', () => {
    const op = { name: 'cancelReservation', effect: 'update', method: 'POST', path: '/reservations/{reservationId}/cancel', inputs: [{ name: 'reservationId', in: 'path', required: true, schema: { type: 'string' } }], summary: 'Cancel a reservation' } as unknown as Operation;
    const shape = resultShape(op, { reservationId: 'a9' });
    assert.equal(shape.upcoming, true);
    const record: Record<string, unknown> = { reservationId: 'a9', date: '2024-06-06', time: '21:15', status: 'cancelled' };
    settleDates(record, ['reservationId'], { echo: { reservationId: 'a9' }, changesNow: true, upcoming: true }, true);
    assert.ok((record.date as string) > REFERENCE_DATE, String(record.date));
    // An order one cancels was placed before: no booking word, no date moved ahead.
    assert.notEqual(resultShape({ ...op, name: 'cancelOrder', summary: 'Cancel an order' } as Operation, {}).upcoming, true);
  });

  test('London named alone has London\'s climate, and a forecast asked for no day starts today', () => {
    assert.equal(gazetteerPlace('London')?.countryCode, 'GB');
    const day: Record<string, unknown> = { date: '2026-10-23', temperature: 24.4, condition: 'Overcast' };
    settleWeather(day, [], { q: 'London', dt: '2026-10-23' }, true, () => undefined);
    assert.ok((day.temperature as number) > 4 && (day.temperature as number) < 16, String(day.temperature));
    // The ocean tempers north-west Europe: a London March is no colder than 5 degrees on average.
    assert.ok(meanTemperature(51.5, 3, 15, -0.13) > 5);
    assert.equal(forecastFromToday('forecast weather api', { q: 'London', days: 3 }), true);
    assert.equal(forecastFromToday('history weather api', { q: 'London' }), false);
    const forecast: Record<string, unknown> = { date: '2024-07-18', temperature: 20 };
    forecastToday(forecast, []);
    assert.equal(forecast.date, REFERENCE_DATE);
  });
});
