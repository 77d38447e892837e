/**
 * World-consistent values (QUALITY.md E): each rule of src/check/_rules-world11.ts broken on purpose, and the
 * generator's mechanisms that keep them (opening hours, postcodes and streets by country, legal forms, new
 * records, food variants, film people).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkMeaning } from '../../src/check/index.ts';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { dialogueRng } from '../../src/random/index.ts';
import { withRng } from '../../src/plan/_faker.ts';
import { oneRowPerDay, settleOpeningTimes } from '../../src/plan/_hours.ts';
import { startFresh } from '../../src/plan/_created.ts';
import { fitVariants } from '../../src/plan/_variants.ts';
import { filmPersonNoun } from '../../src/plan/_films.ts';
import { venueCapacity } from '../../src/plan/_venues.ts';
import { commentAbout } from '../../src/plan/_names.ts';
import { POSTCODE_FORMAT, drawWorld, legalForms, localStreetAddress, withWorld, worldValue } from '../../src/world/index.ts';
import { postcodeFits } from '../../src/plan/_examples.ts';
import { localPostcode } from '../../src/plan/_names.ts';
import { Rng } from '../../src/random/index.ts';

const state = { api_confirmed: true, api_status: 'none' } as never;
const RULES = ['opening_hours', 'postcode_country', 'created_closed'];

function oneCall(result: unknown, method = 'GET', name = 'getPlace', args: Record<string, unknown> = {}): DialogueRecord {
  return {
    id: 't', seed: 1, flow: 'f', family: 'no_ask', edge_type: null,
    operations: { [`x.${name}`]: { name, api: 'x', description: '', method, path: method === 'POST' ? '/projects' : '/places/{id}', parameters: { type: 'object', properties: {} } } },
    chain: [`x.${name}`],
    slots: [],
    turns: [
      { speaker: 'user', action: 'inform_intent_clear', text: 'Please do it.' },
      { speaker: 'assistant', action: 'call', state, call: { id: 'c1', operation: `x.${name}`, arguments: args } },
      { speaker: 'tool', operation: `x.${name}`, call_id: 'c1', status: 'ok', result },
    ],
    meta: {},
  } as unknown as DialogueRecord;
}
const broken = (record: DialogueRecord): string[] => checkMeaning(record).map((v) => v.invariant).filter((v) => RULES.includes(v));
const drawn = <T>(fn: () => T): T => withRng(dialogueRng(2026, 1, 'test'), fn);

describe('world-consistent values a result states', () => {
  test('opening hours are clock times, a day closes after it opens, each day is listed once', () => {
    assert.deepEqual(broken(oneCall({ openingHours: [{ day: 'wed', opens: '27:05', closes: '18:04' }] })), ['opening_hours']);
    assert.deepEqual(broken(oneCall({ openingHours: [{ day: 'wed', opens: '09:00', closes: '06:30' }] })), ['opening_hours']);
    assert.deepEqual(broken(oneCall({ openingHours: [{ day: 'wed', opens: '09:00', closes: '18:00' }, { day: 'wed', opens: '10:00', closes: '17:00' }] })), ['opening_hours']);
    assert.deepEqual(broken(oneCall({ openingHours: [{ day: 'mon', opens: '09:00', closes: '18:00' }, { day: 'tue', opens: '18:00', closes: '02:00' }] })), []);
  });

  test("a postcode has the form of its record's country", () => {
    assert.deepEqual(broken(oneCall({ address: { city: 'Tokyo', postalCode: '34627-3924', countryCode: 'JP' } })), ['postcode_country']);
    assert.deepEqual(broken(oneCall({ address: { city: 'Lisbon', postalCode: '1100148', countryCode: 'PT' } })), ['postcode_country']);
    assert.deepEqual(broken(oneCall({ address: { city: 'Tokyo', postalCode: '150-0001', countryCode: 'JP' } })), []);
    assert.deepEqual(broken(oneCall({ address: { city: 'Boston', zip: '02118-1234', country: 'US' } })), []);
  });

  test('a record a create call has just made is not already closed', () => {
    assert.deepEqual(broken(oneCall({ projectId: 'p1', name: 'Atlas Migration', status: 'CLOSED' }, 'POST', 'createProject')), ['created_closed']);
    assert.deepEqual(broken(oneCall({ project: { id: 'p1', status: 'cancelled' } }, 'POST', 'createProject')), ['created_closed']);
    assert.deepEqual(broken(oneCall({ projectId: 'p1', status: 'INPROGRESS' }, 'POST', 'createProject')), []);
    // The user asked for it to be made closed; a read of a closed project is fine.
    assert.deepEqual(broken(oneCall({ projectId: 'p1', status: 'closed' }, 'POST', 'createProject', { status: 'closed' })), []);
    assert.deepEqual(broken(oneCall({ projectId: 'p1', status: 'CLOSED' })), []);
  });
});

describe('the generator keeps them', () => {
  test('opening times become a working day, and day rows one per day in week order', () => {
    const row = { day: 'wed', opens: '27:05', closes: '18:04' };
    drawn(() => settleOpeningTimes(row, []));
    assert.ok(row.opens >= '05:00' && row.opens <= '12:00' && row.closes > row.opens, JSON.stringify(row));
    const rows = [{ day: 'wed', opens: '09:00', closes: '18:00' }, { day: 'wed', opens: '09:00', closes: '18:00' }, { day: 'sun', opens: '09:00', closes: '18:00' }];
    drawn(() => oneRowPerDay(rows, -1));
    const days = rows.map((r) => r.day);
    assert.equal(new Set(days).size, 3);
    assert.ok(days.every((d) => ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].includes(d)), days.join());
    const lines: unknown[] = ['Mon 12:00-23:00', 'Mon-Sat 10:00-20:00', 'Tue-Sun 12:00-23:00'];
    drawn(() => oneRowPerDay(lines, -1));
    // Lines drawn one by one overlapped (Mon in all three): they become one week's lines, Monday first.
    assert.equal(new Set(lines).size, 3);
    assert.match(String(lines[0]), /^Mon-/);
    assert.ok(!lines.slice(1).some((l) => /^Mon/.test(String(l))), lines.join(' | '));
  });

  test("postcodes and streets are written as the city's country writes them", () => {
    assert.equal(POSTCODE_FORMAT.JP, '###-####');
    const ints = [0, 2, 14, 5];
    assert.equal(localStreetAddress('Tokyo', () => ints.shift()!), '2-14-5 Ginza');
    assert.match(localStreetAddress('Reykjavik', (min) => min)!, /^Laugavegur 1$/);
    assert.equal(localStreetAddress('Lisbon', (min) => min), undefined);
  });

  test("a spec's example postcode stands only in its own country's form (Lisbon's 1100-148 is no Toronto postcode)", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      withWorld(drawWorld(Rng.for(11, i, 1)), () => {
        const country = String(worldValue('country_code', false, () => ''));
        seen.add(country);
        const known = POSTCODE_FORMAT[country] !== undefined;
        assert.equal(postcodeFits('postalCode', '1100-148'), !known || country === 'PT', country);
        assert.equal(postcodeFits('address.zip', drawn(localPostcode)), true, country);
        assert.equal(postcodeFits('city', '1100-148'), true);
      });
    }
    assert.ok([...seen].filter((c) => c !== 'PT' && POSTCODE_FORMAT[c] !== undefined).length >= 3, [...seen].join(','));
  });

  test("a company's legal form is its country's", () => {
    assert.deepEqual(legalForms('SE'), ['AB']);
    assert.ok(!legalForms('SE').includes('GmbH'));
    assert.ok(legalForms(undefined).includes('Inc.'));
  });

  test('a new record starts open, with nothing gathered', () => {
    const project = { status: 'CLOSED', minutesLogged: 0, minutesToBeInvoiced: 327, taskAmountInvoiced: { currency: 'CZK', value: 10051 }, estimateAmount: { currency: 'CZK', value: 6739 }, trackCount: 12 };
    startFresh(project, [], true, (key) => (key === 'status' ? ['INPROGRESS', 'CLOSED'] : undefined));
    assert.equal(project.status, 'INPROGRESS');
    assert.equal(project.minutesToBeInvoiced, 0);
    assert.equal(project.taskAmountInvoiced.value, 0);
    assert.equal(project.estimateAmount.value, 6739);
    assert.equal(project.trackCount, 0);
  });

  test('a food comes in pack sizes, and its variants hold its stock', () => {
    const tuna: { name: string; inStock: number; variants: Record<string, string | number>[] } = { name: 'Homemade Tuna', inStock: 468, variants: [{ sku: 'A', color: 'yellow', size: '11', inStock: 39 }, { sku: 'B', color: 'silver', size: '9', inStock: 404 }, { sku: 'C', color: 'blue', size: '7', inStock: 345 }] };
    drawn(() => fitVariants(tuna, Object.keys(tuna)));
    assert.ok(tuna.variants.every((v) => !('color' in v) && /\b(g|kg|packs?)$/.test(String(v.size))), JSON.stringify(tuna.variants));
    assert.equal(tuna.variants.reduce((sum, v) => sum + Number(v.inStock), 0), 468);
  });

  test("a film person's department is a film department", () => {
    const person = { name: 'Grace Ferreira', knownForDepartment: 'General', biography: '' };
    const snake = (k: string): string => k.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
    const noun = filmPersonNoun(person, Object.keys(person), snake);
    assert.ok(noun === 'actor' || noun === 'director');
    assert.ok(['Acting', 'Directing'].includes(person.knownForDepartment));
    assert.equal(filmPersonNoun({ name: 'Ana', department: 'Logistics' }, ['name', 'department'], snake), undefined);
  });

  test('a venue holds what its kind holds', () => {
    const arena = { name: 'Riverside Arena', capacity: 172 };
    venueCapacity(arena, Object.keys(arena));
    assert.ok(arena.capacity >= 8000 && arena.capacity <= 20000, String(arena.capacity));
    const club = { name: 'Harbour Club', capacity: 450 };
    venueCapacity(club, Object.keys(club));
    assert.equal(club.capacity, 450);
  });

  test('a comment fits what it is written under; delivery notes stay in shops', () => {
    const music = drawn(() => commentAbout('get a comment on a track'));
    assert.ok(music !== undefined && !/deliver|arrived|package/i.test(music), music);
    assert.equal(drawn(() => commentAbout('list the comments of an order')), undefined);
    const note = drawn(() => commentAbout('get an aquifer notes', true));
    assert.ok(note !== undefined && !/deliver|package/i.test(note), note);
  });
});
