/**
 * Result values that contradict their own record or the request (QUALITY.md E), wave 21: the rules of
 * src/check/_rules-places21.ts broken on purpose with the results the reading of 2026-12-07e found (rapidapi 237,
 * 270, 7, 146 and bundled 71), and the generator pass that keeps them.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fitPlaceFacts21 } from '../../src/plan/_fit-places21.ts';
import { withRng } from '../../src/plan/_faker.ts';
import { dialogueRng } from '../../src/random/index.ts';
import { oneCall, violationsOf } from '../_one-call.ts';


const bars = (): Record<string, unknown> => ({ data: { results: [
  { place_id: 'a', lat: 12.9719, lng: 77.5937, name: 'Wine Bar', country: 'India' },
  { place_id: 'b', lat: 19.0728, lng: 72.8826, name: 'North Bengaluru Wine Bar', country: 'India' },
  { place_id: 'c', lat: 55.9521, lng: -3.1965, name: 'Bengaluru Central Wine Bar', country: 'United Kingdom' },
] } });
const webcams = (): Record<string, unknown> => ({ result: { webcams: [
  { id: '1', title: '(Old) Ottawa › North: Parliament Hill' }, { id: '2', title: 'Grindelwald: Männlichen, Blick zur Jungfrau' },
] } });
const company = (): Record<string, unknown> => ({ companyId: 657867, name: 'Budapest Records', industry: 'Financials', headquarters: { city: 'Budapest', countryCode: 'HU' } });
const fit = (result: unknown, args: Record<string, unknown>): unknown => {
  withRng(dialogueRng(2026, 7, 'test'), () => fitPlaceFacts21(result, args, new Set()));
  return result;
};

describe('places21 rules', () => {
  test('name_city_elsewhere: "North Bengaluru Wine Bar" at Mumbai, "Bengaluru Central Wine Bar" in the United Kingdom', () => {
    const rule = violationsOf('name_city_elsewhere');
    assert.deepEqual(rule(oneCall({ query: 'wine bar' }, bars())), ['name_city_elsewhere']);
    assert.deepEqual(rule(oneCall({ query: 'wine bar' }, fit(bars(), { query: 'wine bar' }))), []);
    // Found near San Jose, "North Cairo Outdoor Gear" is named for San Jose, not moved to Cairo.
    const nearSanJose = fit({ results: [{ lat: 37.331, lng: -121.8853, name: 'North Cairo Outdoor Gear', country: 'United States' }] }, { query: 'outdoor gear', near: 'san jose, ca' }) as { results: { name: string; lat: number }[] };
    assert.equal(nearSanJose.results[0]!.name, 'North San Jose Outdoor Gear');
    assert.equal(nearSanJose.results[0]!.lat, 37.331);
    // A street named for a city is no city.
    assert.deepEqual(rule(oneCall({}, { name: 'London Road Bakery', lat: 51.45, lng: -2.58, country: 'United Kingdom' })), []);
  });

  test('continent_filter_elsewhere: webcams of Ottawa and Grindelwald for OC', () => {
    const rule = violationsOf('continent_filter_elsewhere');
    assert.deepEqual(rule(oneCall({ continent: 'OC' }, webcams())), ['continent_filter_elsewhere']);
    assert.deepEqual(rule(oneCall({ continent: 'EU' }, { result: { webcams: [{ id: '2', title: 'Grindelwald: Männlichen' }] } })), []);
    assert.deepEqual(rule(oneCall({ continent: 'OC' }, fit(webcams(), { continent: 'OC' }))), []);
    // Its country facets are countries of Oceania.
    const facets = fit({ countries: [{ id: 'PL', name: 'Poland' }, { id: 'SG', name: 'Singapore' }, { id: 'PH', name: 'Philippines' }] }, { continent: 'OC' }) as { countries: { id: string }[] };
    assert.ok(facets.countries.length === 3 && facets.countries.every((c) => ['AU', 'NZ', 'FJ'].includes(c.id)), JSON.stringify(facets));
  });

  test('kind_holds_name: "Chicago" as a sport, "Google" as a category', () => {
    const rule = violationsOf('kind_holds_name');
    assert.deepEqual(rule(oneCall({ q: 'Chicago' }, { sports: [{ id: 'x', name: 'Chicago' }] })), ['kind_holds_name']);
    assert.deepEqual(rule(oneCall({ query: 'google' }, { categories: [{ id: 'x', name: 'Google' }] })), ['kind_holds_name']);
    assert.deepEqual(rule(oneCall({ q: 'Chicago' }, fit({ sports: [{ id: 'x', name: 'Chicago' }] }, { q: 'Chicago' }))), []);
    const categories = fit({ categories: [{ id: 'x', name: 'Google' }] }, { query: 'google' }) as { categories: { name: string }[] };
    assert.equal(categories.categories[0]!.name, 'Search Engine');
    assert.deepEqual(rule(oneCall({ q: 'Chicago' }, { sports: [{ id: 'x', name: 'Football' }] })), []);
  });

  test('company_trade_industry: "Budapest Records" in Financials', () => {
    const rule = violationsOf('company_trade_industry');
    assert.deepEqual(rule(oneCall({ companyId: 657867 }, company())), ['company_trade_industry']);
    const fixed = fit(company(), { companyId: 657867 }) as { industry: string };
    assert.equal(fixed.industry, 'Music');
    assert.deepEqual(rule(oneCall({ companyId: 657867 }, fixed)), []);
  });
});
