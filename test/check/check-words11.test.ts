/**
 * Words read off a spec that no person says (QUALITY.md A, B, G, H): the rules `values_phrase`, `code_as_said` and
 * `split_acronym` of src/check/_rules-words11.ts broken on purpose, and the realizer's wording that keeps them.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { humanizeIdentifier, intentVariants, slotNoun } from '../../src/realize/words.ts';
import { summarizeResult } from '../../src/realize/_response.ts';
import { sayAsPerson } from '../../src/realize/_say.ts';
import { dialogueRng } from '../../src/random/index.ts';
import { normalizeForMatch, mentionsValue } from '../../src/text/index.ts';
import type { RecordOperation } from '../../src/plan/types.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const said = (text: string) => oneCall({}, { ok: true }, { text });
const op = (name: string, properties: Record<string, unknown>, extra: Partial<RecordOperation> = {}): RecordOperation =>
  ({ name, api: 'x', method: 'GET', path: '/things', description: '', parameters: { type: 'object', properties, required: Object.keys(properties) }, ...extra }) as unknown as RecordOperation;

describe('values_phrase', () => {
  test('a description fragment or a verb as a parameter name breaks it', () => {
    for (const text of ['Place a mark. The row is 2 and the possible values are X.', 'Add a worklog. The way to adjust the estimate is leave.']) {
      assert.deepEqual(violationsOf('values_phrase')(said(text)), ['values_phrase'], text);
    }
    for (const text of ['Place a mark. The board square is X.', 'Add a worklog. The estimate adjustment is leave.', 'Is there a way to do it?']) {
      assert.deepEqual(violationsOf('values_phrase')(said(text)), [], text);
    }
  });

  test('the realizer names such parameters by what they are', () => {
    const square = op('put-square', { body: { type: 'string', enum: ['.', 'X', 'O'], description: 'Possible values for a board square. `.` means empty square.' } });
    // What goes into the square is no square: the operation says what it places ("the mark is O"), else "board square value".
    assert.equal(slotNoun('body', square), 'board square value');
    assert.equal(slotNoun('body', { ...square, description: 'Set a single board square — Places a mark on the board.' } as RecordOperation), 'mark');
    assert.equal(slotNoun('adjustEstimate', op('addWorklog', { adjustEstimate: { type: 'string' } })), 'estimate adjustment');
    // An undescribed numeric bound counts what the operation returns ("the bound" says nothing).
    assert.equal(slotNoun('bound', op('Get Articles By Upper Bound', { bound: { type: 'number', description: '' } })), 'number of articles');
  });
});

describe('code_as_said', () => {
  test('a user saying a country or language code breaks it', () => {
    for (const text of ['Get the apps. If it matters, the country is be.', 'Translate it. The language is EN.']) {
      assert.deepEqual(violationsOf('code_as_said')(said(text)), ['code_as_said'], text);
    }
    for (const text of ['Get the apps. If it matters, the country is Belgium.', 'Get the apps. The country is US.', 'The country code is BE.']) {
      assert.deepEqual(violationsOf('code_as_said')(said(text)), [], text);
    }
  });

  test('the user says the name, and the name says the code the call sends', () => {
    assert.equal(sayAsPerson('country', 'be', String), 'Belgium');
    assert.equal(sayAsPerson('language', 'ja', String), 'Japanese');
    assert.equal(sayAsPerson('country code', 'BE', String), 'BE');
    assert.equal(sayAsPerson('country', 'ZZ', String), 'ZZ');
    assert.ok(mentionsValue(normalizeForMatch('If it matters, the country is Belgium.'), 'be'));
    assert.ok(!mentionsValue(normalizeForMatch('If it matters, the country is France.'), 'be'));
  });
});

describe('split_acronym', () => {
  test('an acronym cut from its digits breaks it', () => {
    assert.deepEqual(violationsOf('split_acronym')(said('The sample md 5 is MD-59406.')), ['split_acronym']);
    assert.deepEqual(violationsOf('split_acronym')(said('The sample MD5 is MD-59406. Page 5 of 9.')), []);
  });

  test('the realizer keeps acronyms whole and plain numbers apart', () => {
    assert.equal(humanizeIdentifier('sample_md5'), 'sample MD5');
    assert.equal(humanizeIdentifier('sha256Hash'), 'SHA256 hash');
    assert.equal(humanizeIdentifier('ipv4_address'), 'IPv4 address');
    assert.equal(humanizeIdentifier('address1'), 'address 1');
  });
});

describe('words read off a spec', () => {
  test('shadow fields are not read out and list items are said by name', () => {
    const text = summarizeResult({ title: 'Dune', alt_plot: 'A story.', alt_metascore: '37', rating: '7.1' }, undefined, new Set(), dialogueRng(1, 1, 'x'));
    assert.ok(!/\balt\b/.test(text), text);
    const reviews = summarizeResult({ reviews: [{ title: 'Fine', criterias: [{ criteria: 'Value for money', rating: 4 }] }, { title: 'Bad', criterias: [{ criteria: 'Reliability', rating: 2 }] }] }, undefined, new Set(), dialogueRng(1, 2, 'x'));
    assert.match(reviews, /Value for money rated 4/);
    const texts = [{ text: 'Better than I expected.', author: 'Myrtle Wilkinson' }, { text: 'Not worth the money.', author: 'Omar Cormier' }, { text: 'Stopped working after two weeks.', author: 'Edmond Boyle' }];
    const said = Array.from({ length: 30 }, (_, i) => summarizeResult({ status: 'confirmed', data: { asin: 'B07ZPKN6YR', total_reviews: 204, total_ratings: 407, country: 'HU', reviews: texts.map((t, n) => ({ id: `r${n}`, ...t, created_at: '2025-05-13T03:45:00Z' })) } }, op('Product Reviews', { asin: { type: 'string' } }, { path: '/product-reviews' } as Partial<RecordOperation>), new Set(['B07ZPKN6YR']), dialogueRng(1, i, 'x')));
    assert.ok(said.some((t) => t.includes('“Better than I expected” by Myrtle Wilkinson')), said.join('\n'));
    assert.ok(said.every((t) => !t.includes('(text ')), said.join('\n'));
    assert.ok(!/criteria Value/.test(reviews), reviews);
  });

  test('intents drop a place named in code and never read the op id aloud', () => {
    const quran = op('Search for a word in Quran', { searchTerm: { type: 'string' } }, { description: 'Looks for a given keyword (English) in ***translation_eng*** key in the entire Koran and responds with all the verses.' } as Partial<RecordOperation>);
    assert.ok(intentVariants(quran).every((v) => !/translation|eng key/.test(v)), intentVariants(quran).join(' | '));
    const jira = op('getAccessibleProjectTypeByKey', { projectTypeKey: { type: 'string' } }, { description: 'Returns the project type with the given key, if it is accessible to the logged in user.' } as Partial<RecordOperation>);
    assert.ok(!intentVariants(jira).includes('get the accessible project type by key'), intentVariants(jira).join(' | '));
    // "Lists 50 order products": a documented page size is no number the user asks for.
    const orders = op('getAllOrderProducts', { order_id: { type: 'integer' } }, { description: 'Lists 50 order products on an order using `order_id`.' } as Partial<RecordOperation>);
    assert.ok(intentVariants(orders).every((v) => !/\b50\b/.test(v)), intentVariants(orders).join(' | '));
  });
});
