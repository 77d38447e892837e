/** The rules of calls a careful assistant makes (src/check/_rules-calls.ts) and the documented-default line of invented_value, each broken on purpose. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkMeaning } from '../../src/check/index.ts';
import type { DialogueRecord } from '../../src/plan/types.ts';

const props = (...names: string[]) => ({ type: 'object', properties: Object.fromEntries(names.map((n) => [n, { type: 'string' }])) });
const op = (method: string, path: string, name: string, ...params: string[]) => ({ name, api: 'jira', description: '', method, path, parameters: props(...params) });
const state = { api_confirmed: false, api_status: 'none' } as never;

/** One write: add a property (its key) to a transition. */
function write(args: Record<string, unknown>): DialogueRecord {
  return {
    id: 't', seed: 1, flow: 'tooldial_04', family: 'clear_request', edge_type: null,
    operations: { 'jira.createProperty': op('POST', '/transitions/{id}/properties', 'createProperty', 'id', 'key', 'workflowMode', 'api-version') },
    chain: ['jira.createProperty'],
    slots: Object.entries(args).map(([param, value]) => ({ operation: 'jira.createProperty', param, value, source: 'given', required: param === 'id' })),
    turns: [
      { speaker: 'user', action: 'inform_intent_clear_add', text: `Add a property to transition 12. ${args.key ? `The key is ${String(args.key)}.` : ''}` },
      { speaker: 'assistant', action: 'call', state, call: { id: 'c1', operation: 'jira.createProperty', arguments: args } },
      { speaker: 'tool', operation: 'jira.createProperty', call_id: 'c1', status: 'ok', result: { id: 12, key: args.key ?? 'x', status: 'created' } },
    ],
    meta: {},
  } as unknown as DialogueRecord;
}
const broken = (r: DialogueRecord): string[] => checkMeaning(r).map((v) => v.invariant).filter((v) => ['empty_write', 'nested_id', 'section_mismatch', 'invented_value', 'code_after_lookup'].includes(v));

/** A search by kind whose `albums` section gives the album ID of the next call. */
function search(type: string[]): DialogueRecord {
  return {
    id: 't', seed: 1, flow: 'tooldial_07', family: 'fail_inform', edge_type: null,
    operations: {
      'music.search': { ...op('GET', '/search', 'search', 'q'), parameters: { type: 'object', properties: { q: { type: 'string' }, type: { type: 'array', items: { type: 'string', enum: ['album', 'track', 'show'] } } } } },
      'music.getAlbum': op('GET', '/albums/{id}', 'getAlbum', 'id'),
    },
    chain: ['music.search', 'music.getAlbum'],
    slots: [
      { operation: 'music.search', param: 'q', value: 'Kind of Blue', source: 'given', required: true },
      { operation: 'music.search', param: 'type', value: type, source: 'given', required: true },
      { operation: 'music.getAlbum', param: 'id', value: 'a1', source: 'chained', required: true, from: { operation: 'music.search', field: 'albums.items[0].id' } },
    ],
    turns: [
      { speaker: 'user', action: 'inform_intent_clear_add', text: `Show me the album Kind of Blue. The type is ${type.join(' and ')}.` },
      { speaker: 'assistant', action: 'call', state, call: { id: 'c1', operation: 'music.search', arguments: { q: 'Kind of Blue', type } } },
      { speaker: 'tool', operation: 'music.search', call_id: 'c1', status: 'ok', result: { albums: { items: [{ id: 'a1', name: 'Kind of Blue' }] } } },
      { speaker: 'assistant', action: 'call', state, call: { id: 'c2', operation: 'music.getAlbum', arguments: { id: 'a1' } } },
      { speaker: 'tool', operation: 'music.getAlbum', call_id: 'c2', status: 'ok', result: { id: 'a1', name: 'Kind of Blue' } },
    ],
    meta: {},
  } as unknown as DialogueRecord;
}

describe('rules of calls', () => {
  test('empty_write: a create that sends only the path id writes nothing the user named', () => {
    assert.deepEqual(broken(write({ id: 12 })), ['empty_write']);
    assert.deepEqual(broken(write({ id: 12, 'api-version': '1.0' })), ['empty_write']);
    assert.deepEqual(broken(write({ id: 12, key: 'reviewer' })), []);
  });

  test('empty_write: an update whose path names no record is sent without the record id', () => {
    const r = write({ notes: 'Looking forward to it.' });
    r.operations['jira.createProperty'] = op('POST', '/subaccounts/update.json', 'updateSubaccount', 'id', 'notes');
    assert.deepEqual(broken(r), ['empty_write']);
    (r.turns[1] as { call: { arguments: Record<string, unknown> } }).call.arguments = { id: 'sub-1', notes: 'Looking forward to it.' };
    assert.deepEqual(broken(r), []);
  });

  test('empty_write: an upload sent without the file it uploads', () => {
    const r = write({ id: 12, key: 'pet photo' });
    r.operations['jira.createProperty'] = { ...op('POST', '/pet/{id}/uploadImage', 'uploadFile', 'id', 'key'), parameters: { type: 'object', properties: { id: { type: 'integer' }, key: { type: 'string' }, body: { type: 'string', format: 'binary' } } } };
    assert.deepEqual(broken(r), ['empty_write']);
    (r.turns[1] as { call: { arguments: Record<string, unknown> } }).call.arguments = { id: 12, key: 'pet photo', body: 'photo.jpg' };
    assert.deepEqual(broken(r), []);
  });

  test('empty_write: a comment added under an issue with nothing to say', () => {
    const r = write({ id: 12 });
    r.operations['jira.createProperty'] = op('POST', '/issue/{id}/comment', 'addComment', 'id', 'expand');
    assert.deepEqual(broken(r), ['empty_write']);
    r.operations['jira.createProperty'] = op('POST', '/issue/{id}/comment', 'addComment', 'id', 'expand', 'body');
    (r.turns[1] as { call: { arguments: Record<string, unknown> } }).call.arguments = { id: 12, body: 'Looks good to me.' };
    assert.deepEqual(broken(r), []);
  });

  test('nested_id: an order id taken from a line item nested in the order found', () => {
    const r = search(['album']);
    r.slots[2]!.from!.field = 'albums.items[0].tracks[0].album_id';
    assert.deepEqual(broken(r), ['nested_id']);
  });

  test('section_mismatch: an album ID from a search for shows', () => {
    assert.deepEqual(broken(search(['album'])), []);
    assert.deepEqual(broken(search(['show', 'track'])), ['section_mismatch']);
  });

  test('code_after_lookup: the user lacks the album ID yet knows another ID of that request', () => {
    const r = search(['album']);
    r.operations['music.getAlbum']!.parameters = props('id', 'marketId');
    r.slots.push({ operation: 'music.getAlbum', param: 'marketId', value: 'mk_12', source: 'asked', required: true } as never);
    (r.turns[3] as { call: { arguments: Record<string, unknown> } }).call.arguments = { id: 'a1', marketId: 'mk_12' };
    assert.deepEqual(broken(r), ['code_after_lookup']);
    r.slots[3]!.param = 'market';
    assert.deepEqual(broken(r), []);
  });

  test('invented_value: an API version at its documented default is sent unasked; a content value is not', () => {
    const r = write({ id: 12, key: 'reviewer', 'api-version': '1.0' });
    const schema = (r.operations['jira.createProperty']!.parameters.properties as Record<string, Record<string, unknown>>);
    schema['api-version']!.default = '1.0';
    schema.key!.default = 'reviewer';
    r.slots.find((s) => s.param === 'api-version')!.source = 'default';
    r.slots.find((s) => s.param === 'api-version')!.required = true;
    assert.deepEqual(broken(r), []);
    r.slots.find((s) => s.param === 'key')!.source = 'default';
    r.slots.find((s) => s.param === 'key')!.required = true;
    assert.deepEqual(broken(r), ['invented_value']);
  });
});

describe('empty_item (src/check/_rules-flows.ts)', () => {
  const listing = (reviews: unknown[]): DialogueRecord => {
    const r = write({ id: '12', key: 'colour' });
    (r.turns[2] as { result: unknown }).result = { data: { total_reviews: reviews.length, reviews } };
    return r;
  };
  const items = (r: DialogueRecord): string[] => checkMeaning(r).map((v) => v.invariant).filter((v) => v === 'empty_item');
  test('an empty object as a list item is rejected', () => assert.deepEqual(items(listing([{}])), ['empty_item']));
  test('a real item, or an empty list, passes', () => {
    assert.deepEqual(items(listing([{ rating: 4, text: 'Fine' }])), []);
    assert.deepEqual(items(listing([])), []);
  });
});
