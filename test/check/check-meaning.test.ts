/** The invariants of meaning (DESIGN.md 7–9), each broken on purpose. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkMeaning } from '../../src/check/index.ts';
import type { DialogueRecord } from '../../src/plan/types.ts';

const op = (method: string, path: string, name: string) => ({ name, api: 'shop', description: '', method, path, parameters: { type: 'object', properties: {} } });
const state = { api_confirmed: false, api_status: 'none' } as never;

/** A clean lookup: search orders by customer email (one match), then get that order. */
function record(): DialogueRecord {
  return {
    id: 't', seed: 1, flow: 'f', family: 'fail_inform_chain', edge_type: 'yeszero',
    operations: { 'shop.searchOrders': op('GET', '/orders', 'searchOrders'), 'shop.getOrder': op('GET', '/orders/{order_id}', 'getOrder') },
    chain: ['shop.searchOrders', 'shop.getOrder'],
    slots: [
      { operation: 'shop.searchOrders', param: 'email', value: 'ana@example.com', source: 'given', required: true },
      { operation: 'shop.getOrder', param: 'order_id', value: 'A1', source: 'chained', required: true, from: { operation: 'shop.searchOrders', field: 'orders[0].id' } },
    ],
    turns: [
      { speaker: 'user', action: 'inform_intent_clear_add', text: 'Find my order, my email is ana@example.com' },
      { speaker: 'assistant', action: 'call', state, call: { id: 'c1', operation: 'shop.searchOrders', arguments: { email: 'ana@example.com' } } },
      { speaker: 'tool', operation: 'shop.searchOrders', call_id: 'c1', status: 'ok', result: { orders: [{ id: 'A1', item: 'blue kettle', from: '2025-01-01', to: '2025-01-05' }] } },
      { speaker: 'assistant', action: 'call', state, call: { id: 'c2', operation: 'shop.getOrder', arguments: { order_id: 'A1' } } },
      { speaker: 'tool', operation: 'shop.getOrder', call_id: 'c2', status: 'ok', result: { id: 'A1', item: 'blue kettle' } },
    ],
    meta: {},
  } as unknown as DialogueRecord;
}
const broken = (r: DialogueRecord): string[] => checkMeaning(r).map((v) => v.invariant);

describe('invariants of meaning', () => {
  test('a clean lookup passes', () => assert.deepEqual(broken(record()), []));

  test('side_effect_lookup: the value comes from a delete', () => {
    const r = record();
    r.operations['shop.searchOrders'] = op('DELETE', '/orders', 'deleteOrders');
    assert.ok(broken(r).includes('side_effect_lookup'));
  });

  test('invented_value: a required value from the spec default', () => {
    const r = record();
    r.slots[0]!.source = 'default';
    assert.deepEqual(broken(r), ['invented_value']);
  });

  test('silent_pick: several candidates, nobody chose', () => {
    const r = record();
    (r.turns[2] as { result: unknown }).result = { orders: [{ id: 'A1', item: 'blue kettle' }, { id: 'B2', item: 'red pan' }] };
    assert.deepEqual(broken(r), ['silent_pick']);
    // The user naming the item (a detail of it) is a choice.
    r.turns.splice(3, 0, { speaker: 'user', action: 'inform', text: 'The blue kettle one.' });
    assert.deepEqual(broken(r), []);
  });

  test('silent_pick: one item shown of many found is still a pick; one match of the user\'s detail is not', () => {
    const r = record();
    // The search found 923 orders and shows one: taking it is choosing among 923 for the user.
    (r.turns[2] as { result: unknown }).result = { total: 923, orders: [{ id: 'A1', item: 'blue kettle' }] };
    assert.deepEqual(broken(r), ['silent_pick']);
    // The count in a paging block beside the list says the same.
    (r.turns[2] as { result: unknown }).result = { page: { totalElements: 40 }, orders: [{ id: 'A1', item: 'blue kettle' }] };
    assert.deepEqual(broken(r), ['silent_pick']);
    // The user's email selects exactly one order: nothing to choose.
    (r.turns[2] as { result: unknown }).result = { total: 1, orders: [{ id: 'A1', item: 'blue kettle' }] };
    assert.deepEqual(broken(r), []);
    // A nested list: `data.orders[]` with its total in `data`.
    r.slots[1]!.from = { operation: 'shop.searchOrders', field: 'data.orders[0].id' };
    (r.turns[2] as { result: unknown }).result = { data: { total: 3, orders: [{ id: 'A1', item: 'blue kettle' }] } };
    assert.deepEqual(broken(r), ['silent_pick']);
    // The assistant listed them and the user picked one by name.
    r.turns.splice(3, 0, { speaker: 'assistant', action: 'request', text: 'I found 3 orders: the blue kettle, the red pan and the grey mug. Which one?' } as never, { speaker: 'user', action: 'inform', text: 'The blue kettle.' } as never);
    assert.deepEqual(broken(r), []);
  });

  test('empty_result: a read answers {"status":"ok"}', () => {
    const r = record();
    (r.turns[4] as { result: unknown }).result = { status: 'ok' };
    assert.deepEqual(broken(r), ['empty_result']);
  });

  test('reversed_range: `to` before `from`, in a result or in call arguments', () => {
    const r = record();
    (r.turns[2] as { result: unknown }).result = { orders: [{ id: 'A1', from: '2025-02-01', to: '2025-01-05' }] };
    assert.deepEqual(broken(r), ['reversed_range']);
    const s = record();
    (s.turns[1] as { call: { arguments: Record<string, unknown> } }).call.arguments = { email: 'ana@example.com', min_price: 50, max_price: 10 };
    assert.deepEqual(broken(s), ['reversed_range']);
  });

  test('entity_mismatch: get by id returns another id', () => {
    const r = record();
    (r.turns[4] as { result: unknown }).result = { id: 'Z9', item: 'blue kettle' };
    assert.deepEqual(broken(r), ['entity_mismatch']);
  });
});

test('dialforge stats counts the dialogues breaking each invariant of meaning', async () => {
  const { dialogueStats, formatStats } = await import('../../src/export/index.ts');
  const picked = record();
  (picked.turns[2] as { result: unknown }).result = { orders: [{ id: 'A1', item: 'blue kettle' }, { id: 'B2', item: 'red pan' }] };
  const stats = await dialogueStats([record(), picked]);
  assert.equal(stats.meaning.silent_pick, 1);
  assert.equal(stats.meaning.side_effect_lookup, 0);
  assert.match(formatStats(stats), /silent_pick\s+1\s+50\.0%/);
});
