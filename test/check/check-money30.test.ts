/**
 * Measured numbers that add up (QUALITY.md E), wave 30: `cost_total_unsummed` and `moment_past_duration` broken on
 * purpose with the values the readers found (rapidapi seed 2026 #214: a 5-year ownership cost with 3-entry lists and
 * a `total_cost` far below its parts; openapi seed 77 #353: an offset at 1831 s of a 180 s track), good values
 * passing; and the generator's settling (`_money30.ts`, `_measures-money30.ts`) making both pass.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { oneCall, violationsOf } from '../_one-call.ts';
import { settleCostBreakdown30 } from '../../src/plan/_money30.ts';
import { settleMeasures30 } from '../../src/plan/_measures-money30.ts';

const unsummed = violationsOf('cost_total_unsummed');
const past = violationsOf('moment_past_duration');
const args = { vin: 'SAL1XLB7X7LZ46569', mileage_year: 15000 };
const ownership = (): Record<string, unknown> => ({
  vin: 'SAL1XLB7X7LZ46569', mileage_start: 50000, mileage_year: 15000, vehicle: '2007 Land Rover Range Rover',
  depreciation_cost: [77, 1889, 1004], insurance_cost: [1586, 1971, 907], fuel_cost: [887, 381, 811], maintenance_cost: [2763, 809, 1629],
  repairs_cost: [977, 801, 1739], fees_cost: [793, 1149, 1072], total_cost: [881, 504, 491], total_cost_sum: 88874, '5yr_mileage': 75000, cost_per_mile: 0.6193333333333333,
});
const analysis = (offset_seconds: number): Record<string, unknown> => ({ track: { num_samples: 4585515, duration: 180, offset_seconds, window_seconds: 0, analysis_sample_rate: 44100, start_of_fade_out: 201.13705, tempo: 118.211 } });
const op = { summary: 'Estimate Ownership Cost', description: 'Estimate how much you will spend on the car with specified VIN for the next 5 years.', outputs: [] };

describe('money30', () => {
  test('cost_total_unsummed: a total_cost far below its parts, and a sum that is no sum', () => {
    assert.deepEqual(unsummed(oneCall(args, ownership())), ['cost_total_unsummed']);
    const summed = { a_cost: [1, 2], b_cost: [3, 4], total_cost: [4, 6], total_cost_sum: 10 };
    assert.deepEqual(unsummed(oneCall(args, summed)), []);
    assert.deepEqual(unsummed(oneCall(args, { ...summed, total_cost_sum: 99 })), ['cost_total_unsummed']);
    // A lone total beside no parts is no breakdown.
    assert.deepEqual(unsummed(oneCall(args, { total_cost: [5, 6], fee: 3 })), []);
  });

  test('moment_past_duration: an offset at 1831 s of a 180 s track', () => {
    assert.deepEqual(past(oneCall({ id: '69qDvaLCGLCgFfRXvJHePo' }, analysis(1831))), ['moment_past_duration']);
    const inside = analysis(0);
    (inside.track as Record<string, unknown>).start_of_fade_out = 171.2;
    assert.deepEqual(past(oneCall({ id: '69qDvaLCGLCgFfRXvJHePo' }, inside)), []);
  });

  test('the generator settles both: 5 years that add up, moments inside the track', () => {
    const result = ownership();
    settleCostBreakdown30(result, op, args, new Set());
    assert.equal((result.total_cost as number[]).length, 5);
    assert.equal((result.fuel_cost as number[]).length, 5);
    assert.equal(result['5yr_mileage'], 75000);
    assert.equal(result.cost_per_mile, Math.round(((result.total_cost_sum as number) / 75000) * 100) / 100);
    assert.deepEqual(unsummed(oneCall(args, result)), []);
    const track = analysis(1831);
    settleMeasures30(track, new Set());
    const t = track.track as Record<string, number>;
    assert.equal(t.offset_seconds, 0);
    assert.ok(t.start_of_fade_out! <= 180 && t.start_of_fade_out! > 150);
    assert.equal(t.num_samples, 180 * 44100);
    assert.deepEqual(past(oneCall({ id: '69qDvaLCGLCgFfRXvJHePo' }, track)), []);
  });
});
