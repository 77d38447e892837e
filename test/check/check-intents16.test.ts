/**
 * Requests said in identifiers' or documentation's words (QUALITY.md A, G): the rules of
 * src/check/_rules-intents16.ts broken on purpose, and the realizer side that keeps them.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import { intentVariants } from '../../src/realize/words.ts';
import { vagueTopics } from '../../src/realize/_topic.ts';
import { builtIntent } from '../../src/realize/_intent.ts';
import { byeIntent } from '../../src/realize/_bye-intent.ts';
import type { DialogueRecord, RecordOperation } from '../../src/plan/types.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const record = (text: string, op: Partial<RecordOperation>): DialogueRecord => {
  const r = oneCall({}, { ok: true }, { text });
  r.operations['x.getThing'] = { ...(r.operations['x.getThing'] as RecordOperation), ...op };
  return r;
};

describe('intents16 rules', () => {
  test('are meaning invariants', () => {
    for (const id of ['id_digit_request', 'sort_key_request', 'field_plural', 'search_how_request']) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(id), id);
  });

  test('id_digit_request: "ping2" from the id breaks it; a digit word the id lacks passes', () => {
    const rule = violationsOf('id_digit_request');
    const ping = { name: 'post_users_ping2_json', path: '/users/ping2.json' };
    assert.deepEqual(rule(record('Hi! I want to get the user ping2.', ping)), ['id_digit_request']);
    assert.deepEqual(rule(record('Hi! I want to check that the API is reachable.', ping)), []);
    assert.deepEqual(rule(record('Can you look up flight abcd2 for me?', {})), []);
  });

  test('sort_key_request: "list webcams by order" breaks it, "sorted by popularity" passes', () => {
    const rule = violationsOf('sort_key_request');
    assert.deepEqual(rule(record('Help me list webcams by order, please.', {})), ['sort_key_request']);
    assert.deepEqual(rule(record('I have to list webcams by order.', {})), ['sort_key_request']);
    assert.deepEqual(rule(record('I have to list webcams sorted by popularity.', {})), []);
    assert.deepEqual(rule(record('Can you list webcams by order 4412?', {})), []);
  });

  test('field_plural: "astronomies" breaks it; "astronomy" and countable "geometries" pass', () => {
    const rule = violationsOf('field_plural');
    assert.deepEqual(rule(record('Question about astronomies.', {})), ['field_plural']);
    assert.deepEqual(rule(record('Question about astronomy.', {})), []);
    assert.deepEqual(rule(record('I need help with geometries.', {})), []);
  });

  test('search_how_request: "by term or phrase" breaks it, the plain search passes', () => {
    const rule = violationsOf('search_how_request');
    assert.deepEqual(rule(record('Could you search for business units by term or phrase for me?', {})), ['search_how_request']);
    assert.deepEqual(rule(record('Could you search for business units for me?', {})), []);
  });
});

describe('the generator side', () => {
  const op = (over: Partial<RecordOperation>): RecordOperation => ({ api: 'x', name: 'x', description: '', method: 'GET', path: '/', parameters: { type: 'object', properties: {} }, ...over });

  test('a ping is a reachability check, and an id digit is never said', () => {
    assert.equal(builtIntent({ name: 'post_users_ping2_json', method: 'POST', path: '/users/ping2.json', required: [] }), 'check that the API is reachable');
    assert.equal(builtIntent({ name: 'post_users_ping_json', method: 'POST', path: '/users/ping.json', required: [] }), 'check that the API is reachable');
    assert.doesNotMatch(builtIntent({ name: 'searchTracks2', method: 'GET', path: '/tracks2', required: ['q'] }), /\d/);
  });

  test('"orderby" is how a list is sorted, never a key or a thing', () => {
    const built = builtIntent({ name: 'webcams_list_orderby_order_sort', method: 'GET', path: '/webcams/list/orderby={order},{sort}', required: ['order', 'sort'] });
    assert.equal(built, 'get a sorted list of webcams');
  });

  test('a search request drops how its input is typed; "the value of the car" takes "the"; a pointer leaves an article', () => {
    const search = intentVariants(op({ name: 'business_units_search', path: '/business-units/search', description: 'Search for business units by term or phrase' }));
    assert.equal(search[0], 'search for business units');
    const value = intentVariants(op({ name: 'estimate_market_value', path: '/estimate-market-value', description: 'Estimate market value of the car with specified VIN.' }));
    assert.ok(value.every((v) => !/\bestimate a market value\b|\bwith VIN\b/.test(v)), value.join(' | '));
    assert.ok(value.includes('estimate the market value of the car'), value.join(' | '));
  });

  test('a description going on with a second verb ("and brings out results") is no request', () => {
    const products = intentVariants(op({ name: 'getProductByName', path: '/getProductByName', description: 'Filter through the products database and brings out results', parameters: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] } }));
    assert.ok(products.every((v) => !/\bbrings\b/.test(v)), products.join(' | '));
  });

  test('a field of study stays singular, and the API category is a topic only where the operation says it', () => {
    const astronomy = op({ name: 'astronomy_api', path: '/astronomy.json', category: 'Weather', description: 'Astronomy API method allows a user to get up to date information for sunrise, sunset, moonrise, moonset, moon phase and illumination in json.' });
    const topics = vagueTopics(astronomy, undefined);
    assert.ok(!topics.includes('astronomies') && !topics.includes('weather'), topics.join(' | '));
    assert.ok(topics.includes('astronomy'), topics.join(' | '));
    const webcams = op({ name: 'webcams_list_orderby_order_sort', path: '/webcams/list/orderby={order},{sort}', category: 'Travel', description: 'Returns the list of webcams ordered by {order}.' });
    assert.deepEqual(vagueTopics(webcams, undefined), ['webcams']);
  });

  test('a goodbye thanks for the thing, not for the description', () => {
    assert.equal(byeIntent('get the observed weather on a past date'), 'get the observed weather');
    assert.equal(byeIntent('list webcams'), 'list webcams');
    assert.equal(byeIntent('get information for an IP address'), undefined);
    assert.equal(byeIntent('check the status of a job application'), undefined);
    assert.equal(byeIntent('remove a user from an issue\'s watcher list'), undefined);
    assert.equal(byeIntent('get all verses from the bible'), 'get all verses from the bible');
  });
});
