/**
 * How the user's turns follow each other (QUALITY.md J), wave 20: the rules of src/check/_rules-turns20.ts broken
 * on purpose (the second greeting and the "Yes," to a "Which …?" question that the reading of 2026-12-07d found),
 * and the generator keeping them on the bundled specs.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { checkMeaning } from '../../src/check/index.ts';
import { bundledSpecsDir } from '../_shared.ts';
import { oneCall } from '../_one-call.ts';
import { assertGeneratorKeeps } from '../_generated.ts';

const broken = (record: DialogueRecord, rule: string): string[] => checkMeaning(record).map((v) => v.invariant).filter((v) => v === rule);

/** A one-call dialogue opened by a vague turn and a clear one (bundled 97 of that reading), then an answer. */
function opened(vague: string, clear: string): DialogueRecord {
  const record = oneCall({ offerId: 'OF-6K9M4Q6XZ3' }, { offerId: 'OF-6K9M4Q6XZ3', total: 412.5, currency: 'EUR' }, { name: 'priceOffer', text: vague, response: 'The final price is 412.50 EUR.' });
  record.turns.splice(1, 0, { speaker: 'assistant', action: 'clarify', text: 'Sure, what would you like to do with flight offers?' } as never, { speaker: 'user', action: 'inform_intent_clear', text: clear } as never);
  return record;
}

/** A dialogue where the assistant asks `question` and the user answers `answer` (bundled 2 of that reading). */
function answered(question: string, answer: string): DialogueRecord {
  const record = oneCall({ deliveryOrderId: 'dlv_x546hMUC6F' }, { id: 'dlv_x546hMUC6F', status: 'on_the_way' }, { name: 'getDeliveryOrder', text: 'Where is my delivery?', response: 'Your delivery order is on the way.' });
  record.turns.splice(1, 0, { speaker: 'assistant', action: 'request', text: question } as never, { speaker: 'user', action: 'inform', text: answer } as never);
  return record;
}

describe('turns20 rules', () => {
  test('greeting_twice: "Good morning." and then "Good afternoon." one turn later', () => {
    assert.deepEqual(broken(opened('Good morning. Do you know anything about flight offers?', 'Good afternoon. Please confirm the final price of a flight offer.'), 'greeting_twice'), ['greeting_twice']);
    assert.deepEqual(broken(opened('Good morning. Do you know anything about flight offers?', 'Please confirm the final price of a flight offer.'), 'greeting_twice'), []);
    assert.deepEqual(broken(opened('Hi there! Question about movies.', 'Hey! I need to search movies by title.'), 'greeting_twice'), ['greeting_twice']);
  });

  test('yes_to_open_question: "Yes, the delivery order ID is …" answers "Which delivery order ID should I use?"', () => {
    assert.deepEqual(broken(answered('Certainly. Which delivery order ID should I use?', 'Yes, the delivery order ID is dlv_x546hMUC6F.'), 'yes_to_open_question'), ['yes_to_open_question']);
    assert.deepEqual(broken(answered('Certainly. Which delivery order ID should I use?', 'Ah, the delivery order ID is dlv_x546hMUC6F.'), 'yes_to_open_question'), []);
    // A yes-no question is answered with a yes.
    assert.deepEqual(broken(answered('Could you tell me the delivery order ID?', 'Yes, the delivery order ID is dlv_x546hMUC6F.'), 'yes_to_open_question'), []);
  });

  test('the generator greets once and never says "Yes," to an open question (300 bundled dialogues)', async () => {
    await assertGeneratorKeeps(['greeting_twice', 'yes_to_open_question'], [bundledSpecsDir], 300, { minWritten: 280 });
  });
});
