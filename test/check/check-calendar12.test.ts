/**
 * Dates and series that hold together (QUALITY.md E): `long_weekend_days`, `market_day_series`,
 * `reply_before_post` and `offset_order` of src/check/_rules-calendar12.ts broken on purpose, and the generator
 * pass (src/plan/_calendar.ts) that keeps results clear of them.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import { settleCalendar } from '../../src/plan/_calendar.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const weekend = violationsOf('long_weekend_days');
const market = violationsOf('market_day_series');
const reply = violationsOf('reply_before_post');
const offsets = violationsOf('offset_order');
const weekday = (day: string): number => new Date(`${day.slice(0, 10)}T00:00:00Z`).getUTCDay();

describe('dates and series that hold together', () => {
  test('are meaning invariants', () => {
    for (const id of ['long_weekend_days', 'market_day_series', 'reply_before_post', 'offset_order']) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(id), id);
  });

  test('a long weekend with no Saturday and Sunday breaks long_weekend_days', () => {
    const op = { name: 'LongWeekend', path: '/api/v3/LongWeekend/{year}/{countryCode}' };
    const wedSat = [{ startDate: '2016-02-17T00:00:00Z', endDate: '2016-02-20T00:00:00Z', dayCount: 4 }];
    assert.deepEqual(weekend(oneCall({ year: 2016 }, wedSat, op)), ['long_weekend_days']);
    assert.deepEqual(weekend(oneCall({ year: 2016 }, [{ startDate: '2016-02-12', endDate: '2016-02-14', dayCount: 3 }], op)), []);
    // Another operation's Wed–Sat span (a conference) is no long weekend.
    assert.deepEqual(weekend(oneCall({}, wedSat, { name: 'listEvents' })), []);
  });

  test('a daily series with a weekend day or a one-day jump breaks market_day_series', () => {
    const saturday = { series: [{ date: '2024-09-20', close: 71.2 }, { date: '2024-09-21', close: 72.0 }] };
    assert.deepEqual(market(oneCall({ from: '2024-09-20' }, saturday)), ['market_day_series']);
    const jump = { series: [{ date: '2024-09-19', close: 174.64 }, { date: '2024-09-20', close: 36.03 }] };
    assert.deepEqual(market(oneCall({}, jump)), ['market_day_series']);
    assert.deepEqual(market(oneCall({}, { series: [{ date: '2024-09-20', close: 71.2 }, { date: '2024-09-23', close: 72.5 }] })), []);
    // Coins trade on Saturdays.
    assert.deepEqual(market(oneCall({ from: '2024-09-20' }, saturday, { name: 'getCryptoHistory' })), []);
  });

  test('a reply dated before what it replies to breaks reply_before_post', () => {
    const review = { reviews: [{ id: 'r1', date: '2025-05-06', text: 'Keeps crashing.', replyDate: '2024-09-08', replyText: 'Sorry.' }] };
    assert.deepEqual(reply(oneCall({}, review)), ['reply_before_post']);
    assert.deepEqual(reply(oneCall({}, { reviews: [{ id: 'r1', date: '2025-05-06', replyDate: '2025-05-08' }] })), []);
  });

  test('timed lines out of order break offset_order', () => {
    const lyrics = { lines: [{ startMs: 240, words: 'a' }, { startMs: 126, words: 'b' }, { startMs: 440, words: 'c' }] };
    assert.deepEqual(offsets(oneCall({}, lyrics)), ['offset_order']);
    assert.deepEqual(offsets(oneCall({}, { lines: [{ startMs: 12000, words: 'a' }, { startMs: 15500, words: 'b' }] })), []);
  });

  test('the generator pass leaves none of them', () => {
    const weekends = [
      { startDate: '2016-10-17T00:00:00Z', endDate: '2016-10-19T00:00:00Z', dayCount: 3, needBridgeDay: true },
      { startDate: '2016-02-17T00:00:00Z', endDate: '2016-02-20T00:00:00Z', dayCount: 4, needBridgeDay: true },
      { startDate: '2016-02-13T00:00:00Z', endDate: '2016-02-14T00:00:00Z', dayCount: 2, needBridgeDay: true },
    ];
    settleCalendar(weekends, new Set(), 'nager.LongWeekendLongWeekend long weekends');
    const starts = weekends.map((w) => w.startDate);
    assert.deepEqual(starts, [...starts].sort());
    for (const w of weekends) {
      const span = (Date.parse(w.endDate) - Date.parse(w.startDate)) / 86_400_000 + 1;
      assert.equal(w.dayCount, span);
      const days = new Set(Array.from({ length: span }, (_, i) => weekday(new Date(Date.parse(w.startDate) + i * 86_400_000).toISOString())));
      assert.ok(days.has(6) && days.has(0), JSON.stringify(w));
      assert.equal(w.needBridgeDay, span === 4);
    }
    const series = { series: [{ date: '2024-09-20', close: 174.64 }, { date: '2024-09-21', close: 215.83 }, { date: '2024-09-22', close: 36.03 }] };
    settleCalendar(series, new Set(), 'futures.time_series');
    assert.deepEqual(series.series.map((r) => r.date), ['2024-09-20', '2024-09-23', '2024-09-24']);
    assert.deepEqual(market(oneCall({}, series)), []);
    const lyrics = { lines: [{ startMs: 240 }, { startMs: 126 }, { startMs: 440 }] };
    settleCalendar(lyrics, new Set(), 'music.getTrackLyrics');
    assert.deepEqual(offsets(oneCall({}, lyrics)), []);
    assert.ok(lyrics.lines[1]!.startMs - lyrics.lines[0]!.startMs >= 1500);
    const reviews = { reviews: [{ date: '2025-05-06', replyDate: '2024-09-08' }] };
    settleCalendar(reviews, new Set(), 'google_play.getreviewsbyappid');
    assert.deepEqual(reply(oneCall({}, reviews)), []);
    // A reply two years on, or after today, comes within days instead.
    const late = { reviews: [{ date: '2024-09-07', replyDate: '2026-09-09' }] };
    settleCalendar(late, new Set(), 'google_play.getreviewsbyappid');
    assert.equal(late.reviews[0]!.replyDate, '2024-09-08');
    // A review dated after today (with a reply) moves back a year, its reply after it.
    const future = { reviews: [{ date: '2026-06-23', replyDate: '2025-10-16' }] };
    settleCalendar(future, new Set(), 'google_play.getreviewsbyappid');
    assert.equal(future.reviews[0]!.date, '2025-06-23');
    assert.ok(future.reviews[0]!.replyDate > '2025-06-23' && future.reviews[0]!.replyDate <= '2025-06-26', future.reviews[0]!.replyDate);
    // A check found valid has been valid since a past day.
    const cname = { cname: { valid: true, valid_after: '2026-05-14' } };
    settleCalendar(cname, new Set(), 'mandrill.check_tracking_domain');
    assert.ok(cname.cname.valid_after <= '2026-03-16', cname.cname.valid_after);
  });
});
