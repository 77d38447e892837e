/**
 * Steps a careful assistant would not take, wave 16 (QUALITY.md H, I): each rule of src/check/_rules-chains16.ts
 * broken on purpose, and the generator's mechanisms that keep them (a file's bytes are never a value a user says,
 * a refusal comes after a search, a change to "my X" never takes X from a featured list, a record named by the user
 * is read by the operation taking that name).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import type { DialogueRecord, RecordOperation } from '../../src/plan/types.ts';
import { isFileSchema, isSayable } from '../../src/plan/_params.ts';
import { pickedByServiceForOwn } from '../../src/plan/_owner.ts';
import { withoutDetourToSibling, pathNouns, placeSearchForOthers, readsByResource } from '../../src/plan/_sibling-read.ts';
import type { PlanOperation } from '../../src/plan/_catalog-types.ts';
import { FLOW_TABLE } from '../../src/plan/flows.ts';
import { withoutUnanchoredDistance } from '../../src/plan/_op-enums.ts';
import { sortClause } from '../../src/realize/_sort-speech.ts';
import type { Operation, Param } from '../../src/specs/types.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const JPEG = '/9j/2wCEABoZGSccJz4lJT5CLy8vQkc9Ozs9R0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0cBHCcnMyYzPSYmPUc9Mj1HR0dE';

describe('chains and flows, wave 16', () => {
  test('the rules are meaning invariants', () => {
    for (const rule of ['file_typed', 'refusal_unsearched', 'sort_way_contradicted', 'distance_from_nowhere']) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(rule), rule);
  });

  test("file_typed: nobody types a file's bytes", () => {
    const rule = violationsOf('file_typed');
    const upload = (description: string, format?: string): DialogueRecord => {
      const record = oneCall({ playlist_id: 'p1', body: JPEG }, { ok: true }, { name: 'upload-cover', method: 'PUT', path: '/playlists/{playlist_id}/images', text: `Change the cover of my playlist p1. The file is ${description === 'x' ? 'cover.jpg' : 'attached'}.` });
      (record.operations['x.upload-cover'] as RecordOperation).parameters = { type: 'object', properties: { playlist_id: { type: 'string' }, body: { type: 'string', description, ...(format ? { format } : {}) } } };
      record.slots = [{ operation: 'x.upload-cover', param: 'body', value: JPEG, source: 'asked', required: true }] as DialogueRecord['slots'];
      return record;
    };
    assert.deepEqual(rule(upload('Base64 encoded JPEG image data, maximum payload size is 256 KB.')), ['file_typed']);
    assert.deepEqual(rule(upload('The image', 'base64')), ['file_typed']);
    assert.deepEqual(rule(upload('The new cover title')), []);
    // Encoded bytes typed in a user turn, whatever the input.
    assert.deepEqual(rule(oneCall({}, { ok: true }, { text: `The file is ${JPEG}.` })), ['file_typed']);
    assert.deepEqual(rule(oneCall({}, { ok: true }, { text: 'The order is ORD-123 and the tracking number is 1Z999AA10123456784.' })), []);
  });

  test('the planner never takes a file body as a value a person says', () => {
    assert.equal(isFileSchema({ type: 'string', format: 'base64' }), true);
    assert.equal(isFileSchema({ type: 'string', description: 'Base64 encoded JPEG image data.' }), true);
    assert.equal(isFileSchema({ type: 'string', contentEncoding: 'base64' }), true);
    assert.equal(isFileSchema({ type: 'boolean', description: 'Binary flag' }), false);
    assert.equal(isFileSchema({ type: 'string', description: 'The playlist name' }), false);
    assert.equal(isSayable({ type: 'string', format: 'base64' }), false);
  });

  test('refusal_unsearched: "nothing handles that" comes after a search for what was asked', () => {
    const rule = violationsOf('refusal_unsearched');
    const state = { api_confirmed: false, api_status: 'none' };
    const refusal = (searched: boolean): DialogueRecord => ({
      ...oneCall({}, {}),
      turns: [
        { speaker: 'user', action: 'inform_intent_vague', text: 'Help me with questions.' },
        { speaker: 'assistant', action: 'retriever_call', state, query: 'questions', retrieved: [] },
        { speaker: 'assistant', action: 'suggest', state, text: 'Shall I get all questions?' },
        { speaker: 'user', action: 'negate', text: 'No. Book me a haircut for Saturday.' },
        ...(searched ? [{ speaker: 'assistant', action: 'retriever_call', state, query: 'book me a haircut', retrieved: [] }] : []),
        { speaker: 'assistant', action: 'response_fail', state, text: 'Sorry, nothing here books a haircut.' },
      ],
    }) as unknown as DialogueRecord;
    assert.deepEqual(rule(refusal(false)), ['refusal_unsearched']);
    assert.deepEqual(rule(refusal(true)), []);
    // The flow that plays a turned-down suggestion searches the other request before refusing.
    assert.match(FLOW_TABLE.find((f) => f.id === 'tooldial_05')!.sequence, /negate RC response_fail/);
  });

  test("editorial_for_own: a change to the user's playlist never takes it from the featured ones", () => {
    const rule = violationsOf('editorial_for_own');
    const chain = (sourceName: string, sourcePath: string): DialogueRecord => {
      const record = oneCall({ playlist_id: 'p1' }, { ok: true }, { name: 'upload-custom-playlist-cover', method: 'PUT', path: '/playlists/{playlist_id}/images', response: 'The cover is changed.' });
      record.operations[`x.${sourceName}`] = { name: sourceName, api: 'x', description: '', method: 'GET', path: sourcePath, parameters: { type: 'object', properties: {} } } as RecordOperation;
      record.chain = [`x.${sourceName}`, 'x.upload-custom-playlist-cover'];
      record.slots = [{ operation: 'x.upload-custom-playlist-cover', param: 'playlist_id', value: 'p1', source: 'chained', required: true, from: { operation: `x.${sourceName}`, field: 'playlists.items[0].id' } }] as DialogueRecord['slots'];
      return record;
    };
    assert.deepEqual(rule(chain('get-featured-playlists', '/browse/featured-playlists')), ['editorial_for_own']);
    assert.deepEqual(rule(chain('get-a-list-of-current-users-playlists', '/me/playlists')), []);
    const featured = { id: 'x.get-featured-playlists', name: 'get-featured-playlists', path: '/browse/featured-playlists' };
    assert.equal(pickedByServiceForOwn(featured, { id: 'x.upload-custom-playlist-cover', name: 'upload-custom-playlist-cover', effect: 'update' }), true);
    assert.equal(pickedByServiceForOwn(featured, { id: 'x.change-playlist-details', name: 'change-playlist-details', effect: 'action' }), true);
    assert.equal(pickedByServiceForOwn(featured, { id: 'x.follow-playlist', name: 'follow-playlist', effect: 'action' }), false);
  });

  test('a record the user names is read by the operation taking that name, not found through a price list', () => {
    const op = (id: string, path: string, required: { name: string; idLike?: boolean }[]): PlanOperation => ({
      id, required, operation: { method: 'GET', path, api: { name: 'tldp' } },
    }) as unknown as PlanOperation;
    const byId = op('tldp.get_all_registrar_by_id', '/registrar/{id}', [{ name: 'Id', idLike: true }]);
    const byName = op('tldp.get_all_registrar_by_name', '/registrar/{name}', [{ name: 'Name' }]);
    const prices = op('tldp.list_registrar_prices', '/price/registrar/{name}', [{ name: 'Name' }]);
    const tlds = op('tldp.list_tlds', '/tld', []);
    const all = new Map([byId, byName, prices, tlds].map((o) => [o.id, o]));
    const reads = readsByResource(all.values(), pathNouns);
    const edge = (source: string) => ({ source, chained: [{ input: 'Id' }] });
    const kept = withoutDetourToSibling(byId, [edge(prices.id), edge(byName.id), edge(tlds.id)], all, reads, pathNouns);
    assert.deepEqual(kept.map((e) => e.source), [tlds.id]);
  });

  test('sort_way_contradicted: "the new ones first" is never sent ascending', () => {
    const rule = violationsOf('sort_way_contradicted');
    assert.deepEqual(rule(oneCall({ order: 'new', sort: 'asc' }, { webcams: [] }, { text: "List webcams. I'd like the new ones first." })), ['sort_way_contradicted']);
    assert.deepEqual(rule(oneCall({ order: 'new', sort: 'desc' }, { webcams: [] }, { text: "List webcams. I'd like the new ones first." })), []);
    assert.deepEqual(rule(oneCall({ sort: 'desc' }, { webcams: [] }, { text: "List webcams, the oldest first." })), ['sort_way_contradicted']);
    // The generator says "the new ones first" only where the direction sent agrees.
    const say = (v: string): string => v;
    assert.match(sortClause('new', undefined, say) ?? '', /the new ones first/);
    assert.match(sortClause('new', undefined, say, 'desc') ?? '', /the new ones first/);
    assert.doesNotMatch(sortClause('new', undefined, say, 'asc') ?? '', /first/);
    assert.match(sortClause('oldest', undefined, say, 'asc') ?? '', /the oldest first/);
  });

  test('distance_from_nowhere: a sort by distance says where from', () => {
    const rule = violationsOf('distance_from_nowhere');
    assert.deepEqual(rule(oneCall({ order: 'distance', sort: 'desc' }, { webcams: [] })), ['distance_from_nowhere']);
    assert.deepEqual(rule(oneCall({ order: 'distance', lat: 51.5, lng: -0.12 }, { webcams: [] })), []);
    const op = (inputs: string[]): Operation => ({ inputs: inputs.map((name) => ({ name, in: 'query' })) }) as unknown as Operation;
    const order = { name: 'order', in: 'path', enum: ['popularity', 'new', 'distance'] } as unknown as Param;
    assert.deepEqual(withoutUnanchoredDistance(order, op(['order', 'sort'])).enum, ['popularity', 'new']);
    assert.deepEqual(withoutUnanchoredDistance(order, op(['order', 'latitude', 'longitude'])).enum, ['popularity', 'new', 'distance']);
  });

  test("a weather service's location search is no geocoder for another service", () => {
    assert.equal(placeSearchForOthers({ api: { name: 'yahoo_weather' } }), false);
    assert.equal(placeSearchForOthers({ api: { name: 'spott' } }), true);
    assert.equal(placeSearchForOthers({ api: { name: 'geocoding' } }), true);
  });
});
