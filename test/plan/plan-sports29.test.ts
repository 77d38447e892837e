/** Results that are the thing asked for (wave 29): events listed, distinct people of a name search, a car valuation that reads as one, the country a locality input asks. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { listedEvents29, upcomingEvents29, eventsInPlace29 } from '../../src/plan/_events29.ts';
import { distinctPeople29 } from '../../src/plan/_people29.ts';
import { fitValuation29 } from '../../src/plan/_valuation29.ts';

const eventKind = (n: string): boolean => /^(event|match|fixture)$/.test(n);

describe('wave 29 sports: results that are the thing asked for', () => {
  it('an operation whose summary lists upcoming events returns events, not the sport it is named by', () => {
    const summary = 'Sports API method allows a user to get listing of all upcoming sports events for football, cricket and golf in json';
    assert.deepEqual(listedEvents29({ noun: 'sport', plural: true }, summary, eventKind), { noun: 'event', plural: true });
    assert.equal(listedEvents29({ noun: 'scheme', plural: true }, 'Returns a paginated list of notification schemes', eventKind), undefined);
    assert.equal(upcomingEvents29(summary), true);
    assert.equal(upcomingEvents29('Fetch upcoming/previous events'), false);
  });

  it('events for a place are held there, never named by another city', () => {
    const r = { events: [{ name: 'London', city: 'Lagos' }, { name: 'Boston Derby', city: 'Boston' }] };
    eventsInPlace29(r, 'London', (c) => ['London', 'Boston', 'Lagos'].includes(c));
    assert.deepEqual(r.events.map((e) => e.city), ['London', 'London']);
    assert.ok(r.events.every((e) => e.name.startsWith('London ')));
  });

  it('a full-name search lists the one person once; a last-name search lists namesakes; no id twice', () => {
    const both = [1, 2, 3].map((i) => ({ _id: { $oid: '608f351212cfe86b00a1c802' }, playerId: String(i), firstName: 'Samuel', lastName: 'Murphy' }));
    distinctPeople29(both, { firstName: 'Samuel', lastName: 'Murphy' });
    assert.equal(both.length, 1);
    const last = [1, 2, 3].map((i) => ({ _id: { $oid: '608f351212cfe86b00a1c802' }, playerId: String(i), firstName: 'Samuel', lastName: 'Murphy' }));
    distinctPeople29(last, { lastName: 'Murphy' });
    assert.equal(new Set(last.map((p) => `${p.firstName} ${p.lastName}`)).size, 3);
    assert.ok(last.every((p) => p.lastName === 'Murphy'));
    assert.equal(new Set(last.map((p) => p._id.$oid)).size, 3);
  });

  it('a car valuation is at its level in cents, a certainty is 0–100, the mileage echoed is the one sent', () => {
    const r = { vin: 'X', vehicle: '2022 Audi A6', mean: 8449.1435, stdev: 2245, count: 1, mileage: 50000, certainty: 106, period: ['2021-05-03'], prices: { average: 8895.0831, below: 4736.9605, above: 15125.8798, distribution: [{ group: { min: 4980, max: 6900, count: 10 } }, { group: { min: 4980, max: 11690, count: 69 } }] }, adjustments: { mileage: { average: 1, input: 50000, adjustment: 541 } } };
    fitValuation29(r, { vin: 'X', mileage: 68000 });
    assert.ok(r.mean > 15000 && Number.isInteger(Math.round(r.mean * 100)) && Math.abs(r.mean * 100 - Math.round(r.mean * 100)) < 1e-6);
    assert.ok(r.certainty <= 100);
    assert.equal(r.mileage, 68000);
    assert.equal(r.adjustments.mileage.input, 68000);
    assert.equal(r.count, 79);
    assert.ok(r.prices.below < r.mean && r.mean < r.prices.above);
    assert.ok(r.period[0]! >= '2025');
  });
});
