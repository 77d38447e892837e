/**
 * Description fragments said as speech (QUALITY.md G, J): the rules of src/check/_rules-words17.ts broken on
 * purpose, and the realizer side that keeps them.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import { intentVariants, plural, slotPhrase } from '../../src/realize/words.ts';
import { vagueTopics } from '../../src/realize/_topic.ts';
import { builtIntent, spokenRequest } from '../../src/realize/_intent.ts';
import { tidy } from '../../src/realize/_tidy.ts';
import { checkFound } from '../../src/realize/_write-replies.ts';
import type { RecordOperation } from '../../src/plan/types.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const op = (over: Partial<RecordOperation>): RecordOperation => ({ api: 'x', name: 'x', description: '', method: 'GET', path: '/', parameters: { type: 'object', properties: {} }, ...over });

describe('words17 rules', () => {
  test('are meaning invariants', () => {
    for (const id of ['plural_twice', 'documentation_participle', 'owner_fragment', 'caller_third_person']) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(id), id);
  });

  test('plural_twice: "modelses" of publishableModelsCount breaks it; "statuses", "releases" pass', () => {
    const rule = violationsOf('plural_twice');
    const result = { publishableModelsCount: 14, status: 'live' };
    assert.deepEqual(rule(oneCall({}, result, { response: 'The brand is Chevrolet and there are 14 publishable modelses.' })), ['plural_twice']);
    assert.deepEqual(rule(oneCall({}, result, { response: 'The brand is Chevrolet and there are 14 publishable models.' })), []);
    assert.deepEqual(rule(oneCall({}, { releases: [1], statuses: [2] }, { response: 'I see 2 statuses and 1 of the releases.' })), []);
  });

  test('documentation_participle: "get string describing the star-rate" breaks it; "recipes containing an egg" passes', () => {
    const rule = violationsOf('documentation_participle');
    assert.deepEqual(rule(oneCall({}, { ok: true }, { text: 'Hi! I want to get string describing the star-rate.' })), ['documentation_participle']);
    assert.deepEqual(rule(oneCall({}, { ok: true }, { text: 'Hi! I want to get the description of a star rating.' })), []);
    assert.deepEqual(rule(oneCall({}, { ok: true }, { text: 'Can you find recipes containing an egg?' })), []);
  });

  test("owner_fragment: a request ending on \"user's.\" breaks it; \"it's\" and a brand pass", () => {
    const rule = violationsOf('owner_fragment');
    assert.deepEqual(rule(oneCall({}, { ok: true }, { text: "I have to get the songs saved in the current user's. Can you help?" })), ['owner_fragment']);
    assert.deepEqual(rule(oneCall({}, { ok: true }, { text: "I'd like to order from Domino's. I know it's late, so what's open? Let's." })), []);
    assert.deepEqual(rule(oneCall({}, { ok: true }, { text: 'I have to get my saved songs. Can you help?' })), []);
  });

  test('caller_third_person: "the current Spotify user\'s library" said to the user breaks it; "your library" passes', () => {
    const rule = violationsOf('caller_third_person');
    assert.deepEqual(rule(oneCall({}, [false], { response: "No, the track is not saved in the current Spotify user's library." })), ['caller_third_person']);
    assert.deepEqual(rule(oneCall({}, [false], { response: 'No, the track is not saved in your library.' })), []);
  });
});

describe('words17 generator side', () => {
  test('plural keeps a plural: "models", "categories", "IDs"; makes "status", "bus", "lens" plural', () => {
    assert.equal(plural('models'), 'models');
    assert.equal(plural('categories'), 'categories');
    assert.equal(plural('IDs'), 'IDs');
    assert.equal(plural('status'), 'statuses');
    assert.equal(plural('bus'), 'buses');
    assert.equal(plural('lens'), 'lenses');
    assert.equal(plural('model'), 'models');
  });

  test('a request from a description: articles, participles, text lookups', () => {
    assert.equal(spokenRequest('Cancel pending task'), 'Cancel a pending task');
    assert.equal(spokenRequest('get saved track'), 'get a saved track');
    assert.equal(spokenRequest('Get string describing the star-rate'), 'Get the description of the star-rate');
    assert.equal(spokenRequest('Get image links displaying the star-rate'), 'Get the image links for the star-rate');
    assert.equal(spokenRequest('Return all verses from the bible by text parameter'), 'search the bible for verses containing a phrase');
    assert.equal(spokenRequest('get recipes containing an ingredient'), 'get recipes containing an ingredient');
  });

  test("tidy never ends on an owner; the Spotify saved-tracks request is no fragment", () => {
    assert.doesNotMatch(tidy("Get a list of the songs saved in the current Spotify user's 'Your Music' library"), /'s$/);
    const variants = intentVariants(op({ name: 'get-users-saved-tracks', path: '/me/tracks', description: "Get a list of the songs saved in the current Spotify user's 'Your Music' library.\n" }));
    for (const v of variants) assert.doesNotMatch(v, /'s?$|user's$/, v);
  });

  test('a check answers the caller as "your library", and one item "is"', () => {
    const check = op({ name: 'check-users-saved-audiobooks', path: '/me/audiobooks/contains', description: "Check if one or more audiobooks are already saved in the current Spotify user's library." });
    assert.equal(checkFound(check, [true]), 'Yes, the audiobook is already saved in your library.');
    const tracks = op({ name: 'check-users-saved-tracks', path: '/me/tracks/contains', description: "Check if one or more tracks is already saved in the current Spotify user's 'Your Music' library." });
    assert.equal(checkFound(tracks, [false]), 'No, the track is not saved in your library.');
  });

  test('a number its description calls a star rate is "the star rating", a count stays a count', () => {
    const stars = op({ parameters: { type: 'object', properties: { stars: { type: 'number', description: 'The star-rate between 1 and 5' } } } });
    assert.equal(slotPhrase('stars', stars), 'the star rating');
    const nights = op({ parameters: { type: 'object', properties: { nights: { type: 'integer', description: 'Nights at the nightly rate' } } } });
    assert.equal(slotPhrase('nights', nights), 'the number of nights');
    assert.equal(slotPhrase('MatchChars', op({ parameters: { type: 'object', properties: { MatchChars: { type: 'string' } } } })), 'the search term');
  });

  test('a health check is asked as whether the API is reachable, never "check the health"', () => {
    assert.equal(builtIntent({ name: 'Health Check', method: 'GET', path: '/check', required: [] }), 'check that the API is reachable');
    assert.equal(builtIntent({ name: 'getHealthRecords', method: 'GET', path: '/health/records', required: [] }), 'list health records');
  });

  test('suggestions typed "by word or phase" are asked for a search term; a time span from a name is no request', () => {
    assert.equal(spokenRequest('get a suggestion by word or phase'), 'get suggestions for a search term');
    const days = op({ name: 'Days From Date', path: '/days-from', description: 'This endpoint returns futures contracts for the date falling on the number of days from the date you specified.' });
    assert.ok(!intentVariants(days).some((v) => /\bdays from\b/.test(v)), intentVariants(days).join('|'));
  });

  test('vague topics: no paging word, person, count or number input', () => {
    const columns = op({ name: 'get_api_v1_db_columns_page', path: '/api/v1/db/columns/page', description: 'list DB columns pages', parameters: { type: 'object', properties: { pageIndex: { type: 'integer' } } } });
    assert.ok(!vagueTopics(columns, undefined).some((t) => /\bpages?\b/.test(t)), vagueTopics(columns, undefined).join('|'));
    const person = op({ name: 'getPerson', path: '/people/{personId}', description: 'Get details of a person: an actor or crew member.' });
    assert.ok(!vagueTopics(person, undefined).includes('people'), vagueTopics(person, undefined).join('|'));
    const stars = op({ name: 'stars/get-string', path: '/stars/get-string', description: 'Get string describing the star-rate', parameters: { type: 'object', properties: { stars: { type: 'number', description: 'The star-rate between 1 and 5' } } } });
    assert.ok(!vagueTopics(stars, undefined).includes('stars'), vagueTopics(stars, undefined).join('|'));
    const counts = op({ name: 'getOrderShipmentsCount', path: '/orders/{order_id}/shipments/count', description: 'Gets a count of order shipments.' });
    assert.ok(!vagueTopics(counts, undefined).some((t) => /counts?$/.test(t)), vagueTopics(counts, undefined).join('|'));
  });
});
