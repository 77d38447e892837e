/**
 * Mock values with the wrong meaning in RapidAPI results, wave 20: the rules of src/check/_rules-ra20.ts broken
 * on purpose, and the generator passes that keep them (src/plan/_mongo20.ts, _asked-day20.ts, _call-agree20.ts,
 * _numeric-example20.ts).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { checkMeaning } from '../../src/check/index.ts';
import { RA20_INVARIANTS } from '../../src/check/_rules-ra20.ts';
import { oneCall } from '../_one-call.ts';
import { isoWeek, settleMongoDates } from '../../src/plan/_mongo20.ts';
import { settleAskedDay } from '../../src/plan/_asked-day20.ts';
import { settleCallAgreement } from '../../src/plan/_call-agree20.ts';
import { numberLikeExample } from '../../src/plan/_numeric-example20.ts';
import { dialogueRng } from '../../src/random/index.ts';

const ours = (record: DialogueRecord): string[] => checkMeaning(record).map((v) => v.invariant).filter((v) => (RA20_INVARIANTS as readonly string[]).includes(v));
const op = (name: string, path = '/x') => ({ name, path, method: 'GET', summary: '' }) as never;

describe('RapidAPI mock values keep their meaning (wave 20)', () => {
  test('a golf schedule with longitudes in its dates breaks two rules; the generator dates it', () => {
    const item = { name: 'London', date: { weekNum: { $numberInt: '3264' }, start: { $date: { $numberLong: '-122.3321' } }, end: { $date: { $numberLong: '-122.3321' } } } };
    assert.deepEqual(ours(oneCall({ year: '2024' }, { schedule: [item] })).sort(), ['week_number_range', 'wrapped_date_value']);
    const good = { weekNum: { $numberInt: '1' }, start: { $date: { $numberLong: '1718236800000' } }, end: { $date: { $numberLong: '1718064000000' } } };
    settleMongoDates(good);
    assert.equal(good.weekNum.$numberInt, String(isoWeek(1718236800000)));
    assert.equal(good.end.$date.$numberLong, String(1718236800000 + 3 * 86_400_000));
    assert.deepEqual(ours(oneCall({ year: '2024' }, { schedule: [{ name: 'London', date: good }] })), []);
    assert.equal(isoWeek(Date.UTC(2024, 0, 1)), 1);
    assert.equal(isoWeek(Date.UTC(2020, 11, 31)), 53);
  });

  test('a local time on another day than asked breaks the rule; the generator moves it and sets sun-up', () => {
    const result = { location: { name: 'Santiago', localtime_epoch: 1773641940, localtime: '2026-03-16 3:19' }, astronomy: { astro: { sunrise: '07:41 AM', sunset: '07:44 PM', moonrise: '12:57 PM', moonset: '02:47 PM', is_sun_up: 1, is_moon_up: 1 } } };
    assert.deepEqual(ours(oneCall({ q: 'Santiago', dt: '2025-09-22' }, result)), ['asked_day_local_time']);
    settleAskedDay(result, { q: 'Santiago', dt: '2025-09-22' }, new Set());
    assert.equal(result.location.localtime, '2025-09-22 3:19');
    assert.equal(result.astronomy.astro.is_sun_up, 0);
    assert.equal(result.astronomy.astro.is_moon_up, 0);
    assert.deepEqual(ours(oneCall({ q: 'Santiago', dt: '2025-09-22' }, result)), []);
  });

  test('a search echoing another query breaks the rule; the generator echoes the query sent', () => {
    const result = { carModels: [{ modelName: 'RAV4', searchValue: 'Porsche Boxster' }] };
    assert.deepEqual(ours(oneCall({ query: 'Toyota RAV4' }, result)), ['search_echo_other']);
    settleCallAgreement(result, op('search', '/search'), { query: 'Toyota RAV4' }, new Set());
    assert.equal(result.carModels[0]!.searchValue, 'Toyota RAV4');
    assert.deepEqual(ours(oneCall({ query: 'Toyota RAV4' }, result)), []);
  });

  test('chart ranges out of order break the rule; the generator orders them near one price', () => {
    const series = { open: { min: 262.1, max: 301.5 }, high: { min: 257.9, max: 265.3 }, low: { min: 264.8, max: 339.1 }, close: { min: 239.4, max: 262.1 } };
    const result = { Elements: [{ Type: 'price', DataSeries: series }] };
    assert.deepEqual(ours(oneCall({ symbol: 'KO' }, result)), ['chart_range_order']);
    settleCallAgreement(result, op('quote_get_chart', '/quote/get-chart'), { symbol: 'KO' }, new Set());
    assert.ok(series.low.min <= series.open.min && series.open.min <= series.high.min && series.low.max <= series.high.max);
    assert.deepEqual(ours(oneCall({ symbol: 'KO' }, result)), []);
  });

  test("an artist radio's total is what it lists; a tournament named for a city is its venue's; a last price is in its year range", () => {
    const radio = { total: 1325, mediaItems: [{ uri: 'spotify:playlist:a' }, { uri: 'spotify:playlist:b' }] };
    settleCallAgreement(radio, op('get_radio_playlist', '/get_radio_playlist/'), { uri: 'spotify:artist:x' }, new Set());
    assert.equal(radio.total, 2);
    const schedule = { schedule: [{ name: 'Chicago', courses: [{ courseName: 'The International', location: { city: 'Seattle' } }] }] };
    settleCallAgreement(schedule, op('schedules', '/schedule'), { year: '2024' }, new Set());
    assert.equal(schedule.schedule[0]!.name, 'Seattle');
    const mover = { PriceLast: 203, PriceLastTruncated: '203.00', PriceLastFormatted: '$203.00', PriceLow52Week: 0.1, PriceHigh52Week: 27.75 };
    settleCallAgreement({ CompanyMovers: [mover] }, op('market_get_movers', '/market/get-movers'), {}, new Set());
    assert.ok(mover.PriceLast >= 0.1 && mover.PriceLast <= 27.75);
    assert.equal(mover.PriceLastFormatted, `$${mover.PriceLast.toFixed(2)}`);
    const movers: Record<string, unknown> = { SectorName: 'Energy', SectorCusip: 'ALL', Sectors: [{ SectorName: 'All Sectors' }, { SectorName: 'Energy' }, { SectorName: 'All Sectors' }] };
    settleCallAgreement(movers, op('market_get_movers', '/market/get-movers'), {}, new Set());
    assert.equal(movers.SectorName, 'All Sectors');
    assert.deepEqual(movers.Sectors, [{ SectorName: 'All Sectors' }, { SectorName: 'Energy' }]);
  });

  test('a month given as a word where the spec gives a number breaks the rule; the generator draws a number', () => {
    const record = oneCall({ month: 'September' }, { series: [] });
    (record.operations['x.getThing']!.parameters as { properties: Record<string, unknown> }).properties = { month: { type: 'string', default: '8' } };
    assert.deepEqual(ours(record), ['numeric_param_word']);
    const n = Number(numberLikeExample('September', ['8'], 'month', dialogueRng(1, 0, 'ra20')));
    assert.ok(Number.isInteger(n) && n >= 1 && n <= 12);
    assert.equal(numberLikeExample('Paris', ['Lyon'], 'city', dialogueRng(1, 0, 'ra20')), undefined);
  });
});
