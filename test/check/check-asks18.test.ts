/** What the user asks, at the level of the dialogue (QUALITY.md J): src/check/_rules-asks18.ts broken on purpose, and the generator's side. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { lackedNouns, namesLacked } from '../../src/realize/_lacked.ts';
import { namesKey } from '../../src/plan/_intents.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const lacked = violationsOf('lacked_value_named');
const ref = { operation: 'x.getTrack', param: 'id' };

/** A fail-inform opening: the user asks with `opening`, then says they lack the track ID. */
function failInform(opening: string): DialogueRecord {
  return {
    id: 't', seed: 1, flow: 'tooldial_07', family: 'fail_inform', edge_type: null,
    operations: { 'x.getTrack': { name: 'getTrack', api: 'x', description: '', method: 'GET', path: '/tracks/{id}', parameters: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] } } },
    chain: ['x.getTrack'],
    slots: [],
    turns: [
      { speaker: 'user', action: 'inform_intent_clear', text: opening },
      { speaker: 'assistant', action: 'request', request: [ref], state: { api_confirmed: true, api_status: 'none' }, text: 'Could you tell me the track ID?' },
      { speaker: 'user', action: 'fail_inform', unknown: [ref], text: "I don't have the track ID with me." },
    ],
    meta: {},
  } as unknown as DialogueRecord;
}

describe('what the user asks agrees with what they later lack', () => {
  test('is a meaning invariant', () => {
    assert.ok((MEANING_INVARIANTS as readonly string[]).includes('lacked_value_named'));
  });
  test('asking for a track by its ID, then lacking the ID, breaks it; asking for a track passes', () => {
    assert.deepEqual(lacked(failInform('I need to get a track by its ID.')), ['lacked_value_named']);
    assert.deepEqual(lacked(failInform('Can you find a track with the ID for me?')), ['lacked_value_named']);
    assert.deepEqual(lacked(failInform('I need to get a track.')), []);
    // "by" with some other word is no key: "songs by Nina Simone".
    assert.deepEqual(lacked(failInform('Get the details of a song by Nina Simone.')), []);
  });
  test("the realizer's side: the lacked noun is found, and an opening naming it is told apart", () => {
    const record = failInform('');
    const plan = { operations: record.operations, chain: record.chain, slots: [], turns: record.turns } as never;
    const nouns = lackedNouns(plan, record.turns, 0);
    assert.ok(nouns.some((n) => n.endsWith('id')), `nouns: ${nouns.join(', ')}`);
    assert.equal(namesLacked('Hi! I want to get a track by its ID.', nouns), true);
    assert.equal(namesLacked('Hi! I want to get a single track.', nouns), false);
  });
});

describe("the planner's side", () => {
  test('a clear phrase asking by a required input is told apart from one that does not', () => {
    const op = { required: [{ name: 'track_id' }] } as never;
    assert.equal(namesKey('get a track by its ID', op), true);
    assert.equal(namesKey('look up a song using the id', op), true);
    assert.equal(namesKey('get a single track', op), false);
    assert.equal(namesKey('get the songs by an artist', op), false);
  });
});

describe('a user never volunteers a technical default or where the service redirects (QUALITY.md H)', () => {
  test("a number documented only by its default is a knob sent as documented; a documented number is not", async () => {
    const { isDefaultKnob, takesSpecDefault } = await import('../../src/plan/_params.ts');
    const knob = { name: 'contentLength', default: 300, idLike: false, description: 'Default 300', schema: { type: 'number' } } as const;
    assert.equal(isDefaultKnob(knob), true);
    assert.equal(takesSpecDefault(knob), true);
    assert.equal(isDefaultKnob({ ...knob, description: 'How many guests stay in the room' }), false);
    assert.equal(isDefaultKnob({ ...knob, schema: { type: 'string' }, description: 'Default London' }), false);
  });
  test('redirect and callback URLs are never volunteered; a website URL may be', async () => {
    const { volunteerable } = await import('../../src/plan/_ask.ts');
    const param = (name: string) => ({ name, required: false, schema: { type: 'string', format: 'uri' }, sayable: true, idLike: false, violable: true });
    const op = { id: 'x.copy', operation: { effect: 'create', name: 'copy' }, params: [], required: [], optional: [param('redirectUrl'), param('failureRedirectUrl'), param('website')] } as never;
    assert.deepEqual(volunteerable(op).map((p) => p.name), ['website']);
  });
});

describe('what the answer says first (QUALITY.md F)', () => {
  test('a health check that answers ok says the API is up; one that is no health check says nothing of it', async () => {
    const { healthOutcome } = await import('../../src/realize/_response-health.ts');
    const op = (name: string, path: string) => ({ name, path, api: 'x', description: '', method: 'GET', parameters: { type: 'object' } }) as never;
    assert.match(healthOutcome({ status: 'ok', updated_at: '2025-08-06T09:30:00Z' }, op('health_check', '/health')) ?? '', /API is up/);
    assert.match(healthOutcome({ status: 'down' }, op('ping', '/ping')) ?? '', /reports status down/);
    assert.equal(healthOutcome({ status: 'ok' }, op('getOrder', '/orders/{id}')), undefined);
  });
  test('the postponed event a lookup found is said, wherever in the result it sits', async () => {
    const { sourceStatusNote } = await import('../../src/realize/_source-status.ts');
    const result = { data: { events: [{ eventId: 'evt_1', name: 'Lior Kaur', status: 'postponed' }] } };
    assert.equal(sourceStatusNote(result, 'data.events[0].eventId', 'Lior Kaur'), 'Note that Lior Kaur has been postponed. ');
    assert.equal(sourceStatusNote({ data: { events: [{ eventId: 'evt_1', status: 'onsale' }] } }, 'data.events[0].eventId', 'X'), '');
  });
});

describe('an update sends what it sets (QUALITY.md J)', () => {
  const setsNothing = violationsOf('update_sets_nothing');
  const update = (args: Record<string, unknown>, props: Record<string, { type: string; description: string }>): DialogueRecord => {
    const record = oneCall(args, { id: 372292, updated_at: '2026-03-16T11:15:00Z' }, { name: 'updateProperty', method: 'PUT', path: '/transitions/{id}/properties', text: 'Update a property.' });
    (record.operations['x.updateProperty'] as { parameters: unknown }).parameters = { type: 'object', properties: { id: { type: 'integer' }, ...props } };
    return record;
  };
  const key = { type: 'string', description: 'the name of the property to add.' };
  const workflow = { type: 'string', description: 'the name of the workflow to use.' };
  test('an update sending only which property and workflow breaks it; one sending a value passes', () => {
    assert.deepEqual(setsNothing(update({ id: 1, key: 'theme', workflowName: 'Bug Triage' }, { key, workflowName: workflow })), ['update_sets_nothing']);
    assert.deepEqual(setsNothing(update({ id: 1, key: 'theme', value: 'dark' }, { key, value: { type: 'string', description: 'the new value of the property.' } })), []);
  });
  test("the planner's side: such an update is no fit for a request", async () => {
    const { SELECTOR } = await import('../../src/plan/_writes.ts');
    assert.ok(SELECTOR.test(key.description) && SELECTOR.test(workflow.description));
    assert.ok(!SELECTOR.test('the new value of the property.'));
  });
});

describe('a list documented as taking one item is sent with one (QUALITY.md J)', () => {
  test('"only a single device_id is currently supported" caps the list at one; an undocumented list may hold two', async () => {
    const { mockParamValue } = await import('../../src/plan/_mock.ts');
    const { dialogueRng } = await import('../../src/random/index.ts');
    const schema = { type: 'array', items: { type: 'string' } };
    const description = 'A JSON array containing the ID of the device. Although an array is accepted, only a single device_id is currently supported.';
    const sizes = (d: string | undefined) => new Set(Array.from({ length: 30 }, (_, i) => (mockParamValue(schema, { name: 'device_ids', ...(d ? { description: d } : {}) }, dialogueRng(7, i, 'test')) as unknown[]).length));
    assert.deepEqual([...sizes(description)], [1]);
    assert.ok(sizes(undefined).has(2));
  });
});
