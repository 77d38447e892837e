/** Names and facts in results (QUALITY.md E): src/plan/_finish.ts, _holidays.ts, _honour.ts, _names.ts, _mock.ts. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { finishRecord } from '../../src/plan/_finish.ts';
import { holidayDate } from '../../src/plan/_holidays.ts';
import { honourArguments } from '../../src/plan/_honour.ts';
import { mockValue } from '../../src/plan/_mock.ts';
import { productName } from '../../src/plan/_names.ts';
import { Rng } from '../../src/random/index.ts';
import { withRng } from '../../src/plan/_faker.ts';
import { REFERENCE_DATE } from '../../src/world/index.ts';

const draw = (name: string, context: string, seed: number, parent?: string): string => {
  const rng = Rng.for(seed, 0);
  return withRng(rng, () => mockValue({ type: 'string' }, { name, context, inResult: true, ...(parent ? { parent } : {}) }, rng, 1)) as string;
};

describe('a record is one real thing', () => {
  it('a country record takes its capital, native name, currency, flag and calling code from the world data', () => {
    const finland = { id: 1, code: 'FI', name: 'Finland', native: 'افغانستان', phone: '+358415417207', capital: 'Copenhagen', currency: 'DKK', emoji: '🇦🇫' };
    finishRecord(finland, []);
    assert.deepEqual(finland, { id: 1, code: 'FI', name: 'Finland', native: 'Suomi', phone: '+358', capital: 'Helsinki', currency: 'EUR', emoji: '🇫🇮' });
  });
  it("a city's record keeps its name and takes its country's currency", () => {
    const lisbon = { name: 'Lisbon', country_code: 'PT', currency: 'USD' };
    finishRecord(lisbon, []);
    assert.deepEqual(lisbon, { name: 'Lisbon', country_code: 'PT', currency: 'EUR' });
  });
  it('a region record is one region: its code, name and country agree', () => {
    const region = { regionCode: 'IN-MH', name: 'Oslo', countryCode: 'NO' };
    finishRecord(region, []);
    assert.deepEqual(region, { regionCode: 'NO-03', name: 'Oslo', countryCode: 'NO' });
    const unknownCountry = { regionCode: 'IN-MH', name: 'Hordaland', countryCode: 'ZW' };
    finishRecord(unknownCountry, []);
    assert.deepEqual(unknownCountry, { regionCode: 'IN-MH', name: 'Maharashtra', countryCode: 'IN' });
    const alert = { regionCode: 'US-CA', city: 'Lisbon', countryCode: 'PT', name: 'Heat Advisory' };
    finishRecord(alert, []);
    assert.deepEqual(alert, { regionCode: 'PT-11', city: 'Lisbon', countryCode: 'PT', name: 'Heat Advisory' });
  });
  it('an active weather alert began hours before the reference day and runs for hours or days, not years', () => {
    const rng = Rng.for(3, 0);
    const alert = { event: 'Flood Watch', severity: 'moderate', onset: '2024-12-23T05:30:00Z', expires: '2026-07-05T22:00:00Z' };
    withRng(rng, () => finishRecord(alert, []));
    const now = Date.parse(`${REFERENCE_DATE}T12:00:00Z`);
    assert.match(alert.onset, /^\d{4}-\d\d-\d\dT\d\d:\d\d:00Z$/);
    assert.ok(Date.parse(alert.onset) < now && now - Date.parse(alert.onset) <= 20 * 3_600_000, alert.onset);
    assert.ok(Date.parse(alert.expires) > now && Date.parse(alert.expires) - now <= 60 * 3_600_000, alert.expires);
    const given = { event: 'Flood Watch', severity: 'moderate', onset: '2026-05-06', expires: '2026-05-07' };
    finishRecord(given, ['onset']);
    assert.deepEqual(given, { event: 'Flood Watch', severity: 'moderate', onset: '2026-05-06', expires: '2026-05-07' });
  });
  it('a thing named by its number carries its number', () => {
    const chapter = { id: 'c', name: 'Chapter 9', chapter_number: 1 };
    finishRecord(chapter, []);
    assert.equal(chapter.name, 'Chapter 1');
  });
  it('a holiday falls on its real day in its year', () => {
    assert.equal(holidayDate('Easter Monday', 2026), '2026-04-06');
    assert.equal(holidayDate('Good Friday', 2027), '2027-03-26');
    assert.equal(holidayDate('Christmas Day', 2027), '2027-12-25');
    const holiday = { name: 'Easter Monday', localName: 'Christmas Day', date: '2026-11-08', countryCode: 'GB' };
    finishRecord(holiday, []);
    assert.deepEqual(holiday, { name: 'Easter Monday', localName: 'Easter Monday', date: '2026-04-06', countryCode: 'GB' });
  });
});

describe('a result echoes what its call set and filtered by', () => {
  const read = { effect: 'read', name: 'listArticles', method: 'GET' } as const;
  it('a name filter holds for every record listed', () => {
    const result = { articles: [{ title: 'A', publisher: 'Lehner - Rolfson' }, { title: 'B', publisher_name: 'Davis Group' }] };
    honourArguments(result, { publisher: 'Motley Fool' }, read, new Set(), {});
    assert.deepEqual(result.articles.map((a) => a.publisher ?? a.publisher_name), ['Motley Fool', 'Motley Fool']);
  });
  it('an amount set by a number is that number, and a removal answers with an id it was sent', () => {
    const task = { taskId: 't', rate: { currency: 'USD', value: 280 } };
    honourArguments(task, { name: 'Orion', rate: 9.18 }, { effect: 'create', name: 'createTask', method: 'POST' }, new Set(), {});
    assert.equal(task.rate.value, 9.18);
    const removed = { id: '0ojUiQt5', status: 'deleted' };
    honourArguments(removed, { ids: '18yVqkdbdRvS24c0Ilj2ci,1HGw3J3NxZO1TP1BTtVhpZ' }, { effect: 'delete', name: 'remove-audiobooks-user', method: 'DELETE' }, new Set(), {});
    assert.equal(removed.id, '18yVqkdbdRvS24c0Ilj2ci');
  });
});

describe('names by what the thing is', () => {
  it('the entries of a golf ranking are people, never product-like names', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const name = draw('name', 'fetch the world rankings for a given year world ranking rankings players', seed, 'rankings');
      assert.match(name, /^\p{Lu}[\p{L}.'-]*( \p{Lu}[\p{L}.'-]*)+$/u, name);
      assert.doesNotMatch(name, /(Upgrade|Portal|Platform|Migration|Pilot)$/, name);
    }
  });
  it('a publisher or provider is no three-surname law firm', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const name = draw('publisher', 'get articles', seed);
      assert.doesNotMatch(name, /, \S+ and /, name);
    }
  });
  it("a motorsport API's categories are motorsports, never the catalogue's Business", () => {
    for (let seed = 1; seed <= 12; seed++) {
      const name = draw('category', 'motorsport categories list', seed);
      assert.doesNotMatch(name, /^(Business|Travel|Entertainment|Lifestyle)$/, name);
    }
  });
});

describe('products fit their category', () => {
  it('goods of the department a listing asked for, and never a material on a food', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const rng = Rng.for(seed, 0);
      const kids = withRng(rng, () => mockValue({ type: 'string' }, { name: 'name', parent: 'products', context: 'get product by category products', inResult: true, args: { category: 'Kids' } }, rng, 1)) as string;
      assert.match(kids, /Blocks|Teddy|Train|Kids|Book|Crayon/, kids);
      const any = withRng(rng, () => productName('')) as string;
      assert.doesNotMatch(any, /(Wooden|Metal|Plastic|Granite|Rubber|Steel|Bronze|Concrete) (Sausages|Bacon|Pizza|Tuna|Chicken|Fish|Cheese|Chips)$/, any);
      // No Faker nonsense goods ("Electronic Bronze Soap").
      assert.doesNotMatch(any, /^(Small|Ergonomic|Electronic|Rustic|Intelligent|Gorgeous|Incredible|Elegant|Fantastic|Practical|Sleek|Bespoke|Awesome|Generic|Handcrafted|Licensed|Refined|Unbranded|Tasty) /, any);
    }
  });
});

describe('ids in the form their platform gives them', () => {
  it('an id described as a Deezer id is digits', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const rng = Rng.for(seed, 0);
      const id = withRng(rng, () => mockValue({ type: 'string' }, { name: 'id', description: 'The radio deezer ID', context: 'radio' }, rng, 1)) as string;
      assert.match(id, /^\d+$/, id);
    }
  });
});

describe('a policy condition is named for its test', () => {
  it("a tuple's condition name is no shop", () => {
    const rng = Rng.for(2, 0);
    const name = withRng(rng, () => mockValue({ type: 'string' }, { name: 'name', parent: 'condition', context: 'read changes stores store id changes', inResult: true }, rng, 1)) as string;
    assert.match(name, /^[a-z]+(_[a-z]+)+$/, name);
  });
});
