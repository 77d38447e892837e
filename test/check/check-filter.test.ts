/**
 * List results that hold their call's filters (QUALITY.md E): the rules `filter_ignored` and `diet_tag_contradicted`
 * of src/check/_rules-filter.ts broken on purpose, and the generator's pass (src/plan/_honour-filters.ts) that keeps them.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { honourFilters } from '../../src/plan/_honour-filters.ts';
import { honourQueryAndIds } from '../../src/plan/_honour-query.ts';
import type { Param } from '../../src/specs/types.ts';
import { MEANING_INVARIANTS } from '../../src/check/_meaning.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const ignored = violationsOf('filter_ignored');
const tagged = violationsOf('diet_tag_contradicted');
const read = { effect: 'read' as const };
const param = (name: string, extra: Partial<Param> = {}): Param => ({ name, in: 'query', required: false, schema: { type: 'string' }, ...extra });

/** `oneCall` whose operation documents `country` with a default. */
function withDefault(args: Record<string, unknown>, result: unknown, country: string) {
  const record = oneCall(args, result);
  (record.operations['x.getThing']!.parameters as { properties: Record<string, unknown> }).properties.country = { type: 'string', default: country };
  return record;
}

describe('list results hold the filters of their call', () => {
  test('both rules are meaning invariants', () => {
    for (const id of ['filter_ignored', 'diet_tag_contradicted']) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(id), id);
  });

  test('filter_ignored: dates outside the range or off the day sent', () => {
    const tx = (d: string) => ({ data: [{ id: 't1', creationDate: '2024-05-01T10:00:00Z' }, { id: 't2', creationDate: d }] });
    const range = { createdSince: '2024-01-26T21:15:00Z', createdUntil: '2025-08-09T21:00:00Z' };
    assert.deepEqual(ignored(oneCall(range, tx('2025-08-09T08:00:00Z'))), []);
    assert.deepEqual(ignored(oneCall(range, tx('2026-02-01T07:15:00Z'))), ['filter_ignored']);
    assert.deepEqual(ignored(oneCall({ postedSince: '2024-11-16' }, { results: [{ title: 'Analyst', postedAt: '2024-08-20T09:45:00Z' }] })), ['filter_ignored']);
    assert.deepEqual(ignored(oneCall({ published_date: '2025-07-14' }, { payload: [{ datetime_published: '2024-08-21T14:00:00Z' }] })), ['filter_ignored']);
    assert.deepEqual(ignored(oneCall({ published_date: '2025-07-14' }, { payload: [{ datetime_published: '2025-07-14T14:00:00Z' }] })), []);
    // A lone `dateFrom` is an anchor (`daysFrom` 30 before it), not a lower bound.
    assert.deepEqual(ignored(oneCall({ dateFrom: '2025-10-27', daysFrom: 30 }, { data: [{ date: '2025-10-01' }] })), []);
  });

  test('filter_ignored: a code, market, year, dietary label or condition the records contradict', () => {
    assert.deepEqual(ignored(oneCall({ market: 'ES' }, { chapters: [{ name: 'Chapter 8', available_markets: ['IT'] }] })), ['filter_ignored']);
    assert.deepEqual(ignored(oneCall({ market: 'ES' }, { chapters: [{ name: 'Chapter 8', available_markets: ['IT', 'ES'] }] })), []);
    assert.deepEqual(ignored(oneCall({ year: 1996 }, { movies: [{ title: 'Jaws', year: 1975 }] })), ['filter_ignored']);
    assert.deepEqual(ignored(oneCall({ start_year: 2010, end_year: 2020 }, { movies: [{ title: 'Jaws', year: 2015 }] })), []);
    assert.deepEqual(ignored(oneCall({ dietary: 'halal' }, { sections: [{ title: 'Mains', items: [{ name: 'Gazpacho', dietary: ['vegan'] }] }] })), ['filter_ignored']);
    // A vegan dish is vegetarian.
    assert.deepEqual(ignored(oneCall({ dietary: 'vegetarian' }, { sections: [{ title: 'Mains', items: [{ name: 'Gazpacho', dietary: ['vegan'] }] }] })), []);
    assert.deepEqual(ignored(oneCall({ product_condition: 'Used' }, { data: { product_offers: [{ product_condition: 'Excellent condition (Refurbished)' }] } })), ['filter_ignored']);
    assert.deepEqual(ignored(oneCall({ roadId: 'A6' }, { roadworks: [{ title: 'A1 | AS Pansdorf (17) - AS Neustadt-Mitte (14)' }] })), ['filter_ignored']);
    assert.deepEqual(ignored(oneCall({ roadId: 'A6' }, { roadworks: [{ title: 'A6 | AS Pansdorf (17) - AS Neustadt-Mitte (14)' }, { title: 'Junction 3 to 4' }] })), []);
    // A documented default counts as sent: a call with no country asks for US.
    assert.deepEqual(ignored(withDefault({ asin: 'B0' }, { data: { asin: 'B0', country: 'IT', reviews: [] } }, 'US')), ['filter_ignored']);
    assert.deepEqual(ignored(withDefault({ asin: 'B0' }, { data: { asin: 'B0', country: 'US', reviews: [] } }, 'US')), []);
  });

  test('diet_tag_contradicted: a dish tagged against its name', () => {
    const menu = (name: string, dietary: string[]) => ({ sections: [{ title: 'Mains', items: [{ name, dietary }] }] });
    assert.deepEqual(tagged(oneCall({}, menu('Golden Duck With French Eschallots', ['gluten_free', 'vegetarian']))), ['diet_tag_contradicted']);
    assert.deepEqual(tagged(oneCall({}, menu('Fettuccine Alfredo', ['vegetarian', 'vegan']))), ['diet_tag_contradicted']);
    assert.deepEqual(tagged(oneCall({}, menu('Fettuccine Alfredo', ['vegetarian']))), []);
    assert.deepEqual(tagged(oneCall({}, menu('Bacon Burger', ['halal']))), ['diet_tag_contradicted']);
  });

  test('the generator pass moves dates into the range, onto the day and the year sent', () => {
    const range = { balanceAccountId: 'b1', createdSince: '2024-01-26T21:15:00Z', createdUntil: '2025-08-09T21:00:00Z' };
    const tx = { data: [{ id: 't1', creationDate: '2026-02-01T07:15:00Z', bookingDate: '2023-08-10T14:51:33+02:00' }, { id: 't2', creationDate: '2024-05-01T10:00:00Z' }] };
    honourFilters(tx, range, read, []);
    assert.ok(tx.data[0]!.creationDate! > '2024-01-27' && tx.data[0]!.creationDate! < '2025-08-09', tx.data[0]!.creationDate);
    assert.equal(tx.data[0]!.creationDate!.slice(10), 'T07:15:00Z');
    assert.equal(tx.data[1]!.creationDate, '2024-05-01T10:00:00Z');
    assert.deepEqual(ignored(oneCall(range, tx)), []);
    const jobs = { results: [{ title: 'Analyst', postedAt: '2024-08-20T09:45:00Z' }] };
    honourFilters(jobs, { postedSince: '2024-11-16' }, read, []);
    assert.ok(jobs.results[0]!.postedAt >= '2024-11-16', jobs.results[0]!.postedAt);
    const news = { payload: [{ datetime_published: '2024-08-21T14:00:00Z', uuid: 'a' }, { datetime_published: '2024-12-19T18:00:00Z', uuid: 'b' }] };
    honourFilters(news, { published_date: '2025-07-14' }, read, ['payload[1].datetime_published']);
    assert.deepEqual(news.payload.map((p) => p.datetime_published), ['2025-07-14T14:00:00Z', '2024-12-19T18:00:00Z']);
    const cups = { data: [{ player: 'A', year: 2019, date: '2019-08-25' }] };
    honourFilters(cups, { year: '2021' }, read, []);
    assert.deepEqual([cups.data[0]!.year, cups.data[0]!.date], [2021, '2021-08-25']);
    // Events between two dates start between them.
    const events = { events: [{ name: 'Fair', startDate: '2023-01-05T10:00:00Z', endDate: '2023-01-06T18:00:00Z' }] };
    honourFilters(events, { start_date: '2025-03-01', end_date: '2025-03-31' }, read, []);
    assert.ok(events.events[0]!.startDate.startsWith('2025-03'), events.events[0]!.startDate);
    // … and still end the day after they start.
    assert.equal(Date.parse(events.events[0]!.endDate) - Date.parse(events.events[0]!.startDate), 32 * 3_600_000);
    // A year range keeps each record's year when inside, and moves it in when not.
    const works = { docs: [{ title: 'A', first_publish_year: 1990, year: 1990 }, { title: 'B', year: 2015 }] };
    honourFilters(works, { start_year: 2010, end_year: 2020 }, read, []);
    assert.ok(works.docs[0]!.year >= 2010 && works.docs[0]!.year <= 2020, String(works.docs[0]!.year));
    assert.equal(works.docs[1]!.year, 2015);
    // A lone dateFrom is an anchor: left as drawn.
    const futures = { data: [{ date: '2024-10-14' }] };
    honourFilters(futures, { dateFrom: '2025-10-27', daysFrom: 30 }, read, []);
    assert.equal(futures.data[0]!.date, '2024-10-14');
  });

  test('the generator pass makes records carry the codes, labels and condition sent (a default counts as sent)', () => {
    const chapters = { chapters: [{ name: 'Chapter 8', available_markets: ['IT'] }] };
    honourFilters(chapters, { ids: 'c1', market: 'ES' }, read, []);
    assert.deepEqual(chapters.chapters[0]!.available_markets, ['ES', 'IT']);
    const reviews = { data: { asin: 'B0', country: 'IT', reviews: [] } };
    honourFilters(reviews, { asin: 'B0' }, { effect: 'read', inputs: [param('asin'), param('country', { default: 'US' })] }, []);
    assert.equal(reviews.data.country, 'US');
    const offers = { data: { product_offers: [{ product_condition: 'Excellent condition (Refurbished)' }] } };
    honourFilters(offers, { product_condition: 'Used' }, { effect: 'read', inputs: [param('product_condition', { description: '**Allowed values:** `NEW, USED, REFURBISHED`' })] }, []);
    assert.equal(offers.data.product_offers[0]!.product_condition, 'Used');
    // A default language is the answer's language, and a film's original language is no filter.
    const films = { results: [{ title: 'Carmilla', originalLanguage: 'de' }] };
    honourFilters(films, { query: 'Carmilla' }, { effect: 'read', inputs: [param('language', { default: 'en-US' })] }, []);
    honourFilters(films, { language: 'en-US' }, read, []);
    assert.equal(films.results[0]!.originalLanguage, 'de');
    const places = [{ name: 'Cape Town', country: 'South Africa' }];
    honourFilters(places, { country: 'za' }, read, []);
    assert.equal(places[0]!.country, 'South Africa');
    const menu = { sections: [{ title: 'Mains', items: [{ name: 'Gazpacho', dietary: ['vegan'] }, { name: 'Pork Belly', dietary: ['gluten_free'] }, { name: 'Golden Duck', dietary: ['gluten_free', 'vegetarian'] }] }] };
    honourFilters(menu, { restaurantId: 'r1', dietary: 'halal' }, read, []);
    const items = menu.sections[0]!.items;
    assert.ok(items.every((i) => i.dietary.includes('halal')));
    assert.notEqual(items[1]!.name, 'Pork Belly');
    assert.deepEqual(items[2]!.dietary, ['halal', 'gluten_free']);
    assert.deepEqual([...ignored(oneCall({ dietary: 'halal' }, menu)), ...tagged(oneCall({ dietary: 'halal' }, menu))], []);
    // Without a filter, a tag the dish's name rules out goes (Faker's meats too: pigeon, quail); a vegan cauliflower stays.
    const plain = { items: [{ name: 'Sweet Pigeon With English Spinach', dietary: ['halal', 'vegetarian'] }, { name: 'Cauliflower Wings', dietary: ['vegan'] }] };
    honourFilters(plain, { restaurantId: 'r1' }, read, []);
    assert.deepEqual(plain.items.map((i) => i.dietary), [['halal'], ['vegan']]);
    // A write is no filter; a road names its own roadworks.
    const created = { items: [{ country: 'IT' }] };
    honourFilters(created, { country: 'US' }, { effect: 'create' }, []);
    assert.equal(created.items[0]!.country, 'IT');
    const roads = { roadworks: [{ title: 'A1 | AS Pansdorf (17) - AS Neustadt-Mitte (14)' }, { title: 'Junction 3 to 4' }] };
    honourFilters(roads, { roadId: 'A6' }, read, []);
    assert.deepEqual(roads.roadworks.map((r) => r.title), ['A6 | AS Pansdorf (17) - AS Neustadt-Mitte (14)', 'Junction 3 to 4']);
  });

  test('a place searched for by its full name is that one place (autocomplete for "Cape Town")', () => {
    const ask = (q: string) => ({ args: { q }, operation: { effect: 'read' as const, name: 'search_autocomplete_api' }, query: q, known: {}, pinnedPaths: [], picking: false });
    const towns = () => [{ id: 1, name: 'Cape Town', region: 'Western Cape', lat: -33.9 }, { id: 2, name: 'Johannesburg', region: 'Gauteng', lat: -26.2 }, { id: 3, name: 'Nairobi', region: 'Nairobi City', lat: -1.28 }];
    // Jobs with coordinates are no places: a job title search keeps its other levels ("Senior Data Analyst").
    const jobs = [{ title: 'Data Analyst', location: 'Paris', lat: 48.8 }, { title: 'Senior Data Analyst', location: 'Lyon', lat: 45.7 }];
    honourQueryAndIds(jobs, { ...ask('Data Analyst'), operation: { effect: 'read' as const, name: 'searchJobs' } });
    assert.equal(jobs.length, 2);
    const found = towns();
    honourQueryAndIds(found, ask('Cape Town'));
    assert.deepEqual(found.map((t) => t.name), ['Cape Town']);
    // A partial name ("Cape") still lists the places it begins.
    const partial = towns();
    honourQueryAndIds(partial, ask('Cape'));
    assert.equal(partial.length, 3);
  });
});
