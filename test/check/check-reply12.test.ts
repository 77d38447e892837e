/**
 * What the assistant says after a result, wave 12 (QUALITY.md F, A, J): each rule of src/check/_rules-reply12.ts
 * broken on purpose, and the realizer's mechanisms that keep them (a short list said whole, opening hours as a
 * person says them, enum constants as words, a check's outcome first, no offer of more on what was deleted).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkMeaning } from '../../src/check/_meaning.ts';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import type { DialogueRecord, RecordOperation } from '../../src/plan/types.ts';
import { removesThing, summarizeResult } from '../../src/realize/_response.ts';
import { plural } from '../../src/realize/words.ts';
import { Rng } from '../../src/random/index.ts';
import { oneCall as withOneCall } from '../_one-call.ts';

const RULES = ['first_of_whole', 'enum_constant_said', 'latin_plural', 'removed_offer'];

function op(name: string, path: string, method = 'GET'): RecordOperation {
  return { name, api: 'x', description: '', method, path, parameters: { type: 'object', properties: {} } } as RecordOperation;
}

/** One GET (or `method`) of `x.get` answered by `response`, then the goodbyes. */
const oneCall = (result: unknown, response: string, bye = 'Bye!', method = 'GET'): DialogueRecord =>
  withOneCall({}, result, { name: 'get', path: '/things', text: 'Please.', method, response, bye });
const broken = (record: DialogueRecord): string[] => checkMeaning(record).map((v) => v.invariant).filter((v) => RULES.includes(v));
const say = (result: unknown, operation: RecordOperation, asked = 'Please.'): string => summarizeResult(result, operation, new Set(), Rng.for(1, 1), asked);

const WEEKENDS = [
  { startDate: '2016-02-17T00:00:00Z', endDate: '2016-02-20T00:00:00Z', dayCount: 4, needBridgeDay: true },
  { startDate: '2016-10-17T00:00:00Z', endDate: '2016-10-19T00:00:00Z', dayCount: 3, needBridgeDay: true },
  { startDate: '2016-02-13T00:00:00Z', endDate: '2016-02-14T00:00:00Z', dayCount: 2, needBridgeDay: true },
];

describe('reply12 rules', () => {
  test('the rules are meaning invariants', () => {
    for (const r of RULES) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(r), r);
  });
  test('first_of_whole: a short list told by its first item alone', () => {
    assert.deepEqual(broken(oneCall(WEEKENDS, '3 results came back. Taking the first, the start date is February 17, 2016.')), ['first_of_whole']);
    assert.deepEqual(broken(oneCall(WEEKENDS, 'I found 3 results; in the first, the start date is February 17, 2016.')), ['first_of_whole']);
    assert.deepEqual(broken(oneCall(WEEKENDS, 'I found 3 results: from February 17 to February 20, 2016; from October 17 to October 19, 2016; and from February 13 to February 14, 2016.')), []);
  });
  test('enum_constant_said: a constant of the result read out', () => {
    const offers = { offers: [{ price: '4.00', product_condition: 'USED_GOOD' }] };
    assert.deepEqual(broken(oneCall(offers, 'There is one offer (price 4.00, product condition USED_GOOD).')), ['enum_constant_said']);
    assert.deepEqual(broken(oneCall(offers, 'There is one offer (price 4.00, product condition used good).')), []);
  });
  test('latin_plural: "criterias"', () => {
    assert.deepEqual(broken(oneCall({ n: 2 }, 'There are 2 criterias.')), ['latin_plural']);
    assert.equal(plural('criterion'), 'criteria');
    assert.equal(plural('criteria'), 'criteria');
  });
  test('removed_offer: more offered on what a delete removed', () => {
    const template = { name: 'Sales Template', slug: 'sales' };
    assert.deepEqual(broken(oneCall(template, 'The template is deleted.', 'If you need more on Sales Template, just ask.', 'DELETE')), ['removed_offer']);
    assert.deepEqual(broken(oneCall(template, 'The template is deleted.', 'Glad I could help.', 'DELETE')), []);
    assert.deepEqual(broken(oneCall(template, 'The name is Sales Template.', 'If you need more on Sales Template, just ask.')), []);
    const post = oneCall(template, 'The template is deleted.', 'If you need more on Sales Template, just ask.', 'POST');
    (post.operations as Record<string, RecordOperation>)['x.get'] = op('post_templates_delete_json', '/templates/delete.json', 'POST');
    assert.deepEqual(broken(post), ['removed_offer']);
  });
});

describe('reply12 realizer', () => {
  test('a short nameless list is said whole, each item by what tells it apart', () => {
    const text = say(WEEKENDS, op('LongWeekend', '/LongWeekend/{year}'), 'get long weekends');
    assert.doesNotMatch(text, /first/i);
    for (const d of ['February 17–20, 2016', 'October 17–19, 2016', 'February 13–14, 2016']) assert.ok(text.includes(d), text);
    assert.match(text, /February 17–20, 2016/);
    const messages = say({ messages: [{ type: 'admin', subject: 'Invoice attached' }, { type: 'admin', subject: 'Delivery update' }] }, op('messages', '/messages'));
    assert.doesNotMatch(messages, /admin/);
  });
  test('opening hours as a person says them, enum constants as words, codes alone not read out', () => {
    const hours = say({ name: 'Tea House', hours: [{ day: 'mon', opens: '06:30', closes: '16:00' }, { day: 'tue', opens: '08:00', closes: '20:30' }], city: 'Tokyo', reviews: [{ a: 1 }] }, op('place', '/place'));
    assert.match(hours, /Monday 06:30–16:00/);
    assert.doesNotMatch(hours, /day mon|opens 06:30/);
    const offers = say({ data: { product_offers: [{ product_price: '$4.00', product_condition: 'USED_GOOD' }, { product_price: '$5.00', product_condition: 'USED_GOOD' }], more: [{ a: 1 }] } }, op('offers', '/product-offers'));
    assert.doesNotMatch(offers, /USED_GOOD/);
    const news = say({ appnews: { appid: 456, newsitems: ['NWS-16834', 'NWS-16262'], count: 2 } }, op('news', '/news'));
    assert.doesNotMatch(news, /NWS-|newsitems/);
  });
  test("a check's outcome leads its answer", () => {
    const text = say({ created_at: '2024-12-01T17:00:00Z', domain: 'a.org', valid_mx: true }, op('post_inbound_check_domain_json', '/inbound/check-domain.json', 'POST'), 'check the MX settings');
    assert.match(text, /^The MX is valid\./);
  });
  test('a delete removes what it names', () => {
    assert.equal(removesThing(op('delete', '/templates/{id}', 'DELETE')), true);
    assert.equal(removesThing(op('get', '/templates/{id}')), false);
  });
});
