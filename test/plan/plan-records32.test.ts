/** Records a call has just made, and what a reply says of a write (QUALITY.md E, F, J): src/plan/_records32.ts, src/realize/_records32.ts. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedFields32, makesNew32, settleMade32 } from '../../src/plan/_records32.ts';
import { namedByPathId32, spokenList32 } from '../../src/realize/_records32.ts';
import { REFERENCE_DATE } from '../../src/world/index.ts';
import type { Operation } from '../../src/specs/types.ts';
import type { RecordOperation } from '../../src/plan/types.ts';

const op = (o: Partial<Operation> & { api?: unknown }): Operation => ({ id: 'x.op', name: 'op', path: '/things', method: 'POST', inputs: [], outputs: [], effect: 'create', api: { name: 'x', title: 'X', source: '', format: 'openapi-3.0' }, ...o }) as unknown as Operation;

describe('a record just made is new', () => {
  it('treats an order placed like a create, not an action on a named record', () => {
    assert.equal(makesNew32(op({ name: 'placeOrder', effect: 'action', path: '/store/order' })), true);
    assert.equal(makesNew32(op({ name: 'purchaseTickets', effect: 'action', path: '/ticket-orders' })), true);
    assert.equal(makesNew32(op({ name: 'cancelOrder', effect: 'action', path: '/orders/cancel' })), false);
    assert.equal(makesNew32(op({ name: 'submitReview', effect: 'action', path: '/reviews/{id}' })), false);
  });

  it('begins in its first state, not complete, shipping ahead; values sent stay', () => {
    const order = op({ name: 'placeOrder', effect: 'action', path: '/store/order', outputs: [{ path: 'status', schema: { type: 'string', enum: ['placed', 'approved', 'delivered'] } }] as never });
    const result = { id: 10, petId: 290652, quantity: 14, shipDate: '2024-08-20T15:15:00Z', status: 'delivered', complete: true };
    settleMade32(result, { id: 10, quantity: 14 }, order, true, new Set());
    assert.equal(result.status, 'placed');
    assert.equal(result.complete, false);
    assert.ok(result.shipDate.slice(0, 10) > REFERENCE_DATE && result.shipDate.endsWith('T15:15:00Z'), result.shipDate);
    const sent = { id: 10, status: 'delivered', complete: true };
    settleMade32(sent, { status: 'delivered', complete: true }, order, true, new Set());
    assert.deepEqual(sent, { id: 10, status: 'delivered', complete: true });
    const read = { id: 10, status: 'delivered', complete: true };
    settleMade32(read, {}, order, false, new Set());
    assert.deepEqual(read, { id: 10, status: 'delivered', complete: true });
  });

  it('has earned no rating, lives at its own URL, and mints its sids like its own', () => {
    const sender = op({ name: 'CreateChannelsSender', path: '/v2/Channels/Senders' });
    const result = { sid: 'XEdecc4707b8d1f6cfc4b8693570933aa0', status: 'TWILIO_REVIEW', properties: { quality_rating: 'HIGH', messaging_limit: '10K Customers/24hr' }, compliance: { registration_sid: 'SD-14338' }, url: 'https://messaging.twilio.com/senders/yxm_pntdxe60j9' };
    settleMade32(result, { sender_id: 'whatsapp:+33977831385' }, sender, true, new Set());
    assert.equal(result.properties.quality_rating, null);
    assert.equal(result.properties.messaging_limit, '10K Customers/24hr');
    assert.match(result.compliance.registration_sid, /^SD[0-9a-f]{32}$/);
    assert.equal(result.url, 'https://messaging.twilio.com/v2/Channels/Senders/XEdecc4707b8d1f6cfc4b8693570933aa0');
  });
});

describe('a response its description names', () => {
  it('is the array of ids it says, or a server\'s information', () => {
    const ids = describedFields32(op({ name: 'processRequests', effect: 'action', description: 'Executes any pending reindex requests.  Returns a JSON array containing the IDs of the reindex requests\n that are being processed.' }));
    assert.deepEqual(ids?.map((f) => f.path), ['reindex_request_ids[]']);
    const info = describedFields32(op({ name: 'getServerInfo', effect: 'read', method: 'GET', path: '/api/2/serverInfo', description: 'Returns general information about the current JIRA server.', api: { name: 'jira', title: 'JIRA 7.6.1', version: '7.6.1', source: '', format: 'openapi-3.0' } }));
    assert.deepEqual(info?.map((f) => f.path), ['server_title', 'version', 'build_number', 'build_date']);
    assert.equal(describedFields32(op({ name: 'getIssue', effect: 'read', description: 'Returns a full representation of the issue.' })), undefined);
  });
});

describe('a reply names what a write changed', () => {
  const rec = (path: string): RecordOperation => ({ path }) as unknown as RecordOperation;
  it('names a deleted record by the id its path gave, unless that id is long', () => {
    assert.equal(namedByPathId32('the project component', rec('/api/2/component/{id}'), { id: '16775' }), 'project component 16775');
    assert.equal(namedByPathId32('the purchase order', rec('/store/order/{orderId}'), { orderId: 147037 }), 'purchase order 147037');
    assert.equal(namedByPathId32('the sender', rec('/v2/Channels/Senders/{Sid}'), { Sid: 'XEdecc4707b8d1f6cfc4b8693570933aa0' }), 'the sender');
    assert.equal(namedByPathId32('the tags', rec('/tags/delete.json'), { tag: 'x' }), 'the tags');
  });
  it('says a short list set as its items, never links', () => {
    assert.equal(spokenList32(['Priority'], (v) => v), 'Priority');
    assert.equal(spokenList32(['Priority', 'Review', 'Archive'], (v) => v), 'Priority, Review and Archive');
    assert.equal(spokenList32(['https://images.example.com/a.jpg'], (v) => v), undefined);
    assert.equal(spokenList32([{ a: 1 }], (v) => v), undefined);
  });
});
