/** Wave 13 chains, the planner's side: a geocoder is asked a street with its city and matches it surely; a hit feeding `<kind>Id` is of that kind. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addCityToAddress, echoAskedAddress } from '../../src/plan/_geocode.ts';
import { fitHitKinds } from '../../src/plan/_hit-kind.ts';

describe('geocoding a street', () => {
  test('a street without a city is said with the dialogue city; one with a city, or no street, is left', () => {
    const values = new Map<string, unknown>([['address', '47 Daniel Drive']]);
    addCityToAddress('find the coordinates of an address geocode address geocode', values, 'Johannesburg');
    assert.equal(values.get('address'), '47 Daniel Drive, Johannesburg');
    const withCity = new Map<string, unknown>([['address', 'Roonstr. 9, Berlin']]);
    addCityToAddress('geocode address', withCity, 'Munich');
    assert.equal(withCity.get('address'), 'Roonstr. 9, Berlin');
    const reverse = new Map<string, unknown>([['address', '47 Daniel Drive']]);
    addCityToAddress('reverse geocode', reverse, 'Johannesburg');
    assert.equal(reverse.get('address'), '47 Daniel Drive');
  });
  test('the match of the asked address is sure (confidence ≥ 0.86, on its own scale)', () => {
    const result = { results: [{ formattedAddress: 'x', confidence: 0.1269, lat: 1.5 }, { confidence: 0.2 }] };
    echoAskedAddress(result, '47 Daniel Drive, Johannesburg', new Set());
    assert.ok(result.results[0]!.confidence >= 0.86 && result.results[0]!.confidence < 1);
    const percent = { match: { address: 'x', relevance: 13 } };
    echoAskedAddress(percent, '47 Daniel Drive, Johannesburg', new Set());
    assert.ok(percent.match.relevance >= 86 && percent.match.relevance <= 99);
  });
});

describe('hit kinds', () => {
  test('the hit giving a flightId is a flight, not an airport; sub-types and other hits stay', () => {
    const result = { results: [{ id: '2b5accad', type: 'airport' }, { id: 'x', type: 'airport' }], other: [{ id: 'y', type: 'live' }] };
    fitHitKinds(result, { 'results[].id': 'results[0].id' }, [['flightId', { output: 'results[].id' }]]);
    assert.deepEqual(result.results, [{ id: '2b5accad', type: 'flight' }, { id: 'x', type: 'airport' }]);
    const live = { results: [{ id: '2b5accad', type: 'live' }] };
    fitHitKinds(live, { 'results[].id': 'results[0].id' }, [['flightId', { output: 'results[].id' }]]);
    assert.equal(live.results[0]!.type, 'live');
  });
});

describe('documented date windows', () => {
  test('a past date to a future-only parameter is moved 14–300 days ahead; a range moves as one', async () => {
    const { fitDateWindows } = await import('../../src/plan/_ranges.ts');
    const params = [{ name: 'dt', description: "'dt' should be between 14 days and 300 days from today in the future" }];
    const values = new Map<string, unknown>([['dt', '2024-03-28'], ['q', 'London']]);
    assert.equal(fitDateWindows(params, {}, values), true);
    const day = Date.parse(values.get('dt') as string) - Date.parse('2026-03-16');
    assert.ok(day >= 14 * 86_400_000 && day <= 300 * 86_400_000, String(values.get('dt')));
    const history = new Map<string, unknown>([['start', '2026-05-01T10:00:00Z'], ['end', '2026-05-03T10:00:00Z']]);
    fitDateWindows([{ name: 'start' }, { name: 'end' }], { summary: 'Historical rates' }, history);
    assert.ok((history.get('end') as string) < '2026-03-16' && (history.get('start') as string) < (history.get('end') as string), JSON.stringify([...history]));
    assert.equal((history.get('start') as string).slice(10), 'T10:00:00Z');
    const free = new Map<string, unknown>([['date', '2019-01-01']]);
    assert.equal(fitDateWindows([{ name: 'date' }], { summary: 'Get a day' }, free), false);
  });
});

describe('no refetch', () => {
  test('the planner refuses a chain whose get returns a record the list gave in full, not one whose get adds details', async () => {
    const { refetchedRecord } = await import('../../src/plan/_refetch.ts');
    const tool = (operation: string, result: unknown) => ({ speaker: 'tool' as const, operation, call_id: 'c', status: 'ok' as const, result });
    const full = { id: 'S1', name: 'Tel Aviv Hardware', created_at: '2024-11-09', owner: 'Dana Levi' };
    const method = (): string => 'GET';
    assert.match(refetchedRecord([tool('list', { stores: [{ ...full }] }), tool('get', full)], method) ?? '', /already gave in full/);
    assert.equal(refetchedRecord([tool('list', { stores: [{ id: 'S1', name: 'Tel Aviv Hardware' }] }), tool('get', full)], method), undefined);
  });
});

describe('spans', () => {
  test('a lone "11" for a range whose example is "1-4" becomes a span; a result asked for it is numbered inside', async () => {
    const { fitSpanValues, numberInsideSpan } = await import('../../src/plan/_ranges.ts');
    const values = new Map<string, unknown>([['range', '11'], ['month', 'July']]);
    fitSpanValues([{ name: 'range', default: '1-4' }, { name: 'month', default: '2024-05' }], values);
    assert.deepEqual([...values], [['range', '11-13'], ['month', 'July']]);
    const result = { verses: [{ number: 4 }, { number: 20 }, { number: 21 }, { number: 30 }] };
    numberInsideSpan(result, { range: '11-13' });
    assert.deepEqual(result.verses, [{ number: 11 }, { number: 12 }, { number: 13 }]);
  });
});

describe('named sources', () => {
  test('a chain that would ask the user for a field another endpoint returns is not played; one naming several endpoints is read whole', async () => {
    const { askedNamedSource, namesOtherSource } = await import('../../src/plan/_whose.ts');
    const timestamp = { name: 'timestamp', required: true, schema: { type: 'number', description: "Value of 'departure' field returned in .../flights/detail OR .../flights/get-more-info endpoint" }, sayable: true, idLike: false, violable: false };
    assert.match(askedNamedSource([{ op: { id: 'fr.playback' }, asked: [timestamp], given: [] }]) ?? '', /cannot be asked/);
    assert.equal(askedNamedSource([{ op: { id: 'fr.playback' }, asked: [{ ...timestamp, schema: { type: 'number', description: 'Unix time' } }], given: [] }]), undefined);
    assert.equal(namesOtherSource(timestamp as never, '/flights/get-more-info'), false);
    assert.equal(namesOtherSource(timestamp as never, '/flights/search'), true);
  });
});
