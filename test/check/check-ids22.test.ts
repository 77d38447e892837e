/**
 * Identifier values, their shape, origin and coherence (QUALITY.md E), wave 22: the rules of
 * src/check/_rules-ids22.ts broken on purpose on the records the reading of 2026-12-07f marked (bundled 95, 48,
 * rapidapi 304), the generator's id values (spec example ids as templates, one scheme per list, numeric ids of a
 * numeric-id API, package ids naming their developer), and the generator keeping the rules on the bundled specs.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { Rng } from '../../src/random/index.ts';
import { idExampleIsTemplate, idShapedLikeExample } from '../../src/plan/_id-values22.ts';
import { oneIdScheme } from '../../src/plan/_id-scheme22.ts';
import { developerOfPackage } from '../../src/plan/_app-ids22.ts';
import { idString } from '../../src/plan/_id-string.ts';
import { drawnFor } from '../../src/plan/_numbered-params22.ts';
import { bundledSpecsDir } from '../_shared.ts';
import { oneCall, violationsOf } from '../_one-call.ts';
import { assertGeneratorKeeps } from '../_generated.ts';

const RULES = ['example_id_returned', 'mixed_id_schemes', 'app_id_unrelated'] as const;

/** Bundled 95: a purchase whose result gives the spec's example order id; getTicketOrder (a candidate) carries that example. */
function purchase(orderId: string, asked: Record<string, unknown> = { holdId: 'f9ed1b61-a618-428a-af70-4d6aa105421e' }): DialogueRecord {
  const record = oneCall(asked, { ticketOrderId: orderId, status: 'confirmed', total: 717.89 }, { name: 'purchaseTickets', method: 'POST', path: '/ticket-orders' });
  record.candidates = { 'x.getTicketOrder': { name: 'getTicketOrder', api: 'x', description: 'Get a ticket order', method: 'GET', path: '/ticket-orders/{ticketOrderId}', parameters: { type: 'object', properties: { ticketOrderId: { type: 'string', pattern: '^TN-[0-9]{9}$', example: 'TN-204881735' } } } } };
  return record;
}

/** Bundled 48: the segments of one list. */
const segments = (ids: readonly string[]): DialogueRecord => oneCall({}, { segments: ids.map((segmentId, i) => ({ segmentId, name: ['Miscellaneous', 'Music', 'Sports'][i] })) }, { name: 'listEventSegments', path: '/segments' });

/** Rapidapi 304: an app found by its name, with its package id and developer. */
const app = (appId: string, developer: string): DialogueRecord => oneCall({ search: 'Plant Pal' }, { data: [{ title: 'Plant Pal', appId, developer }] }, { name: 'getapps', path: '/apps' });

describe('ids22 rules', () => {
  test('example_id_returned: a new order is never the spec\'s example order "TN-204881735"', () => {
    const broken = violationsOf('example_id_returned');
    assert.deepEqual(broken(purchase('TN-204881735')), ['example_id_returned']);
    assert.deepEqual(broken(purchase('TN-580163427')), []);
    // A get by the example id returns it, rightly.
    assert.deepEqual(broken(purchase('TN-204881735', { ticketOrderId: 'TN-204881735' })), []);
  });

  test('mixed_id_schemes: "BqwPcyvb", "seg_music" and "F3tYBKLie5E" are three schemes in one list', () => {
    const broken = violationsOf('mixed_id_schemes');
    assert.deepEqual(broken(segments(['BqwPcyvb', 'seg_music', 'F3tYBKLie5E'])), ['mixed_id_schemes']);
    assert.deepEqual(broken(segments(['seg_k3f9x2qa', 'seg_m8d2kq7xwa', 'seg_p0x7rt2bnc'])), []);
    assert.deepEqual(broken(segments(['BqwPcyvb', 'Hx7kQ2mA', 'F3tYBKLi'])), []);
    assert.deepEqual(broken(segments(['1', '27', '305'])), []);
  });

  test('app_id_unrelated: "com.corkeryandsons.reader" is no app of "Toy, Rutherford and Hyatt" called "Plant Pal"', () => {
    const broken = violationsOf('app_id_unrelated');
    assert.deepEqual(broken(app('com.corkeryandsons.reader', 'Toy, Rutherford and Hyatt')), ['app_id_unrelated']);
    assert.deepEqual(broken(app('com.corkery.reader', 'Corkery Labs')), []);
    assert.deepEqual(broken(app('com.toyrutherfordand.plantpal', 'Toy, Rutherford and Hyatt')), []);
    assert.deepEqual(broken(app('com.dd.doordash', 'DoorDash, Inc.')), []);
  });
});

describe('ids22 generator values', () => {
  test('a spec example id is a template: a fresh id in its shape, never the example', () => {
    assert.ok(idExampleIsTemplate('ticket_order_id', ['TN-204881735']));
    assert.ok(!idExampleIsTemplate('calendar_id', ['primary']));
    const rng = Rng.keyed('ids22');
    const order = idShapedLikeExample('ticket_order_id', ['TN-204881735'], rng);
    assert.match(order ?? '', /^TN-\d{9}$/);
    assert.notEqual(order, 'TN-204881735');
    assert.match(idShapedLikeExample('segment_id', ['seg_music'], rng) ?? '', /^seg_[a-z0-9]{10}$/);
  });

  test('the ids drawn for one field share one length', () => {
    const rng = Rng.keyed('ids22-len');
    const lengths = new Set(Array.from({ length: 12 }, () => idString('ticketId', rng).length));
    assert.equal(lengths.size, 1);
  });

  test('one scheme per list: the chained item\'s scheme wins, samples give words', () => {
    const rng = Rng.keyed('ids22-scheme');
    const courses = [{ courseId: '1' }, { courseId: 'LRsoiv5d' }, { courseId: 'Zv8JaJvGaWdX' }];
    oneIdScheme(courses, -1, () => ['1'], () => false, rng);
    assert.ok(courses.every((c) => /^\d+$/.test(c.courseId)), JSON.stringify(courses));
    const chart = [{ ID: '6TG7cAcMH' }, { ID: 'price' }];
    oneIdScheme(chart, -1, () => ['price', 'volume'], () => false, rng);
    assert.deepEqual(chart.map((c) => c.ID), ['volume', 'price']);
  });

  test('word ids of named items are their names\' words', () => {
    const rng = Rng.keyed('ids22-words');
    const categories = [{ id: 'dinner', name: 'Sports' }, { id: 'Skj9PaPj', name: 'Hip-Hop' }, { id: 'equal', name: 'Travel' }];
    oneIdScheme(categories, -1, () => ['dinner'], () => false, rng);
    assert.deepEqual(categories.map((c) => c.id), ['sports', 'hip_hop', 'travel']);
    // The chained category keeps its id "dinner" and is named by it.
    const chained = [{ id: 'dinner', name: 'Sports' }, { id: 'Skj9PaPj', name: 'Travel' }];
    oneIdScheme(chained, 0, () => [], () => false, rng, () => false);
    assert.deepEqual(chained, [{ id: 'dinner', name: 'Dinner' }, { id: 'travel', name: 'Travel' }]);
  });

  test('a text well tag beside the integer well_tag_number is a number written as text (openapi 56)', () => {
    const tag = { name: 'tag', required: true, schema: { type: 'string' }, sayable: true, idLike: false, violable: true };
    const twin = { ...tag, name: 'well_tag_number', schema: { type: 'integer' }, idLike: true };
    assert.equal(drawnFor(tag, twin, (schema) => (schema.type === 'integer' ? 12035 : 'wTh7uAJdwFnn')), '12035');
    assert.equal(drawnFor(tag, undefined, (schema) => (schema.type === 'integer' ? 12035 : 'wTh7uAJdwFnn')), 'wTh7uAJdwFnn');
  });

  test('a package id names its developer', () => {
    assert.equal(developerOfPackage('com.corkery.reader')?.startsWith('Corkery '), true);
    assert.equal(developerOfPackage('1234'), undefined);
  });

  test('the generator keeps the ids22 rules (300 bundled dialogues)', async () => {
    await assertGeneratorKeeps(RULES, [bundledSpecsDir], 300, { minWritten: 280 });
  });
});
