/** The rules of sound chains (src/check/_rules-chains.ts), each broken on purpose. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkMeaning } from '../../src/check/index.ts';
import type { DialogueRecord } from '../../src/plan/types.ts';

const props = (...names: string[]) => ({ type: 'object', properties: Object.fromEntries(names.map((n) => [n, { type: 'string' }])) });
const op = (method: string, path: string, name: string, ...params: string[]) => ({ name, api: 'tix', description: '', method, path, parameters: props(...params) });
const state = { api_confirmed: false, api_status: 'none' } as never;

/** A clean chain: the user does not have the event ID but says the event's name, which filters the search. */
function record(): DialogueRecord {
  return {
    id: 't', seed: 1, flow: 'tooldial_15', family: 'fail_inform', edge_type: 'zerozero',
    operations: {
      'tix.searchEvents': op('GET', '/events', 'searchEvents', 'keyword'),
      'tix.getEvent': op('GET', '/events/{eventId}', 'getEvent', 'eventId'),
      'tix.nearby': op('GET', '/venues/nearby', 'nearby', 'lat', 'lon', 'page'),
    },
    chain: ['tix.searchEvents', 'tix.getEvent'],
    slots: [
      { operation: 'tix.searchEvents', param: 'keyword', value: 'Jazz Night', source: 'given', required: false },
      { operation: 'tix.getEvent', param: 'eventId', value: 'evt_9', source: 'chained', required: true, from: { operation: 'tix.searchEvents', field: 'events[0].eventId' } },
    ],
    turns: [
      { speaker: 'user', action: 'inform_intent_clear', text: 'Show me the details of an event.' },
      { speaker: 'assistant', action: 'request', state, text: 'What is the event ID?', request: [{ operation: 'tix.getEvent', param: 'eventId' }] },
      { speaker: 'user', action: 'fail_inform', text: "I don't have it. The keyword is Jazz Night.", unknown: [{ operation: 'tix.getEvent', param: 'eventId' }], informs: [{ operation: 'tix.searchEvents', param: 'keyword' }] },
      { speaker: 'assistant', action: 'call', state, call: { id: 'c1', operation: 'tix.searchEvents', arguments: { keyword: 'Jazz Night' } } },
      { speaker: 'tool', operation: 'tix.searchEvents', call_id: 'c1', status: 'ok', result: { events: [{ eventId: 'evt_9', name: 'Jazz Night' }] } },
      { speaker: 'assistant', action: 'call', state, call: { id: 'c2', operation: 'tix.getEvent', arguments: { eventId: 'evt_9' } } },
      { speaker: 'tool', operation: 'tix.getEvent', call_id: 'c2', status: 'ok', result: { eventId: 'evt_9', name: 'Jazz Night' } },
    ],
    meta: {},
  } as unknown as DialogueRecord;
}
const broken = (r: DialogueRecord): string[] => checkMeaning(r).map((v) => v.invariant);

/** The same dialogue with the search called with nothing (`searchEvents {}`) and its only event taken. */
function unfiltered(): DialogueRecord {
  const r = record();
  r.slots.shift();
  const fi = r.turns[2] as { text: string; informs?: unknown };
  fi.text = "I don't have it.";
  delete fi.informs;
  (r.turns[3] as { call: { arguments: Record<string, unknown> } }).call.arguments = {};
  return r;
}

describe('rules of sound chains', () => {
  test('a chain filtered by what the user said passes', () => assert.deepEqual(broken(record()), []));

  test('unfiltered_source: searchEvents {} and its only event used, nobody chose', () => {
    // A search called without its keyword is also an empty search (_rules-ask.ts).
    assert.deepEqual(broken(unfiltered()), ['unfiltered_source', 'empty_search']);
  });

  test('unfiltered_source: a user turn naming the item between result and use is a choice', () => {
    const r = unfiltered();
    r.turns.splice(5, 0, { speaker: 'user', action: 'inform', text: 'The Jazz Night one, please.' });
    // The choice answers unfiltered_source; the search called without its keyword stays an empty search.
    assert.deepEqual(broken(r), ['empty_search']);
  });

  test('unfiltered_source: an argument that is no value the user said (an example filled in) does not filter', () => {
    const r = unfiltered();
    (r.turns[3] as { call: { arguments: Record<string, unknown> } }).call.arguments = { keyword: 'rock' };
    // The item taken is not named by the keyword either: that is filter_ignored's (_rules-values2.ts) and query_unmatched's (_rules-query.ts) to say.
    assert.deepEqual(broken(r).filter((v) => v !== 'filter_ignored' && v !== 'query_unmatched'), ['unfiltered_source']);
  });

  test('unfiltered_source: a by-id read of what an earlier call found, and the caller\'s own record, are told which', () => {
    const r = unfiltered();
    r.turns.splice(3, 0, { speaker: 'tool', operation: 'tix.other', call_id: 'c0', status: 'ok', result: { ref: 'r-77' } } as never);
    (r.turns[4] as { call: { arguments: Record<string, unknown> } }).call.arguments = { ref: 'r-77' };
    assert.deepEqual(broken(r).filter((v) => v !== 'empty_search'), []);
    const me = unfiltered();
    me.slots[0]!.from!.field = 'eventId';
    assert.deepEqual(broken(me).filter((v) => v !== 'empty_search'), []);
  });

  test('half_coordinate: the user volunteers a latitude without its longitude', () => {
    const r = record();
    r.turns.splice(1, 0, { speaker: 'user', action: 'inform', text: 'The latitude is 48.85.', informs: [{ operation: 'tix.nearby', param: 'lat' }] });
    assert.deepEqual(broken(r), ['half_coordinate']);
    (r.turns[1] as { informs: unknown[] }).informs.push({ operation: 'tix.nearby', param: 'lon' });
    assert.deepEqual(broken(r), []);
  });

  test('paging_value: the assistant asks for the page, or the user states it', () => {
    const r = record();
    r.turns.splice(1, 0, { speaker: 'assistant', action: 'request', state, text: 'What is the page?', request: [{ operation: 'tix.nearby', param: 'page' }] });
    assert.deepEqual(broken(r), ['paging_value']);
    const u = record();
    u.turns.splice(1, 0, { speaker: 'user', action: 'inform', text: 'The page is 0.', informs: [{ operation: 'tix.nearby', param: 'page' }] });
    assert.deepEqual(broken(u), ['paging_value']);
  });

  test('unrelated_hop: coordinates for a ride come from a water well, not from a place the user named', () => {
    assert.deepEqual(broken(hop('wells_tags_list')), ['unrelated_hop']);
    assert.deepEqual(broken(hop('geocodeAddress')), []);
    // The caller's IP place is no unrelated hop, but it is not the place the user named (Seattle): caller_source.
    assert.deepEqual(broken(hop('get_place_by_my_ip')), ['caller_source', 'caller_source']);
  });

  test('unrelated_hop: a place resolver fed by another record (a well\'s coordinates reverse-geocoded) is still unrelated', () => {
    const r = hop('reverseGeocode');
    r.operations['wells.read'] = { name: 'wells_read', api: 'wells', description: '', method: 'GET', path: '/wells/{tag}', parameters: props('tag') } as never;
    r.slots.push({ operation: 'geo.source', param: 'query', value: 'WX-12', source: 'chained', required: true, from: { operation: 'wells.read', field: 'tag' } } as never);
    assert.deepEqual(broken(r), ['unrelated_hop']);
  });

  test('opaque_codes: the user is to say two identifiers of one request', () => {
    const r = record();
    r.operations['tix.holdSeats'] = op('POST', '/events/{eventId}/offers/{offerId}/hold', 'holdSeats', 'eventId', 'offerId');
    r.slots.push({ operation: 'tix.holdSeats', param: 'eventId', value: 'k2PqZ81x', source: 'asked', required: true } as never);
    r.turns.push({ speaker: 'user', action: 'inform', text: 'The event ID is k2PqZ81x.', informs: [{ operation: 'tix.holdSeats', param: 'eventId' }] });
    assert.deepEqual(broken(r), []);
    r.slots.push({ operation: 'tix.holdSeats', param: 'offerId', value: 'WCvawdHk6z', source: 'asked', required: true } as never);
    assert.deepEqual(broken(r), ['opaque_codes']);
  });
});

/** Products near a point, whose latitude and longitude come from `sourceName` (another service). */
function hop(sourceName: string): DialogueRecord {
  return {
    id: 'h', seed: 1, flow: 'tooldial_11', family: 'fail_inform', edge_type: 'zerozero',
    operations: {
      'geo.source': { name: sourceName, api: 'geo', description: '', method: 'GET', path: '/lookup', parameters: props('query') },
      'rides.products': { name: 'get_products', api: 'rides', description: '', method: 'GET', path: '/products', parameters: props('latitude', 'longitude') },
    },
    chain: ['geo.source', 'rides.products'],
    slots: [
      { operation: 'geo.source', param: 'query', value: 'Seattle', source: 'given', required: true },
      { operation: 'rides.products', param: 'latitude', value: 47.6, source: 'chained', required: true, from: { operation: 'geo.source', field: 'lat' } },
      { operation: 'rides.products', param: 'longitude', value: -122.3, source: 'chained', required: true, from: { operation: 'geo.source', field: 'lon' } },
    ],
    turns: [
      { speaker: 'user', action: 'inform_intent_clear', text: 'Which rides are available?' },
      { speaker: 'assistant', action: 'request', state, text: 'What are the latitude and longitude?', request: [{ operation: 'rides.products', param: 'latitude' }, { operation: 'rides.products', param: 'longitude' }] },
      { speaker: 'user', action: 'fail_inform', text: "I don't know them. The query is Seattle.", unknown: [{ operation: 'rides.products', param: 'latitude' }, { operation: 'rides.products', param: 'longitude' }], informs: [{ operation: 'geo.source', param: 'query' }] },
      { speaker: 'assistant', action: 'call', state, call: { id: 'c1', operation: 'geo.source', arguments: { query: 'Seattle' } } },
      { speaker: 'tool', operation: 'geo.source', call_id: 'c1', status: 'ok', result: { lat: 47.6, lon: -122.3 } },
      { speaker: 'assistant', action: 'call', state, call: { id: 'c2', operation: 'rides.products', arguments: { latitude: 47.6, longitude: -122.3 } } },
      { speaker: 'tool', operation: 'rides.products', call_id: 'c2', status: 'ok', result: { products: [{ product_id: 'p1', display_name: 'UberX' }] } },
    ],
    meta: {},
  } as unknown as DialogueRecord;
}
