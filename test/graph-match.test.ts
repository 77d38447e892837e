/** Matching rules on hand-built operations: context, names, types, exclusions, edge kinds, no all-pairs. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildGraph, edgeKind, explainEdge, type ApiGraph } from '../src/graph/index.ts';
import { withEffect, type Field, type Operation, type Param } from '../src/specs/index.ts';

function op(api: string, method: string, path: string, inputs: Param[], outputs: Field[], extra: Partial<Operation> = {}): Operation {
  const name = extra.name ?? `${method.toLowerCase()}${path.replace(/[^A-Za-z0-9]+/g, '_')}`;
  return withEffect({
    id: `${api}.${name}`,
    api: { name: api, title: api, source: `${api}.yaml`, format: 'openapi-3.0' },
    name,
    method,
    path,
    inputs,
    outputs,
    ...extra,
  });
}
const param = (name: string, type: string, extra: Partial<Param> = {}): Param => ({
  name,
  in: 'path',
  required: true,
  schema: { type },
  ...extra,
});
const field = (path: string, type: string, extra: Partial<Field> = {}): Field => ({
  path,
  schema: { type },
  isList: path.includes('[]'),
  ...extra,
});

function pairsOf(graph: ApiGraph, from: string, to: string): string[] {
  const key = `${from}->${to}`;
  return graph.hasEdge(key) ? graph.getEdgeAttributes(key).pairs.map((p) => `${p.output}>${p.input}`) : [];
}

describe('context: a bare identifier belongs to the resource its operation returns', () => {
  const listPets = op('petstore', 'GET', '/pets', [param('limit', 'integer', { in: 'query', required: false })], [
    field('[].id', 'integer', { schema: { type: 'integer', format: 'int64' } }),
    field('[].name', 'string'),
    field('[].tag', 'string'),
  ], { name: 'listPets', responseSchemaName: 'Pets' });
  const showPet = op('petstore', 'GET', '/pets/{petId}', [param('petId', 'string', { description: 'The id of the pet to retrieve' })], [
    field('id', 'integer'),
    field('name', 'string'),
  ], { name: 'showPetById' });
  const listOrders = op('shop', 'GET', '/orders', [], [field('data[].id', 'integer'), field('data[].status', 'string')], { name: 'listOrders' });
  const listFlows = op('studio', 'GET', '/v2/Flows', [], [field('flows[].sid', 'string'), field('flows[].friendly_name', 'string'), field('meta.page', 'integer')], { name: 'ListFlow' });
  const fetchExecution = op('studio', 'GET', '/v2/Flows/{FlowSid}/Executions', [param('FlowSid', 'string')], [field('executions[].sid', 'string')], { name: 'ListExecution' });
  const fetchStep = op('studio', 'GET', '/v2/Flows/{FlowSid}/Executions/{ExecutionSid}', [param('FlowSid', 'string'), param('ExecutionSid', 'string')], [field('sid', 'string')], { name: 'FetchExecution' });
  const graph = buildGraph([listPets, showPet, listOrders, listFlows, fetchExecution, fetchStep]);

  test('GET /pets → [].id feeds petId of GET /pets/{petId} (integer → string path param)', () => {
    assert.deepEqual(pairsOf(graph, 'petstore.listPets', 'petstore.showPetById'), ['[].id>petId']);
    const pair = graph.getEdgeAttributes('petstore.listPets->petstore.showPetById').pairs[0]!;
    assert.equal(pair.isList, true);
    assert.ok(pair.evidence.context >= 0.9, JSON.stringify(pair.evidence));
  });
  test('an order id never feeds petId (bare ids of different resources)', () => {
    assert.deepEqual(pairsOf(graph, 'shop.listOrders', 'petstore.showPetById'), []);
  });
  test('GET /v2/Flows → flows[].sid feeds FlowSid, not ExecutionSid', () => {
    assert.deepEqual(pairsOf(graph, 'studio.ListFlow', 'studio.ListExecution'), ['flows[].sid>FlowSid']);
    assert.deepEqual(pairsOf(graph, 'studio.ListFlow', 'studio.FetchExecution'), ['flows[].sid>FlowSid']);
  });
  test('executions[].sid feeds ExecutionSid, not FlowSid', () => {
    assert.deepEqual(pairsOf(graph, 'studio.ListExecution', 'studio.FetchExecution'), ['executions[].sid>ExecutionSid']);
  });
  test('paging fields feed nothing', () => {
    graph.forEachEdge((_k, attrs) => assert.ok(attrs.pairs.every((p) => p.output !== 'meta.page')));
  });
  test('explain lists every candidate pair with its verdict', () => {
    const why = explainEdge([listPets, showPet, listOrders], 'shop.listOrders', 'petstore.showPetById');
    assert.equal(why.edge, undefined);
    assert.equal(why.candidates.length, 2);
    assert.ok(why.candidates.every((c) => c.verdict !== 'kept'));
    const ok = explainEdge([listPets, showPet], 'listPets', 'showPetById', {}, buildGraph([listPets, showPet]));
    assert.equal(ok.candidates[0]!.verdict, 'kept');
    assert.equal(ok.edge?.kind, 'zerozero');
  });
});

describe('names: case styles, plural/singular, synonyms', () => {
  const products = op('uber', 'GET', '/products', [param('latitude', 'number', { in: 'query' }), param('longitude', 'number', { in: 'query' })], [
    field('products[].product_id', 'string', { schema: { type: 'string', format: 'uuid' } }),
  ]);
  const estimate = op('uber', 'GET', '/estimates/time', [param('productId', 'string', { in: 'query', schema: { type: 'string', format: 'uuid' } }), param('start_latitude', 'number', { in: 'query' })], []);
  const places = op('geo', 'GET', '/places', [param('q', 'string', { in: 'query' })], [field('results[].geometry.lat', 'number'), field('results[].geometry.lng', 'number'), field('results[].created', 'string', { schema: { type: 'string', format: 'date-time' } })]);
  const near = op('weather', 'GET', '/forecast', [param('lat', 'number', { in: 'query' }), param('lon', 'number', { in: 'query' })], []);
  const byEmail = op('crm', 'GET', '/contacts', [param('email', 'string', { in: 'query', schema: { type: 'string', format: 'email' } })], []);
  const hotels = op('hotels', 'GET', '/hotels/by-city', [param('cityCode', 'string', { in: 'query' })], [field('data[].hotelId', 'string')]);
  const byHotels = op('hotels', 'GET', '/hotels/by-hotels', [param('hotelIds', 'array', { in: 'query', schema: { type: 'array', items: { type: 'string' } } })], []);
  const graph = buildGraph([products, estimate, places, near, byEmail, hotels, byHotels]);

  test('product_id (snake) feeds productId (camel); uuid format kept', () => {
    assert.deepEqual(pairsOf(graph, products.id, estimate.id), ['products[].product_id>productId']);
  });
  test('lat/lng feed lat/lon across APIs', () => {
    assert.deepEqual(pairsOf(graph, places.id, near.id).sort(), ['results[].geometry.lat>lat', 'results[].geometry.lng>lon']);
  });
  test('a date-time never feeds an email', () => {
    assert.deepEqual(pairsOf(graph, places.id, byEmail.id), []);
  });
  test('hotelId feeds the list param hotelIds (plural)', () => {
    assert.deepEqual(pairsOf(graph, hotels.id, byHotels.id), ['data[].hotelId>hotelIds']);
  });
});

describe('types and enums', () => {
  const src = op('a', 'GET', '/things', [], [
    field('[].active', 'boolean'),
    field('[].colour', 'string', { schema: { type: 'string', enum: ['red', 'blue'] } }),
    field('[].size_code', 'string', { schema: { type: 'string', enum: ['S', 'M'] } }),
  ]);
  const dst = op('a', 'GET', '/paint', [
    param('active', 'integer', { in: 'query' }),
    param('colour', 'string', { in: 'query', schema: { type: 'string', enum: ['blue', 'green'] } }),
    param('size_code', 'string', { in: 'query', schema: { type: 'string', enum: ['XL'] } }),
  ], []);
  const graph = buildGraph([src, dst]);
  test('boolean never feeds integer; enums must overlap', () => {
    assert.deepEqual(pairsOf(graph, src.id, dst.id), ['[].colour>colour']);
  });
});

describe('edge kinds per DESIGN.md', () => {
  const noInput = op('k', 'GET', '/users', [], [field('[].id', 'integer')]);
  const withInput = op('k', 'GET', '/teams/{teamId}/users', [param('teamId', 'integer')], [field('[].id', 'integer')]);
  const onlyUser = op('k', 'GET', '/users/{userId}', [param('userId', 'integer')], []);
  const userPlus = op('k', 'GET', '/users/{userId}/posts', [param('userId', 'integer'), param('year', 'integer', { in: 'query' })], []);
  const userOptional = op('k', 'GET', '/users/{userId}/photos', [param('userId', 'integer'), param('size', 'integer', { in: 'query', required: false })], []);
  const graph = buildGraph([noInput, withInput, onlyUser, userPlus, userOptional]);
  const kind = (a: Operation, b: Operation): string => graph.getEdgeAttributes(`${a.id}->${b.id}`).kind;
  test('zerozero: source needs nothing, target needs only the chained param', () => assert.equal(kind(noInput, onlyUser), 'zerozero'));
  test('zeroyes: target needs more than the chained param', () => assert.equal(kind(noInput, userPlus), 'zeroyes'));
  test('yeszero: source needs input, target needs only the chained param', () => assert.equal(kind(withInput, onlyUser), 'yeszero'));
  test('yesyes', () => assert.equal(kind(withInput, userPlus), 'yesyes'));
  test('optional params of the target do not make it "yes"', () => assert.equal(kind(noInput, userOptional), 'zerozero'));
  test('header credentials do not count as source inputs', () => {
    const keyed = op('k', 'GET', '/accounts', [param('X-Api-Key', 'string', { in: 'header' })], []);
    assert.equal(edgeKind(keyed, onlyUser, ['userId']), 'zerozero');
  });
});

describe('index, not all pairs', () => {
  test('unrelated operations are never compared', () => {
    // 400 operations, each with a unique resource: only each list → its own detail matches.
    const ops: Operation[] = [];
    for (let i = 0; i < 200; i++) {
      const noun = `widget${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`;
      ops.push(op(`api${i}`, 'GET', `/${noun}s`, [], [field('[].id', 'integer')], { name: `list_${noun}` }));
      ops.push(op(`api${i}`, 'GET', `/${noun}s/{id}`, [param('id', 'integer')], [field('name', 'string')], { name: `get_${noun}` }));
    }
    const graph = buildGraph(ops);
    assert.equal(graph.size, 200);
    graph.forEachEdge((_k, _a, source, target) => assert.equal(source.split('.')[0], target.split('.')[0]));
  });
});
