/**
 * Requests and words built from identifiers (QUALITY.md A, B), wave 28: `intent_adjective_object` and
 * `intent_key_no_referent` broken on purpose on a real record of the bundled books spec (with the requests the
 * readers found: "find a bulk assignable", "get the edition by ISBN"), good wordings passing; the generator's words
 * (requests built from ids, list nouns, technical types, place queries, review searches) and the generator keeping
 * the rules on the books spec.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { checkMeaning } from '../../src/check/index.ts';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { assertGeneratorKeeps, generated } from '../_generated.ts';
import { builtIntent28 } from '../../src/realize/_intents28.ts';
import { lookedUpBy28, withoutThroughPlatform28 } from '../../src/realize/_intents-said28.ts';
import { listNoun28, technicalType28 } from '../../src/realize/_intents-lists28.ts';
import { mentionedIn28, placeQuery28 } from '../../src/realize/_intents-query28.ts';
import { listNoun } from '../../src/realize/_count-nouns.ts';
import { pickOption, sayOption } from '../../src/realize/_pick.ts';
import { ownerAsDescribed28 } from '../../src/realize/_intents-said28.ts';

const BOOKS = [join('api-specs', 'books.yaml')];
const RULES = ['intent_adjective_object', 'intent_key_no_referent'] as const;

/** A real record of the books spec whose opening request says `text`. */
async function withRequest(text: string): Promise<DialogueRecord> {
  const { written } = await generated(BOOKS, 12);
  const record = JSON.parse((written[0] as { json: string }).json) as DialogueRecord;
  const at = record.turns.findIndex((t) => t.speaker === 'user' && t.action.startsWith('inform_intent'));
  assert.ok(at >= 0, 'a request turn');
  (record.turns[at] as { text: string }).text = text;
  return record;
}

const broken = (record: DialogueRecord): string[] => checkMeaning(record).map((v) => v.invariant).filter((v) => (RULES as readonly string[]).includes(v));

const op = (name: string, path: string, properties: Record<string, unknown> = {}) => ({ name, path, api: 'x', method: 'GET', description: '', parameters: { type: 'object', properties } }) as never;

describe('intents28', () => {
  test('intent_adjective_object: "find a bulk assignable" names nothing', async () => {
    assert.deepEqual(broken(await withRequest('I need to find a bulk assignable. Here are the details: the project key is MKT.')), ['intent_adjective_object']);
    assert.deepEqual(broken(await withRequest('I need to find assignable users in bulk.')), []);
    assert.deepEqual(broken(await withRequest('Could you check the timetable for me?')), []);
  });

  test('intent_key_no_referent: "get the edition by ISBN" says "the" of nothing said', async () => {
    assert.deepEqual(broken(await withRequest('Mind helping me get the edition by ISBN?')), ['intent_key_no_referent']);
    assert.deepEqual(broken(await withRequest('Mind helping me look up an edition by its ISBN?')), []);
  });

  test('requests built from ids name their thing', () => {
    assert.equal(builtIntent28({ name: 'findBulkAssignableUsers', method: 'GET', path: '/api/2/user/assignable/multiProjectSearch', required: [] }), 'find assignable users in bulk');
    assert.equal(builtIntent28({ name: 'findAssignableUsers', method: 'GET', path: '/api/2/user/assignable/search', required: [] }), 'find assignable users');
    assert.equal(builtIntent28({ name: 'get_api_v1_menuTreeselect_roleId', method: 'GET', path: '/api/v1/menuTreeselect/{roleId}', required: ['roleId'] }), 'get the menu tree for a role');
    assert.equal(builtIntent28({ name: 'post_messages_send_template_json', method: 'POST', path: '/messages/send-template.json', required: [] }), 'send a message from a template');
    // Untouched: a thing's own key, a plain read.
    assert.equal(builtIntent28({ name: 'getPetById', method: 'GET', path: '/pets/{petId}', required: ['petId'] }), 'get a pet');
    assert.equal(lookedUpBy28('get the edition by ISBN'), 'look up an edition by its ISBN');
    assert.equal(lookedUpBy28('get a user by name'), 'look up a user by their name');
    assert.equal(lookedUpBy28('get a repository by username'), 'get a repository by username');
    assert.equal(lookedUpBy28('get countries by name'), 'get countries by name');
    assert.equal(withoutThroughPlatform28('send a new transactional message through Mandrill using a template'), 'send a new transactional message using a template');
  });

  test('lists, types and search words said as things', () => {
    assert.equal(listNoun('mediaItems', op('get_radio_playlist', '/seed_to_playlist')), 'radio playlists');
    assert.equal(listNoun('schedule', op('schedules', '/schedule')), 'schedule entries');
    assert.equal(listNoun28('users', 'getUsers'), undefined);
    assert.ok(technicalType28('locationType', 'GeoPoint'));
    assert.ok(technicalType28('contentType', 'application/zip'));
    assert.ok(!technicalType28('image_type', 'image/webp'));
    assert.ok(!technicalType28('type', 'hotel'));
    assert.equal(placeQuery28('search query', 'q', op('sports_api', '/sports.json', { q: { type: 'string', default: 'London' } })), 'location');
    assert.equal(placeQuery28('search query', 'q', op('search', '/search', { q: { type: 'string', default: 'jazz' } })), 'search query');
    assert.equal(mentionedIn28('customer service', op('product_reviews', '/product-reviews')), 'reviews that mention customer service');
    assert.equal(mentionedIn28('jazz', op('search', '/search')), undefined);
    // A pick list tells records apart by a fact, never by another name of the record; a role names its person.
    assert.equal(sayOption(pickOption({ name: 'Ministry of Housing', displayAdditionalName: 'Ministry of Finance', ministerName: 'Ingrid Nguyen' })!), 'Ministry of Housing (minister Ingrid Nguyen)');
    // A topic stacked from path words says whose the things are as the description does.
    assert.equal(ownerAsDescribed28('work ratings', 'Get the reader ratings of a book — Returns the average reader rating of a work.'), 'book ratings');
    assert.equal(ownerAsDescribed28('issue comments', 'Returns all comments for an issue.'), 'issue comments');
  });

  test('the generator keeps them on the bundled books spec', async () => {
    const written = await assertGeneratorKeeps(RULES, BOOKS, 40, { minWritten: 30 });
    for (const w of written) assert.doesNotMatch(w.json, /get the edition by ISBN|first publish year/, w.json.slice(0, 200));
  });
});
