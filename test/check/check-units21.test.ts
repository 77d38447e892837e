/**
 * Amounts and numbers of one result that agree (QUALITY.md E), wave 21: the rules of src/check/_rules-units21.ts
 * broken on purpose on the records the reading of 2026-12-07e found (openapi 134, an Adyen grant whose reply said
 * "351.44 EUR" and "608 EUR"; bundled 300, a table for 4 at 06:45), and the generator's pass that keeps them.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { checkMeaning } from '../../src/check/index.ts';
import { fitUnits21 } from '../../src/plan/_units21.ts';
import { fitMoney, moneyUnitsOf } from '../../src/plan/_money.ts';
import { oneCall } from '../_one-call.ts';

const IDS = ['minor_units_mixed', 'part_sum_total', 'above_maximum', 'reservation_hour'];
const broken = (record: DialogueRecord, rule: string): string[] => checkMeaning(record).map((v) => v.invariant).filter((v) => v === rule);

/** The Adyen grant of openapi 134 (2026-12-07e), its balances and term as given, and the reply's words. */
function grant(balances: Record<string, unknown>, term: Record<string, unknown>, response: string, minor = ['value']): DialogueRecord {
  const result = {
    amount: { currency: 'EUR', value: 35144 }, balances: { currency: 'EUR', ...balances }, fee: { amount: { currency: 'EUR', value: 13064 } },
    id: 'imo7V8mKA', repayment: { basisPoints: 307, term }, status: 'Active',
  };
  const record = oneCall({ id: 'imo7V8mKA' }, result, { name: 'getGrant', path: '/grants/{id}', text: 'Please get my grant reference details.', response });
  (record.turns[2] as { minor_units?: string[] }).minor_units = minor;
  return record;
}

/** The cancelled reservation of bundled 300 (2026-12-07e) at `time`. */
function reservation(time: string, text = 'Please cancel my restaurant reservation.'): DialogueRecord {
  const result = { reservationId: '7691c414-d5e7-48b6-b0c4-d32f94ed2d23', restaurantId: 'rst_6fK6mQ6xLp', date: '2027-02-03', time, partySize: 4, status: 'cancelled' };
  return oneCall({ reservationId: '7691c414-d5e7-48b6-b0c4-d32f94ed2d23' }, result, { name: 'cancelReservation', path: '/restaurants/reservations/{reservationId}', method: 'DELETE', text, response: `Your reservation for 4 on February 3 at ${time} is cancelled.` });
}

describe('units21 rules', () => {
  test('minor_units_mixed: "351.44 EUR" converted beside "608 EUR" as held', () => {
    const said = 'The amount is 351.44 EUR, the principal is 339, the total balance is 608 EUR and the status is Active.';
    assert.deepEqual(broken(grant({ fee: 7, principal: 339, total: 608 }, { estimatedDays: 233, maximumDays: 248 }, said), 'minor_units_mixed'), ['minor_units_mixed']);
    const good = 'The amount is 351.44 EUR, the principal is 311.88, the total balance is 319.24 EUR and the status is Active.';
    assert.deepEqual(checkMeaning(grant({ fee: 736, principal: 31188, total: 31924 }, { estimatedDays: 233, maximumDays: 248 }, good, ['value', 'fee', 'principal', 'total'])).map((v) => v.invariant).filter((v) => IDS.includes(v)), []);
  });

  test('part_sum_total: fee 7 + principal 339 is no total of 608', () => {
    const said = 'The amount is 351.44 EUR and the status is Active.';
    assert.deepEqual(broken(grant({ fee: 7, principal: 339, total: 608 }, { estimatedDays: 233, maximumDays: 248 }, said), 'part_sum_total'), ['part_sum_total']);
    assert.deepEqual(broken(grant({ fee: 7, principal: 339, total: 346 }, { estimatedDays: 233, maximumDays: 248 }, said), 'part_sum_total'), []);
  });

  test('above_maximum: estimatedDays 344 with maximumDays 248', () => {
    const said = 'The amount is 351.44 EUR and the status is Active.';
    assert.deepEqual(broken(grant({ fee: 7, principal: 339, total: 346 }, { estimatedDays: 344, maximumDays: 248 }, said), 'above_maximum'), ['above_maximum']);
    assert.deepEqual(broken(grant({ fee: 7, principal: 339, total: 346 }, { estimatedDays: 200, maximumDays: 248 }, said), 'above_maximum'), []);
  });

  test('reservation_hour: a restaurant table for 4 at 06:45, unless the user asked for it', () => {
    assert.deepEqual(broken(reservation('06:45'), 'reservation_hour'), ['reservation_hour']);
    assert.deepEqual(broken(reservation('19:30'), 'reservation_hour'), []);
    assert.deepEqual(broken(reservation('06:45', 'Please cancel my restaurant reservation at 6:45.'), 'reservation_hour'), []);
  });

  test('the generator: balances in the unit of the amount, the total their sum, days under the maximum, tables at meal times', () => {
    const fields = [
      { path: 'amount.value', schema: { type: 'integer', description: 'The numeric value of the amount, in minor units.' } },
      { path: 'balances.fee', schema: { type: 'integer', description: 'Fee amount.' } },
      { path: 'balances.principal', schema: { type: 'integer', description: 'Principal amount.' } },
      { path: 'balances.total', schema: { type: 'integer', description: 'Total amount.' } },
    ];
    assert.deepEqual([...moneyUnitsOf(fields).minor].sort(), ['fee', 'principal', 'total', 'value']);
    const result = { balances: { currency: 'EUR', fee: 736, principal: 31188, total: 608 }, term: { estimatedDays: 344, maximumDays: 248 }, reservation: { time: '06:45', partySize: 4 } };
    fitUnits21(result, new Set(), 'cancel a restaurant reservation');
    assert.equal(result.balances.total, 31924);
    assert.ok(result.term.estimatedDays <= 248);
    const [h] = result.reservation.time.split(':').map(Number);
    assert.ok((h! >= 12 && h! <= 14) || (h! >= 18 && h! <= 21), result.reservation.time);
    // A time the call sent stays.
    const asked = { time: '06:45', partySize: 4 };
    fitUnits21(asked, new Set(['"06:45"']), 'cancel a restaurant reservation');
    assert.equal(asked.time, '06:45');
  });

  test('the generator: a shop good is priced as what it is, in its currency (bundled 146: no 1935.76 PLN jigsaw)', () => {
    const item = (name: string, amount: number, currencyCode: string) => ({ name, price: { amount, currencyCode } });
    const result = { items: [item('Jigsaw Puzzle (500 pieces)', 1935.76, 'PLN'), item('Espresso Machine', 6.43, 'EUR'), item('Hydrating Face Cream', 765, 'USD')] };
    fitMoney(result, new Set(), 'search products');
    const [puzzle, machine, cream] = result.items.map((i) => i.price.amount);
    assert.ok(puzzle! >= 6 * 4 * 0.9 && puzzle! <= 60 * 4 * 1.1, `puzzle ${puzzle} PLN`);
    assert.ok(machine! >= 60 * 0.92 * 0.9, `machine ${machine} EUR`);
    assert.ok(cream! <= 45, `cream ${cream} USD`);
  });
});
