/**
 * Argument values in the shape their documentation gives (QUALITY.md E, H), wave 23: the rules of
 * src/check/_rules-args23.ts broken on purpose (rapidapi 379 and 66 of the m22 reading), good values passing,
 * and the generator's own values for such parameters.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { dialogueRng } from '../../src/random/index.ts';
import { codesForOptions, domainValue, numberListLikeExample } from '../../src/plan/_arg-shapes23.ts';
import { randomKeyWithoutDirection } from '../../src/plan/_sort-key23.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

/** A one-call record whose parameters carry the given descriptions. */
function documented(args: Record<string, unknown>, descriptions: Record<string, string>): DialogueRecord {
  const record = oneCall(args, { id: 'MiAUHY3HH3YH' }, { name: 'search', response: 'One unit turned up.' });
  const properties = Object.fromEntries(Object.entries(descriptions).map(([k, d]) => [k, { type: 'string', description: d }]));
  record.operations['x.search']!.parameters = { type: 'object', properties };
  return record;
}

describe('args23 rules', () => {
  test('domain_not_domain: "Rotterdam Bike Shop" for "Any domain name"; a domain passes', () => {
    const broken = violationsOf('domain_not_domain');
    assert.equal(broken(documented({ name: 'Rotterdam Bike Shop' }, { name: 'Any domain name' })).length, 1);
    assert.equal(broken(documented({ domain: 'acme' }, { domain: '' })).length, 1);
    assert.deepEqual(broken(documented({ name: 'rotterdambikes.nl' }, { name: 'Any domain name' })), []);
    assert.deepEqual(broken(documented({ name: 'Rotterdam Bike Shop' }, { name: 'The shop name' })), []);
  });

  test('choice_outside_options: "Jt0Zx04sGiG" for "Choose 1 for PGA Tour or 2 for LIV Tour"; "2" passes', () => {
    const broken = violationsOf('choice_outside_options');
    const description = 'Choose 1 for PGA Tour or  2 for LIV Tour.';
    assert.equal(broken(documented({ orgId: 'Jt0Zx04sGiG' }, { orgId: description })).length, 1);
    assert.deepEqual(broken(documented({ orgId: '2' }, { orgId: description })), []);
    assert.deepEqual(broken(documented({ orgId: 'Jt0Zx04sGiG' }, { orgId: 'The organization ID' })), []);
  });

  test('random_with_direction: order=random beside sort=desc (rapidapi 277); popularity, desc passes', () => {
    const broken = violationsOf('random_with_direction');
    assert.equal(broken(documented({ sort: 'desc', order: 'random' }, {})).length, 1);
    assert.equal(broken(documented({ sort: 'asc', order: ['random'] }, {})).length, 1);
    assert.deepEqual(broken(documented({ sort: 'desc', order: 'popularity' }, {})), []);
    assert.deepEqual(broken(documented({ order: 'random' }, {})), []);
  });

  test('the generator redraws a random key beside a direction', () => {
    const values = new Map<string, unknown>([['sort', 'desc'], ['order', 'random']]);
    const draws = ['random', 'popularity'];
    randomKeyWithoutDirection([{ name: 'order' } as never], values, () => draws.shift());
    assert.equal(values.get('order'), 'popularity');
  });

  test('the generator draws such values in the documented shape', () => {
    const rng = dialogueRng(7, 0, 'args23');
    assert.deepEqual(codesForOptions('Choose 1 for PGA Tour or  2 for LIV Tour.'), ['1', '2']);
    assert.equal(codesForOptions('The organization for this tour'), undefined);
    assert.match(domainValue(rng), /^[a-z]+\.[a-z.]+$/);
    const list = numberListLikeExample('CSV list of country IDs e.g. 46,78', rng);
    assert.match(list ?? '', /^\d{2},\d{2}$/);
    assert.equal(numberListLikeExample('A list of country names', rng), undefined);
  });
});
