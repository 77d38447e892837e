/** Words that are no speech (src/check/_rules-words.ts), each rule broken on purpose; and the realizer's words for them. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkMeaning } from '../../src/check/index.ts';
import type { DialogueRecord, RecordOperation } from '../../src/plan/types.ts';
import { intentPhrase, slotNoun } from '../../src/realize/index.ts';
import { humanizeIdentifier, intentVariants } from '../../src/realize/words.ts';
import { builtIntent, spokenRequest } from '../../src/realize/_intent.ts';
import { asAssistantSays, sayFlag } from '../../src/realize/_mention.ts';
import { vagueTopics } from '../../src/realize/_topic.ts';
import { unencoded } from '../../src/plan/_examples.ts';
import { summarizeResult } from '../../src/realize/_response.ts';

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

  test('text built from identifiers or pasted from documentation is caught', () => {
    for (const text of [
      'I could use a hand with and precipitations.',
      'Hey there. I have a question about weathers.',
      'There are 3 historys (status pending, status confirmed).',
      'There are 3 publics (a.pdf, b.pdf) and 2 privates.',
      'The minimum temperature is 7.9 degrees and the precipitation mm is 62.76.',
      'The search query is remaster%20track:Doxy%20artist:Miles%20Davis.',
      'Could you help me example To retrieve the authorization model?',
      'The service returned 3 find by tags (doggie, Lucy and Scout).',
      'Can you delete something by its component ID?',
    ]) assert.deepEqual([...new Set(broken(record(text)))], ['wording'], text);
    // What people do say passes: "to and from", a name with an accent before "and", plain counts.
    for (const text of ['I need flights to and from Lisbon.', 'The biography is About Kofi García and the birthday is May 5.', 'There are 3 days left and 2 histories.', 'The precipitation is 62.76 millimeters.', 'The discount is 20%.']) {
      assert.deepEqual(broken(record(text)), [], text);
    }
  });

  test('a glued id or a name ending in a preposition said as a noun is caught', () => {
    const merge: RecordOperation = { ...webhook, name: 'mergePullRequest', path: '/pullrequests/{pid}/merge', parameters: { type: 'object', properties: { pid: { type: 'string' }, moveIssuesTo: { type: 'string' } } } };
    const withOp = (text: string): DialogueRecord => ({ ...record(text), operations: { 'mandrill.webhook': merge } }) as DialogueRecord;
    assert.deepEqual(broken(withOp('Could you just give me the pid?')), ['wording']);
    assert.deepEqual(broken(withOp('The move issues to is 2024-10-26.')), ['wording']);
    assert.deepEqual(broken(withOp('The pull request ID is 219930 and the component to move issues to is 10.')), []);
  });

  test('state fields, vowelless names, HTTP methods, description participles and a person called "it" are caught', () => {
    for (const text of [
      'The price is 11687 KES and the in stock is 336.',
      'I have the latitude, the longitude and the open now, so I can search places.',
      'It is 25.6 degrees, the feels like is 23.',
      'At the top of the list, the latitude is 52.374 and the rc is 423 and 442.',
      'The service returned 3 calculate grid coordinates.',
      "I'd like you to modify a version via PUT, please.",
      'Can you get the continents filtering by name?',
      'I found one customer: Felix Nakamura. Its customer ID is 5b6f16f4.',
    ]) assert.deepEqual([...new Set(broken(record(text)))], ['wording'], text);
    for (const text of ['It is in stock and 293 are in stock.', 'The open now option should be off.', 'I found one customer: Felix Nakamura. Their customer ID is 5b6f16f4.', 'The TV is on and the status is active.', 'Can you get the continents by name?']) {
      assert.deepEqual(broken(record(text)), [], text);
    }
  });

  test('words of a description in another language are caught', () => {
    const german: RecordOperation = { ...webhook, name: 'list-charging-stations', path: '/{roadId}/services/electric_charging_station', description: 'Liste aktueller Ladestationen — Gibt eine Liste der Ladestationen zu einer Autobahn zurück.' };
    const withOp = (text: string): DialogueRecord => ({ ...record(text), operations: { 'mandrill.webhook': german } }) as DialogueRecord;
    assert.deepEqual(broken(withOp('Would you be able to get the liste aktueller ladestationen?')), ['wording']);
    assert.deepEqual(broken(withOp('Could you list charging stations on a motorway?')), []);
  });
});

describe('words the realizer says instead', () => {
  test('a description is made a short request, never pasted', () => {
    assert.equal(spokenRequest('get the edition with the given ISBN-13'), 'get the edition by ISBN'); // "with the given ISBN-13" is said "by ISBN" (wave 27)
    assert.equal(spokenRequest('get Spotify catalog information for a single episode identified by its unique Spotify ID'), 'get an episode by its Spotify ID');
    assert.equal(spokenRequest('retrieve comprehensive video details'), 'retrieve video details');
    assert.equal(intentPhrase(webhook), 'look up a webhook'); // a keyed read, POST as it is, looks a record up (wave 30)
  });

  test('without a usable description the request is built from method, path and inputs', () => {
    assert.equal(builtIntent({ name: 'artist_singles', method: 'GET', path: '/artist_singles/', required: ['id'] }), "get an artist's singles");
    assert.equal(builtIntent({ name: 'schools_list', method: 'GET', path: '/schools/list', required: ['lat', 'lon'] }), 'list schools near a place');
    assert.equal(builtIntent({ name: 'getDifficultyById', method: 'GET', path: '/difficulty/{id}', required: ['id'] }), 'get a difficulty');
    assert.equal(builtIntent({ name: 'searchFlights', method: 'POST', path: '/flights/search', required: [] }), 'search for flights');
    // Operation ids said as English: "to" splits the object from its place, a bare verb takes the path's noun,
    // "nearby" is a place, an id keyed by another name takes the API's subject.
    assert.equal(builtIntent({ name: 'addFieldToDefaultScreen', method: 'POST', path: '/api/2/screens/addToDefault/{fieldId}', required: ['fieldId'] }), 'add a field to the default screen');
    assert.equal(builtIntent({ name: 'delete', method: 'DELETE', path: '/api/2/component/{id}', required: ['id'] }), 'delete a component');
    assert.equal(builtIntent({ name: 'webcams_list_nearby_lat_lng_radius', method: 'GET', path: '/webcams/list/nearby={lat},{lng},{radius}', required: ['lat', 'lng', 'radius'] }), 'list webcams near a place');
    assert.equal(builtIntent({ name: 'webcams_list_property_property_property', method: 'GET', path: '/webcams/list/property={property}', required: ['property'] }), 'list webcams by property');
    assert.equal(builtIntent({ name: 'search', method: 'GET', path: '/v1/search', required: ['q', 'type'], api: 'Spotify' }), 'search Spotify');
    assert.equal(builtIntent({ name: 'check-if-user-follows-playlist', method: 'GET', path: '/playlists/{playlist_id}/followers/contains', required: ['playlist_id'] }), 'check whether the user follows a playlist');
    // A participle before the verb says how ("StreamedListObjects"), a gerund is an action ("stopExposing"),
    // a vendor-qualified API is searched by its vendor ("spotify__web-api" → "Spotify").
    assert.equal(builtIntent({ name: 'StreamedListObjects', method: 'POST', path: '/stores/{store_id}/streamed-list-objects', required: ['store_id'] }), 'list objects');
    assert.equal(builtIntent({ name: 'stopExposing', method: 'POST', path: '/exposing/stop', required: [] }), 'stop exposing');
    assert.equal(intentPhrase({ ...webhook, api: 'spotify__web-api', name: 'search', method: 'GET', path: '/search', description: '', parameters: { type: 'object', properties: { q: { type: 'string' } }, required: ['q'] } }), 'search Spotify');
    assert.equal(builtIntent({ name: 'get_by_trakt_tv_id', method: 'GET', path: '/get_by_trakt_tv_id', required: ['t'], category: 'Movies' }), 'get a movie by its trakt tv ID');
  });

  test('descriptions: an example section is no request, another language is never said', () => {
    const model = { ...webhook, name: 'ReadAuthorizationModel', path: '/stores/{store_id}/authorization-models/{id}', method: 'GET', description: 'Return a particular version of an authorization model.\n\n## Example\nTo retrieve the authorization model with ID `01G5JAVJ41T49E9TT3SKVS7X1J` for the store, call the API.' };
    assert.ok(!intentVariants(model).some((v) => /example|01G5/i.test(v)), intentVariants(model).join(' / '));
    const german = { ...webhook, name: 'list-charging-stations', path: '/{roadId}/services/electric_charging_station', method: 'GET', description: 'Liste aktueller Ladestationen — Gibt eine Liste der Ladestationen zu einer Autobahn zurück.' };
    assert.equal(intentVariants(german)[0], 'list charging stations');
    assert.ok(!intentVariants(german).some((v) => /liste|aktueller|ladestation/i.test(v)), intentVariants(german).join(' / '));
  });

  test('parameter names are said as nouns: no unit suffix, no glued id, no bare "value"', () => {
    assert.equal(humanizeIdentifier('precipitation_mm'), 'precipitation in millimeters');
    assert.equal(humanizeIdentifier('expiry_mm'), 'expiry mm');
    const merge = { ...webhook, name: 'mergePullRequest', path: '/2.0/repositories/{username}/{slug}/pullrequests/{pid}/merge', parameters: { type: 'object', properties: { pid: { type: 'string' } } } };
    assert.equal(slotNoun('pid', merge), 'pull request ID');
    const jira = { ...webhook, name: 'delete', path: '/api/2/component/{id}', parameters: { type: 'object', properties: { moveIssuesTo: { type: 'string' } } } };
    assert.equal(slotNoun('moveIssuesTo', jira), 'component to move issues to');
    const futures = { ...webhook, parameters: { type: 'object', properties: { daysFrom: { type: 'number' }, dateFrom: { type: 'string' } } } };
    assert.equal(slotNoun('daysFrom', futures), 'number of days');
    assert.equal(slotNoun('dateFrom', futures), 'start date');
    const rate = { ...webhook, name: 'rateMovie', parameters: { type: 'object', properties: { value: { type: 'number', description: 'The rating to give, from 0.5 to 10' } } } };
    assert.equal(slotNoun('value', rate), 'rating');
  });

  test('spec examples are values a person types: URL-encoding and field syntax undone, typed ids kept', () => {
    assert.equal(unencoded('remaster%20track:Doxy%20artist:Miles%20Davis'), 'Doxy by Miles Davis remaster');
    assert.equal(unencoded('album:Kind of Blue artist:Miles Davis'), 'Kind of Blue by Miles Davis');
    assert.equal(unencoded('user:ruby'), 'user:ruby');
    assert.equal(unencoded('https://example.com/a%20b'), 'https://example.com/a%20b');
  });

  test('vague topics keep mass nouns singular and never open on a conjunction', () => {
    const weather = { ...webhook, name: 'getCurrentWeather', path: '/current', method: 'GET', description: 'Get the current weather at a location.', category: 'Weather' };
    const topics = vagueTopics(weather, undefined);
    assert.ok(topics.includes('weather') && !topics.includes('weathers'), topics.join(' / '));
    const forecast = { ...webhook, name: 'getForecast', path: '/forecast', method: 'GET', description: 'Get daily minimum temperatures and precipitation for a place.' };
    assert.ok(!vagueTopics(forecast, undefined).some((t) => /^(and|or) /.test(t)), vagueTopics(forecast, undefined).join(' / '));
  });

  test('vague topics are plural English resource nouns, never slugs or parameter words', () => {
    const schools = { ...webhook, name: 'schools_list', api: 'realty_in_au', category: 'Data', description: 'List schools around a GEO location', path: '/schools/list', method: 'GET', parameters: { type: 'object', properties: {} } };
    const topics = vagueTopics(schools, 'Realty in AU');
    assert.ok(topics.includes('schools'), topics.join(' / '));
    assert.ok(!topics.some((t) => /realty|data|list/i.test(t)), topics.join(' / '));
  });

  test('descriptions with a participle or an HTTP method are no requests', () => {
    assert.equal(spokenRequest('get the continents filtering by name'), undefined);
    assert.equal(spokenRequest('modify a version via PUT'), undefined);
    assert.equal(spokenRequest('get futures contracts for the date falling'), undefined);
  });

  test('results: state fields are clauses, cryptic fields unsaid, list nouns without the verb, a person is "they"', () => {
    const shop = { ...webhook, name: 'getProduct', method: 'GET', path: '/products/{id}' };
    const rng = { pick: <T>(xs: readonly T[]): T => xs[0] as T } as never;
    const product = summarizeResult({ name: 'Soap', in_stock: 293 }, shop, new Set(), rng);
    assert.match(product, /293 are in stock/);
    assert.match(summarizeResult({ open_now: true }, shop, new Set(), rng), /it is open now/i);
    const grid = { ...webhook, name: 'calculate_grid_coordinate_points', method: 'GET', path: '/calculate_grid_coordinate_points' };
    const points = summarizeResult({ status: 'active', data: [{ lat: 52.3, lng: 4.8, rc: [423, 442] }, { lat: 52.4, lng: 4.9, rc: [1] }] }, grid, new Set(['52.3', '4.8', '52.4', '4.9']), rng);
    assert.doesNotMatch(points, /\brc\b|calculate/, points);
    // {status: "active", data: […]}: the envelope's status is about the request, never told as the answer.
    assert.doesNotMatch(points, /status is active/, points);
    assert.match(points, /2 grid coordinate points/, points);
    const customers = { ...webhook, name: 'listCustomers', method: 'GET', path: '/customers' };
    const one = summarizeResult({ customers: [{ name: 'Felix Nakamura', customer_id: 'c-12', created_at: '2025-10-11T03:00:00Z' }] }, customers, new Set(), rng);
    assert.doesNotMatch(one, /\bIts\b|\bit was\b/, one);
    const jira = { ...webhook, name: 'mergeVersion', path: '/api/2/version/{id}/mergeto/{moveIssuesTo}', parameters: { type: 'object', properties: { moveIssuesTo: { type: 'string' } } } };
    assert.equal(slotNoun('moveIssuesTo', jira), 'version to move issues to');
    const places = { ...webhook, parameters: { type: 'object', properties: { open_now: { type: 'boolean' } } } };
    assert.equal(slotNoun('open_now', places), 'open now option');
    assert.equal(sayFlag('open now option', false), 'it should not be open now');
  });

  test('cryptic names take the description noun, flags are phrases, the user\'s "my" is the assistant\'s "your"', () => {
    assert.equal(slotNoun('s', webhook), 'title');
    assert.equal(sayFlag('public', false), 'it should not be public');
    assert.equal(sayFlag('base 64 encoded', true), 'yes, it should be base64-encoded');
    assert.equal(sayFlag('delivers to location', true), 'yes, it should deliver to the location');
    assert.equal(sayFlag('accepts reservations', false), 'it should not accept reservations');
    assert.equal(asAssistantSays('teach my parrot to whistle'), 'teach your parrot to whistle');
    assert.equal(asAssistantSays('water my houseplants while I am away'), 'water your houseplants while you are away');
    assert.equal(asAssistantSays('remind me where I was parked'), 'remind you where you were parked');
  });
});
