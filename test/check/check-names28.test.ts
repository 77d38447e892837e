/**
 * Names that fit their entity (QUALITY.md E), wave 28: the rule of src/check/_rules-names28.ts broken on purpose with
 * the ministries of openapi 156 (2026-163) of the wave-27 reading, and the generator passes of src/plan/_names28.ts
 * and _trade-words28.ts that keep it and the other names of the family (golf events of rapidapi 66, a sport of
 * rapidapi 164, a profile of rapidapi 155, a company of bundled 308, a reviewer of rapidapi 104).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { settleNames28 } from '../../src/plan/_names28.ts';
import { companyFitsIndustry28 } from '../../src/plan/_trade-words28.ts';
import { faker, withRng } from '../../src/plan/_faker.ts';
import { dialogueRng } from '../../src/random/index.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const op = (summary: string, inputs: { name: string; enum?: unknown[] }[] = []) => ({ summary, description: '', path: '/x', api: { name: 'x', title: 'X', source: 'x' }, inputs: inputs.map((p) => ({ ...p, schema: {} })) }) as never;
const ministries = (): Record<string, unknown>[] => [
  { key: 'zFI7W7MKzW1o', name: 'Ministry of Health', displayAdditionalName: 'Ministry of Environment and Climate Change Strategy', ministerName: 'Grace Costa' },
  { key: 'WqLRCzmTXuRa', name: 'Ministry of Housing', displayAdditionalName: 'Ministry of Finance', ministerName: 'Ingrid Nguyen' },
  { key: 'Qp0aZx8LmN2b', name: 'Ministry of Environment and Climate Change Strategy', displayAdditionalName: 'Ministry of Transportation and Infrastructure', ministerName: 'Daniel Reyes' },
];

describe('names28 rules and passes', () => {
  test('alias_names_other: a ministry whose additional name is a listed sibling\'s; the generator gives each its own', () => {
    const rule = violationsOf('alias_names_other');
    assert.deepEqual(rule(oneCall({}, ministries(), { name: 'Ministries_GetAll', path: '/api/Ministries' })), ['alias_names_other']);
    const fixed = ministries();
    settleNames28(fixed, {}, op('Get all ministries'), new Set());
    assert.deepEqual(fixed.map((m) => m.displayAdditionalName), ['Health', 'Housing', 'Environment and Climate Change Strategy']);
    assert.deepEqual(rule(oneCall({}, fixed, { name: 'Ministries_GetAll', path: '/api/Ministries' })), []);
  });

  test('golf events are named as events, and a course stands in one city', () => {
    const course = (id: string, name: string, city: string) => ({ courseId: id, courseName: name, location: { country: 'United States', city } });
    const result = { schedule: [
      { name: 'Seattle', tournId: '4', courses: [course('1', 'Rich Harvest Farms', 'Seattle')] },
      { name: 'Austin', tournId: '5', courses: [course('1', 'Rich Harvest Farms', 'Austin'), course('72', 'Pumpkin Ridge Golf Club', 'Austin')] },
    ] };
    settleNames28(result, { orgId: '1' }, op('Fetch the schedule of golf tournaments'), new Set());
    assert.deepEqual(result.schedule.map((e) => e.name), ['Seattle Open', 'Austin Classic']);
    assert.deepEqual(result.schedule[1]!.courses[0], course('73', 'Austin Golf Club', 'Austin'));
  });

  test('a list of sports holds sports, a profile of a readable handle is named from it', () => {
    const sports = { sports: [{ id: 'dqUAMCXMtvv', name: 'London' }] };
    settleNames28(sports, { q: 'London' }, op('List upcoming sports events'), new Set());
    assert.equal(sports.sports[0]!.name, 'Football');
    const profile = { id: 'nocopyrightsounds', full_name: 'Aisha Silva', username: 'silvaa' };
    settleNames28(profile, { id: 'nocopyrightsounds' }, op('Get user profile'), new Set());
    assert.deepEqual(profile, { id: 'nocopyrightsounds', full_name: 'No Copyright Sounds', username: 'nocopyrightsounds' });
    // A random code is no handle: the profile keeps its names.
    const coded = { id: 'kfjyxz', full_name: 'Aisha Silva', username: 'silvaa' };
    settleNames28(coded, { id: 'kfjyxz' }, op('Get user profile'), new Set());
    assert.equal(coded.username, 'silvaa');
  });

  test('company_trade_industry: a company searched as a manufacturer is no "Media"; a searched name keeps its word', () => {
    const values = new Map<string, unknown>([['name', 'Silva Media'], ['industry', 'manufacturing']]);
    companyFitsIndustry28(values);
    assert.equal(values.get('name'), 'Silva Partners');
    const rule = violationsOf('company_trade_industry');
    assert.deepEqual(rule(oneCall({}, { companies: [{ name: 'Schönbeck Networks', industry: 'manufacturing' }] })), ['company_trade_industry']);
    const found = { companies: [{ name: 'Schönbeck Networks', industry: 'manufacturing' }] };
    settleNames28(found, { name: 'Schönbeck Networks' }, op('Search employers', [{ name: 'industry', enum: ['manufacturing', 'technology'] }]), new Set());
    assert.deepEqual(found.companies[0], { name: 'Schönbeck Networks', industry: 'technology' });
    assert.deepEqual(rule(oneCall({ name: 'Schönbeck Networks' }, found)), []);
  });

  test('a full name is a first and last name, never "Dr. Eliezer Hegmann DDS"', () => {
    const names = withRng(dialogueRng(2026, 1, 'test'), () => Array.from({ length: 200 }, () => faker.person.fullName()));
    assert.deepEqual(names.filter((n) => /^(Mr|Mrs|Ms|Miss|Dr)\.?\s|\s(Jr\.|Sr\.|II|III|IV|V|MD|DDS|PhD|DVM)$/.test(n)), []);
  });
});
