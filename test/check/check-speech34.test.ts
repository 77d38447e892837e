/**
 * Replies that say items as a person would (QUALITY.md J), wave 34: `offer_fields_read_out` broken on purpose on a
 * real bundled ticket-offers dialogue with the reading the readers found ("the ticket type is standard, the price is
 * 815 PLN, the area is H8; the ticket type is accessible, …"), the generator's own reply passing, and the generator
 * keeping the rule on the first bundled dialogues (src/realize/_offers-speech34.ts).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { violationsOf } from '../_one-call.ts';
import { assertGeneratorKeeps } from '../_generated.ts';
import { bundledSpecsDir } from '../_shared.ts';

const readOut = violationsOf('offer_fields_read_out');

describe('speech34', () => {
  test('offer_fields_read_out: ticket offers read out as fields', async () => {
    const written = await assertGeneratorKeeps(['offer_fields_read_out'], [bundledSpecsDir], 8, { start: 0 });
    const record = written.map((w) => JSON.parse(w.json) as DialogueRecord).find((r) => r.turns.some((t) => t.speaker === 'assistant' && /\boffers: an? [A-Za-z]+ ticket for /.test(t.text ?? '')));
    assert.ok(record, 'a ticket-offers dialogue among the first 8');
    assert.deepEqual(readOut(record), []);
    const at = record.turns.findIndex((t) => t.speaker === 'assistant' && /\boffers: /.test(t.text ?? ''));
    const broken = structuredClone(record);
    (broken.turns[at] as { text: string }).text = 'I found 3 offers: the ticket type is standard, the price is 815 PLN, the area is H8; the ticket type is accessible, the price is 110 PLN, the area is E4; and the ticket type is standard, the price is 165 PLN, the area is H31.';
    assert.deepEqual(readOut(broken), ['offer_fields_read_out']);
    (broken.turns[at] as { text: string }).text = 'I found 2 products: the name is Mug, the price is 8 USD; the name is Cup, the price is 6 USD.';
    assert.deepEqual(readOut(broken), []);
  });
});
