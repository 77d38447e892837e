/** Rules about what the assistant says of a call (QUALITY.md F, J), each broken on purpose. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkDialogue, checkMeaning } from '../../src/check/index.ts';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { realize } from '../../src/realize/index.ts';
import { clearRequestPlan, overlapRetriever } from '../_dialogue-plans.ts';

const op = (method: string, path: string, name: string) => ({ name, api: 'shop', description: '', method, path, parameters: { type: 'object', properties: {} } });
const state = { api_confirmed: false, api_status: 'none' } as never;

/** A clean read: get an order, answered with its item and status. */
function record(): DialogueRecord {
  return {
    id: 't', seed: 1, index: 0, flow: 'f', family: 'clear_request', edge_type: null,
    operations: { 'shop.getOrder': op('GET', '/orders/{order_id}', 'getOrder') },
    chain: ['shop.getOrder'],
    slots: [{ operation: 'shop.getOrder', param: 'order_id', value: 'A1', source: 'given', required: true }],
    turns: [
      { speaker: 'user', action: 'inform_intent_clear_add', text: 'Get order A1.' },
      { speaker: 'assistant', action: 'call', state, call: { id: 'c1', operation: 'shop.getOrder', arguments: { order_id: 'A1' } } },
      { speaker: 'tool', operation: 'shop.getOrder', call_id: 'c1', status: 'ok', result: { id: 'A1', item: 'blue kettle', status: 'shipped' } },
      { speaker: 'assistant', action: 'response', state, text: 'The item is blue kettle and the status is shipped.' },
    ],
    meta: {},
  } as unknown as DialogueRecord;
}

/** Only this file's rules: the clean record is not a full dialogue for the other invariants. */
const RULES = ['claimed_change', 'fix_reason', 'unreported_result'];
const broken = (r: DialogueRecord): string[] => checkMeaning(r).map((v) => v.invariant).filter((v) => RULES.includes(v));
/** What the full checker says of a whole realized dialogue. */
const brokenFull = (r: DialogueRecord): string[] => {
  const result = checkDialogue(r);
  return result.ok ? [] : result.violations.map((v) => v.invariant).filter((v) => RULES.includes(v));
};
const response = (r: DialogueRecord): { text?: string } => r.turns[3] as { text?: string };

describe('response rules', () => {
  test('a faithful answer passes', () => assert.deepEqual(broken(record()), []));

  test('claimed_change: "The change is in." after a read', () => {
    const r = record();
    response(r).text = 'The change is in. The item is blue kettle.';
    assert.deepEqual(broken(r), ['claimed_change']);
    // The same words after a change are right.
    r.operations['shop.getOrder'] = op('PATCH', '/orders/{order_id}', 'updateOrder');
    assert.deepEqual(broken(r), []);
  });

  test('claimed_change: a read quote on POST ("get a delivery quote") is still a read', () => {
    const r = record();
    r.operations['shop.getOrder'] = op('POST', '/quotes', 'getDeliveryQuote');
    response(r).text = "I've updated it. The item is blue kettle.";
    assert.deepEqual(broken(r), ['claimed_change']);
  });

  test('unreported_result: the answer names none of the values that came back', () => {
    const r = record();
    response(r).text = 'The service confirmed it.';
    assert.deepEqual(broken(r), ['unreported_result']);
    // A result with nothing beyond what was sent and transport ({id, found, status 200}) has nothing to name.
    (r.turns[2] as { result: unknown }).result = { id: 'A1', found: true, code: 200, message: 'Data retrieved successfully.' };
    assert.deepEqual(broken(r), []);
    // A date said readably counts as said.
    (r.turns[2] as { result: unknown }).result = { id: 'A1', shippedAt: '2026-02-03T14:00:00Z' };
    response(r).text = 'It was shipped on February 3, 2026 at 14:00 UTC.';
    assert.deepEqual(broken(r), []);
    // The request echoed back is not the answer: leaving it out is right, and an answer beside it must be said.
    (r.turns[2] as { result: unknown }).result = { request: { device: 'Pixel 8', format: 'full' }, locale: 'en-US', response: { is_open: true } };
    response(r).text = 'It is open.';
    assert.deepEqual(broken(r), []);
    (r.turns[2] as { result: unknown }).result = { request: { device: 'Pixel 8' }, response: { title: 'Flight 12' } };
    assert.deepEqual(broken(r), ['unreported_result']);
  });

  test('unreported_result: the answer speaks of the list the operation is for, not only a side list', () => {
    const r = record();
    r.operations['shop.getOrder'] = op('GET', '/webcams/list/property/{property}', 'webcamsListProperty');
    (r.turns[2] as { result: unknown }).result = { status: 'OK', result: { webcams: [{ id: 'QV1', title: 'Manchester: Main Street' }, { id: 'TY2', title: 'Edinburgh: Beach' }], regions: ['Regions 38', 'Regions 6'] } };
    response(r).text = 'It shows that the regions are Regions 38 and Regions 6.';
    assert.deepEqual(broken(r), ['unreported_result']);
    response(r).text = 'I found 2 webcams, including Manchester: Main Street and Edinburgh: Beach.';
    assert.deepEqual(broken(r), []);
    // Naming one of the items is enough, and so is the noun with a count.
    response(r).text = 'The first one is Edinburgh: Beach.';
    assert.deepEqual(broken(r), []);
  });

  test('unreported_result: the answer gives the field the request names (status, image link)', () => {
    const r = record();
    r.operations['shop.getOrder'] = { ...op('GET', '/refunds/{refund_id}', 'getRefund'), description: 'Get the status of a refund.' };
    (r.turns[2] as { result: unknown }).result = { refundId: 're_1', orderId: 'JK1', amount: 82.71, reason: 'product', status: 'succeeded' };
    response(r).text = 'The order ID is JK1, the amount is 82.71 and the reason is product.';
    assert.deepEqual(broken(r), ['unreported_result']);
    response(r).text = 'The status is succeeded; the order ID is JK1.';
    assert.deepEqual(broken(r), []);
    // A cover image answered by its size only: the link is what was asked for.
    r.operations['shop.getOrder'] = { ...op('GET', '/playlists/{id}/images', 'getPlaylistCover'), description: 'Get the cover image of a playlist.' };
    (r.turns[2] as { result: unknown }).result = [{ height: 300, width: 176, url: 'https://img.example.com/a.jpg' }];
    response(r).text = 'In the first, the height is 300 and the width is 176.';
    assert.deepEqual(broken(r), ['unreported_result']);
    response(r).text = 'The image is 300 by 176; the link is https://img.example.com/a.jpg.';
    assert.deepEqual(broken(r), []);
    // A transport code answers no question about a status.
    (r.turns[2] as { result: unknown }).result = { status: 200, name: 'Blue' };
    response(r).text = 'The name is Blue.';
    assert.deepEqual(broken(r), []);
  });

  test('unreported_result: content asked by name (a biography, lyrics) is carried, not only the name', () => {
    const r = record();
    r.operations['shop.getOrder'] = { ...op('GET', '/authors/{authorId}', 'getAuthor'), description: "Get an author's name, biography and best-known work." };
    (r.turns[2] as { result: unknown }).result = { authorId: 'OL1A', name: 'Kofi Moreau', bio: 'Kofi Moreau lives in Wellington and writes about the sea.', topWork: 'The Silver Echoes' };
    response(r).text = 'The name is Kofi Moreau and the top work is The Silver Echoes.';
    assert.deepEqual(broken(r), ['unreported_result']);
    response(r).text = 'The top work is The Silver Echoes. Here is the biography: Kofi Moreau lives in Wellington and writes about the sea.';
    assert.deepEqual(broken(r), []);
    // Lyrics are lines: the first line said is enough.
    r.operations['shop.getOrder'] = { ...op('GET', '/tracks/{trackId}/lyrics', 'getTrackLyrics'), description: 'Get the lyrics of a track.' };
    (r.turns[2] as { result: unknown }).result = { trackId: 'tr1', language: 'en', lines: [{ startMs: 0, words: 'We were young and free' }, { startMs: 900, words: 'And the night goes on' }] };
    response(r).text = 'There are 2 lines; the first starts at 0 milliseconds.';
    assert.deepEqual(broken(r), ['unreported_result']);
    response(r).text = 'The lyrics begin: “We were young and free / And the night goes on …”';
    assert.deepEqual(broken(r), []);
  });

  test('fix_reason: the fix of a redundant question speaks of a rejected call', () => {
    const r = record();
    r.turns.splice(1, 0,
      { speaker: 'assistant', action: 'request', state, text: 'What is the order ID?', request: [{ operation: 'shop.getOrder', param: 'order_id' }], error: { kind: 'redundant_request' } } as never,
      { speaker: 'user', action: 'inform', text: 'I told you: A1.' } as never,
    );
    const fix = r.turns[3] as { corrects?: number; thought?: string };
    fix.corrects = 1;
    fix.thought = 'The previous call was rejected. Retrying with corrected values.';
    assert.deepEqual(broken(r), ['fix_reason']);
    fix.thought = 'I should not have asked: the user had already given the order ID.';
    assert.deepEqual(broken(r), []);
    // After a real call was refused, retrying is the right word.
    (r.turns[1] as { call?: unknown }).call = { id: 'c0', operation: 'shop.getOrder', arguments: {} };
    fix.thought = 'The previous call was rejected. Retrying with corrected values.';
    assert.deepEqual(broken(r), []);
  });

  test('realized dialogues keep the rules', () => {
    const retriever = overlapRetriever();
    for (let index = 0; index < 20; index++) assert.deepEqual(brokenFull(realize(clearRequestPlan(index), { retriever })), [], `dialogue ${index}`);
  });
});
