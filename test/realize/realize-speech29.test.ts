/**
 * Wave 29 (speech): words the blind readers flagged, reduced to the helpers that now say them right.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { properNames29 } from '../../src/realize/_proper-names29.ts';
import { requestPhrase } from '../../src/realize/words.ts';
import { weatherWords29 } from '../../src/realize/_weather-words29.ts';
import { otherGuesses29 } from '../../src/realize/_guess-others29.ts';
import { distinctPlaces29 } from '../../src/plan/_venues29.ts';
import { deprecated29 } from '../../src/plan/_deprecated29.ts';
import type { PlanOperation } from '../../src/plan/_catalog-types.ts';

describe('speech29', () => {
  it('capitalises days and months the assistant echoes, not "may"', () => {
    assert.equal(properNames29('book a haircut for saturday in june'), 'book a haircut for Saturday in June');
    assert.equal(properNames29('you may iron five shirts'), 'you may iron five shirts');
  });

  it('reads "Responds with JSON including X" as getting X', () => {
    assert.equal(requestPhrase('Responds with JSON including some properties of the Quran.'), 'get some properties of the Quran');
    assert.doesNotMatch(requestPhrase('Responds with JSON.'), /responds/i);
  });

  it('says a weather description alone, as the weather', () => {
    const leaves = [
      { path: ['current', 'temperature'], value: 10.3 },
      { path: ['current', 'condition'], value: 'rain' },
      { path: ['current', 'description'], value: 'light rain' },
    ];
    const facts = [
      { text: 'the temperature is 10.3 degrees', rank: 1, n: 0, key: 'temperature' },
      { text: 'the condition is rain', rank: 0.5, n: 1, key: 'condition' },
      { text: 'the description is light rain', rank: 1, n: 2, key: 'description' },
    ];
    const out = weatherWords29(facts, leaves, new Set(['current']));
    assert.deepEqual(out.map((f) => f.text), ['the temperature is 10.3 degrees', 'the weather is light rain']);
    // Without a temperature it is no weather: left alone.
    assert.equal(weatherWords29(facts, leaves, new Set()), facts);
  });

  it('names every other value the failed call made up', () => {
    const slotOf = (p: string): string => ({ holdId: 'the hold ID', email: 'the email address', deliveryMethod: 'the delivery method' })[p] ?? '';
    const args = { deliveryMethod: 'print_at_home', email: 'yandersson@proton.me', holdId: 'H-1' };
    assert.equal(otherGuesses29(args, 'holdId', 'the email address and the hold ID', slotOf), 'I also made up yandersson@proton.me as the email address.');
    assert.equal(otherGuesses29(args, 'holdId', 'the hold ID', slotOf), '');
  });

  it('makes one venue of one name and moves venues off one spot', () => {
    const venue = (id: string, name: string, capacity: number): Record<string, unknown> => ({ venueId: id, name, lat: 51.4552, lon: -2.5966, capacity });
    const items = [
      { eventId: 'e1', venue: venue('v1', 'Riverside Theatre', 2680) },
      { eventId: 'e2', venue: venue('v2', 'Union Center', 2540) },
      { eventId: 'e3', venue: venue('v3', 'Riverside Theatre', 2110) },
    ];
    distinctPlaces29(items, 0);
    assert.deepEqual(items[2]!.venue, items[0]!.venue);
    assert.deepEqual(items[0]!.venue, venue('v1', 'Riverside Theatre', 2680)); // the chosen one is kept
    assert.notDeepEqual([items[1]!.venue.lat, items[1]!.venue.lon], [51.4552, -2.5966]);
    assert.ok(Math.abs((items[1]!.venue.lat as number) - 51.4552) < 0.05);
  });

  it('knows a deprecated operation by its flag or its own words only', () => {
    const op = (o: Record<string, unknown>): PlanOperation => ({ operation: o }) as unknown as PlanOperation;
    assert.equal(deprecated29(op({ deprecated: true })), true);
    assert.equal(deprecated29(op({ description: '**Note:** This endpoint is deprecated. Use another.' })), true);
    assert.equal(deprecated29(op({ description: 'Versions 1 and 2 of the Transfers API are deprecated.' })), false);
  });
});
