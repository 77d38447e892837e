/**
 * Goodbyes that answer what the user said (QUALITY.md J), wave 29: the rules of src/check/_rules-replies29.ts broken
 * on purpose on records like the ones the blind reading found (bundled #301, "No problem at all. I can dig further
 * later." after tickets bought; "Great!" answering "Thanks a million!"), and the generator keeping them.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { oneCall, violationsOf } from '../_one-call.ts';
import { assertGeneratorKeeps } from '../_generated.ts';

const RULES = ['thanks_answered_great', 'bye_digs_after_write'];
const great = violationsOf('thanks_answered_great');
const digs = violationsOf('bye_digs_after_write');

const purchase = (bye: string): DialogueRecord => oneCall({ holdId: '525c59ad-84c0-4cbf-b709-eb3dfab8fc1a', deliveryMethod: 'print_at_home' }, { orderId: 'TN-605393726', status: 'confirmed' }, { name: 'purchaseTickets', path: '/purchases', method: 'POST', response: 'All taken care of: the ticket order TN-605393726 is confirmed.', bye });
const lookup = (bye: string): DialogueRecord => oneCall({ q: 'Bangkok' }, { results: [{ name: 'Bangkok Coffee Roasters' }] }, { name: 'searchBusinesses', path: '/search', method: 'POST', response: 'I found one place: Bangkok Coffee Roasters.', bye });

describe('replies29 rules', () => {
  test('thanks_answered_great: a thanks answered with "Great!"', () => {
    assert.deepEqual(great(purchase('Great! Enjoy the rest of your day.')), ['thanks_answered_great']);
    assert.deepEqual(great(purchase("You're very welcome. Enjoy the rest of your day.")), []);
  });

  test('bye_digs_after_write: more digging promised after a completed write', () => {
    assert.deepEqual(digs(purchase('No problem at all. I can dig further later.')), ['bye_digs_after_write']);
    assert.deepEqual(digs(purchase('Happy to dig deeper into the ticket order if you need.')), ['bye_digs_after_write']);
    assert.deepEqual(digs(purchase('No problem at all. Ask again whenever you like.')), []);
    // A search sent by POST is a lookup: more digging is a fair offer there.
    assert.deepEqual(digs(lookup('Happy to dig deeper into Bangkok Coffee Roasters if you need.')), []);
  });

  test('the generator keeps them on shop, events and music specs', async () => {
    await assertGeneratorKeeps(RULES, ['shop.yaml', 'events.json', 'music.json'].map((f) => join('api-specs', f)), 40, { minWritten: 20 });
  });
});
