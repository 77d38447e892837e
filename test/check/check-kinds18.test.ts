/**
 * Records named and rated as their own kind (QUALITY.md E), wave 18: each rule of src/check/_rules-kinds18.ts broken
 * on purpose, and the generator's choices that keep names to the kind of record (a school's name, an app's menu,
 * a news item, ids of deleted records, a pet's category, a form field's record enum, a film's title and rating).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DialogueRecord } from '../../src/plan/types.ts';
import type { Operation } from '../../src/specs/types.ts';
import { checkMeaning } from '../../src/check/index.ts';
import { oneCall } from '../_one-call.ts';
import { WORD_RULES } from '../../src/plan/_word-rules.ts';
import { kindIn, genreFor } from '../../src/plan/_names.ts';
import { APP_MENU_ENTRIES, agreeIsbnLanguage, headlinerOfNamedEvent } from '../../src/plan/_kinds18.ts';
import { inferredOutputs } from '../../src/plan/_content.ts';
import { withRecordEnum } from '../../src/plan/_op-enums.ts';
import { agreeTopRank, movieTitle } from '../../src/plan/_films.ts';
import { headline, newsDomainWord } from '../../src/plan/_headlines15.ts';
import { rowOrder } from '../../src/plan/_sample-rows.ts';
import { dialogueRng } from '../../src/random/index.ts';
import { withRng } from '../../src/plan/_faker.ts';

const RULES = ['place_named_other_kind', 'top_rank_low_rating', 'isbn_language'];
const broken = (result: unknown): string[] => checkMeaning(oneCall({}, result) as DialogueRecord).map((v) => v.invariant).filter((v) => RULES.includes(v));
const rng = dialogueRng(18, 0, 'k18');
const word = (n: string, c = ''): string => {
  const rule = WORD_RULES.find(([t]) => t(n, n.split('_').pop() ?? n, c, ''));
  return String(rule?.[1](rng, c, n, ''));
};

describe('records are named and rated as their own kind', () => {
  test('a school is never named as a gallery or a park', () => withRng(dialogueRng(18, 1, 'k18'), () => {
    assert.deepEqual(broken({ schools: [{ id: 'a', name: 'Maggio Court Gallery' }, { id: 'b', name: 'Commerce Street Park' }] }), ['place_named_other_kind']);
    assert.deepEqual(broken({ schools: [{ id: 'a', name: 'Elm Street Primary School' }, { id: 'b', name: 'Riverside Academy' }] }), []);
    for (let i = 0; i < 20; i++) assert.match(word('school_name', 'list schools'), /(School|Academy)$/);
    for (let i = 0; i < 10; i++) assert.match(word('hospital_name', 'hospitals'), /(Hospital|Medical Centre)$/);
  }));

  test('a title in a top 250 is rated high', () => {
    const record = { title: 'The Quiet Harbour', rating: '1.3', top250: 5 };
    assert.deepEqual(broken({ results: [record] }), ['top_rank_low_rating']);
    agreeTopRank(record, Object.keys(record), (k) => k);
    assert.equal(record.rating, '9.3');
    assert.deepEqual(broken({ results: [record] }), []);
    const unranked = { rating: 2.1, top250: 0 };
    agreeTopRank(unranked, Object.keys(unranked), (k) => k);
    assert.equal(unranked.rating, 2.1);
  });

  test("a film's title is a film's, never a novel's", () => withRng(dialogueRng(18, 1, 'k18'), () => {
    for (let i = 0; i < 30; i++) assert.notEqual(movieTitle(), 'Invisible Man');
    assert.equal(kindIn('search titles')?.make, movieTitle);
  }));

  test("an app's menu holds its screens; a restaurant's its dishes", () => withRng(dialogueRng(18, 1, 'k18'), () => {
    const menu = kindIn('menu treeselect role');
    assert.equal(menu?.noun, 'menu entry');
    assert.ok(APP_MENU_ENTRIES.includes(menu!.make('')));
    assert.equal(kindIn('restaurant menu')?.noun, 'recipe');
    assert.ok(APP_MENU_ENTRIES.includes(word('menu_name', 'admin menu tree')));
  }));

  test('news items are headlines of the API domain, never goods', () => withRng(dialogueRng(18, 1, 'k18'), () => {
    const item = word('newsitems', 'app news');
    assert.ok(!/Set|Earrings|Measure/.test(item), item);
    const finance = { name: 'get_articles_published_by_date', path: '/articles', summary: '', api: { name: 'financial_business_news_api', title: 'Financial Business News' } };
    assert.equal(newsDomainWord(finance), ' financial');
    assert.equal(newsDomainWord({ ...finance, name: 'get_stock_quote', path: '/quote' }), '');
    assert.equal(newsDomainWord({ name: 'app_news', path: '/app_news', api: { name: 'steam', title: 'Steam' } }), ' gaming');
    for (let i = 0; i < 20; i++) assert.ok(!/^(City council|Local library|Regional hospital)/.test(headline('articles by date financial')));
  }));

  test("a pet store's categories are kinds of pet", () => withRng(dialogueRng(18, 1, 'k18'), () => {
    for (let i = 0; i < 20; i++) assert.match(genreFor('update a pet in the store', true), /^(Dogs|Cats|Birds|Fish|Reptiles|Rabbits)$/);
  }));

  test('a read of ids returns ids and when they went, never named records', () => {
    const op = { name: 'getIdsOfWorklogsDeletedSince', path: '/api/2/worklog/deleted', summary: undefined, description: 'Returns worklogs id and delete time of worklogs that was deleted since given time.', effect: 'read', inputs: [{ name: 'since', in: 'query', required: false, schema: { type: 'integer' } }], outputs: [], api: { name: 'jira', title: 'Jira' } } as unknown as Operation;
    assert.deepEqual(inferredOutputs(op).map((f) => f.path), ['worklogs[].id', 'worklogs[].deleted_at']);
  });

  test("a form field without an enum takes its record's enum", () => {
    const op = { outputs: [{ path: 'status', schema: { type: 'string', enum: ['available', 'pending', 'sold'] }, isList: false }] } as unknown as Operation;
    assert.deepEqual(withRecordEnum({ name: 'status', in: 'query', required: false, schema: { type: 'string' } }, op).enum, ['available', 'pending', 'sold']);
    assert.equal(withRecordEnum({ name: 'name', in: 'query', required: false, schema: { type: 'string' } }, op).enum, undefined);
  });

  test('recorded rows of another thing than the one asked for are not used', () => {
    const make = { path: '[].make', schema: { type: 'string' }, samples: ['Honda', 'Bugatti', 'Bugatti'] };
    const cyl = { path: '[].cylinders', schema: { type: 'integer' }, samples: [4, 16, 16] };
    const order = rowOrder([make, cyl] as never, 3, dialogueRng(1, 0, 'k18'), [[make as never, 'bugatti']]);
    assert.deepEqual([...(order ?? [])].sort(), [1, 2]);
    assert.equal(rowOrder([make, cyl] as never, 3, dialogueRng(1, 0, 'k18'), [[make as never, 'Ferrari']]), undefined);
  });

  test("an edition's language is its ISBN group's", () => {
    const edition = { isbn: '9780441478125', title: 'The Left Hand of Darkness', language: 'nl' };
    assert.deepEqual(broken(edition), ['isbn_language']);
    agreeIsbnLanguage(edition, ['language'], (k) => k);
    assert.equal(edition.language, 'en');
    assert.deepEqual(broken(edition), []);
    const named = { isbn: '978-3-16-148410-0', language: 'English' };
    agreeIsbnLanguage(named, ['language'], (k) => k);
    assert.equal(named.language, 'German');
    assert.deepEqual(broken({ isbn: '9786071234567', language: 'nl' }), []);
  });

  test('an event named by a performer has that performer first', () => {
    const event = { name: 'Ada Rowe', performers: [{ name: 'Nico Oduya' }, { name: 'Lena Sayer' }] };
    headlinerOfNamedEvent(event, (k) => k);
    assert.deepEqual(event.performers.map((p) => p.name), ['Ada Rowe', 'Lena Sayer']);
    const festival = { name: 'Summer Jazz Festival', performers: [{ name: 'Nico Oduya' }] };
    headlinerOfNamedEvent(festival, (k) => k);
    assert.equal(festival.performers[0]!.name, 'Nico Oduya');
    // wave 24: a band ("X & the Ys", "The Lights") is an act; a "Week" is an event (bundled #228, #149).
    const band = { name: 'Kai Hart & the Hearts', performers: [{ name: 'Ada Marlow' }, { name: 'The Lights' }] };
    headlinerOfNamedEvent(band, (k) => k);
    assert.equal(band.performers[0]!.name, 'Kai Hart & the Hearts');
    const week = { name: 'Lisbon K-Pop Week', performers: [{ name: 'Sol Hart' }] };
    headlinerOfNamedEvent(week, (k) => k);
    assert.equal(week.performers[0]!.name, 'Sol Hart');
  });
});
