/**
 * Lists reported faithfully (QUALITY.md J, F), wave 26: the rules of src/check/_rules-lists26.ts broken on purpose on
 * the records the blind readers marked (geomark parts "for the first one, it has 20 vertexes"; ticket offers said
 * without their ticket types; OpenFGA changes "there are more" from a continuation token), the same records said
 * right, and the generator keeping the rules on the specs they came from.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { bundledSpecsDir, fixturesDir, skipWithoutFixtures } from '../_shared.ts';
import { oneCall, violationsOf } from '../_one-call.ts';
import { assertGeneratorKeeps } from '../_generated.ts';

const PARTS = { parts: [{ geometry_type: 'Polygon', vertex_count: 20 }, { geometry_type: 'Polygon', vertex_count: 25 }, { geometry_type: 'Polygon', vertex_count: 25 }] };
const OFFERS = { eventId: 'evt_Z6kq1LmX8wPa', offers: [
  { ticketOfferId: '6H2LKjd4', area: 'B32', ticketType: 'resale', price: 70, currencyCode: 'SGD', available: 6 },
  { ticketOfferId: 'N2oM8kAw', area: 'G24', ticketType: 'standard', price: 195, currencyCode: 'SGD', available: 200 },
  { ticketOfferId: 'ooQZzXfc', area: 'B25', ticketType: 'accessible', price: 66, currencyCode: 'SGD', available: 423 },
] };
const change = (user: string, operation: string): unknown => ({ tuple_key: { user, relation: 'viewer', object: 'document:notes' }, operation, timestamp: '2025-02-28T11:00:00Z' });
const CHANGES = { changes: [change('user:emely', 'TUPLE_OPERATION_WRITE'), change('user:anne', 'TUPLE_OPERATION_WRITE')], continuation_token: '8X9xRJISl1hG' };

const said = (result: unknown, response: string) => oneCall({ id: 'x1' }, result, { response });

describe('lists26 rules', () => {
  test('one_item_detailed: what differs said of the first item alone', () => {
    const rule = violationsOf('one_item_detailed');
    assert.deepEqual(rule(said(PARTS, 'I found 3 parts. For all of them, the geometry type is Polygon; for the first one, it has 20 vertices.')), ['one_item_detailed']);
    assert.deepEqual(rule(said(PARTS, 'There are 3 jobs: Global Research Architect, B and C. For all of them, the company is X; for Global Research Architect, it is in Madrid.')), ['one_item_detailed']);
    assert.deepEqual(rule(said(PARTS, 'I found 3 parts. For all of them, the geometry type is Polygon; they have 20, 25 and 25 vertices.')), []);
  });

  test('plural_not_word: "vertexes"', () => {
    const rule = violationsOf('plural_not_word');
    assert.deepEqual(rule(said(PARTS, 'I found 3 parts with 20, 25 and 25 vertexes.')), ['plural_not_word']);
    assert.deepEqual(rule(said(PARTS, 'I found 3 parts with 20, 25 and 25 vertices.')), []);
  });

  test('item_type_unsaid: offers detailed without their ticket types', () => {
    const rule = violationsOf('item_type_unsaid');
    assert.deepEqual(rule(said(OFFERS, 'There are 3 offers: the price is 70 SGD, the area is B32; the price is 195 SGD, the area is G24; and the price is 66 SGD, the area is B25.')), ['item_type_unsaid']);
    assert.deepEqual(rule(said(OFFERS, 'There are 3 offers: the ticket type is resale, the price is 70 SGD; the ticket type is standard, the price is 195 SGD; and the ticket type is accessible, the price is 66 SGD.')), []);
    // Items not detailed one by one are not held to it.
    assert.deepEqual(rule(said(OFFERS, 'There are 3 offers, from 66 to 195 SGD.')), []);
  });

  test('more_from_token: "there are more" from a continuation token alone', () => {
    const rule = violationsOf('more_from_token');
    assert.deepEqual(rule(said(CHANGES, 'There are 2 changes: a write for user:emely and a write for user:anne. These are the first 2; there are more.')), ['more_from_token']);
    assert.deepEqual(rule(said(CHANGES, 'There are 2 changes: a write for user:emely and a write for user:anne. There may be more.')), []);
    assert.deepEqual(rule(said({ ...CHANGES, has_more: true }, 'There are at least 2 changes.')), []);
  });

  test('the generator keeps the rules (events, geomark and OpenFGA specs)', { skip: skipWithoutFixtures }, async () => {
    const rules = ['one_item_detailed', 'plural_not_word', 'item_type_unsaid', 'more_from_token'];
    const out = await assertGeneratorKeeps(rules, [join(fixturesDir, 'openapi', 'openfga__api.json'), join(fixturesDir, 'openapi', 'bcgov__geomark.json')], 60);
    assert.ok(out.length > 40, `${out.length} written`);
  });

  test('the generator keeps the rules (bundled events and jobs: ticket offers, job lists)', async () => {
    const rules = ['one_item_detailed', 'plural_not_word', 'item_type_unsaid', 'more_from_token'];
    const out = await assertGeneratorKeeps(rules, [join(bundledSpecsDir, 'events.json'), join(bundledSpecsDir, 'jobs.json')], 60);
    // Offers and jobs listed one by one say each one's kind.
    assert.ok(out.some((w) => /the (?:ticket|employment) types? (?:is|are) /.test(w.json)), 'some reply names the kinds of the items');
  });
});
