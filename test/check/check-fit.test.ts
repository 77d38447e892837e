/**
 * Values the user gives fit what was asked (QUALITY.md E, H): `title_is_person` broken on purpose with its fixed
 * twin; and the generator's searches by title get titles on the bundled specs (searchBooks "by title, author or
 * subject"), with the book's own author and year, and the work's editions keep its title.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { looksLikePersonName } from '../../src/check/_rules-fit.ts';
import { oneCall, violationsOf } from '../_one-call.ts';
import { searchValue } from '../../src/plan/_names.ts';
import { honourQueryAndIds } from '../../src/plan/_honour-query.ts';
import { withRng } from '../../src/plan/_faker.ts';
import { dialogueRng } from '../../src/random/index.ts';
import { listsTaxonomy } from '../../src/plan/_taxonomy.ts';
import { withinAuthorsLife } from '../../src/plan/_works.ts';
import type { PlanOperation } from '../../src/plan/_catalog-types.ts';
import { buildGraph } from '../../src/graph/index.ts';
import { createPlanCatalog, isRejected, planDialogues, type DialoguePlan } from '../../src/plan/index.ts';
import { loadSpecs } from '../../src/specs/index.ts';
import { bundledSpecsDir } from '../_shared.ts';

const state = { api_confirmed: true, api_status: 'none' } as never;

/** "Please share the title." → the user's answer → searchBooks(q). */
function askedTitle(value: string, request = 'Please share the title.'): DialogueRecord {
  const record = oneCall({ q: value }, { docs: [{ workId: 'OL1W', title: value }] }, { name: 'searchBooks', path: '/search', text: 'Find a book for me.' });
  record.slots = [{ operation: 'x.searchBooks', param: 'q', value, source: 'asked', required: true }] as never;
  record.turns.splice(1, 0,
    { speaker: 'assistant', action: 'request', state, text: request } as never,
    { speaker: 'user', action: 'inform', text: `The title is ${value}.` } as never);
  return record;
}

describe('title_is_person: asked for the title, the user never gives a person\'s name', () => {
  const broken = violationsOf('title_is_person');

  it('flags a person\'s name given as the title', () => {
    assert.deepEqual(broken(askedTitle('Arjun Nakamura')), ['title_is_person']);
    assert.deepEqual(broken(askedTitle('Elena Okafor')), ['title_is_person']);
  });

  it('passes a title, and a name asked as the author', () => {
    assert.deepEqual(broken(askedTitle('Little Women')), []);
    assert.deepEqual(broken(askedTitle('Grace Notes')), []);
    assert.deepEqual(broken(askedTitle('Arjun Nakamura', 'Please share the title or the author.')), []);
  });

  it('tells people\'s names by given name and surname', () => {
    assert.equal(looksLikePersonName('Marco Haddad'), true);
    assert.equal(looksLikePersonName('Summer Nights'), false);
    assert.equal(looksLikePersonName('The Golden Notebook'), false);
  });
});

describe('the generator: a search by title gets a title, and what it finds agrees across calls', () => {
  it('a books search "by title, author or subject" is told a book title, never a person', () => {
    const context = 'search books by title, author or subject title, author or keywords to search for';
    for (let i = 0; i < 20; i++) {
      const value = withRng(dialogueRng(7, i, 'test'), () => searchValue(context)) ?? '';
      assert.ok(value !== '' && !looksLikePersonName(value), value);
    }
  });

  it('a real book found by its title names its own author and year', () => {
    const result = { numFound: 1, docs: [{ workId: 'OL1W', title: 'Dune', firstPublishYear: 1987, authors: [{ authorId: 'a1', name: 'Toni Morrison' }] }] };
    honourQueryAndIds(result, { args: { q: 'Little Women' }, operation: { effect: 'read', name: 'searchBooks' }, query: 'Little Women', known: {}, pinnedPaths: [], picking: false });
    assert.equal(result.docs[0]!.title, 'Little Women');
    assert.equal(result.docs[0]!.authors[0]!.name, 'Louisa May Alcott');
    assert.equal(result.docs[0]!.firstPublishYear, 1868);
  });

  it('the editions of a work keep the title an earlier result gave it', () => {
    const result = { workId: 'OL1W', entries: [{ isbn: '1', workId: 'OL1W', title: 'Middlemarch' }, { isbn: '2', workId: 'OL1W', title: 'Beloved' }] };
    honourQueryAndIds(result, { args: { workId: 'OL1W' }, operation: { effect: 'read', name: 'listWorkEditions' }, known: { title: 'Little Women' }, pinnedPaths: [], picking: false });
    assert.deepEqual(result.entries.map((e) => e.title), ['Little Women', 'Little Women']);
  });
});

describe('a taxonomy the API lists is looked up, never stated as a code', () => {
  const op = (name: string, path: string, required: unknown[] = []): PlanOperation => ({ required, operation: { name, path, effect: 'read' } }) as unknown as PlanOperation;

  it('counts a no-input list of genres as the lookup of a genre id', () => {
    assert.equal(listsTaxonomy(op('listMovieGenres', '/genre/movie/list'), 'genreId'), true);
    assert.equal(listsTaxonomy(op('getCategories', '/categories'), 'category_id'), true);
  });

  it('not a list that needs input, nor a list of records (users) or of another thing', () => {
    assert.equal(listsTaxonomy(op('listMovieGenres', '/genre/movie/list', [{ name: 'language' }]), 'genreId'), false);
    assert.equal(listsTaxonomy(op('listUsers', '/users'), 'userId'), false);
    assert.equal(listsTaxonomy(op('listMovieGenres', '/genre/movie/list'), 'movieId'), false);
  });

  it('the bundled movies API: discoverMovies never has its genre ID stated by the user', async () => {
    const catalog = createPlanCatalog(buildGraph((await loadSpecs([bundledSpecsDir])).operations));
    for (const outcome of planDialogues(catalog, { seed: 2026, count: 300 })) {
      if (isRejected(outcome)) continue;
      for (const slot of (outcome as DialoguePlan).slots) {
        if (slot.param !== 'genreId') continue;
        assert.ok(slot.source !== 'given' && slot.source !== 'asked', `${slot.operation} genreId ${String(slot.value)} ${slot.source}`);
      }
    }
  });
});

describe('works_outside_life: the works of one author lie within a writing life, across calls too', () => {
  const broken = violationsOf('works_outside_life');
  const works = (years: number[], author = 'Charlotte Brontë') => ({ entries: years.map((y, i) => ({ workId: `W${i}`, title: `Book ${i}`, firstPublishYear: y, authors: [{ authorId: 'OL21A', name: author }] })) });

  it('flags works of one author spread over more than 75 years', () => {
    assert.deepEqual(broken(oneCall({ authorId: 'OL21A' }, works([1847, 1868, 1951]), { name: 'listAuthorWorks' })), ['works_outside_life']);
  });

  it('flags a work first published long after the author died, as an earlier call dated them', () => {
    const record = oneCall({ authorId: 'OL21A' }, works([1847, 1900]), { name: 'listAuthorWorks' });
    record.turns.splice(1, 0,
      { speaker: 'assistant', action: 'call', state, call: { id: 'c0', operation: 'x.listAuthorWorks', arguments: { authorId: 'OL21A' } } } as never,
      { speaker: 'tool', operation: 'x.listAuthorWorks', call_id: 'c0', status: 'ok', result: { authorId: 'OL21A', name: 'Charlotte Brontë', birthDate: '1816-04-21', deathDate: '1855-03-31' } } as never);
    assert.deepEqual(broken(record), ['works_outside_life']);
  });

  it('passes works within a life', () => {
    assert.deepEqual(broken(oneCall({ authorId: 'OL21A' }, works([1847, 1849, 1853]), { name: 'listAuthorWorks' })), []);
  });

  it('the generator dates a real author\'s invented works within their life', () => {
    const record = { title: 'The Velvet Fires', firstPublishYear: 1951, authors: [{ authorId: 'OL21A', name: 'Charlotte Brontë' }] };
    withRng(dialogueRng(3, 1, 'test'), () => withinAuthorsLife(record));
    assert.ok(record.firstPublishYear >= 1837 && record.firstPublishYear <= 1867, String(record.firstPublishYear));
  });
});
