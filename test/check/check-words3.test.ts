/**
 * Agreement and identifier words (QUALITY.md A, B, G, J): the rules `word_agreement` and `name_words` of
 * src/check/_rules-words3.ts broken on purpose, and the realizer's wording that keeps them.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { builtIntent, spokenRequest } from '../../src/realize/_intent.ts';
import { intentPhrase, slotNoun } from '../../src/realize/index.ts';
import { oneStop } from '../../src/realize/_say.ts';
import { summarizeResult } from '../../src/realize/_response.ts';
import type { RecordOperation } from '../../src/plan/types.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const said = (text: string) => oneCall({}, { ok: true }, { text });

describe('word_agreement', () => {
  test('a singular verb for plurals, an adjective as an owner and a doubled period break it', () => {
    for (const text of ['What is the chapter IDs?', "What's the radius and the search query?", "Can you get a public's holidays by country code?", 'The artist name is T.I..', 'I found one artist: T.I.. Their ID is 4.']) {
      assert.deepEqual(violationsOf('word_agreement')(said(text)), ['word_agreement'], text);
    }
    for (const text of ['What are the chapter IDs?', 'What is the status?', 'Can you get public holidays by country code?', 'The artist name is T.I.', 'Wait...']) {
      assert.deepEqual(violationsOf('word_agreement')(said(text)), [], text);
    }
  });

  test('the realizer writes one stop after a name\'s initials', () => {
    assert.equal(oneStop('Feel free to ask more about T.I..'), 'Feel free to ask more about T.I.');
  });
});

describe('name_words', () => {
  test('identifier words said as they stand break it', () => {
    for (const text of ['I found 3 payloads: A, B and C. Which one do you mean?', 'The number samples are 383.', 'I found 3 articles: A (datetime published August 21, 2024) and B.', 'Also, the way to notify the email is a@b.com.', 'Could you help me get and paginate through all product reviews?', 'It was submitted on May 2. The status is in_review.']) {
      assert.deepEqual(violationsOf('name_words')(said(text)), ['name_words'], text);
    }
    for (const text of ['I found 3 articles: A (published August 21, 2024) and B.', 'It has 383 samples.', 'The status is in review.', 'The username is john_doe.', 'The email to notify is a@b.com.', 'Could you help me get all product reviews?']) {
      assert.deepEqual(violationsOf('name_words')(said(text)), [], text);
    }
  });
});

describe('requests built from operation ids', () => {
  test('tier words, adjectives, filters and keys say what is asked', () => {
    assert.equal(builtIntent({ name: 'getgamedetailpro', method: 'GET', path: '/getGameDetailPro/x/1', required: ['id'] }), 'get a game');
    assert.equal(builtIntent({ name: 'PublicHolidayPublicHolidaysV3', method: 'GET', path: '/api/v3/PublicHolidays/{year}/{countryCode}', required: ['year', 'countryCode'] }), 'get public holidays');
    assert.equal(builtIntent({ name: 'getproductbycategory', method: 'GET', path: '/products/p/Phones', required: ['category'] }), 'list products in a category');
    assert.equal(builtIntent({ name: 'search_by_woeid', method: 'GET', path: '/weather', required: ['woeid'], category: 'Weather' }), 'get the weather for a woeid');
    assert.equal(builtIntent({ name: 'Search by location', method: 'GET', path: '/weather', required: ['location'], category: 'Weather' }), 'get the weather for a place');
    assert.equal(builtIntent({ name: 'Full Grid Search', method: 'GET', path: '/grid', required: ['lat', 'lng', 'query'], category: 'Data' }), 'run a full grid search near a place');
    // An adjective alone ("Metric [Kilograms]") names nothing: the description's request is used instead.
    assert.equal(builtIntent({ name: 'Metric [Kilograms]', method: 'GET', path: '/metric', required: ['weight', 'height'], category: 'Health_and_Fitness' }), 'get something');
    assert.equal(builtIntent({ name: 'getArtistById', method: 'GET', path: '/artists/{id}', required: ['id'] }), 'get an artist');
  });

  test('a titled noun summary opening with an adjective is asked for, never said without a verb', () => {
    const op: RecordOperation = { name: 'title_details', api: 'unogs', description: 'General Details associated with a Title', method: 'GET', path: '/title/details', parameters: { type: 'object', properties: { netflix_id: { type: 'string' } }, required: ['netflix_id'] } };
    assert.equal(intentPhrase(op), 'get the general details for a title');
  });

  test('paging is no part of a request, and food is ordered for delivery', () => {
    assert.equal(spokenRequest('get and paginate through all product reviews'), 'get all product reviews');
    assert.equal(spokenRequest('order food for delivery'), 'order food for delivery');
  });
});

describe('parameter names', () => {
  const op = (properties: Record<string, unknown>): RecordOperation => ({ name: 'sendThing', api: 'x', description: '', method: 'POST', path: '/things', parameters: { type: 'object', properties } });
  test('an address a verb acts on, and a count, are named as such', () => {
    assert.equal(slotNoun('notify_email', op({ notify_email: { type: 'string' } })), 'email to notify');
    assert.equal(slotNoun('adjustEstimate', op({ adjustEstimate: { type: 'string' } })), 'estimate adjustment');
    assert.equal(slotNoun('num_samples', op({ num_samples: { type: 'string' } })), 'number of samples');
    // An undocumented body `key` where nothing is keyed (Mandrill's "/senders/info.json") is the caller's API key.
    assert.equal(slotNoun('key', { ...op({ key: { type: 'string' } }), path: '/senders/info.json', name: 'post_senders_info_json' }), 'API key');
    assert.equal(slotNoun('key', { ...op({ key: { type: 'string', description: 'the name of the property key' } }), path: '/issue/{id}/properties/{key}', name: 'getIssueProperty' }), 'property key');
    assert.equal(slotNoun('send_at', op({ send_at: { type: 'string' } })), 'send time');
    // The API's own name in a description says nothing of the thing ("The radio deezer ID" in Deezer's API).
    assert.equal(slotNoun('id', { ...op({ id: { type: 'string', description: 'The radio deezer ID' } }), api: 'deezer', name: 'radio', path: '/radio/{id}' }), 'radio ID');
  });
});

describe('results said by what they hold', () => {
  const rng = { pick: <T>(xs: readonly T[]): T => xs[0] as T } as never;
  const op = (path: string): RecordOperation => ({ name: 'getThing', api: 'x', description: '', method: 'GET', path, parameters: { type: 'object', properties: {} } });
  test('a list of names is named by its key, a count by its resource', () => {
    assert.equal(summarizeResult({ artists: ['Alok'] }, op('/artists/'), new Set(), rng), 'The artist is Alok.');
    assert.doesNotMatch(summarizeResult({ count: 20 }, op('/orders/{order_id}/shipments/count'), new Set(), rng), /counts/);
    assert.match(summarizeResult({ count: 20 }, op('/orders/{order_id}/shipments/count'), new Set(), rng), /20 shipments/);
  });
});
