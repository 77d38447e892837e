/** One entity is one entity across a dialogue (QUALITY.md E): src/check/_rules-entity.ts broken on purpose. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const pairBroken = violationsOf('entity_name_pair');
const dupBroken = violationsOf('duplicate_list_id');
const echoBroken = violationsOf('write_echo');

const state = { api_confirmed: true, api_status: 'none' } as never;

/** Two calls in a row: each [name, method, args, result]. */
function twoCalls(...calls: Array<[string, string, Record<string, unknown>, unknown]>): DialogueRecord {
  const operations: Record<string, unknown> = {};
  const turns: unknown[] = [{ speaker: 'user', action: 'inform_intent_clear', text: 'Help me.' }];
  calls.forEach(([name, method, args, result], i) => {
    const operation = `x.${name}`;
    operations[operation] = { name, api: 'x', description: '', method, path: `/${name}`, parameters: { type: 'object', properties: {} } };
    turns.push({ speaker: 'assistant', action: 'call', state, call: { id: `c${i}`, operation, arguments: args } });
    turns.push({ speaker: 'tool', operation, call_id: `c${i}`, status: 'ok', result });
  });
  return { id: 't', seed: 1, flow: 'f', family: 'no_ask', edge_type: null, operations, chain: Object.keys(operations), slots: [], turns, meta: {} } as unknown as DialogueRecord;
}

describe('one id, one name', () => {
  test('are meaning invariants', () => {
    for (const id of ['entity_name_pair', 'duplicate_list_id', 'write_echo']) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(id));
  });
  test("a company searched as one name and listed with its jobs under another breaks it", () => {
    const record = twoCalls(
      ['searchCompanies', 'GET', { name: 'Heller-Friesen Media' }, { companies: [{ companyId: 127070, name: 'Heller-Friesen Media' }] }],
      ['listCompanyJobs', 'GET', { companyId: 127070 }, { results: [{ jobId: 'job_1', title: 'Clerk', companyId: 127070, companyName: 'Pagac Ltd' }] }],
    );
    assert.deepEqual(pairBroken(record), ['entity_name_pair']);
  });
  test('the same article uuid with two titles breaks it; the same title passes', () => {
    const list = { payload: [{ uuid: 'gjux378c-40b5', title: 'New rail link opens' }] };
    assert.deepEqual(pairBroken(twoCalls(['list', 'GET', {}, list], ['get', 'GET', { UUID: 'gjux378c-40b5' }, { payload: { uuid: 'gjux378c-40b5', title: 'Harbour wins award' } }])), ['entity_name_pair']);
    assert.deepEqual(pairBroken(twoCalls(['list', 'GET', {}, list], ['get', 'GET', { UUID: 'gjux378c-40b5' }, { payload: { uuid: 'gjux378c-40b5', title: 'New rail link opens' } }])), []);
  });
  test('a rename the call sent passes; short ids of different kinds are different entities', () => {
    const renamed = twoCalls(['getPet', 'GET', { id: 10 }, { id: 10, name: 'doggie' }], ['updatePet', 'PUT', { id: 10, name: 'Rex' }, { id: 10, name: 'Rex' }]);
    assert.deepEqual(pairBroken(renamed), []);
    assert.deepEqual(pairBroken(oneCall({}, { category: { id: 1, name: 'Dogs' }, tags: [{ id: 1, name: 'friendly' }] })), []);
  });
  test('one company name with two companyIds breaks it', () => {
    assert.deepEqual(pairBroken(oneCall({}, { results: [{ jobId: 'a', companyId: 532405, companyName: 'Bahringer Media' }, { jobId: 'b', companyId: 761444, companyName: 'Bahringer Media' }] })), ['entity_name_pair']);
    assert.deepEqual(pairBroken(oneCall({}, { results: [{ jobId: 'a', companyId: 532405, companyName: 'Bahringer Media' }, { jobId: 'b', companyId: 532405, companyName: 'Bahringer Media' }] })), []);
  });
  test('one result naming the same company twice breaks it', () => {
    assert.deepEqual(pairBroken(oneCall({}, { jobs: [{ jobId: 'a', companyId: 532405, companyName: 'Bahringer Media' }, { jobId: 'b', companyId: 532405, companyName: 'Pagac Ltd' }] })), ['entity_name_pair']);
  });
});

describe('items of one list are different records', () => {
  test('two events with id 73 break it', () => {
    assert.deepEqual(dupBroken(oneCall({}, { events: [{ id: 73, title: 'A' }, { id: 52, title: 'B' }, { id: 73, title: 'C' }] })), ['duplicate_list_id']);
  });
  test('different ids, and children that share their parent id, pass', () => {
    assert.deepEqual(dupBroken(oneCall({}, { events: [{ id: 73, fights: [{ id: 1, event: 73 }, { id: 2, event: 73 }] }, { id: 74 }] })), []);
  });
});

describe('a write returns what it was sent', () => {
  test('two photo URLs sent and three others returned break it', () => {
    const sent = ['https://img.example.com/a.jpg', 'https://img.example.com/b.jpg'];
    const record = twoCalls(['updatePet', 'PUT', { id: 10, photoUrls: sent }, { id: 10, photoUrls: ['https://img.example.com/c.jpg', 'https://img.example.com/d.jpg', 'https://img.example.com/e.jpg'] }]);
    assert.deepEqual(echoBroken(record), ['write_echo']);
    assert.deepEqual(echoBroken(twoCalls(['updatePet', 'PUT', { id: 10, photoUrls: sent }, { id: 10, photoUrls: [...sent] }])), []);
  });
  test('a read filtered by a list may return other values', () => {
    assert.deepEqual(echoBroken(oneCall({ tags: ['a', 'b'] }, { tags: ['a'] })), []);
  });
});
