/**
 * Documentation boilerplate and identifiers said as they stand (QUALITY.md A, B, G): the rules `pasted_boilerplate`
 * and `identifier_phrases` of src/check/_rules-words9.ts broken on purpose, and the realizer's wording that keeps them.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { builtIntent, spokenRequest } from '../../src/realize/_intent.ts';
import { apiName, intentVariants, slotNoun } from '../../src/realize/words.ts';
import { summarizeResult } from '../../src/realize/_response.ts';
import { vagueTopics } from '../../src/realize/_topic.ts';
import type { RecordOperation } from '../../src/plan/types.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const said = (text: string) => oneCall({}, { ok: true }, { text });
const op = (fields: Partial<RecordOperation>): RecordOperation => ({ name: 'getThing', api: 'x', description: '', method: 'GET', path: '/things', parameters: { type: 'object', properties: {} }, ...fields });

describe('pasted_boilerplate', () => {
  test('Java beans, "one or more", a verb run into "of" and a format phrase break it', () => {
    for (const text of ["I'm trying to get a bean containing the number of fixed in and affected issues.", 'Could you please create one or more new projects?', 'Would you be able to get of store status list?', 'Returns as Json of store status list.']) {
      assert.deepEqual(violationsOf('pasted_boilerplate')(said(text)), ['pasted_boilerplate'], text);
    }
    for (const text of ['Could you get the number of fixed in and affected issues?', 'Could you please create a new project?', 'Would you be able to get the store status list?', 'I found a list of webcams.', 'Is one or more of them yours?']) {
      assert.deepEqual(violationsOf('pasted_boilerplate')(said(text)), [], text);
    }
  });

  test('the realizer asks for what the documentation describes', () => {
    assert.equal(spokenRequest('get a bean containing the number of fixed in and affected issues for the given version'), 'get the number of fixed in and affected issues');
    assert.equal(spokenRequest('create one or more new projects'), 'create a new project');
    assert.equal(spokenRequest('get one or more albums'), 'get albums');
    assert.equal(spokenRequest('get as Json of store status list'), 'get the store status list');
    assert.equal(spokenRequest("remove one or more albums from the current user's 'Your Music' library"), 'remove albums from the library');
    assert.equal(spokenRequest('list the domains that have been configured for inbound delivery'), 'list the domains configured for inbound delivery');
    assert.equal(spokenRequest('begin an export of your rejection blacklist'), 'export the rejection blacklist');
    // One acts on a webcam, never on its ID; a typo's "a roles" is no request.
    assert.equal(spokenRequest('exclude the webcam ID from a list'), undefined);
    assert.equal(spokenRequest('update a roles'), undefined);
    assert.equal(spokenRequest('get all questions without pagination'), 'get all questions');
    assert.equal(spokenRequest('get listing of all upcoming sports events for football'), 'list all upcoming sports events for football');
    assert.equal(spokenRequest('get details information of a quote'), 'get details of a quote');
    assert.equal(spokenRequest('get all local drinks,image,ingredient and preparation'), undefined);
    assert.equal(spokenRequest('get upto next 14 day weather forecast and weather alert'), undefined);
  });
});

describe('identifier_phrases', () => {
  test('a vendor slug, a lower-case acronym, an action with no object, bounds, formats and switched adjectives break it', () => {
    const slug = oneCall({}, { ok: true }, { text: 'Could you create a new pet in the store using Oai Petstore Expanded?' });
    slug.operations['x.getThing'] = { ...(slug.operations['x.getThing'] as RecordOperation), api: 'oai__petstore-expanded' };
    assert.deepEqual(violationsOf('identifier_phrases')(slug), ['identifier_phrases']);
    for (const text of ["Hello, I'd like to check IPs custom dns.", 'Hey, could you help me stop exposing?', 'The posted since date is 2024-11-16.', 'The email HTML is kaya@gmail.com.', 'Valid is on.']) {
      assert.deepEqual(violationsOf('identifier_phrases')(said(text)), ['identifier_phrases'], text);
    }
    for (const text of ['Could you check custom DNS for an IP?', 'Could you stop exposing the JMX monitoring?', 'The earliest posting date is 2024-11-16.', 'The email is kaya@gmail.com.', 'It is valid.', 'The domain is dns.example.com.', 'Notifications is on.']) {
      assert.deepEqual(violationsOf('identifier_phrases')(said(text)), [], text);
    }
  });

  test('the realizer builds requests and names with grammar', () => {
    assert.equal(builtIntent({ name: 'post_ips_check_custom_dns_json', method: 'POST', path: '/ips/check-custom-dns.json', required: [] }), 'check custom DNS for an IP');
    assert.equal(builtIntent({ name: 'stop', method: 'GET', path: '/api/2/monitoring/jmx/stopExposing', required: [] }), 'stop exposing the JMX monitoring');
    assert.equal(builtIntent({ name: 'webcams_list_exclude_webcamid_webcamid', method: 'GET', path: '/webcams/list/exclude={webcamid}', required: ['webcamid'] }), 'list webcams except one webcam');
    // The description says the POST lists ("List the domains …"): the method's "create" is never said.
    assert.equal(builtIntent({ name: 'post_inbound_domains_json', method: 'POST', path: '/inbound/domains.json', required: [], describedVerb: 'list' }), 'list inbound domains');
    assert.equal(builtIntent({ name: 'getIdsOfWorklogsDeletedSince', method: 'GET', path: '/api/2/worklog/deleted', required: ['since'] }), 'list worklogs deleted since a date');
    assert.equal(builtIntent({ name: 'fullyUpdateProjectRole', method: 'PUT', path: '/api/2/role/{id}', required: ['id'] }), 'update a project role');
    assert.equal(builtIntent({ name: 'remove-albums-user', method: 'DELETE', path: '/me/albums', required: ['ids'] }), 'remove an album');
    assert.equal(builtIntent({ name: 'validate', method: 'POST', path: '/api/2/licenseValidator', required: [] }), 'validate a license');
    assert.equal(intentVariants(op({ name: 'Posts_GetLatest', path: '/api/Posts/Latest/{indexKind}/{indexKey}', description: 'Get the latest posts of postKind for the specified index (default or category)' }))[0], 'get the latest posts for an index');
    assert.equal(apiName(op({ api: 'oai__petstore-expanded' })), 'OAI Petstore');
    assert.equal(apiName(op({ api: 'spotify__web-api' })), 'Spotify Web');
    assert.equal(slotNoun('postedSince', op({ parameters: { type: 'object', properties: { postedSince: { type: 'string', format: 'date' } } } })), 'earliest posting date');
    assert.equal(slotNoun('near', op({ parameters: { type: 'object', properties: { near: { type: 'string' } } } })), 'location');
    assert.equal(slotNoun('mileage_year', op({ parameters: { type: 'object', properties: { mileage_year: { type: 'number' } } } })), 'mileage per year');
    assert.equal(slotNoun('mileage_start', op({ parameters: { type: 'object', properties: { mileage_start: { type: 'number' } } } })), 'starting mileage');
    assert.equal(slotNoun('from', op({ parameters: { type: 'object', properties: { from: { type: 'string', default: '2022-01-28' } } } })), 'start date');
    assert.equal(slotNoun('vin', op({ parameters: { type: 'object', properties: { vin: { type: 'string' } } } })), 'VIN');
  });

  test('a count names no vague topic ("numbers"); what is counted does', () => {
    const counts = op({ name: 'getVersionRelatedIssues', path: '/api/2/version/{id}/relatedIssueCounts', description: 'Returns a bean containing the number of fixed in and affected issues for the given version.', parameters: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] } });
    assert.deepEqual(vagueTopics(counts, undefined).slice(0, 1), ['issues']);
    // Path words that are actions or participles ("/expand/human", "/.well-known") are no topics ("expands", "well knowns").
    assert.deepEqual(vagueTopics(op({ name: 'expandForHumans', path: '/api/2/attachment/{id}/expand/human', description: 'Tries to expand an attachment.' }), undefined), ['attachments']);
    assert.deepEqual(vagueTopics(op({ name: 'ReadAuthzenConfiguration', path: '/.well-known/authzen-configuration' }), undefined), []);
  });

  test('results say what a field holds', () => {
    const rng = { pick: <T>(xs: readonly T[]): T => xs[0] as T } as never;
    assert.match(summarizeResult({ valid: true }, op({ name: 'post_ips_check_custom_dns_json', method: 'POST', path: '/ips/check-custom-dns.json' }), new Set(), rng), /\bit is valid\b/i);
    const minister = summarizeResult({ name: 'Ana Lee', emailHtml: 'ana@gov.bc.ca' }, op({ path: '/ministers/{key}' }), new Set(), rng);
    assert.doesNotMatch(minister, /email HTML/, minister);
    const question = summarizeResult({ question: { text: 'Who painted the Mona Lisa?', difficulty: { degree: 'hard' } } }, op({ path: '/questions/{id}' }), new Set(), rng);
    assert.doesNotMatch(question, /\bdegree\b/, question);
  });
});
