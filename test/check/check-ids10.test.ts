/** Ids in the spec's shape and places that are places (QUALITY.md E): src/check/_rules-ids10.ts broken on purpose, and the generator's side. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { mockParamValue } from '../../src/plan/_mock.ts';
import { numberFor } from '../../src/plan/_numbers.ts';
import { enumInDescription } from '../../src/plan/_vocab.ts';
import { withIdShapes, idKey } from '../../src/plan/_id-shapes.ts';
import { dialogueRng } from '../../src/random/index.ts';
import type { Operation } from '../../src/specs/types.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const offPattern = violationsOf('id_off_pattern');
const codeForPlace = violationsOf('code_for_place');

/** A refund call whose operation takes `orderId` in the shop's pattern. */
function refundCall(result: unknown): DialogueRecord {
  const record = oneCall({ orderId: 'ord_20481733' }, result, { name: 'createRefund', path: '/orders/{orderId}/refunds' });
  const op = Object.values(record.operations)[0]!;
  op.parameters = { type: 'object', properties: { orderId: { type: 'string', pattern: '^ord_[0-9]{8}$' } } };
  return record;
}

describe('ids in the shape the spec gives them', () => {
  test('are meaning invariants', () => {
    for (const id of ['id_off_pattern', 'code_for_place']) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(id));
  });
  test('an orderId outside the pattern the order operations take breaks it; one inside passes', () => {
    assert.deepEqual(offPattern(refundCall({ refundId: 're_1', orderId: 'ar9jhV7K5', status: 'pending' })), ['id_off_pattern']);
    assert.deepEqual(offPattern(refundCall({ refund: { id: 're_1', order: { id: 'VA1ahj8qA8' } } })), ['id_off_pattern']);
    assert.deepEqual(offPattern(refundCall({ refundId: 're_1', orderId: 'ord_61396712', status: 'pending' })), []);
  });
  test('a result id takes the shape another operation of the API gives that id', () => {
    const api = { name: 'shop', title: 'Shop' };
    const getOrder = { api, name: 'getOrder', inputs: [{ name: 'orderId', in: 'path', required: true, schema: { type: 'string', pattern: '^ord_[0-9]{8}$' }, example: 'ord_20481733' }], outputs: [] } as unknown as Operation;
    const getRefund = { api, name: 'getRefund', inputs: [{ name: 'refundId', in: 'path', required: true, schema: { type: 'string' } }], outputs: [{ path: 'orderId', schema: { type: 'string' }, isList: false }, { path: 'reason', schema: { type: 'string' }, isList: false }] } as unknown as Operation;
    const shaped = withIdShapes(getRefund.outputs, getRefund, [{ operation: getOrder }, { operation: getRefund }]);
    assert.equal(shaped[0]!.schema.pattern, '^ord_[0-9]{8}$');
    assert.equal(shaped[0]!.example, 'ord_20481733');
    assert.equal(shaped[1]!.schema.pattern, undefined);
    assert.equal(idKey('id', 'orders'), 'order_id');
    assert.equal(idKey('id', 'data'), undefined);
  });
});

describe('a place, a delivery or a distance is never a code', () => {
  test('a place of birth, ships_from, delivery or mileage holding a code breaks it', () => {
    assert.deepEqual(codeForPlace(oneCall({}, { name: 'Ana', place_of_birth: 'BRT-86667' })), ['code_for_place']);
    assert.deepEqual(codeForPlace(oneCall({}, { offers: [{ ships_from: 'pyojMMqdHnu' }] })), ['code_for_place']);
    assert.deepEqual(codeForPlace(oneCall({}, { delivery: 'DLV-7386' })), ['code_for_place']);
    assert.deepEqual(codeForPlace(oneCall({}, { mileage: 'MLG-31349' })), ['code_for_place']);
  });
  test('places, delivery texts, enum codes and distances pass', () => {
    assert.deepEqual(codeForPlace(oneCall({}, { place_of_birth: 'Lisbon', ships_from: 'Germany', delivery: 'FREE_DELIVERY', mileage: '42000', nationality: 'Kenyan' })), []);
    assert.deepEqual(codeForPlace(oneCall({}, { delivery: 'Free delivery in 2-3 days', mileage: '42,000 km' })), []);
  });
  test('the generator draws places, texts and distances for them', () => {
    for (let i = 0; i < 20; i++) {
      for (const name of ['place_of_birth', 'ships_from', 'delivery', 'mileage', 'nationality']) {
        const value = mockParamValue({ type: 'string' }, { name, inResult: true }, dialogueRng(1, i, 'ids'));
        assert.deepEqual(codeForPlace(oneCall({}, { [name]: value })), [], `${name}: ${String(value)}`);
      }
    }
  });
  test('a yearly mileage is thousands of miles, not a year; a code list of the following values is an enum', () => {
    for (let i = 0; i < 20; i++) {
      const perYear = numberFor({ type: 'number' }, 'mileage_year', dialogueRng(1, i, 'ids'), true);
      assert.ok(perYear >= 8000 && perYear <= 20000, String(perYear));
    }
    assert.deepEqual(enumInDescription('Find products with a delivery option, a comma delimited list of the following values: `PRIME_ELIGIBLE,FREE_DELIVERY`.', 'delivery'), ['PRIME_ELIGIBLE', 'FREE_DELIVERY']);
  });
});

describe('a change by the id in its path returns that id', () => {
  test('POST /pet/{petId} (updatePetWithForm) is about the pet the path names', async () => {
    const { resultShape } = await import('../../src/plan/_content.ts');
    const op = { name: 'updatePetWithForm', method: 'POST', path: '/pet/{petId}', effect: 'update', summary: 'Updates a pet in the store with form data', inputs: [{ name: 'petId', in: 'path', required: true, schema: { type: 'integer' } }], outputs: [] } as unknown as Operation;
    assert.deepEqual(resultShape(op, { petId: 237152, name: 'Murphey' }).byId, { key: 'petId', value: 237152 });
  });
});

describe('an unknown measure is never a code', () => {
  test('demand, a quality concern, a material and a copyright are a level, a material and a notice', () => {
    for (let i = 0; i < 10; i++) {
      for (const name of ['demand', 'quality_concern', 'vulnerability', 'material', 'copyright', 'awards', 'criteria']) {
        const value = String(mockParamValue({ type: 'string' }, { name, inResult: true }, dialogueRng(2, i, 'ids')));
        assert.doesNotMatch(value, /^[A-Z]{2,4}-\d{4,5}$/, `${name}: ${value}`);
      }
    }
  });
  test('the parts of a sentiment record are sentiments', () => {
    const value = mockParamValue({ type: 'string' }, { name: 'article_tldr', parent: 'sentiment', inResult: true }, dialogueRng(2, 1, 'ids'));
    assert.match(String(value), /^(positive|neutral|negative)$/);
  });
});
