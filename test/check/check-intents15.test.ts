/**
 * Requests phrased from identifiers (QUALITY.md A, G): the rules of src/check/_rules-intents15.ts broken on
 * purpose, and the realizer side that keeps them.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import { apiName, intentVariants } from '../../src/realize/words.ts';
import { vagueTopics } from '../../src/realize/_topic.ts';
import { builtIntent, namesDescribed } from '../../src/realize/_intent.ts';
import { respelled, documentedSpellings, sureApiName } from '../../src/realize/_spelling.ts';
import type { DialogueRecord, RecordOperation } from '../../src/plan/types.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const record = (text: string, op: Partial<RecordOperation>): DialogueRecord => {
  const r = oneCall({}, { ok: true }, { text });
  r.operations['x.getThing'] = { ...(r.operations['x.getThing'] as RecordOperation), ...op };
  return r;
};

describe('intents15 rules', () => {
  test('are meaning invariants', () => {
    for (const id of ['unspelled_product', 'noun_verb_request', 'torn_brand', 'input_doc_request']) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(id), id);
  });

  test('unspelled_product: a glued slug said as a name breaks it, the spec spelling or no name passes', () => {
    const rule = violationsOf('unspelled_product');
    const fga = { api: 'openfga__api', description: 'Returns a paginated list of OpenFGA stores.' };
    assert.deepEqual(rule(record('I need Openfga to list stores.', fga)), ['unspelled_product']);
    assert.deepEqual(rule(record('I need OpenFGA to list stores.', fga)), []);
    assert.deepEqual(rule(record('With Motorsportapi, can you get TV countries?', { api: 'motorsportapi', description: 'Get a list of countries.' })), ['unspelled_product']);
    assert.deepEqual(rule(record('With Atlassian, can you list projects?', { api: 'atlassian__jira', description: 'Returns all projects.' })), []);
  });

  test('noun_verb_request: "get the forecast weather" breaks it, "get the weather forecast" passes', () => {
    const rule = violationsOf('noun_verb_request');
    assert.deepEqual(rule(record('Can you get the forecast weather?', {})), ['noun_verb_request']);
    assert.deepEqual(rule(record('I have to get the estimate ownership cost.', {})), ['noun_verb_request']);
    assert.deepEqual(rule(record('Can you get the weather forecast?', {})), []);
    assert.deepEqual(rule(record('Can you get the forecast for Paris?', {})), []);
  });

  test('torn_brand: "an im db ID" breaks it where the spec writes IMDb, "an IMDb ID" passes', () => {
    const rule = violationsOf('torn_brand');
    const imdb = { description: 'Returns movie or TV Show info by IMDb ID' };
    assert.deepEqual(rule(record('I have to look up the details for an im db ID.', imdb)), ['torn_brand']);
    assert.deepEqual(rule(record('I have to look up the details for an IMDb ID.', imdb)), []);
  });

  test('input_doc_request: "get the required order" breaks it', () => {
    const rule = violationsOf('input_doc_request');
    assert.deepEqual(rule(record('Hey there. Can you get the required order?', {})), ['input_doc_request']);
    assert.deepEqual(rule(record('Hey there. Can you list webcams by order?', {})), []);
  });
});

describe('the generator side', () => {
  const op = (over: Partial<RecordOperation>): RecordOperation => ({ api: 'x', name: 'x', description: '', method: 'GET', path: '/', parameters: { type: 'object', properties: {} }, ...over });

  test('a noun-verb name is a thing: the weather forecast, the ownership cost estimate', () => {
    assert.equal(builtIntent({ name: 'Forecast Weather API', method: 'GET', path: '/forecast.json', required: ['q'] }), 'get the weather forecast');
    assert.equal(builtIntent({ name: 'Estimate Ownership Cost', method: 'GET', path: '/estimate_ownership_cost', required: ['vin'] }), 'get the ownership cost estimate');
  });

  test('an acronym before the thing is no owner', () => {
    assert.equal(builtIntent({ name: 'TVCountries', method: 'GET', path: '/api/v1/tv/event/{id}/countries', required: ['id'] }), 'get TV countries');
  });

  test('a torn brand is spelled as the spec spells it', () => {
    const imdb = op({ description: 'Returns movie or TV Show info by IMDb ID' });
    assert.equal(respelled('look up the details for an im db ID', documentedSpellings(imdb)), 'look up the details for an IMDb ID');
    // Code names are no spellings: "ListObjects" never turns "list objects" into one word.
    assert.equal(respelled('list objects', documentedSpellings(op({ description: 'The ListObjects API returns objects.' }))), 'list objects');
  });

  test('an API is said as its spec spells it, or not at all when unsure', () => {
    const stores = op({ api: 'openfga__api', description: 'Returns a paginated list of OpenFGA stores.' });
    assert.equal(apiName(stores), 'OpenFGA');
    const objects = op({ api: 'openfga__api', description: 'Bounded by the flag OPENFGA_LIST_OBJECTS_DEADLINE.' });
    assert.equal(sureApiName(objects, apiName(objects)), undefined);
    assert.equal(sureApiName(op({ api: 'motorsportapi' }), 'Motorsportapi'), undefined);
    assert.equal(sureApiName(op({ api: 'spotify', description: 'Get Spotify catalog information.' }), 'Spotify'), 'Spotify');
    assert.equal(sureApiName(op({ api: 'steam' }), 'Steam'), 'Steam');
  });

  test('a yes/no name or title asks to check it; a bare "detail" is the details of one thing', () => {
    assert.equal(builtIntent({ name: 'PublicHolidayIsTodayPublicHoliday', method: 'GET', path: '/api/v3/IsTodayPublicHoliday/{countryCode}', required: ['countryCode'] }), 'check whether today is a public holiday');
    assert.equal(builtIntent({ name: 'check-users-saved-shows', method: 'GET', path: '/me/shows/contains', required: ['ids'] }), 'check whether the shows are saved');
    assert.ok(intentVariants(op({ name: 'check-users-saved-shows', path: '/me/shows/contains', description: "Check User's Saved Shows — Check if one or more shows is already saved in the current Spotify user's library." }))[0]?.startsWith('check whether the shows are saved'));
    assert.equal(intentVariants(op({ name: 'wells_read', path: '/api/v2/wells/{well_tag_number}', description: 'Return well detail. This view is open to all.' }))[0], 'get the details of a well');
  });

  test('a topic is never an adjective made plural ("artist similars") nor "whole" things', () => {
    const related = op({ name: 'get-an-artists-related-artists', path: '/artists/{id}/related-artists', description: "Get Artist's Related Artists — Get Spotify catalog information about artists similar to a given artist." });
    assert.ok(!vagueTopics(related, undefined).some((t) => /similars/.test(t)), vagueTopics(related, undefined).join(' | '));
    const board = op({ name: 'get-board', path: '/board', description: 'Get the whole board — Retrieves the current state of the board and the winner.' });
    assert.equal(vagueTopics(board, undefined)[0], 'boards');
  });

  test('"Required {order}." is no request; a built request naming nothing described is dropped', () => {
    const webcams = op({ name: 'webcams_list_orderby_order_sort', path: '/webcams/list/orderby={order},{sort}', description: 'This is a modifier. Returns the list of webcams ordered by {order}. Required {order}.', parameters: { type: 'object', properties: { order: { type: 'string' }, sort: { type: 'string' } }, required: ['order', 'sort'] } });
    assert.ok(!intentVariants(webcams).some((v) => /required/.test(v)), intentVariants(webcams).join(' | '));
    assert.ok(!namesDescribed('delete a swap', 'Delete a project version.', '/api/2/version/{id}/removeAndSwap'));
    assert.ok(namesDescribed('create a reservation', 'Book a table at a restaurant.', '/reservations'));
  });
});
