/**
 * Fresh-eyes reading of the openapi fixtures, wave 17 (QUALITY.md B, J): each rule of src/check/_rules-freshoa17.ts
 * broken on purpose, and the generator's mechanisms that keep them (a batch read is never fed one chained id, a
 * comma list of ids holds several, an ID named after the API is named by what it identifies).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import type { DialogueRecord, RecordOperation } from '../../src/plan/types.ts';
import type { PlanOperation, PlanParam } from '../../src/plan/_catalog-types.ts';
import { batchIdList } from '../../src/plan/_batch-read17.ts';
import { idListLike } from '../../src/plan/_id-list17.ts';
import { mockParamValue } from '../../src/plan/_mock.ts';
import { apiNamedIdNoun, describedIdOwner } from '../../src/realize/_api-own-id17.ts';
import { slotNoun } from '../../src/realize/words.ts';
import { fitKindTexts } from '../../src/plan/_kind-texts.ts';
import { fitDependents, type CallValues } from '../../src/plan/_dependent.ts';
import { dialogueRng } from '../../src/random/index.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const IDS_DESCRIPTION = 'A comma-separated list of the [Spotify IDs](/documentation/web-api/concepts/spotify-uris-ids). For example: `ids=382ObEPsp2rxGrnsizN5TX,1A2GTWGtFfWp7KSQTwWOyo`. Maximum: 20 IDs.';

describe('fresh-eyes openapi reading, wave 17', () => {
  test('the rules are meaning invariants', () => {
    for (const rule of ['batch_read_one_id', 'api_named_id', 'message_author_mismatch', 'message_status_state', 'switch_without_dependant']) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(rule), rule);
  });

  test('batch_read_one_id: a batch read is called for several records', () => {
    const rule = violationsOf('batch_read_one_id');
    const several = (ids: unknown, name = 'get-multiple-albums'): DialogueRecord => oneCall({ ids }, { albums: [] }, { name, path: '/albums', text: 'Get several albums.' });
    assert.deepEqual(rule(several('4aawyAB9vmqN3uQ7FjRGTy')), ['batch_read_one_id']);
    assert.deepEqual(rule(several(['4aawyAB9vmqN3uQ7FjRGTy'])), ['batch_read_one_id']);
    assert.deepEqual(rule(several('4aawyAB9vmqN3uQ7FjRGTy,382ObEPsp2rxGrnsizN5TX')), []);
    // One id to a read that is no batch ("check whether the track is saved") is fine.
    assert.deepEqual(rule(several('4aawyAB9vmqN3uQ7FjRGTy', 'check-users-saved-tracks')), []);
  });

  test('api_named_id: an ID is named by what it identifies, never by the API', () => {
    const rule = violationsOf('api_named_id');
    const ask = (text: string): DialogueRecord => {
      const record = oneCall({ id: '7iHfbu1YPACw6oZPAFJtqe' }, { items: [] }, { name: 'get-audiobook-chapters', path: '/audiobooks/{id}/chapters', text });
      const op = record.operations['x.get-audiobook-chapters'] as RecordOperation;
      op.api = 'spotify__web-api';
      op.parameters = { type: 'object', properties: { id: { type: 'string' } } };
      return record;
    };
    assert.deepEqual(rule(ask('Get the chapters. The spotify ID is 7iHfbu1YPACw6oZPAFJtqe.')), ['api_named_id']);
    assert.deepEqual(rule(ask('Get the chapters. The audiobook ID is 7iHfbu1YPACw6oZPAFJtqe.')), []);
  });

  test('the planner never feeds one chained id into a batch read', () => {
    const op = (name: string, summary: string): PlanOperation => ({ id: `x.${name}`, operation: { name, summary } } as unknown as PlanOperation);
    const ids = { name: 'ids', schema: { type: 'string' } } as unknown as PlanParam;
    const id = { name: 'id', schema: { type: 'string' } } as unknown as PlanParam;
    assert.equal(batchIdList(op('get-multiple-albums', 'Get Several Albums'), ids), true);
    assert.equal(batchIdList(op('getSeveralTracks', ''), { ...ids, name: 'track_ids' }), true);
    assert.equal(batchIdList(op('get-an-album', 'Get Album'), id), false);
    assert.equal(batchIdList(op('remove-albums-user', "Remove Users' Saved Albums"), ids), false);
  });

  test('a comma list of ids holds two or three ids shaped like the example', () => {
    const rng = dialogueRng(1, 0, 'ids');
    const one = (): string => 'x';
    for (let i = 0; i < 20; i++) {
      const value = idListLike('ids', ['382ObEPsp2rxGrnsizN5TX,1A2GTWGtFfWp7KSQTwWOyo'], IDS_DESCRIPTION, rng, one)!;
      const parts = value.split(',');
      assert.ok(parts.length >= 2 && parts.length <= 3, value);
      for (const p of parts) assert.match(p, /^[A-Za-z0-9]{22}$/);
    }
    assert.equal(idListLike('id', ['382ObEPsp2rxGrnsizN5TX'], 'The Spotify ID', rng, one), undefined);
    assert.equal(idListLike('ids', [], 'The ids of the tracks.', rng, one), undefined);
    // Drawn as a parameter value, with or without the spec's example, a batch read's ids are never one.
    const schema = { type: 'string', description: IDS_DESCRIPTION, example: '382ObEPsp2rxGrnsizN5TX,1A2GTWGtFfWp7KSQTwWOyo' };
    for (let i = 0; i < 20; i++) {
      const value = mockParamValue(schema, { name: 'ids', description: IDS_DESCRIPTION }, dialogueRng(2, i, 'ids'));
      assert.ok(String(value).split(',').length >= 2, String(value));
    }
  });

  test('an ID named after the API takes the name of what it identifies', () => {
    const schema = { title: 'Spotify Audiobook ID', description: 'The [Spotify ID](/documentation/web-api/concepts/spotify-uris-ids)\nfor the audiobook.\n' };
    assert.equal(apiNamedIdNoun('Spotify ID', schema, 'spotify__web-api'), 'audiobook ID');
    assert.equal(apiNamedIdNoun('Spotify ID', { title: 'Spotify Track ID', description: 'The Spotify ID.' }, 'spotify__web-api'), 'track ID');
    // Another catalogue's ID ("the IMDb ID" of a film API) and a plain thing's ID are left alone.
    assert.equal(apiNamedIdNoun('IMDb ID', { description: 'The IMDb ID of the title.' }, 'rapidapi__movies'), undefined);
    assert.equal(apiNamedIdNoun('Track ID', schema, 'spotify__web-api'), undefined);
    // A list of ids named by what the description says they are for ("the track IDs"), never by the operation's first word ("audio").
    const d = 'A comma-separated list of the [Spotify IDs](/documentation/web-api/concepts/spotify-uris-ids)\nfor the tracks. Maximum: 100 IDs.\n';
    assert.equal(describedIdOwner({ description: d }), 'tracks');
    assert.equal(describedIdOwner({ description: 'The number of items.' }), undefined);
    const op = { name: 'get-several-audio-features', api: 'spotify__web-api', description: "Get Several Tracks' Audio Features", method: 'GET', path: '/audio-features', parameters: { type: 'object', properties: { ids: { type: 'string', description: d } } } } as unknown as RecordOperation;
    assert.equal(slotNoun('ids', op), 'track IDs');
  });

  test('message_author_mismatch and message_status_state: a message reads like its author and has a message state', () => {
    const author = violationsOf('message_author_mismatch');
    const state = violationsOf('message_status_state');
    const messages = (type: string, message: string, status = 'unread'): DialogueRecord => oneCall({ order_id: 181 }, [{ id: 2, order_id: 181, staff_id: 1, customer_id: 11, type, subject: 'Re: Order #181', message, status }], { name: 'getOrderMessages', path: '/orders/{order_id}/messages' });
    assert.deepEqual(author(messages('admin', 'Can I still add one more item to this order?')), ['message_author_mismatch']);
    assert.deepEqual(author(messages('customer', 'Your order has been packed and will leave our warehouse tomorrow.')), ['message_author_mismatch']);
    assert.deepEqual(author(messages('admin', 'Your order has been packed and will leave our warehouse tomorrow.')), []);
    assert.deepEqual(author(messages('customer', 'Can I still add one more item to this order?')), []);
    assert.deepEqual(state(messages('admin', 'Thank you again!', 'confirmed')), ['message_status_state']);
    assert.deepEqual(state(messages('admin', 'Thank you again!', 'unread')), []);
    // An order (no written body) keeps its order state.
    assert.deepEqual(state(oneCall({}, [{ id: 1, customer_id: 11, status: 'confirmed', total: 10 }])), []);
  });

  test('the generator writes a message in its author\'s voice, about its subject, with a message state', () => {
    const record = (type: string, subject: string): Record<string, unknown> => ({ id: 7, staff_id: 1, customer_id: 11, type, subject, message: 'Data retrieved successfully.', status: 'confirmed' });
    const admin = record('admin', 'Change of address');
    fitKindTexts([admin], new Set());
    assert.equal(admin.message, 'Sure, we can send it to your office instead.');
    assert.match(String(admin.status), /^(read|unread)$/);
    const customer = record('customer', 'Change of address');
    fitKindTexts([customer], new Set());
    assert.equal(customer.message, 'Could you change the delivery address to my office, please?');
    const delivery = record('admin', 'Delivery update');
    fitKindTexts([delivery], new Set());
    assert.match(String(delivery.message), /packed|delay/);
  });

  test('switch_without_dependant: a switch that needs another argument comes with it', () => {
    const rule = violationsOf('switch_without_dependant');
    const NEW = '(required when "new" is selected for adjustEstimate) the new value for the remaining estimate field. e.g. "2d"';
    const worklog = (args: Record<string, unknown>): DialogueRecord => {
      const record = oneCall({ issueIdOrKey: 'SUP-997', ...args }, { id: '1', status: 'created' }, { name: 'addWorklog', method: 'POST', path: '/issue/{issueIdOrKey}/worklog' });
      (record.operations['x.addWorklog'] as RecordOperation).parameters = { type: 'object', properties: { issueIdOrKey: { type: 'string' }, adjustEstimate: { type: 'string' }, newEstimate: { type: 'string', description: NEW } } };
      return record;
    };
    assert.deepEqual(rule(worklog({ adjustEstimate: 'new' })), ['switch_without_dependant']);
    assert.deepEqual(rule(worklog({ adjustEstimate: 'new', newEstimate: '2d' })), []);
    assert.deepEqual(rule(worklog({ adjustEstimate: 'auto' })), []);
    // The planner leaves out an optional switch whose dependant is not sent.
    const adjust = { name: 'adjustEstimate', required: false, schema: { type: 'string' }, description: 'allows you to provide specific instructions to update the remaining time estimate' };
    const estimate = { name: 'newEstimate', required: false, schema: { type: 'string' }, description: NEW };
    const call = { op: { params: [adjust, estimate] }, given: [adjust], asked: [], defaulted: [], chainedIn: new Map(), values: new Map<string, unknown>([['adjustEstimate', 'new']]) } as unknown as CallValues;
    fitDependents(call);
    assert.equal(call.values.has('adjustEstimate'), false);
    assert.equal(call.given.length, 0);
    const kept = { op: { params: [adjust, estimate] }, given: [adjust, estimate], asked: [], defaulted: [], chainedIn: new Map(), values: new Map<string, unknown>([['adjustEstimate', 'new'], ['newEstimate', '2d']]) } as unknown as CallValues;
    fitDependents(kept);
    assert.equal(kept.values.get('adjustEstimate'), 'new');
  });
});
