/**
 * Results that answer the request, wave 11 (QUALITY.md E): `ranked_out_of_order`, `kind_not_echoed` and
 * `search_hits_unmatched` of src/check/_rules-search11.ts broken on purpose, and the generator passes that keep them.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import { honourQueryAndIds, type CallAsk } from '../../src/plan/_honour-query.ts';
import { agreeAggregates } from '../../src/plan/_aggregates.ts';
import { oneCall, violationsOf } from '../_one-call.ts';
import type { DialogueRecord } from '../../src/plan/types.ts';

const state = { api_confirmed: true, api_status: 'none' } as never;
/** A search for `q` whose found item's id a lookup (GET /shows/{id}) fetches, returning `found`. */
function searchThenLookup(q: string, found: unknown): DialogueRecord {
  const op = (name: string, path: string) => ({ name, api: 'x', description: '', method: 'GET', path, parameters: { type: 'object', properties: {} } });
  return {
    id: 't', seed: 1, flow: 'f', family: 'no_ask', edge_type: null,
    operations: { 'x.search': op('search', '/search'), 'x.getShow': op('getShow', '/shows/{id}') },
    chain: ['x.search', 'x.getShow'],
    slots: [{ operation: 'x.getShow', param: 'id', value: 's1', source: 'chained', required: true, from: { operation: 'x.search', field: 'shows.items[0].id' } }],
    turns: [
      { speaker: 'user', action: 'inform_intent_clear', text: 'Find a show.' },
      { speaker: 'assistant', action: 'call', state, call: { id: 'c1', operation: 'x.search', arguments: { q } } },
      { speaker: 'tool', operation: 'x.search', call_id: 'c1', status: 'ok', result: { shows: { items: [{ id: 's1' }] } } },
      { speaker: 'assistant', action: 'call', state, call: { id: 'c2', operation: 'x.getShow', arguments: { id: 's1' } } },
      { speaker: 'tool', operation: 'x.getShow', call_id: 'c2', status: 'ok', result: found },
    ],
    meta: {},
  } as unknown as DialogueRecord;
}

const order = violationsOf('ranked_out_of_order');
const kind = violationsOf('kind_not_echoed');
const hits = violationsOf('search_hits_unmatched');
const ask = (args: Record<string, unknown>, more: Partial<CallAsk> = {}): CallAsk => ({ args, operation: { effect: 'read', name: 'search' }, known: {}, pinnedPaths: [], picking: false, ...more });

describe('results that answer the request (wave 11)', () => {
  test('are meaning invariants', () => {
    for (const id of ['ranked_out_of_order', 'kind_not_echoed', 'search_hits_unmatched', 'found_record_unnamed', 'parent_not_listed']) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(id), id);
  });

  test('a ranked list out of rank order breaks ranked_out_of_order; a dated history or a grid does not', () => {
    const ranks = (...r: number[]) => ({ rankings: r.map((rank, i) => ({ rank, name: `P${i}`, points: 100 - rank })) });
    assert.deepEqual(order(oneCall({ year: '2022' }, ranks(1, 25, 2))), ['ranked_out_of_order']);
    assert.deepEqual(order(oneCall({ year: '2022' }, ranks(1, 2, 25))), []);
    assert.deepEqual(order(oneCall({}, { seasons: [{ season: 2020, rank: 3 }, { season: 2021, rank: 1 }] })), []);
    assert.deepEqual(order(oneCall({}, { results: [{ lat: 1, lng: 2, rank: 9 }, { lat: 1, lng: 3, rank: 2 }] })), []);
  });

  test('the generator puts a ranked list in rank order, unless a later call reads a value of it', () => {
    const r = { rankings: [{ rank: 7, name: 'A', points: 2886 }, { rank: 5, name: 'B', points: 2908 }, { rank: 14, name: 'C', points: 1123 }] };
    agreeAggregates(r, new Set());
    assert.deepEqual(r.rankings.map((x) => x.rank), [5, 7, 14]);
    assert.deepEqual(r.rankings.map((x) => x.name), ['B', 'A', 'C']);
    const pinned = { rankings: [{ rank: 7, id: 'p7' }, { rank: 5, id: 'p5' }] };
    agreeAggregates(pinned, new Set([JSON.stringify('p7')]));
    assert.deepEqual(pinned.rankings.map((x) => x.rank), [7, 5]);
  });

  test('a field named like a sent kind holding another code breaks kind_not_echoed', () => {
    const movers = (type: string) => ({ RankingType: type, RankingTypeName: 'Atlas', CompanyMovers: [{ Symbol: 'NVDA' }] });
    assert.deepEqual(kind(oneCall({ rankType: 'MostActives' }, movers('NetLosers'), { name: 'market_get_movers' })), ['kind_not_echoed']);
    assert.deepEqual(kind(oneCall({ rankType: 'MostActives' }, movers('MostActives'), { name: 'market_get_movers' })), []);
    assert.deepEqual(kind(oneCall({ genre: 'crime' }, { movies: [{ title: 'X', genres: 'Comedy' }] }, { name: 'discoverMovies' })), ['kind_not_echoed']);
    // Free text that shares a word, or a field of another name, is not the kind.
    assert.deepEqual(kind(oneCall({ category: 'books' }, { items: [{ category_name: 'Home and garden' }] }, { name: 'listItems' })), []);
  });

  test('the generator says back the sent kind code', () => {
    const r = { RankingType: 'NetLosers', RankingTypeName: 'Atlas', CompanyMovers: [{ Symbol: 'NVDA', status: 'closed' }] };
    honourQueryAndIds(r, ask({ rankType: 'MostActives', status: 'open' }, { operation: { effect: 'read', name: 'market_get_movers' } }));
    assert.equal(r.RankingType, 'MostActives');
    assert.equal(r.RankingTypeName, 'Most Actives');
    assert.equal(r.CompanyMovers[0]!.status, 'open');
  });

  test('bare titles without the one searched for, or keyword-filtered reviews that never mention it, break search_hits_unmatched', () => {
    const videos = (...v: string[]) => ({ searchText: 'x', videos: v });
    const search = (args: Record<string, unknown>, result: unknown) => oneCall(args, result, { name: 'searchchannel' });
    assert.deepEqual(hits(search({ q: 'Five ways to start a vegetable garden' }, videos('Five tips for street photography', 'Beginner yoga'))), ['search_hits_unmatched']);
    assert.deepEqual(hits(search({ q: 'Five ways to start a vegetable garden' }, videos('Beginner yoga', 'Five ways to start a vegetable garden'))), []);
    const reviews = (...t: string[]) => ({ data: { reviews: t.map((text, i) => ({ id: i, text })) } });
    assert.deepEqual(hits(search({ query: 'delivery' }, reviews('Good value for the price.', 'Five stars.'))), ['search_hits_unmatched']);
    assert.deepEqual(hits(search({ query: 'delivery' }, reviews('Good value for the price.', 'Delivery was quick.'))), []);
  });

  test('the generator lists the title searched for and makes filtered reviews speak of the keyword', () => {
    const r = { searchText: 'Five ways to start a vegetable garden', videos: ['Five tips for street photography', 'Beginner yoga in 15 minutes'] };
    honourQueryAndIds(r, ask({ id: 'c', q: r.searchText }, { query: r.searchText, operation: { effect: 'read', name: 'searchchannel' } }));
    assert.equal(r.videos[0], 'Five ways to start a vegetable garden');
    const rv = { data: { reviews: [{ id: 1, text: 'Good value for the price.' }, { id: 2, text: 'Five stars, no complaints' }] } };
    honourQueryAndIds(rv, ask({ asin: 'B0', query: 'delivery' }, { query: 'delivery', operation: { effect: 'read', name: 'product_reviews' } }));
    for (const review of rv.data.reviews) assert.match(review.text, /delivery/);
  });

  test('a record looked up by the id a search found is named by the query', () => {
    const books = { audiobooks: [{ id: 'S9', name: 'The Remains of the Day', authors: [{ name: 'Kazuo Ishiguro' }] }] };
    honourQueryAndIds(books, ask({ ids: 'S9' }, { sourceQuery: 'Things Fall Apart', operation: { effect: 'read', name: 'get-multiple-audiobooks' } }));
    assert.equal(books.audiobooks[0]!.name, 'Things Fall Apart');
    assert.equal(books.audiobooks[0]!.authors[0]!.name, 'Chinua Achebe');
    // One word shared is not the title; a record named with the whole query, or as an earlier result showed it, keeps its name.
    const album = { id: 'u0', name: 'The Stars Sessions' };
    honourQueryAndIds(album, ask({ id: 'u0' }, { sourceQuery: 'The Gardens Sessions', operation: { effect: 'read', name: 'get-an-album' } }));
    assert.equal(album.name, 'The Gardens Sessions');
    const show = { id: 'u1', name: 'Ancient Rome Weekly Extra' };
    honourQueryAndIds(show, ask({ id: 'u1' }, { sourceQuery: 'Ancient Rome Weekly', operation: { effect: 'read', name: 'get-a-show' } }));
    assert.equal(show.name, 'Ancient Rome Weekly Extra');
    // Its texts that spoke of it by the old name speak of it by the new one.
    const episode = { id: 'e1', name: 'The history of coffee', description: 'In this episode: the history of coffee.' };
    honourQueryAndIds(episode, ask({ id: 'e1' }, { sourceQuery: 'Jazz history', operation: { effect: 'read', name: 'get-an-episode' } }));
    assert.deepEqual([episode.name, episode.description], ['Jazz history', 'In this episode: Jazz history.']);
    const seen = { id: 'u2', name: 'Jaws 2' };
    honourQueryAndIds(seen, ask({ id: 'u2' }, { sourceQuery: 'Jaws', known: { id: 'u2', name: 'Jaws 2' }, operation: { effect: 'read', name: 'get-a-movie' } }));
    assert.equal(seen.name, 'Jaws 2');
    // A lower-case query may be a prefix ("pors" for a Porsche), and a name shown before (`modelName`) stays.
    const model = { models: [{ id: 4, name: 'Boxster' }] };
    honourQueryAndIds(model, ask({ modelId: 4 }, { sourceQuery: 'pors', operation: { effect: 'read', name: 'cars_get_models' } }));
    assert.equal(model.models[0]!.name, 'Boxster');
    const named = { id: 'u3', name: 'Boxster' };
    honourQueryAndIds(named, ask({ id: 'u3' }, { sourceQuery: 'Porsche', known: { modelName: 'Boxster' }, operation: { effect: 'read', name: 'get-model' } }));
    assert.equal(named.name, 'Boxster');
  });
});

describe('children fetched under their parent (wave 11)', () => {
  test('the albums of an artist each list that artist, by the id sent and the name the dialogue knows', () => {
    const albums = { total: 2, items: [
      { id: 'a1', name: 'Secret Cities', artists: [{ id: 'x1', name: 'Sfera Ebbasta' }] },
      { id: 'a2', name: 'Velvet Signals', artists: [{ id: 'x2', name: 'Barbra Streisand' }, { id: 'x3', name: 'Rod Stewart' }] },
    ] };
    honourQueryAndIds(albums, { args: { id: 'P1' }, operation: { effect: 'read', name: 'get-an-artists-albums', path: '/artists/{id}/albums' }, sourceQuery: 'PLK', known: {}, pinnedPaths: [], picking: false });
    assert.deepEqual(albums.items.map((a) => a.artists[0]), [{ id: 'P1', name: 'PLK' }, { id: 'P1', name: 'PLK' }]);
    assert.equal(albums.items[1]!.artists[1]!.name, 'Rod Stewart');
    // A follower's lone `user_id` is the follower: it is not made the parent's.
    const followers = { followers: [{ user_id: 'f1', name: 'Ann' }] };
    honourQueryAndIds(followers, { args: { user_id: 'u9' }, operation: { effect: 'read', name: 'listFollowers', path: '/users/{user_id}/followers' }, known: {}, pinnedPaths: [], picking: false });
    assert.equal(followers.followers[0]!.user_id, 'f1');
  });
});

describe('lookups that answer the search and the parent (wave 11)', () => {
  test('a record fetched by the id a search found, named with none of its words, breaks found_record_unnamed', () => {
    const unnamed = violationsOf('found_record_unnamed');
    assert.deepEqual(unnamed(searchThenLookup('Ancient Rome Weekly', { id: 's1', name: 'Urban gardening' })), ['found_record_unnamed']);
    assert.deepEqual(unnamed(searchThenLookup('Ancient Rome Weekly', { id: 's1', name: 'Ancient Rome Weekly' })), []);
    assert.deepEqual(unnamed(searchThenLookup('Ancient Rome Weekly', { shows: [{ id: 's1', name: 'Jazz history' }] })), ['found_record_unnamed']);
    // A lower-case query may be a prefix: "pors" finds the Boxster.
    assert.deepEqual(unnamed(searchThenLookup('pors', { id: 's1', name: 'Boxster' })), []);
  });

  test('children under a parent path whose parents list omits it break parent_not_listed', () => {
    const missing = violationsOf('parent_not_listed');
    const albums = (...ids: string[]) => ({ items: [{ id: 'a1', name: 'Secret Cities', artists: ids.map((id) => ({ id, name: id })) }] });
    const under = (result: unknown) => oneCall({ id: 'P1' }, result, { name: 'getArtistAlbums', path: '/artists/{id}/albums' });
    assert.deepEqual(missing(under(albums('x1'))), ['parent_not_listed']);
    assert.deepEqual(missing(under(albums('x1', 'P1'))), []);
    assert.deepEqual(missing(oneCall({ id: 'P1' }, albums('x1'), { name: 'getAlbums', path: '/albums' })), []);
  });
});

describe('a text and its HTML form (wave 11)', () => {
  test('the generator makes html_description say what description says', () => {
    const r = { shows: [{ id: 'u', name: 'Ancient Rome Weekly', description: 'A weekly podcast about ancient Rome.', html_description: 'A weekly podcast about small business taxes.' }] };
    honourQueryAndIds(r, ask({ ids: 'u' }, { operation: { effect: 'read', name: 'get-multiple-shows' } }));
    assert.equal(r.shows[0]!.html_description, 'A weekly podcast about ancient Rome.');
  });
});
