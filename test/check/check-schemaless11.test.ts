/**
 * Results that are what the operation returns where the spec says little (QUALITY.md E, F): `plural_as_record`,
 * `name_only_answer` and `status_off_verb` of src/check/_rules-schemaless11.ts broken on purpose, and the
 * generator that infers a thin spec's result from the noun the operation returns.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, test } from 'node:test';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import { loadSpecs } from '../../src/specs/index.ts';
import type { Operation } from '../../src/specs/types.ts';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { contentWords, inferredOutputs, resourceOf } from '../../src/plan/_content.ts';
import { commentTexts } from '../../src/plan/_comment-texts.ts';
import { settleSeries } from '../../src/plan/_series.ts';
import { imageFile } from '../../src/plan/_media.ts';
import { stateNote } from '../../src/realize/_replies.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const pluralAsRecord = violationsOf('plural_as_record');
const nameOnly = violationsOf('name_only_answer');
const offVerb = violationsOf('status_off_verb');

const answered = (record: DialogueRecord, text: string): DialogueRecord => ({ ...record, turns: [...record.turns, { speaker: 'assistant', action: 'response', text } as never] });

const thin = (name: string, more: Partial<Operation> = {}): Operation => ({
  id: `x.${name}`, api: { name: 'x', title: 'X', source: 'x.json', format: 'rapidapi' }, name, method: 'GET', path: `/${name}`,
  inputs: [], outputs: [], effect: 'read', effectEvidence: 'test', ...more,
}) as Operation;

describe('results that are what the operation returns', () => {
  test('are meaning invariants', () => {
    for (const id of ['plural_as_record', 'name_only_answer', 'status_off_verb']) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(id), id);
  });

  test('one bare named record for an operation named for several things breaks plural_as_record', () => {
    const emma = { id: 'v3Hqrmoefb', name: 'Emma Brennan' };
    assert.deepEqual(pluralAsRecord(oneCall({ email: 'a@b.c' }, emma, { name: 'getOrdersbyEmail' })), ['plural_as_record']);
    assert.deepEqual(pluralAsRecord(oneCall({ id: 7 }, { id: 7, name: 'Lena Haddad' }, { name: 'TeamDriverHistory' })), ['plural_as_record']);
    // A list of orders, a record with more than a name, or an operation named for one thing pass.
    assert.deepEqual(pluralAsRecord(oneCall({}, { orders: [{ id: 'o1', total: 12.5 }] }, { name: 'getOrdersbyEmail' })), []);
    assert.deepEqual(pluralAsRecord(oneCall({}, { id: 'u1', name: 'Emma Brennan', email: 'a@b.c' }, { name: 'getOrders' })), []);
    assert.deepEqual(pluralAsRecord(oneCall({}, emma, { name: 'getUser' })), []);
    assert.deepEqual(pluralAsRecord(oneCall({}, emma, { name: 'getUserDetails' })), []);
  });

  test('an answer that says only a name to such an operation breaks name_only_answer', () => {
    const orders = oneCall({}, { id: 'v3', name: 'Emma Brennan' }, { name: 'getOrdersbyEmail' });
    assert.deepEqual(nameOnly(answered(orders, 'Here is what I found. The name is Emma Brennan.')), ['name_only_answer']);
    assert.deepEqual(nameOnly(answered(orders, 'It shows that the name is Emma Brennan.')), ['name_only_answer']);
    assert.deepEqual(nameOnly(answered(orders, 'I found 3 orders; the first is completed, 20.50 EUR.')), []);
    assert.deepEqual(nameOnly(answered(oneCall({}, { id: 'g', name: 'Jazz' }, { name: 'genre' }), 'The name is Jazz.')), []);
  });

  test('an action of a state verb reporting another verb\'s status breaks status_off_verb', () => {
    const stop = (status: string) => oneCall({}, { status }, { name: 'stop', path: '/api/2/monitoring/jmx/stopExposing' });
    assert.deepEqual(offVerb(stop('cancelled')), ['status_off_verb']);
    assert.deepEqual(offVerb(stop('running')), ['status_off_verb']);
    assert.deepEqual(offVerb(stop('stopped')), []);
    assert.deepEqual(offVerb(oneCall({}, { status: 'stopped' }, { name: 'enableAlerts' })), ['status_off_verb']);
    assert.deepEqual(offVerb(oneCall({}, { status: 'enabled' }, { name: 'enableAlerts' })), []);
    assert.deepEqual(offVerb(oneCall({}, { status: 'cancelled' }, { name: 'cancelOrder' })), []);
  });

  test('the generator infers a thin spec\'s result from the noun it returns', () => {
    const orders = thin('getOrdersbyEmail', { path: '/users/api/v1/{email}', inputs: [{ name: 'email', in: 'path', required: true, schema: { type: 'string' } }] as Operation['inputs'] });
    assert.deepEqual(resourceOf(orders), { noun: 'order', plural: true });
    assert.ok(inferredOutputs(orders).some((f) => f.path === 'orders[].total'));
    const generations = thin('cars/get-models', { description: 'Get model generations' });
    assert.deepEqual(resourceOf(generations), { noun: 'generation', plural: true });
    assert.ok(inferredOutputs(generations).some((f) => f.path === 'generations[].start_year'));
    const verses = thin('Search for a word in Quran', { description: 'Looks for a keyword in the Koran and responds with all the verses containing the given keyword' });
    assert.deepEqual(inferredOutputs(verses).map((f) => f.path), ['verses[].number', 'verses[].text']);
    const history = thin('TeamDriverHistory', { path: '/team/{id}/driver/history' });
    assert.deepEqual(inferredOutputs(history).map((f) => f.path), ['history[].driver_name', 'history[].season']);
    assert.deepEqual(resourceOf(thin('Search', { path: '/search/{term}/page/{page}' })), { noun: 'result', plural: true });
    // A spec that names its response keeps the name's noun; a stop or a pause on no record answers nothing (a 204,
    // wave 23: _bodyless23.ts), no invented id nor status.
    assert.deepEqual(resourceOf(thin('cars/get-models', { description: 'Get model generations', outputs: [{ path: 'id', schema: { type: 'string' }, isList: false }] })), { noun: 'model', plural: true });
    assert.deepEqual(inferredOutputs(thin('stop', { effect: 'action', method: 'POST' })).map((f) => [f.path, f.schema.const]), []);
    // A plain update says its date, not "the status is updated"; a task's result is how it ended and when.
    assert.deepEqual(inferredOutputs(thin('updateProperty', { effect: 'update', method: 'PUT', path: '/property/{id}', inputs: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }] as Operation['inputs'] })).map((f) => f.path), ['id', 'updated_at']);
    assert.deepEqual(inferredOutputs(thin('getUpgradeResult', { path: '/upgrade' })).map((f) => f.path), ['status', 'finished_at']);
    assert.deepEqual(inferredOutputs(thin('pause-a-users-playback', { effect: 'update', method: 'PUT' })), []);
  });

  test('comments fit what the API is about; series are in order', () => {
    const deezer = thin('Comment', { path: '/comment/{id}', api: { name: 'deezer', title: 'Deezer', category: 'Music', source: 'x', format: 'rapidapi' } });
    assert.match(contentWords(deezer), /music/);
    assert.ok(!commentTexts('comment comments music')!.some((t) => /deliver|arrived|package/i.test(t)));
    assert.equal(commentTexts('order notes delivery comments'), undefined);
    const result = { generations: [{ generation: 3, start_year: 2011, end_year: 2023 }, { generation: 3, start_year: 2001, end_year: 2020 }, { generation: 2, start_year: 2015, end_year: 2019 }] };
    settleSeries(result, new Set());
    assert.deepEqual(result.generations.map((g) => [g.generation, g.start_year, g.end_year]), [[1, 2001, 2010], [2, 2011, 2014], [3, 2015, 2023]]);
    const series = { series: [{ date: '2026-07-25', close: 1 }, { date: '2024-09-20', close: 2 }, { date: '2026-04-24', close: 3 }] };
    settleSeries(series, new Set(), { from: '2025-07-13' });
    assert.deepEqual(series.series.map((r) => r.date), ['2025-07-13', '2025-07-14', '2025-07-15']);
    const coin = thin('get_markets_of_coin', { description: 'Returns top 50 markets for coin', api: { name: 'coinlore_cryptocurrency', title: 'Coinlore Cryptocurrency', source: 'x', format: 'rapidapi' } });
    assert.equal(inferredOutputs(coin)[0]?.path, 'markets[].exchange_name');
    assert.ok((inferredOutputs(coin)[0]?.schema.enum as unknown[] | undefined)?.includes('Binance'));
  });

  test('an action that changes a state is answered by saying it happened', () => {
    const stop = { name: 'stop', api: 'jira', description: '', method: 'GET', path: '/api/2/monitoring/jmx/stopExposing', parameters: { type: 'object', properties: {} } };
    const note = stateNote(stop, 'The status is stopped.');
    assert.match(note, /^Done, I stopped \w+/);
    assert.equal(stateNote({ ...stop, name: 'getStatus', path: '/status' }, 'The status is active.'), '');
  });

  test('a file name beside an image type is a file of that type', () => {
    const image: Record<string, unknown> = { fileName: 'unexpectedly-or.docx', imageType: 'image/webp' };
    imageFile(image, []);
    assert.equal(image.fileName, 'unexpectedly-or.webp');
    const kept: Record<string, unknown> = { fileName: 'report.docx', imageType: 'image/png' };
    imageFile(kept, ['fileName']);
    assert.equal(kept.fileName, 'report.docx');
  });

  test('the fixtures\' thin operations get content, not an id and a name', { skip: existsSync('../shared/fixtures/rapidapi') ? false : 'needs ../shared/fixtures/rapidapi' }, async () => {
    const loaded = await loadSpecs(['../shared/fixtures/rapidapi']);
    const byId = new Map(loaded.operations.map((op) => [op.id, op]));
    for (const id of ['cartify.getordersbyemail', 'motorsportapi.teamdriverhistory', 'al_quran.search_for_a_word_in_quran', 'consumer_reports.cars_get_models', 'steam.search']) {
      const op = byId.get(id);
      assert.ok(op, id);
      const leaves = inferredOutputs(op).map((f) => f.path.replace(/^\w+\[\]\./, '')).sort().join(',');
      // A bare search lists what it found by name; the others return the content they are named for.
      if (id !== 'steam.search') assert.notEqual(leaves, 'id,name', `${id} still returns a bare id and name`);
      assert.ok(inferredOutputs(op).every((f) => f.path.includes('[]')), `${id} returns a list`);
    }
  });
});
