/**
 * Results that hold what was asked and responses that report it (QUALITY.md E, F): each rule of
 * src/check/_rules-answers.ts broken on purpose, and the generator's mechanisms that keep them (an operation with
 * no response schema returns the content it is about; a page's sort settings are never read out).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkMeaning } from '../../src/check/_meaning.ts';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { inferredOutputs } from '../../src/plan/_content.ts';
import { summarizeResult } from '../../src/realize/_response.ts';
import { mockValue } from '../../src/plan/_mock.ts';
import { Rng } from '../../src/random/index.ts';
import { oneCall as withOneCall } from '../_one-call.ts';


/** One GET of `x.geocode` answered by `response`. */
const oneCall = (result: unknown, response = 'Here it is.'): DialogueRecord => withOneCall({}, result, { name: 'geocode', path: '/geocode', text: 'Please.', response });
const broken = (record: DialogueRecord): string[] =>
  checkMeaning(record).map((v) => v.invariant).filter((v) => v === 'status_contradicts_result' || v === 'paging_as_answer');

describe('results that hold what was asked, responses that report it', () => {
  test('both rules are meaning invariants', () => {
    for (const id of ['status_contradicts_result', 'paging_as_answer']) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(id));
  });

  test('an ok result whose own status says it found nothing is no success to answer from', () => {
    assert.deepEqual(broken(oneCall({ status: 'ZERO_RESULTS', results: [{ lat: 19.07, lon: 72.87 }] })), ['status_contradicts_result']);
    assert.deepEqual(broken(oneCall({ status: 'OK', results: [{ lat: 19.07, lon: 72.87 }] })), []);
    assert.deepEqual(broken(oneCall({ status: 'ZERO_RESULTS', results: [] })), []);
  });

  test('a response never reads out a page\'s sort settings', () => {
    assert.deepEqual(broken(oneCall({ content: ['a'] }, 'There are 3 sorts (direction ASC, property _id, null handling NATIVE).')), ['paging_as_answer']);
    assert.deepEqual(broken(oneCall({ content: ['a'] }, 'I found 3 offers: a Chair, a Shirt and a Computer.')), []);
  });

  test('the response says the content of a page, not its sort settings or page flags', () => {
    const page = { content: ['Oak chair', 'Linen shirt', 'Laptop'], totalElements: 3, last: true, first: true, size: 20, number: 0, sort: [{ direction: 'ASC', property: '_id', nullHandling: 'NATIVE' }] };
    const text = summarizeResult(page, { name: 'products_get_offers', api: 'x', description: 'Get offers', method: 'GET', path: '/products/get-offers', parameters: { type: 'object', properties: {} } }, new Set(), Rng.for(1, 1));
    assert.doesNotMatch(text, /sort|direction|null handling|\bfirst\b|\blast\b/i);
    assert.match(text, /Oak chair/);
  });

  test('an operation with no response schema returns the content it is about', () => {
    const op = (name: string, path: string, summary: string) => ({ name, path, summary, method: 'get', effect: 'read', outputs: [], inputs: [{ name: 'geomarkId', in: 'path', required: true, schema: { type: 'string' } }] }) as never;
    const paths = (o: never): string[] => inferredOutputs(o).map((f) => f.path);
    assert.deepEqual(paths(op('get_geomarks_geomarkId_point', '/geomarks/{geomarkId}/point', 'Gets a single spatial point representative of the geomark.')), ['geomarkId', 'latitude', 'longitude']);
    assert.deepEqual(paths(op('get_geomarks_geomarkId_boundingBox', '/geomarks/{geomarkId}/boundingBox', 'Gets the bounding box of the geomark')), ['geomarkId', 'center_latitude', 'center_longitude', 'width_km', 'height_km']);
    assert.deepEqual(paths(op('earnings', '/earnings', 'Fetch player earnings')), ['earnings[].name', 'earnings[].amount', 'earnings[].currency']);
    // A read asked for in a file format returns that file, whatever its noun.
    const format = { name: 'get_geomark_fmt', path: '/geomark/{geomarkId}.{fileFormatExtension}', summary: 'Gets the geomark', method: 'get', effect: 'read', outputs: [], inputs: [{ name: 'geomarkId', in: 'path', required: true, schema: { type: 'string' } }, { name: 'fileFormatExtension', in: 'path', required: true, schema: { type: 'string' } }] } as never;
    assert.deepEqual(paths(format), ['geomarkId', 'file_name', 'size_kb', 'download_url']);
    assert.ok(paths(op('get_report_file', '/reports/{geomarkId}/file', 'Download the report file')).includes('download_url'));
  });

  test('an empty list the user asked for is said to be empty, never only its counts', () => {
    const op = { name: 'product_reviews', api: 'x', description: 'Get product reviews', method: 'GET', path: '/product-reviews', parameters: { type: 'object', properties: {} } };
    const text = summarizeResult({ status: 'confirmed', data: { asin: 'B07', total_reviews: 304, reviews: [] } }, op, new Set(['B07']), Rng.for(1, 1));
    assert.match(text, /\b(no|any) reviews\b/i);
  });

  test('names of items 1 and 3 are never "the first few"', () => {
    const op = { name: 'get-audiobook-chapters', api: 'x', description: '', method: 'GET', path: '/audiobooks/{id}/chapters', parameters: { type: 'object', properties: {} } };
    for (let i = 0; i < 6; i++) {
      const text = summarizeResult({ items: [{ name: 'Chapter 21', type: 'chapter' }, { type: 'chapter' }, { name: 'Chapter 16', type: 'chapter' }] }, op, new Set(), Rng.for(1, i));
      assert.doesNotMatch(text, /first (few|two)/i);
      assert.match(text, /including Chapter 21 and Chapter 16/);
    }
  });

  test('a description the user asked for is said, even a sentence long (getProduct documented to return it)', () => {
    const op = { name: 'getProduct', api: 'shop', description: "Returns a product's name, description, price, stock level and variants.", method: 'GET', path: '/products/{productId}', parameters: { type: 'object', properties: {} } };
    const product = { productId: 'p1', sku: 'SKU-1', name: 'Steel Gloves', inStock: 60, price: { amount: 12.5, currencyCode: 'EUR' }, description: 'Cut-resistant work gloves with a soft lining for cold mornings', variants: [{ sku: 'S-1', color: 'olive' }] };
    const text = summarizeResult(product, op, new Set(['p1']), Rng.for(1, 1), "I want to get a product's name, description and variants.");
    assert.match(text, /Cut-resistant work gloves/);
    assert.doesNotMatch(text, /doesn't include/);
  });

  test('a spec example with a stray line break is used trimmed, so a link stays a link', () => {
    for (let i = 0; i < 5; i++) {
      const value = mockValue({ type: 'string', example: 'https://i.scdn.co/image/ab67616d00001e02\n' }, { name: 'url', inResult: true, exampleRate: 1 } as never, Rng.for(3, i));
      assert.equal(value, 'https://i.scdn.co/image/ab67616d00001e02');
    }
  });
});
