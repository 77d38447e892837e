/**
 * What the assistant says after a result (QUALITY.md F, J): each rule of src/check/_rules-reply.ts broken on
 * purpose, and the realizer's mechanisms that keep them (a short list named whole, every asked link said, encoded
 * data described, a nested field said with its owner, the first review's words said, no meaningless moments).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkMeaning } from '../../src/check/_meaning.ts';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import type { DialogueRecord, RecordOperation } from '../../src/plan/types.ts';
import { summarizeResult } from '../../src/realize/_response.ts';
import { highlightOf } from '../../src/realize/_response-names.ts';
import { namedFacts } from '../../src/realize/_intent-facts.ts';
import { Rng } from '../../src/random/index.ts';

const state = { api_confirmed: true, api_status: 'none' } as never;
const RULES = ['blob_in_speech', 'one_of_few_named', 'asked_value_unsaid'];

function op(name: string, path: string, description = ''): RecordOperation {
  return { name, api: 'x', description, method: 'GET', path, parameters: { type: 'object', properties: {} } } as RecordOperation;
}

function oneCall(result: unknown, response: string, asked = 'Please.', operation = op('get', '/things', '')): DialogueRecord {
  return {
    id: 't', seed: 1, flow: 'f', family: 'no_ask', edge_type: null,
    operations: { 'x.get': operation },
    chain: ['x.get'],
    slots: [],
    turns: [
      { speaker: 'user', action: 'inform_intent_clear', text: asked },
      { speaker: 'assistant', action: 'call', state, call: { id: 'c1', operation: 'x.get', arguments: {} } },
      { speaker: 'tool', operation: 'x.get', call_id: 'c1', status: 'ok', result },
      { speaker: 'assistant', action: 'response', state, text: response },
    ],
    meta: {},
  } as unknown as DialogueRecord;
}
const broken = (record: DialogueRecord): string[] => checkMeaning(record).map((v) => v.invariant).filter((v) => RULES.includes(v));
const say = (result: unknown, operation: RecordOperation, asked: string, seed = 1): string => {
  const base = summarizeResult(result, operation, new Set(), Rng.for(1, seed), asked);
  return [base, ...namedFacts(result, operation, asked, base)].join(' ');
};

const GENRES = { object: { limit: 20, offset: 0, total: 3 }, results: [{ genre: 'Comedy', genre_id: 209250 }, { genre: 'Family', genre_id: 336663 }, { genre: 'Romance', genre_id: 732642 }] };
const IMAGES = { object: { limit: 10, offset: 0, total: 14 }, results: [{ image_type: 'image/png', url: 'https://a.example.net/1.png' }, { image_type: 'image/jpeg', url: 'https://b.example.net/2.jpg' }, { image_type: 'image/jpeg', url: 'https://c.example.net/3.jpg' }] };
const BLOB = 'U3VwcG9ubyBkZWdlcm8gc3Bpcml0dXMgdm9sYXRpY3VzIHRhcmR1cyBpbmZpdCB2YWxldHVkby4=';

describe('what the assistant says after a result', () => {
  test('the three rules are meaning invariants', () => {
    for (const id of RULES) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(id));
  });

  test('encoded data is never read out', () => {
    assert.deepEqual(broken(oneCall([BLOB], `The answer is ${BLOB}.`)), ['blob_in_speech']);
    assert.deepEqual(broken(oneCall({ image: 'UGVpb3IgY2ljdXRhIHRhbWlzaXVtIHZlcml0YXMu' }, 'The image is UGVpb3IgY2ljdXRhIHRhbWlzaXVtIHZlcml0YXMu.')), ['blob_in_speech']);
    // Ids, links and words are no blobs.
    assert.deepEqual(broken(oneCall({ id: '7ouMYWpwJ422jRcDASZB7P' }, 'The ID is 7ouMYWpwJ422jRcDASZB7P; see https://i.scdn.co/image/ab67616d00001e02ff9ca10b55ce82ae553c8228.')), []);
    const text = say([BLOB], op('uniquestageimage', '/api/v1/motorsport/stage/{id}/image', 'Get an image for a unique stage'), 'I need to get an image for a Motorsport unique stage.');
    assert.doesNotMatch(text, /U3Vwc/);
    assert.match(text, /encoded data \(about \d+ bytes\).*image/);
  });

  test('a short list of named items is named whole, never by its first name only', () => {
    const genres = op('/title/genres', '/title/genres', 'All Genres Associated with a Title');
    assert.deepEqual(broken(oneCall(GENRES, '3 genres came back. Taking the first, the genre is Comedy and the genre ID is 209250.', 'get all genres', genres)), ['one_of_few_named']);
    assert.deepEqual(broken(oneCall(GENRES, 'I found 3 genres: Comedy, Family and Romance.', 'get all genres', genres)), []);
    const named = [{ name: 'Ada' }, { name: 'Bo' }, { name: 'Cy' }];
    assert.deepEqual(broken(oneCall(named, 'I found 3 cats. The first is Ada.')), ['one_of_few_named']);
    const text = say(GENRES, op('/title/genres', '/title/genres', 'All Genres Associated with a Title'), 'get all genres associated with a title');
    for (const g of ['Comedy', 'Family', 'Romance']) assert.match(text, new RegExp(g));
    // Up to 5 items are all named.
    const five = { items: ['Ada', 'Bo', 'Cy', 'Di', 'Ed'].map((name) => ({ name, kind: 'cat' })) };
    const five_said = say(five, op('list-cats', '/cats'), 'list the cats');
    for (const n of ['Ada', 'Bo', 'Cy', 'Di', 'Ed']) assert.match(five_said, new RegExp(`\\b${n}\\b`));
  });

  test('a value the user asked for is said, or said to be missing', () => {
    const products = [{ product_id: 'oxLvMJ8F', display_name: 'Shared', capacity: 7 }, { product_id: 'xGqwfLi7', display_name: 'XL', capacity: 2 }];
    assert.deepEqual(broken(oneCall(products, 'There are 2 time entries: Shared and XL.', 'I need to get the time estimates.')), ['asked_value_unsaid']);
    assert.deepEqual(broken(oneCall(products, "There are 2 products: Shared and XL. The result doesn't include a time estimate.", 'I need to get the time estimates.')), []);
    const times = [{ display_name: 'UberX', estimate: 240 }, { display_name: 'XL', estimate: 420 }];
    assert.deepEqual(broken(oneCall(times, 'There are 2 results: UberX and XL.', 'I need to get the time estimates.')), ['asked_value_unsaid']);
    assert.deepEqual(broken(oneCall(times, 'UberX: the estimate is 240; XL: 420.', 'I need to get the time estimates.')), []);
    // "estimate a market value" is a verb: nothing to miss.
    assert.deepEqual(broken(oneCall({ mean: 10353.1 }, 'The mean is 10353.1.', 'Can you estimate a market value of the car?')), []);
    const uber = op('get_estimates_time', '/estimates/time', 'The Time Estimates endpoint returns ETAs for all products.');
    const text = say(products, uber, 'I need to get the time estimates.');
    assert.match(text, /products/);
    assert.doesNotMatch(text, /time entries/);
    assert.match(text, /doesn't include a time estimate/);
    // Present under another key name ("etaMinutes"): never said to be missing.
    assert.doesNotMatch(say({ quoteId: 'q1', fee: 3.2, currencyCode: 'USD', etaMinutes: 24 }, op('quote', '/delivery/quote'), 'I want a delivery fee and time estimate.'), /doesn't include/);
  });

  test('every link of a few is said when links or images were asked for', () => {
    const titleImages = op('/title/images', '/title/images', 'Get all images associated with a title');
    assert.deepEqual(broken(oneCall(IMAGES, '3 images came back. The link is https://a.example.net/1.png.', 'Could you help me out with images?', titleImages)), ['asked_value_unsaid']);
    const text = say(IMAGES, titleImages, 'Could you help me out with images?');
    assert.deepEqual(broken(oneCall(IMAGES, text, 'Could you help me out with images?', titleImages)), []);
    for (const l of ['https://a.example.net/1.png', 'https://b.example.net/2.jpg', 'https://c.example.net/3.jpg']) assert.ok(text.includes(l), text);
    // Paging links are never the links asked for.
    const paged = { _links: { next: { href: 'https://p.example.net/next' }, prev: { href: 'https://p.example.net/prev' } }, data: [{ description: 'Card payment', amount: { currency: 'USD', value: 5 } }] };
    assert.deepEqual(broken(oneCall(paged, 'I found one transaction.', 'get all the transactions', op('get-transactions', '/transactions', 'Returns links to the next and previous pages'))), []);
  });

  test('a field of another object is said with its owner', () => {
    const refund = say({ bookingId: 'b1', status: 'cancelled', refund: { total: 83.99, base: 72.41, currencyCode: 'CAD' } }, { ...op('cancelBooking', '/bookings/{bookingId}/cancel'), method: 'POST' } as RecordOperation, 'cancel a booking');
    assert.match(refund, /the refund total is 83\.99 CAD/);
    assert.match(refund, /the refund base amount is 72\.41 CAD/);
    const price = say({ offerId: 'o1', price: { total: 906.22, base: 839.04, currency: 'EUR' } }, op('priceOffer', '/offers/price'), 'price the offer');
    assert.match(price, /the total price is 906\.22 EUR/);
    const tx = say({ data: [{ accountHolder: { description: 'Business debit card for travel costs.', id: 'AH1' }, description: 'Card payment at Lagos Market.', status: 'booked' }, { description: 'Salary', status: 'booked' }] }, op('get-transactions', '/transactions'), 'get all the transactions');
    assert.doesNotMatch(tx, /the description is Business debit card/);
    assert.match(tx, /Card payment at Lagos Market/);
  });

  test('reviews are answered with their words and score', () => {
    const reviews = { status: 200, message: 'OK', data: { reviews: [{ userName: 'danielb', date: '2025-12-22', score: 1, title: 'Transit Now', text: 'Great service, thank you!' }, { userName: 'zoe', date: '2024-02-24', score: 4, title: 'Parking Spot', text: 'Works well.' }] } };
    const text = say(reviews, op('getreviewsbyappid', '/reviews/{appId}', 'Get reviews by app id'), 'Would it be possible to get the reviews of an application?');
    assert.match(text, /Great service, thank you/);
    assert.match(text, /score (of|is) 1/);
  });

  test('no meaningless moment, envelope status or one-word list said as an answer', () => {
    const article = { message: 'OK', payload: { datetime_published: '2024-10-07T17:00:00Z', providerPublishTime: 133, publisher: 'Kling Ltd', title: 'Local library launches volunteer scheme' }, status: true };
    assert.doesNotMatch(say(article, op('get_article_by_uuid', '/article/{uuid}'), 'get an article by UUID'), /publish time is 133/);
    const envelope = { status: 'active', request_id: 'r1', data: { asin: 'B0A', total_reviews: 61, country: 'IT', reviews: [] } };
    assert.doesNotMatch(say(envelope, op('product_reviews', '/product-reviews'), 'get all product reviews'), /status is active/);
    const status = say(['on sale'], op('getStoreStatusList', '/getStoreStatusList/abc/'), 'get the store status list');
    assert.doesNotMatch(status, /The answer is/);
    assert.match(status, /on sale/);
    assert.equal(highlightOf(['on sale']), undefined);
    assert.equal(highlightOf(['Alok']), 'Alok');
  });
});
