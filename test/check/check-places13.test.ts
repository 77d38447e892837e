/**
 * Facts of one record that agree (QUALITY.md E): each rule of src/check/_rules-places13.ts broken on purpose, and
 * the generator's passes (src/plan/_fit-places13.ts, _role-records13.ts, _hours.ts) that keep them.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkMeaning } from '../../src/check/index.ts';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { fitPlaceFacts } from '../../src/plan/_fit-places13.ts';
import { fitOfficeHolder, officeOf } from '../../src/plan/_role-records13.ts';
import { settleOpeningTimes } from '../../src/plan/_hours.ts';
import { oneCall } from '../_one-call.ts';

const RULES = ['order_sections', 'tax_price_order', 'end_before_start', 'chill_above_temperature', 'created_after_last', 'closure_unblocked', 'hours_off_quarter', 'tracking_order'];
const broken = (result: unknown): string[] => checkMeaning(oneCall({}, result) as DialogueRecord).map((v) => v.invariant).filter((v) => RULES.includes(v));

const order = (): Record<string, unknown> => ({
  ticketOrderId: 'TN-129591152', status: 'confirmed', total: 1757.14,
  tickets: [{ ticketId: 'a', section: 'D27' }, { ticketId: 'b', section: 'E40' }, { ticketId: 'c', section: 'A32' }],
});
const product = (): Record<string, unknown> => ({ id: 1, sku: 'SKU-1', name: 'Linen Towel', base_price: '480.17', price_ex_tax: '8.98', price_inc_tax: '54.0000', price_tax: '0.0000' });
const event = (): Record<string, unknown> => ({ id: 73, title: 'Attitude MMA Fights 27', startTime: '20:00', endTime: '10:15' });
const weather = (): Record<string, unknown> => ({ wind: { chill: 60, speed: 24 }, condition: { temperature: 58, text: 'Partly cloudy' } });
const webhook = (): Record<string, unknown> => ({ id: 315507, created_at: '2026-03-16T20:15:00Z', last_sent_at: '2024-10-10T17:30:00Z', url: 'https://a.example' });
const closure = (): Record<string, unknown> => ({ title: 'Junction 15 to 18: full closure', display_type: 'CLOSURE', isBlocked: 'false' });
const hours = (): Record<string, unknown> => ({ day: 'mon', opens: '11:47', closes: '23:58' });

describe('facts of one record agree', () => {
  test('the tickets of one order sit in one section', () => {
    assert.deepEqual(broken(order()), ['order_sections']);
    const fixed = order();
    fitPlaceFacts(fixed, new Set());
    assert.deepEqual((fixed.tickets as { section: string }[]).map((t) => t.section), ['D27', 'D27', 'D27']);
    assert.deepEqual(broken(fixed), []);
    // A user's tickets across orders (no order id) may sit anywhere.
    assert.deepEqual(broken({ tickets: (order().tickets as unknown[]) }), []);
  });

  test('a price with tax is not below the price without tax, and the base price is near them', () => {
    assert.deepEqual(broken(product()), ['tax_price_order']);
    const fixed = product();
    fitPlaceFacts(fixed, new Set());
    assert.equal(fixed.base_price, '8.98');
    assert.ok(Number(fixed.price_inc_tax) >= 8.98 && Number(fixed.price_inc_tax) <= 8.98 * 1.35);
    assert.equal(Number(fixed.price_tax), Math.round((Number(fixed.price_inc_tax) - 8.98) * 100) / 100);
    assert.deepEqual(broken(fixed), []);
  });

  test('what starts and ends on one day ends after it starts', () => {
    assert.deepEqual(broken(event()), ['end_before_start']);
    assert.deepEqual(broken({ start: '2026-03-20T18:00:00Z', end: '2026-03-20T09:00:00Z' }), ['end_before_start']);
    // After midnight: a night out from 22:00 to 02:00 is fine.
    assert.deepEqual(broken({ startTime: '22:00', endTime: '02:00' }), []);
    const fixed = event();
    fitPlaceFacts(fixed, new Set());
    assert.equal(fixed.startTime, '20:00');
    assert.equal(fixed.endTime, '22:00');
    assert.deepEqual(broken(fixed), []);
  });

  test('wind chill is not above the temperature, and a forecast day is a weekday', () => {
    assert.deepEqual(broken(weather()), ['chill_above_temperature']);
    assert.deepEqual(broken({ windChill: 12, temperature: 4 }), ['chill_above_temperature']);
    const fixed = { current: weather(), forecasts: [{ day: '2024-12-22', date: 1734825600, high: 57 }] };
    fitPlaceFacts(fixed, new Set());
    assert.ok(((fixed.current.wind as { chill: number }).chill) <= 58);
    assert.equal(fixed.forecasts[0]!.day, 'Sun');
    assert.deepEqual(broken(fixed), []);
  });

  test('a record is not created after the last thing it records', () => {
    assert.deepEqual(broken(webhook()), ['created_after_last']);
    assert.deepEqual(broken({ ...webhook(), created_at: '2024-01-02T10:00:00Z' }), []);
  });

  test('a full closure blocks the road; a lane closure need not', () => {
    assert.deepEqual(broken(closure()), ['closure_unblocked']);
    assert.deepEqual(broken({ ...closure(), title: 'Junction 9 to 10: lane closure' }), []);
    const fixed = closure();
    fitPlaceFacts(fixed, new Set());
    assert.equal(fixed.isBlocked, 'true');
    assert.deepEqual(broken(fixed), []);
  });

  test('opening hours are on the quarter hour', () => {
    assert.deepEqual(broken(hours()), ['hours_off_quarter']);
    const fixed = hours();
    settleOpeningTimes(fixed, []);
    assert.deepEqual([fixed.opens, fixed.closes], ['11:30', '23:30']);
    assert.deepEqual(broken(fixed), []);
  });

  test('values the call sent never change', () => {
    const fixed = event();
    fitPlaceFacts(fixed, new Set([JSON.stringify('10:15'), JSON.stringify('20:00')]));
    assert.deepEqual([fixed.startTime, fixed.endTime], ['20:00', '10:15']);
  });

  test("an operation's noun decides the record's kind: a minister is a person holding an office", () => {
    const op = { name: 'Ministries_GetMinister', path: '/api/Ministries/{key}/Minister' };
    assert.equal(officeOf(op), 'minister');
    assert.equal(officeOf({ name: 'getChairs', path: '/chairs' }), undefined);
    const result: Record<string, unknown> = { key: 'k', headline: 'Chamber of commerce opens second site', summary: 'Chamber of commerce opens second site.', post: 'PST-40121' };
    fitOfficeHolder(result, op, { name: 'Ministry of Finance' }, new Set());
    assert.equal(result.post, 'Minister of Finance');
    assert.match(result.headline as string, /^[A-Z][a-z]+ [A-Z][a-z'-]+/);
    assert.equal(result.summary, `${result.headline as string} is the Minister of Finance.`);
  });

  test('a fight card is titled as one, its slug is its name\'s, and listed prices are written one way', () => {
    const card: Record<string, unknown> = { title: 'Brussels Design Festival', slug: 'gad-outside', promotion: 'Attitude MMA Fights', location: 'Stockholm', venueCapacity: 4, enclosureSides: 360 };
    fitPlaceFacts(card, new Set());
    assert.match(card.title as string, /^Attitude MMA Fights \d+$/);
    assert.equal(card.slug, (card.title as string).toLowerCase().replace(/ /g, '-'));
    assert.equal(card.enclosureSides, 8);
    assert.ok((card.venueCapacity as number) >= 100);
    const offers = { currency: 'USD', product_offers: [{ product_price: '323.42' }, { product_price: '$475.00' }] };
    fitPlaceFacts(offers, new Set());
    assert.deepEqual(offers.product_offers.map((o) => o.product_price), ['$323.42', '$475.00']);
    const yen = { product_price: '¥475.00', currency: 'USD' };
    fitPlaceFacts(yen, new Set());
    assert.equal(yen.product_price, '$475.00');
  });

  test('segments are named as classifications, and a price range is on its currency\'s scale', () => {
    const list = { segments: [{ segmentId: 'seg_music', name: 'Chicago Grunge Fair' }, { segmentId: 'x1', name: 'San Francisco Film Festival' }, { segmentId: 'x2', name: 'Austin Film Fair' }] };
    fitPlaceFacts(list, new Set());
    const names = list.segments.map((s) => s.name);
    assert.equal(names[0], 'Music');
    assert.equal(new Set(names).size, 3);
    assert.ok(names.every((n) => !/Fair|Festival/.test(n)));
    const event = { name: 'Mercury Pilot', priceRange: { min: 29.25, max: 71.35, currencyCode: 'HUF' } };
    fitPlaceFacts(event, new Set());
    assert.ok(event.priceRange.min > 5000 && event.priceRange.max > event.priceRange.min);
  });

  test("a parcel's scans are in order, in the past, before the expected delivery", () => {
    const parcel = (): Record<string, unknown> => ({
      shipmentId: 's1', carrier: 'dpd', estimatedDelivery: '2025-12-17',
      events: [{ at: '2025-07-17T20:45:00Z', status: 'picked_up' }, { at: '2026-09-15T00:15:00Z', status: 'in_transit' }, { at: '2026-02-01T21:45:00Z', status: 'in_transit' }],
    });
    assert.deepEqual(broken(parcel()), ['tracking_order']);
    const fixed = parcel();
    fitPlaceFacts(fixed, new Set());
    const times = (fixed.events as { at: string }[]).map((e) => e.at);
    assert.deepEqual([...times].sort(), times);
    assert.ok(times.every((t) => t <= '2026-03-16T23:59:59Z'));
    assert.ok((fixed.estimatedDelivery as string) >= times[2]!.slice(0, 10));
    assert.deepEqual(broken(fixed), []);
  });

  test('a coordinate beside a point "lon,lat" is that point', () => {
    const closure = { point: '10.729057,54.006057', coordinate: { lat: '48.1374', long: '11.5755' } };
    fitPlaceFacts(closure, new Set());
    assert.deepEqual(closure.coordinate, { lat: '54.006057', long: '10.729057' });
  });

  test('a local time is what its epoch says, in the record\'s zone', () => {
    const place = { name: 'Warsaw', tz_id: 'Europe/Warsaw', localtime_epoch: 1771477178, localtime: '2023-06-25 9:19' };
    fitPlaceFacts(place, new Set());
    assert.equal(place.localtime, '2026-02-19 5:59');
  });
});
