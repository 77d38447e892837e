/**
 * Time series, timestamps and rates that are believable (QUALITY.md E), wave 24: the rules of
 * src/check/_rules-series24.ts broken on purpose by the tool results the reading of 2026-12-07h found (rapidapi 36,
 * 90 and 99, openapi 355 of the m23-final sets), and the generator's passes (src/plan/_chart-path24.ts,
 * src/plan/_stamps24.ts) making the same results pass.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { walkChart24 } from '../../src/plan/_chart-path24.ts';
import { amountFitsDescription24, documentedStatusWords, settleRecord24, smallChildCount24 } from '../../src/plan/_stamps24.ts';
import { marketLevel } from '../../src/world/index.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const IDS = ['chart_span_flat', 'chart_outside_asked', 'series_extremes_same_day', 'stamps_out_of_order', 'same_currency_rate'];
type Json = Record<string, unknown>;
type Pair = [Json, Json];
const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** rapidapi 36: a five-year TSLA chart closing between $137.11 and $146.76, its low's min and max on one day. */
const CHART36: Pair = [{"endDate":"2025-05-15","startDate":"2020-04-27","symbol":"TSLA","dataPeriod":"Month"},{"Labels":null,"Positions":[0,0.0256,0.0513,0.0769,0.1026,0.1282,0.1538,0.1795,0.2051,0.2308,0.2564,0.2821,0.3077,0.3333,0.359,0.3846,0.4103,0.4359,0.4615,0.4872,0.5128,0.5385,0.5641,0.5897,0.6154,0.641,0.6667,0.6923,0.7179,0.7436,0.7692,0.7949,0.8205,0.8462,0.8718,0.8974,0.9231,0.9487,0.9744,1],"Dates":[43948,43995.3,44042.6,44089.9,44137.2,44184.5,44231.8,44279.1,44326.4,44373.7,44421,44468.3,44515.6,44562.9,44610.2,44657.5,44704.8,44752.1,44799.4,44846.7,44894,44941.3,44988.6,45035.9,45083.2,45130.5,45177.8,45225.1,45272.4,45319.7,45367,45414.3,45461.6,45508.9,45556.2,45603.5,45650.8,45698.1,45745.4,45792.7],"Elements":[{"Currency":"USD","TimeStamp":"2023-06-23 16:00:00-04","Symbol":"TSLA","Type":"price","ID":"price","DataSeries":{"open":{"min":134.7,"max":144.35,"maxDate":45792.7,"minDate":45719.5321},"high":{"min":139.52,"max":149.17,"maxDate":45770.5032,"minDate":45750.1322},"low":{"min":132.29,"max":141.94,"maxDate":43948.3477,"minDate":43948},"close":{"min":137.11,"max":146.76,"maxDate":45758.9122,"minDate":45725.0087}},"Status":1},{"Currency":"USD","TimeStamp":"2023-06-23 16:00:00-04","Symbol":"TSLA","Type":"volume","ID":"volume","DataSeries":{"volume":{"min":19191430,"max":65615693,"maxDate":45748.1618,"minDate":43948.3477}},"Status":1}]}];
/** rapidapi 90: an AAPL chart asked to 2026-12-04 that ends March 16, 2026, its elements stamped 2026-09-08. */
const CHART90: Pair = [{"endDate":"2026-12-04","startDate":"2025-05-25","symbol":"AAPL","dataPeriod":"Month"},{"Labels":null,"Positions":[0,0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9,1],"Dates":[45802,45831.57,45861.14,45890.71,45920.28,45949.85,45979.42,46008.99,46038.56,46068.13,46097.7],"Elements":[{"Currency":"USD","TimeStamp":"2026-09-08 16:00:00-04","Symbol":"AAPL","Type":"price","ID":"price","DataSeries":{"open":{"min":193.5,"max":207.36,"maxDate":45848.9139,"minDate":45802},"high":{"min":200.43,"max":214.29,"maxDate":45838.9657,"minDate":45815.5086},"low":{"min":190.04,"max":203.9,"maxDate":46097.7,"minDate":46097.3738},"close":{"min":196.97,"max":210.83,"maxDate":46097.3738,"minDate":45817.8464}},"Status":1},{"Currency":"USD","TimeStamp":"2026-09-08 16:00:00-04","Symbol":"AAPL","Type":"volume","ID":"volume","DataSeries":{"volume":{"min":18643177,"max":23373816,"maxDate":46097.7,"minDate":45844.6737}},"Status":1}]}];
/** rapidapi 99: a task created 2025-02-02, finished 2025-04-24, its callback sent 2024-12-03. */
const TASK99: Pair = [{"task_id":"43nbMry2v"},{"task_utc_created_at":"2025-02-02T17:15:00Z","task_status":"completed","is_finished":true,"is_succeeded":true,"is_in_progress":false,"task_utc_finished_at":"2025-04-24T11:15:00Z","task_callback_status":"pending","task_callback_utc_sent_at":"2024-12-03T23:30:00Z","task_callback_url":"https://decisive-hierarchy.net/"}];
/** openapi 355: an order modified 2024-02-13 and shipped 2026-02-06, JPY to JPY at 1.6984. */
const ORDER355: Pair = [{"email":"silva.leila@fastmail.com"},{"id":25136,"date_modified":"2024-02-13","date_shipped":"2026-02-06","cart_id":"e8681837-ee71-4ec9-2ce9-773e3e077674","status":"unread","subtotal_tax":"68991","shipping_cost_tax":"62979","shipping_cost_tax_class_id":598005,"handling_cost_tax":"73734","handling_cost_tax_class_id":88357,"wrapping_cost_tax":"0.0000","wrapping_cost_tax_class_id":649044,"payment_status":"pending","store_credit_amount":"24974","gift_certificate_amount":"4358","currency_id":79062,"currency_code":"JPY","currency_exchange_rate":"1.6984","default_currency_id":1,"default_currency_code":"JPY","store_default_currency_code":"JPY","store_default_to_transactional_exchange_rate":"1.4666","coupon_discount":"5.0000","shipping_address_count":10,"is_deleted":false,"total_tax":"41591","is_tax_inclusive_pricing":false,"is_email_opt_in":false,"order_source":"www","status_id":936517}];

const TASK_DESCRIPTION = 'When task is not finished yet you will receive **task_status: inprogress**. For a finished task you will get **task_status: succeeded**.\nPossible task statuses:\n- **pending** - task is waiting for its turn\n- **inprogress** - task has been passed to the worker\n- **succeeded** - task has been finished with success';

describe('series24 rules', () => {
  test('chart_span_flat and series_extremes_same_day: the five-year chart of rapidapi 36 breaks them, its walk passes', () => {
    const [args, result] = copy(CHART36);
    assert.deepEqual(violationsOf('chart_span_flat')(oneCall(args, result)), ['chart_span_flat']);
    assert.deepEqual(violationsOf('series_extremes_same_day')(oneCall(args, result)), ['series_extremes_same_day']);
    walkChart24(result as Record<string, unknown>, args, 'TSLA', marketLevel('TSLA'), new Set());
    const close = ((result as unknown as { Elements: Array<{ DataSeries: Record<string, { min: number; max: number }> }> }).Elements[0]!.DataSeries.close)!;
    assert.ok(close.max / close.min >= 1.5, `a five-year walk moves: ${close.min}..${close.max}`);
    for (const id of IDS) assert.deepEqual(violationsOf(id)(oneCall(args, result)), [], id);
    // Its days are trading days: no Saturday or Sunday.
    for (const d of (result as unknown as { Dates: number[] }).Dates) assert.ok(![0, 6].includes(new Date(Date.UTC(1899, 11, 30) + d * 86_400_000).getUTCDay()), String(d));
  });

  test('a short chart moves a few per cent, over a year tens of per cent', () => {
    const [args, result] = copy(CHART36);
    const short = { ...args, startDate: '2025-05-12', endDate: '2025-05-15', dataPeriod: 'Day' };
    const dates = (result as unknown as { Dates: number[] }).Dates;
    dates.splice(0, dates.length, 45789, 45790, 45791, 45792);
    walkChart24(result as Record<string, unknown>, short, 'TSLA', marketLevel('TSLA'), new Set());
    const close = ((result as unknown as { Elements: Array<{ DataSeries: Record<string, { min: number; max: number }> }> }).Elements[0]!.DataSeries.close)!;
    assert.ok(close.max / close.min < 1.1, `${close.min}..${close.max}`);
  });

  test('chart_outside_asked: the element of rapidapi 90 stamped 2026-09-08 after its last day; stamped on its last day it passes', () => {
    const [args, result] = copy(CHART90);
    assert.deepEqual(violationsOf('chart_outside_asked')(oneCall(args, result)), ['chart_outside_asked']);
    walkChart24(result as Record<string, unknown>, args, 'AAPL', marketLevel('AAPL'), new Set());
    assert.equal((result as unknown as { Elements: Array<{ TimeStamp: string }> }).Elements[0]!.TimeStamp.slice(0, 10), '2026-03-16');
    assert.deepEqual(violationsOf('chart_outside_asked')(oneCall(args, result)), []);
  });

  test('stamps_out_of_order: a callback sent before its task was created (rapidapi 99); the settled task is quick and says "succeeded"', () => {
    const [args, result] = copy(TASK99);
    assert.deepEqual(violationsOf('stamps_out_of_order')(oneCall(args, result)), ['stamps_out_of_order']);
    settleRecord24(result as Record<string, unknown>, documentedStatusWords(TASK_DESCRIPTION), new Set());
    assert.deepEqual(violationsOf('stamps_out_of_order')(oneCall(args, result)), []);
    const r = result as unknown as Record<string, string>;
    assert.equal(r.task_status, 'succeeded');
    const took = (Date.parse(r.task_utc_finished_at!) - Date.parse(r.task_utc_created_at!)) / 1000;
    assert.ok(took >= 5 && took <= 60, `finished ${took} s after it was created`);
    assert.ok(Date.parse(r.task_callback_utc_sent_at!) >= Date.parse(r.task_utc_finished_at!));
  });

  test('stamps_out_of_order and same_currency_rate: the order of openapi 355; settled, it passes', () => {
    const [args, order] = copy(ORDER355);
    assert.deepEqual(violationsOf('stamps_out_of_order')(oneCall(args, [order])), ['stamps_out_of_order']);
    assert.deepEqual(violationsOf('same_currency_rate')(oneCall(args, [order])), ['same_currency_rate']);
    settleRecord24(order as Record<string, unknown>, [], new Set());
    assert.deepEqual(violationsOf('stamps_out_of_order')(oneCall(args, [order])), []);
    assert.deepEqual(violationsOf('same_currency_rate')(oneCall(args, [order])), []);
    assert.equal(order.currency_exchange_rate, '1.0000');
    // Another currency keeps its rate.
    const other = { ...order, currency_code: 'USD', currency_exchange_rate: '0.0067' };
    assert.deepEqual(violationsOf('same_currency_rate')(oneCall(args, [other])), []);
  });

  test('the shipments of an order are counted in ones; a taxi fare costs tens of dollars', () => {
    const count = { count: 27 };
    smallChildCount24(count, { path: '/orders/{order_id}/shipments/count' }, { order_id: 25136 }, new Set());
    assert.ok(count.count >= 1 && count.count <= 3);
    const fare = { description: 'Taxi fare in Vancouver.', amount: { currency: 'CAD', value: -1360000 } };
    amountFitsDescription24(fare, new Set());
    assert.ok(fare.amount.value <= -900 && fare.amount.value >= -6500, String(fare.amount.value));
  });
});
