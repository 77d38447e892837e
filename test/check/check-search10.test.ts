/**
 * Search results that answer the search (QUALITY.md E): `shown_above_limit`, `short_page_total` and
 * `name_search_unmatched` of src/check/_rules-search10.ts broken on purpose, and the generator pass that keeps them.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import { honourQueryAndIds, type CallAsk } from '../../src/plan/_honour-query.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const aboveLimit = violationsOf('shown_above_limit');
const shortPage = violationsOf('short_page_total');
const unmatched = violationsOf('name_search_unmatched');
const search = (args: Record<string, unknown>, result: unknown) => oneCall(args, result, { name: 'searchCompanies', text: 'Find it.' });
const ask = (args: Record<string, unknown>, more: Partial<CallAsk> = {}): CallAsk => ({ args, operation: { effect: 'read', name: 'search' }, known: {}, pinnedPaths: [], picking: false, ...more });

describe('search results that answer the search', () => {
  test('are meaning invariants', () => {
    for (const id of ['shown_above_limit', 'short_page_total', 'name_search_unmatched']) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(id), id);
  });

  test('more items than the limit sent breaks shown_above_limit', () => {
    const three = { results: [{ id: 1 }, { id: 2 }, { id: 3 }] };
    assert.deepEqual(aboveLimit(oneCall({ limit: 2 }, three)), ['shown_above_limit']);
    assert.deepEqual(aboveLimit(oneCall({ limit: 3 }, three)), []);
    assert.deepEqual(aboveLimit(oneCall({}, three)), []);
  });

  test('a first page not full beside a larger total breaks short_page_total', () => {
    const images = (total: number) => ({ object: { limit: 25, offset: 0, total }, results: [{ url: 'a' }, { url: 'b' }, { url: 'c' }] });
    assert.deepEqual(shortPage(oneCall({}, images(27))), ['short_page_total']);
    assert.deepEqual(shortPage(oneCall({ limit: 5 }, { total: 4, results: [{ id: 1 }] })), ['short_page_total']);
    assert.deepEqual(shortPage(oneCall({}, images(3))), []);
    // A later page, or a full one, may sit beside a larger total.
    assert.deepEqual(shortPage(oneCall({}, { object: { limit: 25, offset: 25, total: 28 }, results: [{ url: 'a' }, { url: 'b' }, { url: 'c' }] })), []);
    assert.deepEqual(shortPage(oneCall({}, { object: { limit: 3, offset: 0, total: 27 }, results: [{ url: 'a' }, { url: 'b' }, { url: 'c' }] })), []);
  });

  test('a name search whose records carry none of its words breaks name_search_unmatched', () => {
    const porsche = { carMakes: [{ id: 1, makeName: 'Porsche' }], brands: [{ id: 2, brandName: 'Porsche' }] };
    assert.deepEqual(unmatched(search({ query: 'Ford Mustang' }, porsche)), ['name_search_unmatched']);
    assert.deepEqual(unmatched(search({ query: 'Ford Mustang' }, { carMakes: [{ id: 1, makeName: 'Ford' }] })), []);
    assert.deepEqual(unmatched(search({ name: 'Beatty GmbH' }, { companies: [{ companyId: 1, name: 'Welch Holdings' }] })), ['name_search_unmatched']);
    // A lower-case keyword is no name; a get is no search.
    assert.deepEqual(unmatched(search({ query: 'ford' }, porsche)), []);
    assert.deepEqual(unmatched(oneCall({ name: 'Ford' }, porsche)), []);
  });

  test('the generator pass fits totals to a short page, cuts to the limit, and keeps a proper name\'s matches only', () => {
    const images = { object: { limit: 25, offset: 0, total: 27 }, results: [{ url: 'a' }, { url: 'b' }, { url: 'c' }] };
    honourQueryAndIds(images, ask({ netflix_id: 5 }, { operation: { effect: 'read', name: 'title_images' } }));
    assert.equal(images.object.total, 3);
    const titles = { object: { limit: 5, offset: 0, total: 4 }, results: [{ id: 1, title: 'Anna Karenina' }] };
    honourQueryAndIds(titles, ask({ title: 'Anna Karenina' }, { query: 'Anna Karenina', operation: { effect: 'read', name: 'search_titles' } }));
    assert.equal(titles.object.total, 1);
    const many = { total: 40, results: [{ id: 1 }, { id: 2 }, { id: 3 }] };
    honourQueryAndIds(many, ask({ limit: 2 }, { operation: { effect: 'read', name: 'list_things' } }));
    assert.equal(many.results.length, 2);
    const companies = { companies: [{ companyId: 1, name: 'Beatty GmbH' }, { companyId: 2, name: 'Welch Holdings' }, { companyId: 3, name: 'Lowe & Co.' }], total: 3 };
    honourQueryAndIds(companies, ask({ name: 'Beatty GmbH' }, { query: 'Beatty GmbH', operation: { effect: 'read', name: 'searchCompanies' } }));
    assert.deepEqual(companies.companies.map((c) => c.name), ['Beatty GmbH']);
    assert.equal(companies.total, 1);
    // Several collections, none naming the query: each names it, a make by the query's first word.
    const cars = { carModels: [{ id: 1, modelName: 'Tempo', searchValue: 'Porsche Boxster' }], carMakes: [{ id: 2, makeName: 'Porsche' }], brands: [{ id: 3, brandName: 'Porsche' }] };
    honourQueryAndIds(cars, ask({ query: 'Ford Mustang' }, { query: 'Ford Mustang', operation: { effect: 'read', name: 'search' } }));
    assert.deepEqual([cars.carModels[0]!.modelName, cars.carModels[0]!.searchValue, cars.carMakes[0]!.makeName, cars.brands[0]!.brandName], ['Ford Mustang', 'Ford Mustang', 'Ford', 'Ford']);
  });
});

describe('a review search term', () => {
  test('is what reviews talk about, never a made-up product name', async () => {
    const { searchValue } = await import('../../src/plan/_names.ts');
    const { withRng } = await import('../../src/plan/_faker.ts');
    const { dialogueRng } = await import('../../src/random/index.ts');
    const term = withRng(dialogueRng(7, 1, 'test'), () => searchValue('product_reviews get all product reviews on amazon query'));
    assert.ok(['battery life', 'delivery', 'build quality', 'sizing', 'customer service', 'value for money', 'packaging'].includes(term ?? ''), String(term));
  });
});

describe('a search within one thing', () => {
  test('is for what it holds, never for its own name', async () => {
    const { searchValue } = await import('../../src/plan/_names.ts');
    const { withRng } = await import('../../src/plan/_faker.ts');
    const { dialogueRng } = await import('../../src/random/index.ts');
    const { searchedNoun } = await import('../../src/realize/_mention.ts');
    const term = withRng(dialogueRng(7, 1, 'test'), () => searchValue('searchchannel\u0001Efficiently search for specific videos or playlists within a channel\u0001q'));
    const companyish = withRng(dialogueRng(7, 1, 'test'), () => searchValue('searchchannel\u0001Search channels\u0001q'));
    assert.notEqual(term, companyish);
    const op = { name: 'searchChannel', description: 'Efficiently search for specific videos or playlists within a channel' };
    assert.equal(searchedNoun('q', op, []), 'video title');
    assert.equal(searchedNoun('q', { name: 'searchChannel', description: 'Search channels' }, []), 'channel name');
  });
});
