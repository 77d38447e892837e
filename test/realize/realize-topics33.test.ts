/**
 * A vague opening names what a person would (wave 33, QUALITY.md A; reading 32 of the rapidapi fixtures): never
 * the object of a place preposition ("geo locations"), never a bare path word said nowhere as things ("grids"),
 * a lone word with its path's subject ("motorsport stages"), an op-name topic with its product ("Amazon product offers").
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RecordOperation } from '../../src/plan/types.ts';
import { vagueTopics } from '../../src/realize/_topic.ts';
import { spokenTopics33 } from '../../src/realize/_topics33.ts';

const op = (api: string, name: string, path: string, description: string): RecordOperation =>
  ({ name, api, description, method: 'GET', path, parameters: { type: 'object', properties: {} } }) as unknown as RecordOperation;

const spoken = (o: RecordOperation): string[] => spokenTopics33(o, vagueTopics(o, undefined));

describe('vague topics a person names (wave 33)', () => {
  it('puts the place of "schools around a geo location" last', () => {
    const topics = spoken(op('realty_in_au', 'schools/list', '/schools/list', 'List schools around a GEO location'));
    assert.equal(topics[0], 'schools', topics.join(' | '));
  });
  it('puts a bare path word never said as things last ("grids")', () => {
    const o = op('local_rank_tracker', 'Full Grid Search', '/grid', 'Make a full grid search and get the ranking of a specific business in every coordinate point in the grid.');
    const topics = spoken(o);
    assert.equal(topics[topics.length - 1], 'grids', topics.join(' | '));
  });
  it('says a lone word with the subject its path gives it', () => {
    const topics = spoken(op('motorsportapi', 'categorystages', '/api/motorsport/category/{id}/stages/all', 'Get all stages for a specific Motorsport category.'));
    assert.equal(topics[0], 'motorsport stages', topics.join(' | '));
    assert.ok(topics.includes('stages'), 'the old topic stays behind the new one');
  });
  it("says a topic that only reads the operation's name with its product", () => {
    const topics = spoken(op('real_time_amazon_data', 'Product Offers', '/product-offers', 'Get top 10 offers of a specific product on Amazon by its asin.'));
    assert.deepEqual(topics, ['Amazon product offers', 'product offers']);
  });
  it('keeps a topic said as things ("playlists") where it was', () => {
    const o = op('spotify', 'get-playlists', '/me/playlists', 'Get a list of the playlists owned or followed by the current user.');
    assert.deepEqual(spoken(o).slice(0, 1), vagueTopics(o, undefined).slice(0, 1));
  });
});

describe('a request that says what is done with it later (wave 33)', () => {
  it('asks to "add a new custom metadata field", never "add something for a metadata"', async () => {
    const { intentVariants } = await import('../../src/realize/words.ts');
    const o = { ...op('mandrill__api', 'post_metadata_add_json', '/metadata/add.json', 'Add a new custom metadata field to be indexed for the account.'), method: 'POST', parameters: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] } } as RecordOperation;
    const said = intentVariants(o);
    assert.equal(said[0], 'add a new custom metadata field', said.join(' | '));
    assert.ok(!said.some((s) => /\bsomething\b/.test(s)), said.join(' | '));
  });
});

describe("a goodbye's word for what came back (wave 33)", () => {
  it('says "the offers", never the name "the product offers"', async () => {
    const { byeNoun33 } = await import('../../src/realize/_topics33.ts');
    const o = op('real_time_amazon_data', 'Product Offers', '/product-offers', 'Get top 10 offers of a specific product on Amazon.');
    assert.equal(byeNoun33('the product offers', o), 'the offers');
    assert.equal(byeNoun33('the artist albums', o), 'the artist albums');
  });
});
