/**
 * Requests that read as documentation (QUALITY.md A, G): the rule `documented_request` of
 * src/check/_rules-intents13.ts broken on purpose, and the realizer's wording that keeps it.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import { builtIntent, spokenRequest } from '../../src/realize/_intent.ts';
import { intentVariants } from '../../src/realize/words.ts';
import { vagueTopics } from '../../src/realize/_topic.ts';
import type { RecordOperation } from '../../src/plan/types.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const said = (text: string) => oneCall({}, { ok: true }, { text });
const documented = violationsOf('documented_request');
const op = (fields: Partial<RecordOperation>): RecordOperation => ({ name: 'getThing', api: 'x', description: '', method: 'GET', path: '/things', parameters: { type: 'object', properties: {} }, ...fields });

describe('documented_request', () => {
  test('is a meaning invariant', () => {
    assert.ok((MEANING_INVARIANTS as readonly string[]).includes('documented_request'));
  });

  test('documentation clauses in a request break it', () => {
    for (const text of [
      "I'd like to get the Minister associated with the ministry key.",
      'I want to get a notification scheme by its project key or ID on Atlassian Jira',
      'Could you get weather in a 3 hourly interval in future for me?',
      "Please get Spotify catalog information about an audiobook's chapters.",
      'Could you please refund all or part of a paid order?',
      'Hi, I need something related to issue metas.',
      'Help me get articles by upper bound.',
    ]) {
      assert.deepEqual(documented(said(text)), ['documented_request'], text);
    }
  });

  test('the same requests said by a person pass', () => {
    for (const text of [
      "I'd like to get the minister for a ministry.",
      'I want to get the notification scheme for a project on Atlassian Jira',
      "What's the 3-hourly forecast for the next few days?",
      "Please get an audiobook's chapters.",
      'Could you please refund an order?',
      'Hi, I need something related to issue metadata.',
      'Help me get the latest articles.',
      'Can you find the order associated with my account?',
    ]) {
      assert.deepEqual(documented(said(text)), [], text);
    }
  });
});

describe('the realizer says what the documentation describes', () => {
  test('documentation clauses go from a description\'s request', () => {
    assert.equal(spokenRequest('get the Minister associated with the ministry key'), 'get the Minister for a ministry');
    assert.equal(spokenRequest('get the Theme associated with the key'), 'get a Theme');
    assert.equal(spokenRequest('get all images associated with a title'), 'get all images for a title');
    assert.equal(spokenRequest('get weather in a 3 hourly interval in future'), 'get the future weather');
    assert.equal(spokenRequest('get the monthly listeners in millions'), 'get the monthly listeners');
    assert.equal(spokenRequest("get Spotify catalog information about an audiobook's chapters"), "get an audiobook's chapters");
    assert.equal(spokenRequest('refund all or part of a paid order'), 'refund a paid order');
    assert.equal(spokenRequest('get history traveling data of a flight'), 'get the history of a flight');
    // A user's page is that user's; "Get User's Saved Audiobooks" (no article) is the caller's own.
    assert.equal(spokenRequest("retrieve a user's page", 'Retrieve a user’s page. A user may own videos or playlists.'), "retrieve a user's page");
    assert.equal(spokenRequest("get a user's saved audiobooks", "Get User's Saved Audiobooks"), 'get the saved audiobooks');
  });

  test('a key is said as what the user holds, never glued on as a parameter name', () => {
    const scheme = op({ name: 'getNotificationScheme', api: 'atlassian__jira', description: 'Gets a notification scheme associated with the project.', path: '/project/{projectKeyOrId}/notificationscheme', parameters: { type: 'object', properties: { projectKeyOrId: { type: 'string' } }, required: ['projectKeyOrId'] } });
    assert.ok(intentVariants(scheme).includes('look up a notification scheme for a project'), intentVariants(scheme).join(' | ')); // a keyed read looks up (wave 30)
    const minister = op({ name: 'Ministries_GetMinister', api: 'bcgov__news', description: 'Get the Minister associated with the ministry key', path: '/api/Ministries/{key}/Minister', parameters: { type: 'object', properties: { key: { type: 'string' }, 'api-version': { type: 'string' } }, required: ['key', 'api-version'] } });
    assert.equal(intentVariants(minister)[0], 'get the minister for a ministry');
    for (const o of [scheme, minister]) for (const v of intentVariants(o)) assert.doesNotMatch(v, /by (?:its )?(?:API version|project key or ID)|associated with/, v);
    const transaction = op({ name: 'get-transactions-id', api: 'adyen__transfers', description: 'Get a transaction', path: '/transactions/{id}', parameters: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] } });
    assert.ok(intentVariants(transaction).every((v) => !/by its transaction ID/.test(v)));
    assert.equal(builtIntent({ name: 'get_articles_by_upper_bound', method: 'GET', path: '/articles/{upper_bound}', required: ['upper_bound'] }), 'get articles');
  });

  test('a path word glued to "meta" is said as metadata', () => {
    const meta = op({ name: 'getEditIssueMeta', description: 'Returns the meta data for editing an issue. The fields in the editmeta correspond to the fields in the edit screen.', path: '/api/2/issue/{issueIdOrKey}/editmeta', parameters: { type: 'object', properties: { issueIdOrKey: { type: 'string' } }, required: ['issueIdOrKey'] } });
    for (const topic of vagueTopics(meta, undefined)) assert.doesNotMatch(topic, /metas\b|editmeta/, topic);
    for (const v of intentVariants(meta)) assert.doesNotMatch(v, /\bmetas?\b/, v);
    // A GET named "getEdit…" reads: the edit metadata is got, never updated.
    assert.equal(builtIntent({ name: 'getEditIssueMeta', method: 'GET', path: '/api/2/issue/{issueIdOrKey}/editmeta', required: ['issueIdOrKey'] }), 'get issue metadata');
  });
});
