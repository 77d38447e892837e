/**
 * Words from meaning (QUALITY.md A, B, G): the rules `glued_words` and `field_name_words` of
 * src/check/_rules-words2.ts broken on purpose, and the realizer's wording that keeps them.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { gluedWords, isGluedIdentifier } from '../../src/text/index.ts';
import { builtIntent, spokenRequest } from '../../src/realize/_intent.ts';
import { slotNoun } from '../../src/realize/index.ts';
import type { RecordOperation } from '../../src/plan/types.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const said = (text: string) => oneCall({}, { ok: true }, { text });

describe('glued identifier words', () => {
  test('a glued op-id word in speech breaks glued_words; its split words and a glued value do not', () => {
    assert.deepEqual(violationsOf('glued_words')(said('Can you help me get an ordersby by email?')), ['glued_words']);
    assert.deepEqual(violationsOf('glued_words')(said('The country andorunique is AND-24281.')), ['glued_words']);
    assert.deepEqual(violationsOf('glued_words')(said('Can you help me get orders by email?')), []);
    assert.deepEqual(violationsOf('glued_words')(said('Please look at the geomark and the dropoff point.')), []);
    // A value the tool returned is data, not wording.
    assert.deepEqual(violationsOf('glued_words')(oneCall({}, { handle: 'getlistfor' }, { text: 'Who is getlistfor?' })), []);
  });

  test('the word list splits glued words and leaves words alone', () => {
    assert.deepEqual(gluedWords('getordersbyemail'), ['get', 'orders', 'by', 'email']);
    assert.equal(isGluedIdentifier('getstorestatuslist'), true);
    assert.equal(isGluedIdentifier('username'), false);
    assert.equal(isGluedIdentifier('workflow'), false);
  });

  test('requests from glued op ids name their words apart', () => {
    assert.equal(builtIntent({ name: 'getOrdersbyEmail', method: 'GET', path: '/getOrdersbyEmail/{email}', required: ['email'] }), 'get orders by email');
    assert.equal(builtIntent({ name: 'findUsersForPicker', method: 'GET', path: '/user/picker', required: [] }), 'find users');
  });
});

describe('descriptions made requests, not pasted response parts', () => {
  test('pagination tokens, "each of", "matching a query" and participle phrases go', () => {
    assert.equal(spokenRequest('get a list of apps and a pagination token'), 'get the apps');
    assert.equal(spokenRequest('get each of the latest futures contracts for a symbol'), 'get the latest futures contracts for a symbol');
    assert.equal(spokenRequest('get a list of users matching query with highlighting'), 'search for users');
    assert.equal(spokenRequest('get matching cities and towns'), 'search for cities and towns');
    assert.equal(spokenRequest('get futures contracts for the date falling on the number of days from the date'), 'get futures contracts');
    assert.equal(spokenRequest('make a full grid search and get the ranking of a specific business in every coordinate point'), 'get the ranking of a business');
  });
});

describe('field and parameter names said as nouns', () => {
  const op = (properties: Record<string, unknown>, name = 'getThings', path = '/things'): RecordOperation => ({ name, api: 'x', description: '', method: 'GET', path, parameters: { type: 'object', properties } });
  test('read-out field names break field_name_words', () => {
    for (const text of ['Transit Now has the price text is 77.26.', 'And the found is 22 percent.', 'Could you give me the start created and the end created?', 'The date after UTC is 2024-02-21T12:45:00Z.', 'Also the exclude is EXC-79528.']) {
      assert.deepEqual(violationsOf('field_name_words')(said(text)), ['field_name_words'], text);
    }
    assert.deepEqual(violationsOf('field_name_words')(said('The price is 77.26 and it was created on May 2.')), []);
  });

  test('the realizer names them as a person would', () => {
    const xero = op({ dateAfterUtc: { type: 'string', format: 'date-time' }, createdSince: { type: 'string', format: 'date-time' }, createdUntil: { type: 'string', format: 'date-time' } });
    assert.equal(slotNoun('dateAfterUtc', xero), 'start date');
    assert.equal(slotNoun('createdSince', xero), 'earliest creation date');
    assert.equal(slotNoun('createdUntil', xero), 'latest creation date');
    assert.equal(slotNoun('dietary', op({ dietary: { type: 'string', description: 'Only dishes with this dietary label' } })), 'dietary label');
    assert.equal(slotNoun('exclude', op({ exclude: { type: 'string' } }, 'findUsersForPicker', '/user/picker')), 'user to exclude');
    assert.equal(slotNoun('exclude', op({ exclude: { type: 'array', items: { type: 'string' } } }, 'findUsersForPicker', '/user/picker')), 'users to exclude');
    assert.equal(slotNoun('adjustEstimate', op({ adjustEstimate: { type: 'string' } })), 'estimate adjustment');
    assert.equal(slotNoun('asin', op({ asin: { type: 'string' } })), 'ASIN');
  });
});
