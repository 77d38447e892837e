import { test } from 'node:test';
import assert from 'node:assert/strict';
import { moonAge, moonIllumination, moonPhaseName, moonTimes } from '../../src/world/moon-sky30.ts';
import { settleWeather } from '../../src/plan/_weather.ts';
import { oneDayAsked30 } from '../../src/plan/_one-day-sky30.ts';
import { spanDays30, sparseMarket30 } from '../../src/plan/_series-span-sky30.ts';
import { alertSpan30, foreignAlert30 } from '../../src/plan/_alert-kinds-sky30.ts';
import { dateForecasts } from '../../src/plan/_forecast.ts';

test('the moon of a day: phase, lit share and rise and set agree with its age', () => {
  // 2026-04-17 is a new moon; 2026-05-01 a full moon.
  assert.equal(moonPhaseName(moonAge('2026-04-17')), 'New Moon');
  assert.ok(moonIllumination(moonAge('2026-04-17')) <= 3);
  assert.equal(moonPhaseName(moonAge('2026-05-01')), 'Full Moon');
  assert.ok(moonIllumination(moonAge('2026-05-01')) >= 97);
  assert.equal(moonPhaseName(moonAge('2026-04-13')), 'Waning Crescent');
  // A full moon rises near sunset and sets near the next sunrise; a moon is up 9 to 15 hours.
  const full = moonTimes(moonAge('2026-05-01'), 360, 1140);
  assert.ok(Math.abs(full.rise - 1140) < 90 && Math.abs(full.set - 1800) < 90);
  for (const day of ['2026-04-05', '2026-04-13', '2026-04-20', '2026-04-27']) {
    const t = moonTimes(moonAge(day), 400, 1150);
    assert.ok(t.set - t.rise > 540 && t.set - t.rise < 900, `${day}: up ${t.set - t.rise} min`);
  }
});

test('an astronomy record for Athens on 2026-04-13 (disc rapidapi 217): a waning crescent rising before the sun', () => {
  const astro: Record<string, unknown> = { sunrise: '06:58 AM', sunset: '07:52 PM', moonrise: '12:57 PM', moonset: '03:05 PM', moon_phase: 'Waxing Crescent', moon_illumination: '37' };
  settleWeather(astro, [], { q: 'Athens', dt: '2026-04-13' }, true, () => undefined);
  assert.equal(astro.moon_phase, 'Waning Crescent');
  assert.ok(Number(astro.moon_illumination) < 25);
  assert.match(astro.moonrise as string, /^0[3-5]:\d\d AM$/);
  assert.match(astro.moonset as string, /PM$/);
});

test('a forecast re-dated to December in Sydney takes the southern summer (disc rapidapi 252)', () => {
  const result = { forecast: [{ date: '2026-06-04', temperature: 9.9, condition: 'Partly cloudy' }, { date: '2026-06-05', temperature: 10.6, condition: 'Rain' }] };
  dateForecasts(result, { q: 'Sydney', days: 2, dt: '2026-12-04' }, 'weather forecast', new Set());
  assert.equal(result.forecast[0]!.date, '2026-12-04');
  for (const day of result.forecast) assert.ok(day.temperature > 18, `${day.temperature}`);
});

test('a forecast asked for one date and no count of days is that day alone (base rapidapi 22, 92)', () => {
  const op = { inputs: [{ name: 'q' }, { name: 'days' }, { name: 'dt' }] } as never;
  const COUNT = /^(days|cnt)$/;
  assert.equal(oneDayAsked30(op, { q: 'Budapest', dt: '2026-11-06' }, COUNT), 1);
  assert.equal(oneDayAsked30(op, { q: 'Sydney', days: 3, dt: '2026-12-04' }, COUNT), undefined);
  assert.equal(oneDayAsked30(op, { q: 'Budapest' }, COUNT), undefined);
});

test('a series asked over two years spans them, on trading days, without doubling (disc rapidapi 37)', () => {
  assert.deepEqual(spanDays30(3, '2024-03-03', '2026-03-06'), ['2024-03-03', '2025-03-05', '2026-03-06']);
  assert.deepEqual(spanDays30(3, '2024-03-03', '2024-03-20'), ['2024-03-03', '2024-03-12', '2024-03-20']);
  assert.deepEqual(spanDays30(3, '2024-03-03', undefined), ['2024-03-03', '2024-03-04', '2024-03-05']);
  const rows = spanDays30(3, '2024-03-03', '2026-03-06').map((date, i) => ({ date, close: [20168.68, 41058.49, 50529.34][i]! }));
  sparseMarket30(rows, 'date', () => false);
  assert.equal(rows[0]!.date, '2024-03-04'); // a Sunday moves to Monday
  for (let i = 1; i < rows.length; i++) assert.ok(Math.abs(rows[i]!.close / rows[i - 1]!.close - 1) <= 0.19);
});

test('alerts fit where and how long they are issued (disc bundled 157)', () => {
  assert.ok(foreignAlert30('Tornado Warning', 'JP'));
  assert.ok(!foreignAlert30('Tornado Warning', 'US'));
  assert.ok(!foreignAlert30('Flood Warning', 'JP'));
  const now = Date.UTC(2026, 2, 16, 12);
  const tornado = alertSpan30('Tornado Warning', now, 40, 120);
  assert.ok(tornado.onset < now && tornado.expires > now && tornado.expires - tornado.onset <= 2 * 3_600_000);
  const flood = alertSpan30('Flood Warning', now, 4, 10);
  assert.equal(flood.expires - now, 10 * 1_800_000);
});
