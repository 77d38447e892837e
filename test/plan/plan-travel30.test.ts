/** Wave 30 (travel): places, routes, events and durations that agree. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { flightRoute30 } from '../../src/plan/_flights-travel30.ts';
import { jobDuration30 } from '../../src/plan/_durations-travel30.ts';
import { eventSpan30 } from '../../src/plan/_event-span-travel30.ts';
import { withDefaultRadius30 } from '../../src/plan/_radius-travel30.ts';
import type { Operation } from '../../src/specs/types.ts';

const free = (): boolean => true;

describe('travel30: a flight\'s places agree', () => {
  test('codes, route and position name two real airports, the position between them', () => {
    const flight: Record<string, unknown> = { lat: -41.3, lon: 174.8, schd_from: 'cUjx6GujUb', schd_to: 'NtiKP0YZ5', route: 'Chennai (MAA) ⟶ Kuala Lumpur (KUL)', flight: 'FD3210' };
    flightRoute30(flight, []);
    assert.match(flight.schd_from as string, /^[A-Z]{3}$/);
    assert.match(flight.schd_to as string, /^[A-Z]{3}$/);
    assert.notEqual(flight.schd_from, flight.schd_to);
    assert.match(flight.route as string, new RegExp(`^[^(]+ \\(${flight.schd_from as string}\\) ⟶ [^(]+ \\(${flight.schd_to as string}\\)$`));
  });

  test('a bus stop\'s origin name beside no flight is left alone', () => {
    const stop: Record<string, unknown> = { origin: 'Main Street', destination: 'Harbour', line: '12' };
    flightRoute30(stop, []);
    assert.deepEqual(stop, { origin: 'Main Street', destination: 'Harbour', line: '12' });
  });
});

describe('travel30: durations and spans', () => {
  test('an export created in March 2024 finishes the same day', () => {
    const job: Record<string, unknown> = { created_at: '2024-03-21T08:15:00Z', finished_at: '2025-01-04T01:15:00Z', state: 'complete' };
    jobDuration30(job, free);
    assert.match(job.finished_at as string, /^2024-03-21T\d{2}:\d{2}:00Z$/);
    assert.ok((job.finished_at as string) > (job.created_at as string));
  });

  test('an event\'s end takes its start\'s form, after it', () => {
    const event: Record<string, unknown> = { startTime: '2023-06-10T23:00:00.000Z', endTime: '17:00' };
    eventSpan30(event, free);
    assert.match(event.endTime as string, /^2023-06-11T0[12]:[03]0:00\.000Z$/);
    const fight: Record<string, unknown> = { startTime: '14:15', endTime: '2023-07-01T01:49:56.000Z' };
    eventSpan30(fight, free);
    assert.match(fight.endTime as string, /^1[67]:[014][05]$/);
  });

  test('a search that sends no radius is fitted within the documented default', () => {
    const op = { inputs: [{ name: 'radius', in: 'query', required: false, schema: { type: 'integer', default: 5 } }, { name: 'radiusUnit', in: 'query', required: false, schema: { type: 'string', default: 'KM' } }] } as unknown as Operation;
    assert.deepEqual(withDefaultRadius30({ cityCode: 'PAR' }, op), { cityCode: 'PAR', radius: 5, radiusUnit: 'KM' });
    assert.deepEqual(withDefaultRadius30({ cityCode: 'PAR', radius: 2 }, op), { cityCode: 'PAR', radius: 2 });
  });
});

describe('travel30: a flight search hit is one kind of thing', () => {
  test('a hit carrying a flight is a live flight: no airport size or IATA, named by its label', async () => {
    const { flightHitKind31 } = await import('../../src/plan/_flight-kind31.ts');
    const detail: Record<string, unknown> = { lat: 9.9, lon: 87, size: 19643, iata: 'WLG', schd_from: 'MAA', schd_to: 'KUL', route: 'Chennai (MAA) ⟶ Kuala Lumpur (KUL)', flight: 'AK10' };
    const item: Record<string, unknown> = { id: 'x', label: 'AK10', detail, type: 'airport', match: 'iata', name: 'AirAsia' };
    flightHitKind31(item, detail);
    assert.equal(item.type, 'live');
    assert.equal(item.name, 'AK10');
    assert.equal(detail.size, undefined);
    assert.equal(detail.iata, undefined);
  });

  test('an airport hit (no route) is left alone', async () => {
    const { flightHitKind31 } = await import('../../src/plan/_flight-kind31.ts');
    const detail: Record<string, unknown> = { lat: -41.3, lon: 174.8, size: 19643, iata: 'WLG' };
    const item: Record<string, unknown> = { id: 'x', label: 'Wellington (WLG)', detail, type: 'airport', name: 'Wellington' };
    flightHitKind31(item, detail);
    assert.equal(item.type, 'airport');
    assert.equal(detail.iata, 'WLG');
  });
});
