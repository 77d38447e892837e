/**
 * Results that answer the call's query and ids (QUALITY.md E): the rules `query_unmatched`, `ids_unanswered` and
 * `total_below_shown` of src/check/_rules-query.ts broken on purpose, and the generator's pass
 * (src/plan/_honour-query.ts) that keeps them.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import { honourQueryAndIds, type CallAsk } from '../../src/plan/_honour-query.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const searched = (args: Record<string, unknown>, result: unknown) => oneCall(args, result, { name: 'searchTitles', text: 'Find it.' });
const fetched = (args: Record<string, unknown>, result: unknown) => oneCall(args, result, { name: 'getSeveralChapters', path: '/chapters', text: 'Get them.' });
const ask = (args: Record<string, unknown>, more: Partial<CallAsk> = {}): CallAsk => ({ args, operation: { effect: 'read', name: more.operation?.name ?? 'search' }, known: {}, pinnedPaths: [], picking: false, ...more });

describe('results that answer their query and ids', () => {
  test('the rules are invariants of meaning', () => {
    for (const rule of ['query_unmatched', 'ids_unanswered', 'total_below_shown']) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(rule), rule);
  });

  test('a text search names something it found with a word of its query', () => {
    const broken = violationsOf('query_unmatched');
    assert.deepEqual(broken(searched({ s: 'jaws', query: 'jaws' }, { movies: [{ name: 'Vertex' }, { name: 'Aurora' }] })), ['query_unmatched']);
    assert.deepEqual(broken(searched({ q: 'bike shop' }, { units: [{ id: 'a', name: 'Cork Tailors' }, { id: 'b', name: 'Mumbai Books' }] })), ['query_unmatched']);
    assert.deepEqual(broken(searched({ q: 'bike shop' }, { units: [{ id: 'a', name: 'Bike Shop' }, { id: 'b', name: 'Mumbai Books' }] })), []);
    assert.deepEqual(broken(searched({ q: 'jaws' }, { movies: [{ name: 'Jaws 2' }] })), []);
    // A result with no named records, or a wildcard query, says nothing either way.
    assert.deepEqual(broken(searched({ q: 'jaws' }, { movies: [{ id: 'x' }] })), []);
    assert.deepEqual(broken(searched({ q: 'ja*' }, { movies: [{ name: 'Vertex' }] })), []);
  });

  test('a read by ids returns only records with those ids, no more than were sent', () => {
    const broken = violationsOf('ids_unanswered');
    assert.deepEqual(broken(fetched({ ids: 'c1' }, { chapters: [{ id: 'c1' }, { id: 'c2' }, { id: 'c3' }] })), ['ids_unanswered']);
    assert.deepEqual(broken(fetched({ ids: 'c1,c2' }, { chapters: [{ id: 'c1' }, { id: 'zz' }] })), ['ids_unanswered']);
    assert.deepEqual(broken(fetched({ hotelIds: ['H1'] }, { data: [{ hotelId: 'H1' }, { hotelId: 'H2' }], meta: { count: 2 } })), ['ids_unanswered']);
    assert.deepEqual(broken(fetched({ ids: '2w9z' }, { artists: ['Alok', 'Whitney Houston', 'Birdy'] })), ['ids_unanswered']);
    assert.deepEqual(broken(fetched({ ids: 'c1,c2' }, { chapters: [{ id: 'c2' }, { id: 'c1' }] })), []);
    assert.deepEqual(broken(fetched({ ids: 'a1' }, { artists: ['Alok'] })), []);
  });

  test('a paging block beside a list never counts fewer matches than the list shows', () => {
    const broken = violationsOf('total_below_shown');
    assert.deepEqual(broken(searched({}, { object: { limit: 10, offset: 0, total: 1 }, results: [{ id: 'a' }, { id: 'b' }] })), ['total_below_shown']);
    assert.deepEqual(broken(searched({}, { object: { limit: 10, offset: 0, total: 2 }, results: [{ id: 'a' }, { id: 'b' }] })), []);
    // A block that holds more than paging counts is a record, not a paging block.
    assert.deepEqual(broken(searched({}, { owner: { name: 'x', total: 1 }, results: [{ id: 'a' }, { id: 'b' }] })), []);
  });

  test('the generator pass returns exactly the ids sent, and the one record a lookup by its own id asks for', () => {
    const chapters = { chapters: [{ id: 'x1', name: 'Chapter 10' }, { id: 'x2', name: 'Chapter 4' }, { id: 'x3', name: 'Chapter 20' }], total: 3 };
    honourQueryAndIds(chapters, ask({ ids: 'c1' }));
    assert.deepEqual(chapters, { chapters: [{ id: 'c1', name: 'Chapter 10' }], total: 1 });
    const artists = { artists: ['Alok', 'Whitney Houston', 'Birdy'] };
    honourQueryAndIds(artists, ask({ ids: 'a1,a2' }));
    assert.deepEqual(artists.artists, ['Alok', 'Whitney Houston']);
    const models = { models: [{ id: 428, name: 'Challenger' }, { id: 'u', name: 'Prius' }] };
    honourQueryAndIds(models, ask({ modelId: 428 }, { operation: { effect: 'read', name: 'cars_get_models' }, known: { id: 428, modelName: 'Boxster' } }));
    assert.deepEqual(models.models, [{ id: 428, name: 'Boxster' }]);
    // A lookup by the id its path names returns the record with that id; a record the name is not about keeps its own.
    const profile = { id: 'zeJi90Qt0q', display_name: 'Ana' };
    honourQueryAndIds(profile, ask({ user_id: 'smedjan' }, { operation: { effect: 'read', name: 'get-users-profile', path: '/users/{user_id}' } }));
    assert.equal(profile.id, 'smedjan');
    const shipment = { id: 's1', carrier: 'DHL' };
    honourQueryAndIds(shipment, ask({ order_id: 'o1' }, { operation: { effect: 'read', name: 'getOrderShipment', path: '/orders/{order_id}/shipment' } }));
    assert.equal(shipment.id, 's1');
    // A list the chain reads a value from keeps its items.
    const pinned = { chapters: [{ id: 'x1' }, { id: 'x2' }] };
    honourQueryAndIds(pinned, ask({ ids: 'c1' }, { pinnedPaths: ['chapters[1].id'] }));
    assert.equal(pinned.chapters.length, 2);
  });

  test('the generator pass names a search\'s finds after its query, and a person search finds that person', () => {
    const movies = { movies: [{ id: 'a', name: 'Vertex' }, { id: 'b', name: 'Aurora' }, { id: 'c', name: 'Pioneer' }] };
    honourQueryAndIds(movies, ask({ s: 'neon rain' }, { query: 'neon rain', operation: { effect: 'read', name: 'search_by_title' } }));
    // A follow-up's subtitle is one a sequel is given, never a word of another title ("Neon Rain: Pioneer").
    assert.deepEqual(movies.movies.map((m) => m.name), ['Neon Rain', 'Neon Rain 2', 'Neon Rain: Revisited']);
    // A known film (Jaws, 1975) is found alone: no sequel is made up for a real work.
    const known = { movies: [{ id: 'a', name: 'Vertex' }, { id: 'b', name: 'Aurora' }, { id: 'c', name: 'Pioneer' }] };
    honourQueryAndIds(known, ask({ s: 'jaws' }, { query: 'jaws', operation: { effect: 'read', name: 'search_by_title' } }));
    assert.deepEqual(known.movies.map((m) => m.name), ['Jaws']);
    // Searched in a year: the work alone; its follow-ups come years after, never in that year.
    const dated = { movies: [{ id: 'a', name: 'Vertex' }, { id: 'b', name: 'Aurora' }, { id: 'c', name: 'Pioneer' }] };
    honourQueryAndIds(dated, ask({ s: 'jaws', y: 2019 }, { query: 'jaws', operation: { effect: 'read', name: 'search_by_title' } }));
    // (and the exact title, which says no year of its own, carries the one searched: not the 1975 "Jaws").
    assert.deepEqual(dated.movies.map((m) => m.name), ['Jaws (2019)']);
    const shops = { units: [{ id: 'a', name: 'Bike Shop' }, { id: 'b', name: 'Cork Tailors' }, { id: 'c', name: 'Mumbai Books' }] };
    honourQueryAndIds(shops, ask({ query: 'bike shop' }, { query: 'bike shop', operation: { effect: 'read', name: 'business_units_search' } }));
    // Another shop of that kind is one in a city ("Berlin Bike Shop"), never a word of another name glued on ("Tailors Bike Shop");
    // the exact find too is a shop with a name of its own, never the bare trade "Bike Shop" (wave 22, trade_named_bare).
    assert.deepEqual(shops.units.map((m) => m.name), ['Sydney Bike Shop', 'Berlin Bike Shop', 'Hamburg Bike Shop']);
    const inVietnam = { units: [{ id: 'a', name: 'Google' }, { id: 'b', name: 'Noodle Bar' }, { id: 'c', name: 'Tea House' }] };
    honourQueryAndIds(inVietnam, ask({ query: 'google', country: 'VN' }, { query: 'google', operation: { effect: 'read', name: 'business_units_search' } }));
    assert.ok(inVietnam.units.slice(1).every((u) => /^(Hanoi|Ho Chi Minh City|Da Nang|Haiphong|Can Tho|Hue|Nha Trang) Google$/.test(u.name)), JSON.stringify(inVietnam.units));
    const jobs = { results: [{ id: 'a', title: 'Data Analyst' }, { id: 'b', title: 'Chief Integration Supervisor' }] };
    honourQueryAndIds(jobs, ask({ keywords: 'Data Analyst' }, { query: 'Data Analyst', operation: { effect: 'read', name: 'searchJobs' } }));
    assert.deepEqual(jobs.results.map((m) => m.title), ['Data Analyst', 'Senior Data Analyst']);
    const users = { users: [{ id: 'a', name: 'Noah Reyes' }, { id: 'b', name: 'Yuki Ferreira' }], total: 566 };
    honourQueryAndIds(users, ask({ query: 'Noah Reyes' }, { query: 'Noah Reyes', operation: { effect: 'read', name: 'findUsers' } }));
    assert.deepEqual(users, { users: [{ id: 'a', name: 'Noah Reyes' }], total: 1 });
    // The user picking among the records: their names stay as drawn.
    const picked = { units: [{ id: 'a', name: 'Cork Tailors' }] };
    honourQueryAndIds(picked, ask({ query: 'bike shop' }, { query: 'bike shop', picking: true }));
    assert.equal(picked.units[0]!.name, 'Cork Tailors');
    // The query said back is the query sent.
    const channel = { searchText: 'Zboncak LLC', videos: ['Yoga in 15 minutes'] };
    honourQueryAndIds(channel, ask({ q: 'Kuvalis and Sons' }, { query: 'Kuvalis and Sons' }));
    assert.equal(channel.searchText, 'Kuvalis and Sons');
  });

  test('the generator pass fits totals: small for an exact-name search and one record\'s sub-collection, the record\'s own count', () => {
    const titles = { object: { limit: 10, offset: 20, total: 1310 }, results: [{ title: 'Jude the Obscure' }] };
    honourQueryAndIds(titles, ask({ title: 'Jude the Obscure' }, { query: 'Jude the Obscure', operation: { effect: 'read', name: 'search_titles' } }));
    assert.ok(titles.object.total >= 1 && titles.object.total <= 5, `total ${titles.object.total}`);
    assert.equal(titles.object.offset, 0);
    const genres = { object: { limit: 10, offset: 0, total: 1387 }, results: [{ genre: 'Drama' }, { genre: 'Horror' }] };
    honourQueryAndIds(genres, ask({ netflix_id: 1 }, { operation: { effect: 'read', name: 'title_genres' } }));
    assert.ok(genres.object.total >= 2 && genres.object.total <= 26, `total ${genres.object.total}`);
    const tracks = { items: [{ id: 't1' }, { id: 't2' }], total: 875 };
    honourQueryAndIds(tracks, ask({ id: 'al1' }, { operation: { effect: 'read', name: 'get-an-albums-tracks' }, known: { total_tracks: 12 } }));
    assert.equal(tracks.total, 12);
    // What a record gathers without bound (reviews) keeps its total; a total is never below the items shown.
    const reviews = { reviews: [{ id: 'r' }], total: 457 };
    honourQueryAndIds(reviews, ask({ appId: 'x' }, { operation: { effect: 'read', name: 'getreviewsbyappid' } }));
    assert.equal(reviews.total, 457);
    const low = { data: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], total: 1 };
    honourQueryAndIds(low, ask({}));
    assert.equal(low.total, 3);
  });
});
