/**
 * An id nobody has is asked for with what will do instead (rd35 control reading: "Which venue ID …?" with nothing a
 * person could answer), and the user's answer then gives that, without asking back how.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withIdOffer35 } from '../../src/realize/_id-offer35.ts';
import { dialogueRng } from '../../src/random/index.ts';
import type { DialoguePlan, DialogueRecord } from '../../src/plan/types.ts';
import { generated } from '../_generated.ts';
import { bundledSpecsDir } from '../_shared.ts';

const OFFER = /(I'll look it up|I'll find it( from there)?|for you to pick from|to choose from)\.$/;

describe('wave 35: the question for an id offers what will do instead', () => {
  test('in generated fail_inform dialogues, the user gives what the offer named and asks nothing back', async () => {
    const { written } = await generated([bundledSpecsDir], 60);
    let offers = 0;
    for (const w of written) {
      const record = JSON.parse(w.json) as DialogueRecord;
      record.turns.forEach((t, i) => {
        if (t.speaker !== 'assistant' || t.action !== 'request' || !OFFER.test(t.text ?? '')) return;
        offers++;
        const next = record.turns[i + 1] as { action?: string; text?: string };
        assert.equal(next.action, 'fail_inform', `${record.id}: an offer only before the user says they lack the id`);
        assert.doesNotMatch(next.text ?? '', /\?/, `${record.id}: "${next.text}" asks back after the offer`);
        const source = record.turns.slice(i + 1).find((x) => x.speaker === 'assistant' && x.action === 'call');
        const given = Object.values(source?.speaker === 'assistant' ? (source.call?.arguments ?? {}) : {}).map(String);
        // A source that lists without input (the offer was the list) needs nothing from the user.
        if (given.length > 0) assert.ok(given.some((v) => (next.text ?? '').includes(v)), `${record.id}: "${next.text}" gives none of ${given.join(', ')}`);
      });
    }
    assert.ok(offers >= 3, `only ${offers} offers in 60 dialogues`);
  });

  test('only for one id, and "If not" only after a question', () => {
    const plan = {
      slots: [
        { operation: 'shop.listOrders', param: 'customerId', value: 'c1', source: 'chained', required: true, from: { operation: 'shop.searchCustomers', field: 'items[].id' } },
        { operation: 'shop.searchCustomers', param: 'name', value: 'Nora Costa', source: 'given', required: false },
      ],
    } as unknown as DialoguePlan;
    const phrase = (): string => 'the customer name';
    const ref = [{ operation: 'shop.listOrders', param: 'customerId' }];
    const informed = [{ operation: 'shop.searchCustomers', param: 'name' }];
    for (let n = 0; n < 20; n++) {
      const said = withIdOffer35('I need the customer ID.', plan, ref, informed, phrase, dialogueRng(1, n, 't'));
      assert.match(said, /^I need the customer ID\. (If you don't have it, tell me the customer name|Don't have it\? The customer name will do)/);
    }
    assert.equal(withIdOffer35('What is the city?', plan, [{ operation: 'shop.listOrders', param: 'city' }], informed, phrase, dialogueRng(1, 1, 't')), 'What is the city?');
    assert.equal(withIdOffer35('What is the customer ID?', plan, ref, undefined, phrase, dialogueRng(1, 1, 't')), 'What is the customer ID?', 'no offer when the user will give the id');
    assert.equal(withIdOffer35('What is the customer ID?', plan, ref, [], phrase, dialogueRng(1, 1, 't')), 'What is the customer ID?', 'no offer when the user will not give what it names');
  });
});
