/**
 * What the assistant says after a result, wave 10 (QUALITY.md F, J): each rule of src/check/_rules-reply10.ts broken
 * on purpose, and the realizer's mechanisms that keep them (no bare code numbers, coordinates after a record's own
 * facts, search hits named by the entity they wrap, a page of a total said as "3 of its 61").
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkMeaning } from '../../src/check/_meaning.ts';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import type { DialogueRecord, RecordOperation } from '../../src/plan/types.ts';
import { summarizeResult } from '../../src/realize/_response.ts';
import { Rng } from '../../src/random/index.ts';
import { oneCall as withOneCall } from '../_one-call.ts';

const RULES = ['bare_code_said', 'count_contradiction'];

function op(name: string, path: string): RecordOperation {
  return { name, api: 'x', description: '', method: 'GET', path, parameters: { type: 'object', properties: {} } } as RecordOperation;
}

/** One GET of `x.get` answered by `response`. */
const oneCall = (result: unknown, response: string): DialogueRecord => withOneCall({}, result, { name: 'get', path: '/things', text: 'Please.', response });
const broken = (record: DialogueRecord): string[] => checkMeaning(record).map((v) => v.invariant).filter((v) => RULES.includes(v));
const say = (result: unknown, operation: RecordOperation): string => summarizeResult(result, operation, new Set(), Rng.for(1, 1), 'Please.');

const COUPONS = [
  { id: 3, coupon_id: 446879, order_id: 576281, code: 'S2549JM0Y', amount: '414.87', type: 2, discount: 71.75 },
  { id: 233087, coupon_id: 1, order_id: 576281, code: '8590U', amount: '174.69', type: 1, discount: 61.87 },
];
const REVIEWS = { status: 'active', data: { asin: 'B0ADDVFD4I', total_reviews: 61, total_ratings: 399, country: 'US', reviews: [{ text: 'Five stars, no complaints.', author: 'Cody Bosco' }, { text: 'Would not recommend.', author: 'Jalon Upton' }, { text: 'Works well.', author: 'Trudie Blanda' }] } };

describe('what the assistant says after a result (wave 10)', () => {
  test('the rules are meaning invariants', () => {
    for (const id of RULES) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(id));
  });

  test('a code number is never said as the answer', () => {
    assert.deepEqual(broken(oneCall(COUPONS, '2 coupons came back. The first one: the code is S2549JM0Y, the amount is 414.87 and the type is 2.')), ['bare_code_said']);
    // A number the result does not hold under a code key is a number, not a code.
    assert.deepEqual(broken(oneCall({ room_type: 'suite', floors: 2 }, 'The room type is suite.')), []);
    const text = say(COUPONS, op('getOrderCoupons', '/orders/{order_id}/coupons'));
    assert.doesNotMatch(text, /the type is \d/);
    assert.match(text, /S2549JM0Y/);
  });

  test('a page of a total is never said as two counts', () => {
    assert.deepEqual(broken(oneCall(REVIEWS, 'There are 3 reviews (…), it has 61 reviews.')), ['count_contradiction']);
    assert.deepEqual(broken(oneCall(REVIEWS, 'There are 3 of its 61 reviews (…).')), []);
    const text = say(REVIEWS, op('product_reviews', '/product-reviews'));
    assert.match(text, /61 reviews, of which 3 came back|61 reviews in all; these are the first 3/);
    assert.doesNotMatch(text, /it has 61 reviews/);
    // The page alone, with its total by the list's own name: "61 reviews in all".
    const page = say({ total_reviews: 61, reviews: REVIEWS.data.reviews }, op('product_reviews', '/product-reviews'));
    assert.match(page, /61 reviews in all; these are the first 3/);
  });

  test("a job's coordinates come after its own facts; a place's coordinates stay its answer", () => {
    const job = { title: 'Identity Technician', companyName: 'Smith Digital', lat: 35.1053, lon: 129.03, employmentType: 'part_time', level: 'senior' };
    const text = say(job, op('getJob', '/jobs/{jobId}'));
    assert.doesNotMatch(text, /latitude/);
    assert.match(text, /part time|employment type/i);
    assert.match(say({ lat: 35.1053, lon: 129.03, label: 'x' }, op('geocode', '/geocode')), /35\.1053/);
    // A moment in seconds since 1970 is for machines.
    assert.doesNotMatch(say({ location: { country: 'Hungary', localtime_epoch: 1687677599, localtime: '2023-06-25 9:19' }, astronomy: { sunrise: '06:01', sunset: '19:27' } }, op('astronomy', '/astronomy.json')), /1687677599/);
  });

  test("a menu's sections are said with their items and prices; a work with its authors stays a thing", () => {
    const menu = { currencyCode: 'EUR', sections: [{ title: 'Soups', items: [{ menuItemId: 'a1', name: 'Gazpacho', price: 4.59 }] }, { title: 'Sides', items: [{ menuItemId: 'b2', name: 'Chicken Wings', price: 3.67 }] }, { title: 'Specials', items: [{ menuItemId: 'c3', name: 'Edamame', price: 4.59 }, { menuItemId: 'd4', name: 'Swiss Chard Salad', price: 14.71 }] }] };
    assert.match(say(menu, op('getMenu', '/restaurants/{id}/menu')), /Soups: Gazpacho \(4\.59 EUR\); Sides: Chicken Wings \(3\.67 EUR\); Specials: Edamame \(4\.59 EUR\) and Swiss Chard Salad \(14\.71 EUR\)/);
    const works = { works: [{ key: 'w1', title: 'Lucky Jim', first_publish_year: 1954, authors: [{ name: 'Kingsley Amis' }] }, { key: 'w2', title: 'Frankenstein', first_publish_year: 1818, authors: [{ name: 'Mary Shelley' }] }] };
    assert.doesNotMatch(say(works, op('getSubject', '/subjects/{key}')), /Lucky Jim: Kingsley Amis/);
  });

  test('a search hit is named by the entity it wraps', () => {
    const hits = { results: [{ entity: { name: 'Mercedes-Benz EQ', type: 'team' }, score: 3 }, { entity: { name: 'Mercedes AMG', type: 'team' }, score: 2 }, { entity: { name: 'Mercedes Junior', type: 'team' }, score: 1 }] };
    assert.match(say(hits, op('search', '/search')), /Mercedes-Benz EQ, Mercedes AMG and Mercedes Junior/);
  });
});
