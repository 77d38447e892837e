/** Calls a careful assistant makes: technical switches at their documented default, writes that carry what they write, a found record's own id. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildGraph } from '../../src/graph/index.ts';
import { createPlanCatalog, createPlanCatalogFromOperations, defaultedRequired, opaqueCodeJudge, planOperation, userRequired } from '../../src/plan/catalog.ts';
import { contentParams, isWrite } from '../../src/plan/_writes.ts';
import { withEffect } from '../../src/specs/index.ts';
import type { Field, Operation, Param } from '../../src/specs/types.ts';

const api = { name: 'shop', title: 'Shop', source: 'shop.yaml', format: 'openapi-3.0' as const };
const str = (extra: Record<string, unknown> = {}) => ({ type: 'string', ...extra });
const op = (name: string, method: string, path: string, summary: string, inputs: Param[], outputs: Field[] = []): Operation =>
  withEffect({ id: `shop.${name}`, api, name, method, path, summary, inputs, outputs });

const getPosts = op('getLatestPosts', 'get', '/posts/latest', 'Get the latest posts of an index', [
  { name: 'indexKey', in: 'query', required: true, schema: str(), description: 'The index key.' },
  { name: 'api-version', in: 'query', required: true, schema: str({ default: '1.0' }), description: 'The requested API version.' },
  { name: 'q', in: 'query', required: true, schema: str({ default: 'coffee' }), description: 'Search keywords.' },
]);
const createProperty = op('createProperty', 'post', '/transitions/{id}/properties', 'Add a new property to a transition', [
  { name: 'id', in: 'path', required: true, schema: { type: 'integer' }, description: 'The ID of the transition.' },
  { name: 'key', in: 'query', required: false, schema: str(), description: 'The name of the property to add.' },
  { name: 'workflowMode', in: 'query', required: false, schema: str(), description: 'live or draft.' },
]);
const addAttachment = op('addAttachment', 'post', '/issues/{issueId}/attachments', 'Add an attachment to an issue', [
  { name: 'issueId', in: 'path', required: true, schema: str(), description: 'The issue ID.' },
  { name: 'file', in: 'body', required: true, schema: str({ format: 'binary' }), description: 'The file.' },
]);
const getOrders = op('getOrders', 'get', '/orders', 'Search orders by customer email', [
  { name: 'email', in: 'query', required: false, schema: str({ format: 'email' }), description: 'Customer email.' },
], [
  { path: '[].id', schema: { type: 'integer' }, isList: true },
  { path: '[].customer_email', schema: str(), isList: true },
  { path: '[].consignments.shipping[].line_items[].order_id', schema: { type: 'integer' }, isList: true },
]);
const getOrderMessages = op('getOrderMessages', 'get', '/orders/{order_id}/messages', 'Get the messages of an order', [
  { name: 'order_id', in: 'path', required: true, schema: { type: 'integer' }, description: 'The ID of the order.' },
], [{ path: '[].message', schema: str(), isList: true }]);

describe('calls a careful assistant makes', () => {
  it('sends an API version at its documented default and asks for content values, defaults or not', () => {
    const plan = planOperation(getPosts);
    assert.deepEqual(userRequired(plan, new Set()).map((p) => p.name), ['indexKey', 'q']);
    assert.deepEqual(defaultedRequired(plan, new Set()).map((p) => p.name), ['api-version']);
  });

  it('knows what a write sets: the values beside the path, not the path id; a file body nobody can say', () => {
    const plan = planOperation(createProperty);
    assert.equal(isWrite(plan), true);
    assert.deepEqual(contentParams(plan).map((p) => p.name), ['key', 'workflowMode']);
    assert.deepEqual(contentParams(planOperation(addAttachment)).map((p) => p.name), []);
  });

  it('plays a write only where the user states or is asked what it sets, never one with an unsayable body', () => {
    const catalog = createPlanCatalogFromOperations([createProperty, addAttachment, getPosts]);
    for (const flow of catalog.flows) {
      for (const c of catalog.candidates(flow.definition.id)) {
        assert.ok(!c.operations.includes('shop.addAttachment'), `${flow.definition.id} plays addAttachment`);
        if (c.operations.includes('shop.createProperty')) {
          const needs = flow.positions[flow.hops]!;
          assert.ok(needs.gives || needs.asks, `${flow.definition.id} calls createProperty with nothing said`);
        }
      }
    }
  });

  it('chains an order id from the order found, not from a line item nested in it', () => {
    const catalog = createPlanCatalog(buildGraph([getOrders, getOrderMessages]));
    const edges = catalog.feedsInto.get('shop.getOrderMessages') ?? [];
    const outputs = edges.flatMap((e) => e.chained.map((c) => c.output));
    assert.ok(outputs.length > 0, 'getOrders feeds getOrderMessages');
    assert.deepEqual(outputs, ['[].id']);
  });
});

describe('the lookup of the resource itself', () => {
  const title = (name: string, path: string, summary: string): Operation =>
    op(name, 'get', path, summary, [{ name: 'query', in: 'query', required: true, schema: str(), description: 'Search keywords.' }], [
      { path: 'results[].netflix_id', schema: { type: 'integer' }, isList: true },
      { path: 'results[].title', schema: str(), isList: true },
    ]);
  const episodes = op('titleEpisodes', 'get', '/title/episodes', 'Get the episodes of a title', [
    { name: 'netflix_id', in: 'query', required: true, schema: { type: 'integer' }, description: 'The Netflix ID of the title.' },
  ], [{ path: '[].episode_title', schema: str(), isList: true }]);

  it('finds a title from a title search, not from a search of deleted titles, when both give its ID', () => {
    const catalog = createPlanCatalog(buildGraph([title('searchTitles', '/search/titles', 'Search titles'), title('searchDeleted', '/search/deleted', 'Search deleted titles'), episodes]));
    const sources = (catalog.feedsInto.get('shop.titleEpisodes') ?? []).map((e) => e.source);
    assert.deepEqual(sources, ['shop.searchTitles']);
  });
});

describe('codes a user has', () => {
  it('never asks for a ticket offer ID of the event whose ID had to be looked up', () => {
    const hold = planOperation(op('holdTickets', 'post', '/events/{eventId}/holds', 'Hold tickets for an event', [
      { name: 'eventId', in: 'path', required: true, schema: str(), description: 'Id of the event.' },
      { name: 'ticketOfferId', in: 'body', required: true, schema: str(), description: 'Id of the ticket offer.' },
      { name: 'quantity', in: 'body', required: true, schema: { type: 'integer' }, description: 'Number of tickets.' },
    ]));
    const asksCode = opaqueCodeJudge(new Map(), new Map([[hold.id, hold]]));
    assert.equal(asksCode(hold, new Set(['eventId'])), true);
    assert.equal(asksCode(hold, new Set(['eventId', 'ticketOfferId'])), false);
  });
});
