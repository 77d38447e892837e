/** Wave 13 chains: ranges paired by any spelling, each rule broken on purpose, and the planner's side of it. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkMeaning } from '../../src/check/index.ts';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { orderRanges } from '../../src/plan/_ranges.ts';

const op = (method: string, path: string, name: string, description = '') => ({ name, api: 'shop', description, method, path, parameters: { type: 'object', properties: {} } });
const state = { api_confirmed: false, api_status: 'none' } as never;

/** One call with these arguments and this result. */
function oneCall(args: Record<string, unknown>, result: unknown): DialogueRecord {
  return {
    id: 't', seed: 1, flow: 'f', family: 'single', edge_type: null,
    operations: { 'pay.listTransactions': op('GET', '/transactions', 'listTransactions') },
    chain: ['pay.listTransactions'],
    slots: [],
    turns: [
      { speaker: 'user', action: 'inform_intent_clear', text: 'List my transactions.' },
      { speaker: 'assistant', action: 'call', state, call: { id: 'c1', operation: 'pay.listTransactions', arguments: args } },
      { speaker: 'tool', operation: 'pay.listTransactions', call_id: 'c1', status: 'ok', result },
    ],
    meta: {},
  } as unknown as DialogueRecord;
}
const ranges = (r: DialogueRecord): string[] => checkMeaning(r).filter((v) => v.invariant === 'reversed_range').map((v) => v.message);

describe('reversed_range pairs bounds by any spelling and prefix', () => {
  const reversed: Array<[string, unknown, string, unknown]> = [
    ['createdSince', '2025-01-17T05:45:00Z', 'createdUntil', '2025-01-10T15:15:00Z'],
    ['createdAfter', '2025-03-01', 'createdBefore', '2025-02-01'],
    ['dateFrom', '2025-03-01', 'dateTo', '2025-02-01'],
    ['construction_start_date', '2026-04-07', 'construction_end_date', '2026-02-05'],
    ['priceMin', 90, 'priceMax', 10],
    ['earliest_date', '2025-05-01', 'latest_date', '2025-04-01'],
    ['lowerBound', 7, 'upperBound', 3],
    ['minprice', 50, 'maxprice', 5],
    ['checkIn', '2025-06-09', 'checkOut', '2025-06-02'],
    ['departureTime', '2025-06-09T10:00:00Z', 'arrivalTime', '2025-06-09T08:00:00Z'],
  ];
  for (const [low, a, high, b] of reversed) {
    test(`${low} > ${high} is rejected in a call and in a result; ordered it passes`, () => {
      assert.equal(ranges(oneCall({ [low]: a, [high]: b }, { items: [{ id: 1 }] })).length, 1);
      assert.equal(ranges(oneCall({}, { items: [{ id: 1, [low]: a, [high]: b }] })).length, 1);
      assert.deepEqual(ranges(oneCall({ [low]: b, [high]: a }, { items: [{ id: 1, [low]: b, [high]: a }] })), []);
    });
  }
  test('not ranges: a balance before and after a payment, a conversion from/to amount, names', () => {
    assert.deepEqual(ranges(oneCall({}, { balanceBefore: 100, balanceAfter: 80, fromAmount: 100, toAmount: 92, firstName: 'Zoe', lastName: 'Abe' })), []);
  });
  test('the planner orders the same pairs (so the checker never sees them reversed)', () => {
    const result = { createdSince: '2025-01-17', createdUntil: '2025-01-10', data: [{ priceMin: 90, priceMax: 10, balanceBefore: 100, balanceAfter: 80 }] };
    orderRanges(result);
    assert.deepEqual(result, { createdSince: '2025-01-10', createdUntil: '2025-01-17', data: [{ priceMin: 10, priceMax: 90, balanceBefore: 100, balanceAfter: 80 }] });
    assert.deepEqual(ranges(oneCall(result, result)), []);
  });
});

/** A geocode then a weather call with the match's coordinates; `between` turns go after the geocode result. */
function geocodeThenWeather(confidence: number, between: unknown[] = [], type?: string): DialogueRecord {
  const hit: Record<string, unknown> = { placeId: 'pl_Q9x9LmN1vR8t', lat: -26.2023, lon: 28.0436, formattedAddress: '47 Daniel Drive, Johannesburg', confidence };
  if (type !== undefined) hit.type = type;
  return {
    id: 't', seed: 1, flow: 'f', family: 'fail_inform', edge_type: 'yeszero',
    operations: { 'geo.geocodeAddress': op('GET', '/geocode', 'geocodeAddress'), 'weather.getWeather': op('GET', '/weather', 'getWeather'), 'geo.getPlace': op('GET', '/places/{placeId}', 'getPlace') },
    chain: ['geo.geocodeAddress', 'weather.getWeather'],
    slots: [],
    turns: [
      { speaker: 'user', action: 'inform', text: 'The address is 47 Daniel Drive.' },
      { speaker: 'assistant', action: 'call', state, call: { id: 'c1', operation: 'geo.geocodeAddress', arguments: { address: '47 Daniel Drive' } } },
      { speaker: 'tool', operation: 'geo.geocodeAddress', call_id: 'c1', status: 'ok', result: { results: [hit] } },
      ...between,
      { speaker: 'assistant', action: 'call', state, call: { id: 'c2', operation: 'weather.getWeather', arguments: { lat: -26.2023, lon: 28.0436, placeId: 'pl_Q9x9LmN1vR8t' } } },
      { speaker: 'tool', operation: 'weather.getWeather', call_id: 'c2', status: 'ok', result: { tempMin: 12.1, tempMax: 20.4, condition: 'rain' } },
    ],
    meta: {},
  } as unknown as DialogueRecord;
}
const chainRules = (r: DialogueRecord): string[] => [...new Set(checkMeaning(r).map((v) => v.invariant).filter((v) => v === 'low_confidence_match' || v === 'wrong_kind_hit'))];

describe('low_confidence_match: a weak match is not used unless the user confirms it', () => {
  test('a 0.13 match passed on silently is rejected, also on a 0–100 scale and after an unrelated inform', () => {
    assert.deepEqual(chainRules(geocodeThenWeather(0.1269)), ['low_confidence_match']);
    assert.deepEqual(chainRules(geocodeThenWeather(13)), ['low_confidence_match']);
    const inform = { speaker: 'user', action: 'inform', text: 'The date is 2024-02-29.' };
    assert.deepEqual(chainRules(geocodeThenWeather(0.1269, [inform])), ['low_confidence_match']);
  });
  test('a sure match, or a weak one the user confirmed, passes', () => {
    assert.deepEqual(chainRules(geocodeThenWeather(0.93)), []);
    const ask = { speaker: 'assistant', action: 'request', state, text: 'I found 47 Daniel Drive in Johannesburg. Is that the one?' };
    const yes = { speaker: 'user', action: 'affirm', text: 'Yes, that one.' };
    assert.deepEqual(chainRules(geocodeThenWeather(0.1269, [ask, yes])), []);
  });
});

describe('wrong_kind_hit: a chained id comes from a hit of its kind', () => {
  const withPlaceId = (type: string): DialogueRecord => {
    const r = geocodeThenWeather(0.95, [], type);
    (r.turns[3] as { call: { arguments: Record<string, unknown> } }).call.arguments = { placeId: 'pl_Q9x9LmN1vR8t' };
    return r;
  };
  test('a placeId taken from a hit of type airport is rejected', () => assert.deepEqual(chainRules(withPlaceId('airport')), ['wrong_kind_hit']));
  test('a hit of type place, or a sub-type ("poi"), passes', () => {
    assert.deepEqual(chainRules(withPlaceId('place')), []);
    assert.deepEqual(chainRules(withPlaceId('poi')), []);
  });
});

describe('date_window: a date argument inside the window its spec documents (today is 2026-03-16)', () => {
  const future = (dt: string): DialogueRecord => {
    const r = oneCall({ dt, q: 'Brussels' }, { date: dt, temperature: 6 });
    r.operations['pay.listTransactions'] = { ...op('GET', '/future.json', 'future_weather_api', 'Returns weather in a 3 hourly interval in future.'), parameters: { type: 'object', properties: { dt: { type: 'string', description: "'dt' should be between 14 days and 300 days from today in the future in yyyy-MM-dd format" } } } };
    return r;
  };
  const windows = (r: DialogueRecord): string[] => checkMeaning(r).filter((v) => v.invariant === 'date_window').map((v) => v.message);
  test('a past date to a future-weather call, or one a year beyond its 300 days, is rejected', () => {
    assert.equal(windows(future('2024-03-28')).length, 1);
    assert.equal(windows(future('2027-03-28')).length, 1);
  });
  test('a date 3 weeks ahead passes; an undocumented window is never judged', () => {
    assert.deepEqual(windows(future('2026-04-06')), []);
    assert.deepEqual(windows(oneCall({ date: '2019-01-01' }, { items: [{ id: 1 }] })), []);
  });
  test('a historical operation is never sent a future date', () => {
    const r = oneCall({ date: '2026-05-01' }, { items: [{ id: 1 }] });
    r.operations['pay.listTransactions'] = op('GET', '/history', 'getHistoricalWeather', 'Observed (historical) weather for a past date.');
    assert.equal(windows(r).length, 1);
  });
});

describe('refetched_record: no GET of a record an earlier result gave in full', () => {
  const listThenGet = (listed: Record<string, unknown>): DialogueRecord => ({
    id: 't', seed: 1, flow: 'f', family: 'fail_inform', edge_type: 'yeszero',
    operations: { 'fga.ListStores': op('GET', '/stores', 'ListStores'), 'fga.GetStore': op('GET', '/stores/{store_id}', 'GetStore') },
    chain: ['fga.ListStores', 'fga.GetStore'],
    slots: [],
    turns: [
      { speaker: 'user', action: 'fail_inform', text: "I don't have the store ID; it is Tel Aviv Hardware." },
      { speaker: 'assistant', action: 'call', state, call: { id: 'c1', operation: 'fga.ListStores', arguments: { name: 'Tel Aviv Hardware' } } },
      { speaker: 'tool', operation: 'fga.ListStores', call_id: 'c1', status: 'ok', result: { stores: [listed] } },
      { speaker: 'assistant', action: 'call', state, call: { id: 'c2', operation: 'fga.GetStore', arguments: { store_id: 'S1' } } },
      { speaker: 'tool', operation: 'fga.GetStore', call_id: 'c2', status: 'ok', result: { id: 'S1', name: 'Tel Aviv Hardware', created_at: '2024-11-09T15:30:00Z', updated_at: '2025-01-17T00:15:00Z', owner: 'Dana Levi' } },
    ],
    meta: {},
  }) as unknown as DialogueRecord;
  const refetched = (r: DialogueRecord): string[] => checkMeaning(r).filter((v) => v.invariant === 'refetched_record').map((v) => v.message);
  test('a store listed with every field, then fetched by its id, is rejected', () => {
    assert.equal(refetched(listThenGet({ id: 'S1', name: 'Tel Aviv Hardware', created_at: '2024-11-09T15:30:00Z', updated_at: '2025-01-17T00:15:00Z', owner: 'Dana Levi' })).length, 1);
  });
  test('a list giving a summary (id and name), then the details, passes', () => {
    assert.deepEqual(refetched(listThenGet({ id: 'S1', name: 'Tel Aviv Hardware' })), []);
  });
});

describe('outside_requested_span: items asked for a span are numbered inside it', () => {
  const verses = (range: string, numbers: number[]): DialogueRecord => oneCall({ chapterId: 2, range }, { verses: numbers.map((number) => ({ number, text: 'Indeed, with hardship will be ease.' })) });
  const outside = (r: DialogueRecord): string[] => checkMeaning(r).filter((v) => v.invariant === 'outside_requested_span').map((v) => v.message);
  test('verses 4, 20, 21 for "4-6" are rejected', () => assert.equal(outside(verses('4-6', [4, 20, 21])).length, 1));
  test('verses 4, 5, 6 for "4-6" pass; a year-month or a non-span input is never read as one', () => {
    assert.deepEqual(outside(verses('4-6', [4, 5, 6])), []);
    assert.deepEqual(outside(oneCall({ month: '2024-05' }, { items: [{ number: 40 }] })), []);
  });
});

describe("named_source_asked: a value the spec says another endpoint returns is never asked of the user", () => {
  const playback = (source: 'asked' | 'chained'): DialogueRecord => {
    const r = oneCall({ flightId: '2b5accad', timestamp: 1772965284 }, { result: { flight: { id: '2b5accad', track: [{ lat: 1.5 }] } } });
    r.operations['pay.listTransactions'] = { ...op('GET', '/flights/get-playback', 'flights/get-playback'), parameters: { type: 'object', properties: { timestamp: { type: 'number', description: "Value of 'departure' field returned in .../flights/detail OR .../flights/get-more-info endpoint" } } } };
    r.slots = [{ operation: 'pay.listTransactions', param: 'timestamp', value: 1772965284, source, required: true, ...(source === 'chained' ? { from: { operation: 'x.detail', field: 'departure' } } : {}) }] as never;
    return r;
  };
  const asked = (r: DialogueRecord): number => checkMeaning(r).filter((v) => v.invariant === 'named_source_asked').length;
  test('the departure timestamp asked of the user is rejected', () => assert.equal(asked(playback('asked')), 1));
  test('looked up from the endpoint, it passes', () => assert.equal(asked(playback('chained')), 0));
});
