/** Words that are no speech (src/check/_rules-words.ts), each rule broken on purpose; and the realizer's words for them. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkMeaning } from '../src/check/index.ts';
import type { DialogueRecord, RecordOperation } from '../src/plan/types.ts';
import { intentPhrase, slotNoun } from '../src/realize/index.ts';
import { builtIntent, spokenRequest } from '../src/realize/_intent.ts';
import { asAssistantSays, sayFlag } from '../src/realize/_mention.ts';
import { vagueTopics } from '../src/realize/_topic.ts';

const state = { api_confirmed: false, api_status: 'none' } as never;
const webhook: RecordOperation = {
  name: 'post_webhooks_info_json',
  api: 'mandrill__api',
  description: 'Given the ID of an existing webhook, return the data about it.',
  method: 'POST',
  path: '/webhooks/info.json',
  parameters: { type: 'object', properties: { id: { type: 'integer' }, s: { type: 'string', description: 'Movie or TV Show Title to search' } }, required: ['id'] },
};

function record(userText: string, assistantText = 'Sure. What is the webhook ID?'): DialogueRecord {
  return {
    id: 't', seed: 1, index: 0, flow: 'f', family: 'no_ask', edge_type: null,
    operations: { 'mandrill.webhook': webhook },
    chain: ['mandrill.webhook'],
    slots: [],
    turns: [
      { speaker: 'user', action: 'inform_intent_clear', text: userText },
      { speaker: 'assistant', action: 'request', state, text: assistantText },
    ],
    meta: {},
  } as unknown as DialogueRecord;
}
const broken = (r: DialogueRecord): string[] => checkMeaning(r).map((v) => v.invariant);

describe('wording rules', () => {
  test('plain speech passes', () => assert.deepEqual(broken(record('Can you show me a webhook?')), []));

  test('a description sentence pasted after its verb is caught', () => {
    assert.deepEqual(broken(record("I'd like you to given the ID of an existing webhook, return the data about it.")), ['wording']);
  });

  test('a question cut off before its noun is caught', () => {
    assert.deepEqual(broken(record('Can you get information for a single episode identified by its?')), ['wording']);
    assert.deepEqual(broken(record('What are you looking for?')), []);
  });

  test('a one-letter parameter name said as a noun is caught', () => {
    assert.deepEqual(broken(record('Hi.', 'Could you tell me the s?')), ['wording']);
    assert.deepEqual(broken(record('The s is jaws.')), ['wording']);
    assert.deepEqual(broken(record('The title is jaws.')), []);
  });
});

describe('words the realizer says instead', () => {
  test('a description is made a short request, never pasted', () => {
    assert.equal(spokenRequest('get the edition with the given ISBN-13'), 'get the edition with an ISBN-13');
    assert.equal(spokenRequest('get Spotify catalog information for a single episode identified by its unique Spotify ID'), 'get Spotify catalog information for an episode');
    assert.equal(spokenRequest('retrieve comprehensive video details'), 'retrieve video details');
    assert.equal(intentPhrase(webhook), 'get a webhook');
  });

  test('without a usable description the request is built from method, path and inputs', () => {
    assert.equal(builtIntent({ name: 'artist_singles', method: 'GET', path: '/artist_singles/', required: ['id'] }), "get an artist's singles");
    assert.equal(builtIntent({ name: 'schools_list', method: 'GET', path: '/schools/list', required: ['lat', 'lon'] }), 'list schools near a place');
    assert.equal(builtIntent({ name: 'getDifficultyById', method: 'GET', path: '/difficulty/{id}', required: ['id'] }), 'get a difficulty');
    assert.equal(builtIntent({ name: 'searchFlights', method: 'POST', path: '/flights/search', required: [] }), 'search for flights');
  });

  test('vague topics are plural English resource nouns, never slugs or parameter words', () => {
    const schools = { ...webhook, name: 'schools_list', api: 'realty_in_au', category: 'Data', description: 'List schools around a GEO location', path: '/schools/list', method: 'GET', parameters: { type: 'object', properties: {} } };
    const topics = vagueTopics(schools, 'Realty in AU');
    assert.ok(topics.includes('schools'), topics.join(' / '));
    assert.ok(!topics.some((t) => /realty|data|list/i.test(t)), topics.join(' / '));
  });

  test('cryptic names take the description noun, flags are phrases, the user\'s "my" is the assistant\'s "your"', () => {
    assert.equal(slotNoun('s', webhook), 'title');
    assert.equal(sayFlag('public', false), 'it should not be public');
    assert.equal(sayFlag('base 64 encoded', true), 'yes, it should be base64-encoded');
    assert.equal(asAssistantSays('teach my parrot to whistle'), 'teach your parrot to whistle');
  });
});
