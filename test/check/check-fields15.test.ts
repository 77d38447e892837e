/**
 * How a response reads a result's fields, wave 15 (QUALITY.md A, B, F, J): each rule of src/check/_rules-fields15.ts
 * broken on purpose, and the realizer's mechanisms that keep them (meta fields never said, what the operation is named
 * for said first, keys said as words, durations in minutes).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkMeaning } from '../../src/check/_meaning.ts';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import type { DialogueRecord, RecordOperation } from '../../src/plan/types.ts';
import { summarizeResult } from '../../src/realize/_response.ts';
import { Rng } from '../../src/random/index.ts';
import { oneCall } from '../_one-call.ts';

const RULES = ['meta_field_said', 'run_together_key', 'raw_milliseconds'];

function op(name: string, path: string, method = 'GET'): RecordOperation {
  return { name, api: 'x', description: '', method, path, parameters: { type: 'object', properties: {} } } as RecordOperation;
}

const answered = (result: unknown, response: string): DialogueRecord => oneCall({}, result, { text: 'Please.', response });
const broken = (record: DialogueRecord): string[] => checkMeaning(record).map((v) => v.invariant).filter((v) => RULES.includes(v));
const say = (result: unknown, operation: RecordOperation, asked = 'Please.', echoes: string[] = []): string => summarizeResult(result, operation, new Set(echoes), Rng.for(1, 1), asked);

const QUOTE = { SchemaType: 'StocksSummaryReply', Stocks: { QuoteOutput: { Symbol: 'TSLA', Name: 'Tesla Inc', Exchange: 'NASDAQ', LastPrice: '$261.77' } } };
const ASTRONOMY = { location: { name: 'Warsaw', region: 'Masovian Voivodeship', country: 'Poland', localtime: '2026-03-14 18:05' }, astronomy: { astro: { sunrise: '07:42 AM' } } };
const EPISODE = { episodes: [{ name: 'Jazz history', duration_ms: 1686230, language: 'fr', languages: ['fr', 'es'], release_date: '2026-03-14' }] };
const FEE = { id: 32989, type: 'custom_fee', display_name_customer: 'Mateo Mensah', display_name_merchant: 'Package Protection Fee', source: 'api', base_cost: '242.49', cost_ex_tax: '220.59', cost_inc_tax: '264.71', cost_tax: '44.12', tax_class_id: 334516 };
const QUESTION = { question: { _id: '6341', text: 'Who painted the Mona Lisa?', options: [{ option: 'Leonardo da Vinci', isCorrect: true }, { option: 'Michelangelo', isCorrect: false }, { option: 'Raphael', isCorrect: false }], category: { _id: '6335', name: 'Art' } }, result_code: 'SUCCESS', result_message: 'Data retrieved successfully.' };
const COST = { vin: 'C9VURY6M5KCF06008', vehicle: '2008 Infiniti QX56 Base', depreciation_cost: [2487, 1945, 1494], insurance_cost: [1586, 1410, 1316], fuel_cost: [1471, 1165, 2600], total_cost: [11206, 1473, 740], total_cost_sum: 66229, cost_per_mile: 0.62 };
const CLOSURES = {
  closure: [1, 2].map((n) => ({ identifier: `Q0xPU1VSRV9f${n}`, footer: ['Subject to change at short notice.'], icon: '262-2', isBlocked: 'true', title: `Junction ${n} to ${n + 3}: full closure`, point: '10.729057,54.006057', display_type: 'CLOSURE', lorryParkingFeatureIcons: [{ icon: 'https://images.example.com/r.jpg', description: 'Toilets.', style: 'center' }], subtitle: 'Dortmund towards Köln', startTimestamp: '2024-12-14T10:15:00Z' })),
};

describe('fields wave 15: each rule broken on purpose', () => {
  test('the rules are meaning invariants', () => {
    for (const rule of RULES) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(rule), rule);
  });

  test('meta_field_said: a schema name, a footer, icons or a channel are never reported', () => {
    assert.deepEqual(broken(answered(QUOTE, 'The schema type is StocksSummaryReply, the name is Tesla Inc.')), ['meta_field_said']);
    assert.deepEqual(broken(answered(CLOSURES, 'For Junction 1 to 4, the footer is Subject to change at short notice.')), ['meta_field_said']);
    assert.deepEqual(broken(answered(CLOSURES, 'It is blocked and there is one lorry parking feature icon (description Toilets).')), ['meta_field_said']);
    assert.deepEqual(broken(answered(FEE, 'The base cost is 242.49 and the source is api.')), ['meta_field_said']);
    assert.deepEqual(broken(answered(FEE, 'The base cost is 242.49 and the cost including tax is 264.71.')), []);
    assert.deepEqual(broken(answered({ source: 'Reuters' }, 'The source is Reuters.')), []);
  });

  test('run_together_key: a glued key is never said as a word, unless it is a value of the result', () => {
    assert.deepEqual(broken(answered(ASTRONOMY, 'The region is Masovian Voivodeship and the localtime is March 14, 2026 at 18:05.')), ['run_together_key']);
    assert.deepEqual(broken(answered(ASTRONOMY, 'The region is Masovian Voivodeship and the local time is March 14, 2026 at 18:05.')), []);
    assert.deepEqual(broken(answered({ items: ['Acoustic'] }, 'The acousticness is 0.2 and the danceability is 0.5.')), []);
    assert.deepEqual(broken(answered({ handle: 'marketvalue' }, 'The handle is marketvalue.')), []);
  });

  test('raw_milliseconds: a duration of ten seconds or more is never said in milliseconds', () => {
    assert.deepEqual(broken(answered(EPISODE, 'Its duration is 1686230 milliseconds.')), ['raw_milliseconds']);
    assert.deepEqual(broken(answered(EPISODE, 'Its duration is 28 minutes 6 seconds.')), []);
    assert.deepEqual(broken(answered(EPISODE, 'The delay is 350 milliseconds.')), []);
  });
});

describe('fields wave 15: the realizer keeps them', () => {
  test('a reply schema and a wrapper are never said (rapidapi #64)', () => {
    const text = say(QUOTE, op('quote_get_details', '/quote/get-details'), 'Get details of a quote. The symbol is TSLA.');
    assert.doesNotMatch(text, /schema|output/i);
    assert.match(text, /the name is Tesla Inc/i);
    assert.deepEqual(broken(answered(QUOTE, text)), []);
  });

  test('a glued key is said as words (rapidapi #24)', () => {
    const text = say(ASTRONOMY, op('astronomy_api', '/astronomy.json'), 'Get information for sunrise. The location is Warsaw.', ['Warsaw']);
    assert.match(text, /the local time is March 14, 2026 at 18:05/);
    assert.deepEqual(broken(answered(ASTRONOMY, text)), []);
  });

  test('milliseconds are said as minutes, language codes by name and once (openapi #372)', () => {
    const text = say(EPISODE, op('get-multiple-episodes', '/episodes'), 'Get several episodes.');
    assert.match(text, /duration is 28 minutes 6 seconds/);
    assert.match(text, /the languages are French and Spanish/);
    assert.doesNotMatch(text, /the language is French/);
    assert.deepEqual(broken(answered(EPISODE, text)), []);
  });

  test('fees are answered with amounts, never the channel that made them (openapi #374)', () => {
    const text = say(FEE, op('getOrderFees', '/orders/{order_id}/fees'), 'I need the fees of an order.');
    assert.match(text, /the cost including tax is 264\.71/);
    assert.doesNotMatch(text, /source|display name customer/);
    assert.deepEqual(broken(answered(FEE, text)), []);
  });

  test('a question is said by its text, its options with it (rapidapi #108)', () => {
    const text = say(QUESTION, op('get_question_by_id', '/questions/{id}'), 'Please get a question by its ID.');
    assert.match(text, /the question is “Who painted the Mona Lisa\?”/i);
    assert.match(text, /3 options \(Leonardo da Vinci, Michelangelo, Raphael\)/);
    assert.match(text, /the category is Art/);
  });

  test('an ownership cost is answered with its total (rapidapi #181)', () => {
    const text = say(COST, op('Estimate Ownership Cost', '/estimate-ownership-cost'), 'I have to get the ownership cost.');
    assert.match(text, /the overall total cost is 66229/);
    assert.match(text, /the cost per mile is 0\.62/);
  });

  test('closures are said by what they are and when they start, never by footers and icons (openapi #360)', () => {
    const text = say(CLOSURES, op('list-closures', '/{roadId}/services/closure'), 'Can you list closures?');
    assert.doesNotMatch(text, /footer|icon|point is/);
    assert.match(text, /the start time is December 14, 2024 at 10:15 UTC/);
    assert.deepEqual(broken(answered(CLOSURES, text)), []);
  });

  test('codes that are words are named by what they are (bundled #172)', () => {
    const text = say({ restaurantId: 'rst_1', name: "Predovic's Bistro", cuisineCodes: ['indian', 'chinese'], priceLevel: 1, rating: 4, address: '92 Zulauf Street' }, op('getRestaurant', '/restaurants/{id}'), 'Get the restaurant.');
    assert.match(text, /the cuisines are indian and chinese/);
    assert.doesNotMatch(text, /codes/);
    assert.match(say({ cuisineCodes: ['indian', 'chinese'] }, op('getRestaurant', '/restaurants/{id}')), /^The cuisines are indian and chinese\.$/);
  });

  test('a date named by no event is said only when little else is (rapidapi #149)', () => {
    const text = say({ title: 'The Good Soldier', awards: '12 wins', latest_date: '2026-11-06', maturity_label: 'TV-14', origin_country: 'Chile' }, op('title_details', '/title/details'), 'Get the details for a title.');
    assert.doesNotMatch(text, /latest date/);
  });

  test('a role\'s name is said by the role, a formatted value by what it is (rapidapi playlists, jobs)', () => {
    const text = say({ name: 'Restless Streets', owner_name: 'Ivan Walsh', formattedAddress: '12 Main St', total_tracks: 20 }, op('playlist_details', '/playlist/details'), 'Get the playlist details.');
    assert.match(text, /the owner is Ivan Walsh/);
    assert.match(text, /the address is 12 Main St/);
    assert.doesNotMatch(text, /owner name|formatted/);
    assert.match(say({ vehicle: '2008 Infiniti QX56', stdev: 1700 }, op('estimate_market_value', '/marketvalue')), /the standard deviation is 1700/);
  });

  test('a full name is said by its role, a glued state as words (openapi gwells, xero)', () => {
    // The record's own noun holding its number (`well: 359` of /wells/{id}) is its key, never said (wave 23).
    const well = say({ well: 359, owner_full_name: 'Amara Adeyemi', city: 'Vancouver' }, op('wells_read', '/wells/{id}'));
    assert.match(well, /the owner is Amara Adeyemi/i);
    assert.doesNotMatch(well, /the well is/i);
    assert.match(say({ name: 'Meridian App', status: 'INPROGRESS' }, op('getProject', '/projects/{id}')), /the status is in progress/);
  });
});
