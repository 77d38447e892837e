/** Edges with meaning: operation effects, echo pairs, produces edges, compound nouns, shared examples, recall rules. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildGraph, explainEdge, type ApiGraph } from '../src/graph/index.ts';
import { operationEffect, withEffect, type Field, type Operation, type Param } from '../src/specs/index.ts';

function op(api: string, method: string, path: string, name: string, inputs: Param[], outputs: Field[], extra: Partial<Operation> = {}): Operation {
  return withEffect({ id: `${api}.${name}`, api: { name: api, title: api, source: `${api}.yaml`, format: 'openapi-3.0' }, name, method, path, inputs, outputs, ...extra });
}
const param = (name: string, type: string, extra: Partial<Param> = {}): Param => ({ name, in: 'path', required: true, schema: { type }, ...extra });
const field = (path: string, type: string, extra: Partial<Field> = {}): Field => ({ path, schema: { type }, isList: path.includes('[]'), ...extra });
const pairsOf = (graph: ApiGraph, from: string, to: string): string[] => {
  const key = `${from}->${to}`;
  return graph.hasEdge(key) ? graph.getEdgeAttributes(key).pairs.map((p) => `${p.output}>${p.input}`) : [];
};

describe('operation effect, decided at load from name, summary, path and method', () => {
  const cases: Array<[string, string, string, string | undefined, string]> = [
    ['GET', '/pets', 'listPets', undefined, 'read'],
    ['POST', '/search', 'searchFlights', undefined, 'read'],
    ['POST', '/api/1.0/messages/search.json', 'post_messages_search_json', 'Search recently sent messages', 'read'],
    ['POST', '/api/1.0/ips/delete.json', 'post_ips_delete_json', 'Deletes a dedicated IP.', 'delete'],
    ['POST', '/api/1.0/messages/send.json', 'post_messages_send_json', undefined, 'action'],
    ['GET', '/send', 'send_sms', 'Send an SMS', 'action'],
    ['POST', '/orders', 'orders', undefined, 'create'],
    ['POST', '/pet', 'addPet', 'Add a new pet', 'create'],
    ['PUT', '/pets/{id}', 'updatePet', undefined, 'update'],
    ['PATCH', '/pets/{id}', 'pets_patch', undefined, 'update'],
    // A PATCH whose summary was copied from a create (xero's patchProject) still changes an existing record.
    ['PATCH', '/Projects/{projectId}', 'patchProject', 'creates a project for the specified contact', 'update'],
    ['DELETE', '/pets/{id}', 'getRidOfPet', undefined, 'delete'],
    ['POST', '/orders/{id}/cancel', 'cancelOrder', undefined, 'action'],
    ['GET', '/issue/createmeta', 'getCreateIssueMeta', 'Returns the meta data for creating issues', 'read'],
    ['POST', '/transfers/{id}/returns', 'post-transfers-transferId-returns', 'Return a transfer', 'create'],
  ];
  for (const [method, path, name, summary, effect] of cases) {
    test(`${method} ${path} (${name}) is a ${effect}`, () => {
      const decision = operationEffect({ method, path, name, summary });
      assert.equal(decision.effect, effect, decision.evidence);
      assert.ok(decision.evidence.length > 0);
    });
  }
});

describe('echo pairs are dropped by meaning; parent ids still chain', () => {
  const listItems = op('shop', 'GET', '/items', 'listItems', [], [field('[].id', 'integer')], { responseSchemaName: 'Items' });
  const getItem = op('shop', 'GET', '/items/{item_id}', 'getItem', [param('item_id', 'integer')], [field('id', 'integer'), field('parent_id', 'integer'), field('name', 'string')]);
  const getParent = op('shop', 'GET', '/parents/{id}', 'getParent', [param('id', 'integer')], [field('id', 'integer')]);
  const itemStock = op('shop', 'GET', '/items/{itemId}/stock', 'getItemStock', [param('itemId', 'integer')], [field('count', 'integer')]);
  const graph = buildGraph([listItems, getItem, getParent, itemStock]);

  test('getItem(item_id) → id does not feed itemId: the source needs the very value', () => {
    assert.deepEqual(pairsOf(graph, 'shop.getItem', 'shop.getItemStock'), []);
    const why = explainEdge([listItems, getItem, getParent, itemStock], 'shop.getItem', 'shop.getItemStock');
    assert.match(why.candidates.find((c) => c.output === 'id')!.verdict, /^echo: the source itself requires "item_id"/);
    assert.ok(why.echoes.includes('id ← item_id'), why.echoes.join(', '));
  });

  test('getItem(id) → parent_id → getParent(id) is kept, and listItems → itemId too', () => {
    assert.deepEqual(pairsOf(graph, 'shop.getItem', 'shop.getParent'), ['parent_id>id']);
    assert.deepEqual(pairsOf(graph, 'shop.listItems', 'shop.getItemStock'), ['[].id>itemId']);
    assert.equal(graph.getEdgeAttributes('shop.listItems->shop.getItemStock').relation, 'lookup');
  });
});

describe('side-effecting sources: creates and actions only produce, updates and deletes feed nothing', () => {
  const createOrder = op('shop', 'POST', '/orders', 'createOrder', [param('sku', 'string', { in: 'body' })], [field('order_id', 'string')]);
  const deleteOrder = op('shop', 'DELETE', '/orders/{order_id}/lines', 'deleteOrderLines', [param('line', 'string', { in: 'query' })], [field('order_id', 'string')]);
  const updateOrder = op('shop', 'PUT', '/drafts/{draft}', 'updateDraft', [param('draft', 'string')], [field('order_id', 'string')]);
  const getOrder = op('shop', 'GET', '/orders/{order_id}', 'getOrder', [param('order_id', 'string')], [field('status', 'string')]);
  const ops = [createOrder, deleteOrder, updateOrder, getOrder];
  const graph = buildGraph(ops);

  test('createOrder → getOrder is a produces edge, never a lookup', () => {
    assert.deepEqual(pairsOf(graph, 'shop.createOrder', 'shop.getOrder'), ['order_id>order_id']);
    assert.equal(graph.getEdgeAttributes('shop.createOrder->shop.getOrder').relation, 'produces');
  });

  test('a delete or an update is no source at all, and --explain says why', () => {
    assert.deepEqual(pairsOf(graph, 'shop.deleteOrderLines', 'shop.getOrder'), []);
    assert.deepEqual(pairsOf(graph, 'shop.updateDraft', 'shop.getOrder'), []);
    const why = explainEdge(ops, 'shop.deleteOrderLines', 'shop.getOrder');
    assert.match(why.candidates[0]!.verdict, /source is a delete/);
  });
});

describe('mechanisms that made wrong meaning', () => {
  test('`accessKey` is not an identifier of an "access": it does not feed access_id', () => {
    const keys = op('iam', 'GET', '/keys', 'listKeys', [], [field('[].accessKey', 'string')]);
    const grant = op('iam', 'GET', '/access/{access_id}', 'getAccess', [param('access_id', 'string')], [field('id', 'string')]);
    assert.deepEqual(pairsOf(buildGraph([keys, grant]), 'iam.listKeys', 'iam.getAccess'), []);
  });

  test('a shared example value does not override two different resources\' identifiers', () => {
    const orders = op('shop', 'GET', '/orders', 'listOrders', [], [field('[].order_id', 'integer', { example: 1001 })]);
    const customer = op('shop', 'GET', '/customers/{customer_id}', 'getCustomer', [param('customer_id', 'integer', { example: 1001 })], [field('name', 'string')]);
    assert.deepEqual(pairsOf(buildGraph([orders, customer]), 'shop.listOrders', 'shop.getCustomer'), []);
  });
});

describe('recall: names that differ slightly still chain', () => {
  test('a digit suffix (`team1_id` → `team_id`), an encoding suffix (`logo_base64` → `logo`)', () => {
    const match = op('sport', 'GET', '/matches', 'listMatches', [], [field('[].team1_id', 'integer'), field('[].logo_base64', 'string')]);
    const team = op('sport', 'GET', '/teams/{team_id}', 'getTeam', [param('team_id', 'integer')], [field('name', 'string')]);
    const logo = op('sport', 'GET', '/logos/check', 'checkLogo', [param('logo', 'string', { in: 'query' })], [field('ok', 'boolean')]);
    const graph = buildGraph([match, team, logo]);
    assert.deepEqual(pairsOf(graph, 'sport.listMatches', 'sport.getTeam'), ['[].team1_id>team_id']);
    assert.deepEqual(pairsOf(graph, 'sport.listMatches', 'sport.checkLogo'), ['[].logo_base64>logo']);
  });

  test('identifier words only (`num_code`) take their owner from the path; a contained resource name (`tvshow_id` → `show_id`)', () => {
    const cities = op('geo', 'GET', '/regions/{region}/cities', 'getCities', [param('region', 'string')], [field('data[].num_code', 'integer')]);
    const districts = op('geo', 'GET', '/cities/{city_num}/districts', 'getDistricts', [param('city_num', 'integer')], [field('data[].name', 'string')]);
    const shows = op('tv', 'GET', '/tvshows', 'listShows', [], [field('[].tvshow_id', 'integer')]);
    const episodes = op('tv', 'GET', '/episodes', 'listEpisodes', [param('show_id', 'integer', { in: 'query' })], [field('[].title', 'string')]);
    const graph = buildGraph([cities, districts, shows, episodes]);
    assert.deepEqual(pairsOf(graph, 'geo.getCities', 'geo.getDistricts'), ['data[].num_code>city_num']);
    assert.deepEqual(pairsOf(graph, 'tv.listShows', 'tv.listEpisodes'), ['[].tvshow_id>show_id']);
  });
});
