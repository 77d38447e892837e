/**
 * The words of single utterances (QUALITY.md B, J), wave 26: the rules of src/check/_rules-words26.ts broken on
 * purpose on records like the ones the blind reading found (Adyen's "-556.2 NOK", Schwab's chart dates sent as
 * "2025-05-15" for yyyy-MM-dd'T'HH:mm:ss, "the month is 9", "Absolutely. I'll need the date for this." after a
 * geocode), and the generator keeping them on those specs.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { fixturesDir, skipWithoutFixtures } from '../_shared.ts';
import { oneCall, violationsOf } from '../_one-call.ts';
import { assertGeneratorKeeps } from '../_generated.ts';
import { moneyInCents } from '../../src/text/money26.ts';
import { joinedKey } from '../../src/realize/_joined-key26.ts';
import { reply26 } from '../../src/realize/_reply26.ts';

const RULES = ['money_one_decimal', 'month_said_as_number', 'agree_after_result', 'datetime_as_bare_day', 'bye_same_opening'];
const oneDecimal = violationsOf('money_one_decimal');
const monthNumber = violationsOf('month_said_as_number');
const agreeAfter = violationsOf('agree_after_result');
const bareDay = violationsOf('datetime_as_bare_day');
const byeOpening = violationsOf('bye_same_opening');

const transactions = (response: string): DialogueRecord => oneCall({ balanceAccountId: 'gQFsXH7F' }, { data: [{ amount: { currency: 'NOK', value: -55620 } }] }, { name: 'getTransactions', path: '/transactions', response });

/** A chart call sending `startDate`, documented as Schwab documents it. */
function chart(startDate: string): DialogueRecord {
  const record = oneCall({ startDate, symbol: 'TSLA' }, { Dates: [43948] }, { name: 'quote_get_chart', path: '/quote/get-chart' });
  const op = Object.values(record.operations)[0] as unknown as { parameters: { properties: Record<string, unknown> } };
  op.parameters.properties.startDate = { type: 'string', description: "The format is yyyy-MM-dd'T'HH:mm:ss" };
  return record;
}

/** A geocode result, then the assistant's next question `ask`. */
function afterGeocode(ask: string): DialogueRecord {
  const record = oneCall({ address: 'Nedre Brubråten 29, Bergen' }, { results: [{ lat: 60.392, lon: 5.328, formattedAddress: 'Nedre Brubråten 29, Bergen' }] }, { name: 'geocodeAddress', path: '/geocode' });
  record.turns.push({ speaker: 'assistant', action: 'request', state: { api_confirmed: true, api_status: 'none' }, text: ask, request: [] } as never);
  return record;
}

describe('words26 rules', () => {
  test('money_one_decimal: an amount with cents said with one decimal', () => {
    assert.deepEqual(oneDecimal(transactions('I found 1 transaction: the amount is -556.2 NOK.')), ['money_one_decimal']);
    assert.deepEqual(oneDecimal(transactions('The last close was $72.6.')), ['money_one_decimal']);
    assert.deepEqual(oneDecimal(transactions('I found 1 transaction: the amount is -556.20 NOK.')), []);
    assert.deepEqual(oneDecimal(transactions('It is rated 4.5 and costs 1200 JPY; revenue was $1.2 million.')), []);
    assert.equal(moneyInCents('the price range is 34.5 to 54.5 EUR, the total $72.6'), 'the price range is 34.50 to 54.50 EUR, the total $72.60');
  });

  test('month_said_as_number: a month said as its number', () => {
    const said = (text: string): DialogueRecord => oneCall({ month: '9' }, { series: [] }, { name: 'time_series', text });
    assert.deepEqual(monthNumber(said('Get futures from 2022-01-28. The month is 9.')), ['month_said_as_number']);
    assert.deepEqual(monthNumber(said('Get futures from 2022-01-28. The month is September.')), []);
    assert.deepEqual(monthNumber(said('The start date is March 2, 2025 and the number of months is 9.')), []);
  });

  test('agree_after_result: agreeing to nothing right after a tool result', () => {
    assert.deepEqual(agreeAfter(afterGeocode("Absolutely. I'll need the date for this.")), ['agree_after_result']);
    assert.deepEqual(agreeAfter(afterGeocode("I found Nedre Brubråten 29, Bergen. I'll need the date for this.")), []);
  });

  test('bye_same_opening: a goodbye stitched from two stock phrases that open alike', () => {
    const bye = (text: string): DialogueRecord => {
      const record = transactions('I found 1 transaction: the amount is -556.20 NOK.');
      record.turns.push({ speaker: 'assistant', action: 'system_bye', state: { api_confirmed: true, api_status: 'none' }, text } as never);
      return record;
    };
    assert.deepEqual(byeOpening(bye('Glad I could help. Glad to help again later.')), ['bye_same_opening']);
    assert.deepEqual(byeOpening(bye('Happy to help! Happy to dig further later.')), ['bye_same_opening']);
    assert.deepEqual(byeOpening(bye('Glad I could help. I can help again later.')), []);
    assert.deepEqual(byeOpening(bye("I understand. I hope you find another way.")), []);
  });

  test('datetime_as_bare_day: a bare day where the description documents a date and time', () => {
    assert.deepEqual(bareDay(chart('2020-04-27')), ['datetime_as_bare_day']);
    assert.deepEqual(bareDay(chart('2020-04-27T00:00:00')), []);
    // The older rule agrees: the documented pattern is a moment, not a day.
    assert.deepEqual(violationsOf('documented_date_format')(chart('2020-04-27T00:00:00')), []);
  });

  test('the realizer says what a lookup found, amounts in cents, no repeated intro', () => {
    const record = afterGeocode("Absolutely. I'll need the date for this.");
    const plan = { ...record, slots: [{ operation: 'x.getHistoricalWeather', param: 'lat', source: 'chained', from: { operation: 'x.geocodeAddress', field: 'results[0].lat' } }] } as never;
    assert.equal(reply26(plan, record.turns, 3, "Absolutely. I'll need the date for this."), "I found Nedre Brubråten 29, Bergen. I'll need the date for this.");
    const answer = transactions('x');
    assert.equal(reply26(answer as never, answer.turns, 3, 'Found it. I found 1 transaction: the amount is -556.2 NOK.'), 'I found 1 transaction: the amount is -556.20 NOK.');
  });

  test('a key joining two nouns is said with "and"', () => {
    assert.equal(joinedKey('Moods & moments'), 'Moods and moments');
    assert.equal(joinedKey('Genres/Styles'), 'Genres and Styles');
    assert.equal(joinedKey('R&B'), 'R&B');
    assert.equal(joinedKey('users/{id}'), 'users/{id}');
  });

  test('the generator keeps them (Schwab, futures, Adyen transfers)', { skip: skipWithoutFixtures }, async () => {
    const specs = [join(fixturesDir, 'rapidapi', 'tools', 'Finance', 'schwab.json'), join(fixturesDir, 'rapidapi', 'tools', 'Financial', 'futures.json'), join(fixturesDir, 'openapi', 'adyen__transfers-v4.json')];
    const out = await assertGeneratorKeeps([...RULES, 'documented_date_format'], specs, 60, { minWritten: 30 });
    assert.ok(out.some((w) => /"(?:startDate|endDate)":"\d{4}-\d{2}-\d{2}T00:00:00"/.test(w.json)), 'a chart date is sent as a moment');
  });
});
