/**
 * Market data a trader would believe (QUALITY.md E), wave 28: `chart_closed_day`, `bar_range_wide` and
 * `markets_volume_apart` broken on purpose with the values the readers found in the rapidapi 400-set (a TSLA chart
 * ending on July 4, 2025; an MSFT bar with a 36 % range in a day; Coinbase trading $562,550 of Bitcoin beside
 * $80 million on KuCoin), good values passing; the generator's fixes (exchange holidays, a coin's level from its
 * example id, volumes of one order, a chart asked day by day ending by today) and the generator keeping them on
 * the Schwab and Coinlore specs.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { oneCall, violationsOf } from '../_one-call.ts';
import { assertGeneratorKeeps } from '../_generated.ts';
import { fixturesDir, skipWithoutFixtures } from '../_shared.ts';
import { isExchangeDayMs } from '../../src/world/index.ts';
import { fitCoinMarkets28 } from '../../src/plan/_coin-markets28.ts';
import { fitHistorySpan28 } from '../../src/plan/_market-span28.ts';
import type { Operation } from '../../src/specs/types.ts';

const closed = violationsOf('chart_closed_day');
const wide = violationsOf('bar_range_wide');
const apart = violationsOf('markets_volume_apart');

/** A Schwab-like chart: three daily points, a price and a volume element. */
function chart(symbol: string, dates: number[], price: Record<string, [number, number, number, number]>) {
  const series = Object.fromEntries(Object.entries(price).map(([k, [min, max, minDate, maxDate]]) => [k, { min, max, minDate, maxDate }]));
  return {
    Labels: null, Positions: [0.1177, 0.154, 0.2217], Dates: dates,
    Elements: [
      { Currency: 'USD', TimeStamp: '2025-07-03 16:00:00-04', Symbol: symbol, Type: 'price', ID: 'price', DataSeries: series },
      { Currency: 'USD', TimeStamp: '2025-07-03 16:00:00-04', Symbol: symbol, Type: 'volume', ID: 'volume', DataSeries: { volume: { min: 31465993, max: 41465519, maxDate: dates[2], minDate: dates[1] } } },
    ],
  };
}
const args = { endDate: '2025-07-06T00:00:00', startDate: '2020-04-28T00:00:00', symbol: 'TSLA' };
const charted = (result: unknown) => oneCall(args, result, { name: 'quote_get_chart', path: '/quote/get-chart' });

describe('coins28', () => {
  test('chart_closed_day: a TSLA chart ending on July 4, 2025', () => {
    const july4 = chart('TSLA', [43949, 44896, 45842], { close: [109.9, 226.76, 43949, 45842] });
    assert.deepEqual(closed(charted(july4)), ['chart_closed_day']);
    assert.deepEqual(closed(charted(chart('TSLA', [43949, 44896, 45841], { close: [109.9, 226.76, 43949, 45841] }))), []);
    // A coin trades every day.
    assert.deepEqual(closed(oneCall({ ...args, symbol: 'BTC' }, chart('BTC', [43949, 44896, 45842], { close: [9000, 95000, 43949, 45842] }))), []);
  });

  test('bar_range_wide: an MSFT bar with a high of 417.76 and a low of 266.58 on one day', () => {
    const msft = chart('MSFT', [45561, 45772, 45982], { open: [293.05, 342.75, 45982, 45772], high: [347.8, 417.76, 45561, 45982], low: [266.58, 300.06, 45982, 45561], close: [292.5, 401.92, 45772, 45982] });
    assert.deepEqual(wide(charted(msft)), ['bar_range_wide']);
    const good = chart('MSFT', [45561, 45772, 45982], { high: [293.7, 403.91, 45772, 45982], low: [292.17, 398.23, 45772, 45982], close: [292.5, 401.92, 45772, 45982] });
    assert.deepEqual(wide(charted(good)), []);
  });

  test("markets_volume_apart: Coinbase's $562,550 beside $80 million", () => {
    const markets = (coinbase: number) => ({ markets: [{ exchange_name: 'Coinbase', price_usd: 95210.5, volume_usd: coinbase }, { exchange_name: 'KuCoin', price_usd: 95702.1, volume_usd: 80236866 }, { exchange_name: 'OKX', price_usd: 95300.2, volume_usd: 82784834 }] });
    assert.deepEqual(apart(oneCall({ id: 90 }, markets(562550))), ['markets_volume_apart']);
    assert.deepEqual(apart(oneCall({ id: 90 }, markets(53491244))), []);
  });

  test("the generator's fixes: holidays, a coin's level from its example id, volumes of one order, a history by today", () => {
    assert.equal(isExchangeDayMs(Date.UTC(2025, 6, 4)), false);
    assert.equal(isExchangeDayMs(Date.UTC(2025, 6, 3)), true);
    assert.equal(isExchangeDayMs(Date.UTC(2025, 3, 18)), false); // Good Friday
    assert.equal(isExchangeDayMs(Date.UTC(2026, 6, 3)), false); // July 4 on a Saturday, kept on the Friday
    const op = { api: { name: 'coinlore_cryptocurrency' }, summary: 'Get markets of coin', description: 'Returns top 50 markets for coin', path: '/api/coin/markets/', inputs: [{ name: 'id', default: 90 }] } as unknown as Operation;
    const result = { markets: [{ exchange_name: 'Coinbase', price_usd: 450.99, volume_usd: 562550 }, { exchange_name: 'KuCoin', price_usd: 453.7, volume_usd: 80236866 }, { exchange_name: 'OKX', price_usd: 451.44, volume_usd: 82784834 }] };
    fitCoinMarkets28(result, { id: 90 }, op, new Set());
    for (const m of result.markets) assert.ok(m.price_usd > 60000 && m.price_usd < 150000, String(m.price_usd));
    const volumes = result.markets.map((m) => m.volume_usd);
    assert.ok(Math.max(...volumes) / Math.min(...volumes) < 10, volumes.join());
    // Another coin's id stays on its drawn scale.
    const other = { markets: [{ exchange_name: 'Kraken', price_usd: 283.17, volume_usd: 46452217 }, { exchange_name: 'Bitfinex', price_usd: 284.87, volume_usd: 35746338 }] };
    fitCoinMarkets28(other, { id: 896890 }, op, new Set());
    assert.equal(other.markets[0]!.price_usd, 283.17);
    // An exchange's pairs: each coin at its own level, each pair once.
    const pairs = { pairs: [{ symbol: 'XRP', quote_currency: 'USD', price_usd: 311.2, volume_usd: 11011660 }, { symbol: 'XRP', quote_currency: 'USD', price_usd: 120.5, volume_usd: 15084465 }, { symbol: 'ETH', quote_currency: 'USD', price_usd: 42.1, volume_usd: 75339276 }] };
    fitCoinMarkets28(pairs, { id: 5 }, { ...op, summary: 'Get exchange pairs', inputs: [{ name: 'id', default: 5 }] } as unknown as Operation, new Set());
    assert.deepEqual(pairs.pairs.map((p) => p.symbol), ['XRP', 'BTC', 'ETH']);
    assert.ok(pairs.pairs[0]!.price_usd < 5 && pairs.pairs[1]!.price_usd > 60000 && pairs.pairs[2]!.price_usd > 2000, JSON.stringify(pairs));
    const values = new Map<string, unknown>([['endDate', '2026-10-23T00:00:00'], ['startDate', '2025-03-24T00:00:00'], ['symbol', 'TSLA'], ['dataPeriod', 'Day']]);
    assert.equal(fitHistorySpan28({ summary: 'Get data to draw chart' }, values), true);
    const [start, end] = [values.get('startDate') as string, values.get('endDate') as string];
    assert.ok(end.slice(0, 10) < '2026-03-16' && Date.parse(end.slice(0, 10)) - Date.parse(start.slice(0, 10)) <= 56 * 86_400_000, `${start} ${end}`);
    // Historical weather is no market history: its dates stay.
    const weather = new Map<string, unknown>([['dt', '2024-09-27'], ['end_dt', '2024-09-29']]);
    assert.equal(fitHistorySpan28({ summary: 'History Weather API' }, weather), false);
  });

  test('the generator keeps them on the Schwab and Coinlore specs', { skip: skipWithoutFixtures }, async () => {
    const specs = ['schwab.json', 'coinlore_cryptocurrency.json'].map((f) => join(fixturesDir, 'rapidapi', 'tools', 'Finance', f));
    const written = await assertGeneratorKeeps(['chart_closed_day', 'bar_range_wide', 'markets_volume_apart'], specs, 40, { minWritten: 20 });
    for (const w of written) for (const m of w.json.matchAll(/"endDate":"(\d{4}-\d{2}-\d{2})/g)) assert.ok(m[1]! <= '2026-03-16', m[1]);
  });
});
