/**
 * Dates, spans and the prices that depend on them (QUALITY.md E), wave 23: the rules of src/check/_rules-dates23.ts
 * broken on purpose (the MSFT chart of April 2020 at $420 moving 7 % in a day, rapidapi 181 of the reading of
 * 2026-12-07), a good record passing, and the generator's fits (a past chart at its level then, a short one narrow,
 * a monthly chart laid over the asked months).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fitMarket22 } from '../../src/plan/_market22.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const chart = (close: [number, number], high: number, low: number) => ({
  Labels: null, Positions: [0.1445, 0.149, 0.154], Dates: [43948.5208, 43948.6042, 43948.7396],
  Elements: [{ Currency: 'USD', Symbol: 'MSFT', Type: 'price', ID: 'price', DataSeries: { open: { min: close[0], max: close[1] }, high: { min: high - 5, max: high }, low: { min: low, max: low + 5 }, close: { min: close[0], max: close[1], minDate: 43948.5938, maxDate: 43949.7188 } }, Status: 1 }],
});
const asked = { endDate: '2020-04-28', startDate: '2020-04-27', symbol: 'MSFT' };

describe('dates23 rules', () => {
  test('past_price_off_level: MSFT in April 2020 at $420 (it traded near $170)', () => {
    const rule = violationsOf('past_price_off_level');
    assert.deepEqual(rule(oneCall(asked, chart([405.6, 412.1], 415, 401), { name: 'getChart' })), ['past_price_off_level']);
    assert.deepEqual(rule(oneCall(asked, chart([180.2, 183.4], 185, 178), { name: 'getChart' })), []);
    // Today's level for a recent period.
    assert.deepEqual(rule(oneCall({ ...asked, startDate: '2026-03-09', endDate: '2026-03-10' }, chart([415.2, 418.4], 420, 412), { name: 'getChart' })), []);
  });

  test('short_span_price_swing: from $405 to $434 within two days', () => {
    const rule = violationsOf('short_span_price_swing');
    assert.deepEqual(rule(oneCall(asked, chart([170.6, 194.1], 196, 168), { name: 'getChart' })), ['short_span_price_swing']);
    assert.deepEqual(rule(oneCall(asked, chart([180.2, 183.4], 185, 178), { name: 'getChart' })), []);
    // A year may move that much.
    assert.deepEqual(rule(oneCall({ ...asked, startDate: '2019-04-27' }, chart([150.6, 184.1], 186, 148), { name: 'getChart' })), []);
  });

  test('span_beyond_documented: an end date 17 months after the start where 30 days are allowed', () => {
    const rule = violationsOf('span_beyond_documented');
    const record = (end: string) => {
      const r = oneCall({ dt: '2024-09-27', end_dt: end, q: 'Toronto' }, { date: '2024-09-27', temperature: 16.7 }, { name: 'history' });
      const op = Object.values(r.operations)[0]!;
      (op as { description: string }).description = 'Historical weather for a date. The difference between dt and end_dt should not be more than 30 days.';
      return r;
    };
    assert.deepEqual(rule(record('2026-03-10')), ['span_beyond_documented']);
    assert.deepEqual(rule(record('2024-10-03')), []);
  });
});

describe('dates23 generator fits', () => {
  test('a two-day chart of April 2020 is priced near MSFT then and moves a few per cent', () => {
    const result = chart([405.6, 434.14], 441.28, 391.32);
    fitMarket22(result, asked, new Set());
    const close = result.Elements[0]!.DataSeries.close;
    assert.ok(close.min > 120 && close.max < 260, JSON.stringify(close));
    const all = Object.values(result.Elements[0]!.DataSeries).flatMap((s) => [s.min, s.max]);
    assert.ok((Math.max(...all) - Math.min(...all)) / Math.min(...all) <= 0.06, JSON.stringify(all));
    assert.deepEqual(violationsOf('short_span_price_swing')(oneCall(asked, result, { name: 'getChart' })), []);
    assert.deepEqual(violationsOf('past_price_off_level')(oneCall(asked, result, { name: 'getChart' })), []);
  });

  test('a monthly chart is laid over the asked months, up to today', () => {
    const result = { ...chart([196.97, 210.83], 214.29, 190.04), Dates: [46075.75, 46094.7813, 46096.5625], Positions: [0.1467, 0.154, 0.1821] };
    fitMarket22(result, { startDate: '2025-05-25', endDate: '2026-12-04', symbol: 'AAPL', dataPeriod: 'Month' }, new Set());
    assert.equal(result.Dates.length, 11);
    assert.equal(Math.floor(result.Dates[0]!), 45804); // 2025-05-25 was a Sunday and the 26th Memorial Day: the chart opens on the first trading day, Tuesday 27th (waves 24, 28)
    assert.ok(result.Dates[10]! < 46098); // 2026-03-16, the world's today
    assert.equal(result.Positions.length, 11);
  });
});

describe('dates23 spans', () => {
  test('an end date the user gives stays within a week for an operation of one date, within a documented maximum', async () => {
    const { fitDateWindows } = await import('../../src/plan/_ranges.ts');
    const params = [{ name: 'dt', description: "For history API 'dt' should be on or after 1st Jan, 2010" }, { name: 'end_dt', description: 'Restrict date output for History API method.' }];
    const values = new Map<string, unknown>([['dt', '2024-09-27'], ['end_dt', '2026-03-10'], ['q', 'Toronto']]);
    fitDateWindows(params, { description: 'History weather API method returns historical weather for a date on or after 1st Jan, 2010' }, values);
    const days = (Date.parse(values.get('end_dt') as string) - Date.parse('2024-09-27')) / 86_400_000;
    assert.ok(days >= 1 && days <= 6, String(values.get('end_dt')));
    const ranged = new Map<string, unknown>([['start', '2024-01-01'], ['end', '2024-12-31']]);
    fitDateWindows([{ name: 'start' }, { name: 'end', description: 'The range should not be more than 90 days.' }], { description: 'Daily rates.' }, ranged);
    assert.ok((Date.parse(ranged.get('end') as string) - Date.parse('2024-01-01')) / 86_400_000 <= 90);
  });
});

describe('dates23 events', () => {
  const events = (startsAt: string, city: string) => ({ data: { events: [{ eventId: 'evt_Z9kq9LmX7wPa', name: `${city} Design Night`, startsAt, status: 'onsale', venue: { venueId: 'ven_164923', name: `${city} Hall`, city } }] } });
  test('event_local_time: 06:45Z in Seattle (11:45 pm the day before), 22:30Z in Dubai (02:30)', () => {
    const rule = violationsOf('event_local_time');
    assert.deepEqual(rule(oneCall({ city: 'Seattle' }, events('2026-06-19T06:45:00Z', 'Seattle'), { name: 'searchEvents' })), ['event_local_time']);
    assert.deepEqual(rule(oneCall({ city: 'Dubai' }, events('2026-06-19T22:30:00Z', 'Dubai'), { name: 'searchEvents' })), ['event_local_time']);
    assert.deepEqual(rule(oneCall({ city: 'Seattle' }, events('2026-06-19T23:30:00Z', 'Seattle'), { name: 'searchEvents' })), []);
  });

  test('the generator moves a night start to a local hour of the same day, its end with it', async () => {
    const { fitEventTimes23 } = await import('../../src/plan/_event-times23.ts');
    const result = { data: { events: [{ startsAt: '2026-06-19T06:45:00Z', endsAt: '2026-06-19T09:45:00Z', venue: { city: 'Seattle' } }, { startsAt: '2026-06-19T22:30:00Z', venue: { city: 'Dubai' } }] } };
    fitEventTimes23(result, new Set());
    assert.deepEqual(result.data.events.map((e) => e.startsAt), ['2026-06-19T23:30:00Z', '2026-06-19T15:30:00Z']);
    assert.equal(result.data.events[0]!.endsAt, '2026-06-20T02:30:00Z');
    assert.deepEqual(violationsOf('event_local_time')(oneCall({}, result, { name: 'searchEvents' })), []);
  });
});

describe('dates23 years', () => {
  test('year_outside_documented: a 2026 Chiron where model years 1985 to 2023 are supported; the planner fits it', async () => {
    const record = (year: string) => {
      const r = oneCall({ model: 'Chiron', make: 'Bugatti', year }, [{ make: 'Bugatti', model: 'Chiron', model_year: 2023 }], { name: 'fuelEconomy' });
      (Object.values(r.operations)[0]!.parameters as { properties: Record<string, unknown> }).properties = { year: { type: 'string', description: 'Model year. Currently support model years from 1985 to 2023.' } };
      return r;
    };
    assert.deepEqual(violationsOf('year_outside_documented')(record('2026')), ['year_outside_documented']);
    assert.deepEqual(violationsOf('year_outside_documented')(record('2021')), []);
    const { fitDateWindows } = await import('../../src/plan/_ranges.ts');
    const values = new Map<string, unknown>([['model', 'Chiron'], ['year', '2026']]);
    fitDateWindows([{ name: 'model' }, { name: 'year', description: 'Model year. Currently support model years from 1985 to 2023.' }], {}, values);
    assert.ok(['2021', '2022', '2023'].includes(values.get('year') as string), String(values.get('year')));
  });
});
