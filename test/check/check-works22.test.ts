/**
 * Real, well-known works keep their own facts (QUALITY.md E), wave 22: the rules of src/check/_rules-works22.ts broken
 * on purpose (the book searches of the seed-77 bundled set: #76 "Frankenstein 2" by Daniel Defoe, #65 "The Left Hand
 * Of Darkness" by Louisa May Alcott), and the generator finding real works as they are on the bundled specs.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bundledSpecsDir } from '../_shared.ts';
import { oneCall, violationsOf } from '../_one-call.ts';
import { assertGeneratorKeeps } from '../_generated.ts';

const IDS = ['real_work_sequel', 'real_work_author'];
const sequel = violationsOf('real_work_sequel');
const author = violationsOf('real_work_author');

/** The book search of bundled #76 (seed 77), its docs given as [title, author, year]. */
function books(q: string, docs: Array<[string, string, number]>): ReturnType<typeof oneCall> {
  const result = { numFound: docs.length, docs: docs.map(([title, name, year], i) => ({ workId: `OL${96020 + i}W`, title, firstPublishYear: year, authors: [{ authorId: `OL3135${i}A`, name }] })) };
  return oneCall({ q }, result, { name: 'searchBooks', path: '/search', text: `Search books: ${q}.`, response: `I found ${docs.map((d) => d[0]).join(', ')}.` });
}

describe('works22 rules', () => {
  test('real_work_sequel: "Frankenstein 2" and "Frankenstein: The Return" beside Mary Shelley\'s book', () => {
    assert.deepEqual(sequel(books('Frankenstein', [['Frankenstein', 'Mary Shelley', 1818], ['Frankenstein 2', 'Daniel Defoe', 1719], ['Frankenstein: The Return', 'Mary Shelley', 1826]])), ['real_work_sequel']);
    assert.deepEqual(sequel(books('Frankenstein', [['Frankenstein', 'Mary Shelley', 1818]])), []);
    // An invented title's sequel is no real work's.
    assert.deepEqual(sequel(books('Neon Rain', [['Neon Rain', 'Mara Vale', 2001], ['Neon Rain 2', 'Mara Vale', 2004]])), []);
  });

  test('real_work_author: "The Left Hand Of Darkness" credited to Louisa May Alcott', () => {
    assert.deepEqual(author(books('the left hand of darkness', [['The Left Hand Of Darkness', 'Louisa May Alcott', 1868]])), ['real_work_author']);
    assert.deepEqual(author(books('the left hand of darkness', [['The Left Hand of Darkness', 'Ursula K. Le Guin', 1969]])), []);
  });

  test('the generator finds real works as they are (200 bundled dialogues, seed 77)', async () => {
    for (const out of await assertGeneratorKeeps(IDS, [bundledSpecsDir], 200, { seed: 77, minWritten: 190 })) {
      assert.ok(!/Of Darkness|Frankenstein 2|Crusoe 2/.test(out.json), `item ${out.index} holds a made-up or miscased real work`);
    }
  });
});
