/**
 * Market data on its symbol's scale, wave 22: the rules of src/check/_rules-market22.ts broken on purpose on the
 * records the reading of 2026-12-07f found (rapidapi 80: KO charted at $270 with a "volume" element of prices and
 * "Labels": "Important", said as "the labels are Important, the positions are …"; rapidapi 114: WTI crude closing at
 * 189 on 379 contracts), and the generator's passes (src/plan/_market22.ts, _market-news22.ts,
 * src/realize/_market-speech22.ts) that make such records right.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fitMarket22 } from '../../src/plan/_market22.ts';
import { fitSymbolNews } from '../../src/plan/_market-news22.ts';
import { chartSummary22 } from '../../src/realize/_market-speech22.ts';
import { marketLevel } from '../../src/world/index.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const IDS = ['symbol_price_scale', 'chart_element_type', 'chart_said_without_prices'];

/** The KO chart of rapidapi 80 at e0014e0 (values as drawn, the third element left out). */
const koChart = (): Record<string, unknown> => ({
  Labels: 'Important', Positions: [0.1757, 0.153, 0.154], Dates: [46067.6042, 46092.6042, 46127.6042],
  Elements: [
    { Currency: 'USD', TimeStamp: '2026-05-17 16:00:00-04', Symbol: 'KO', Type: 'price', ID: 'price', DataSeries: { open: { min: 252.17, max: 270.24, maxDate: 46077.875, minDate: 46070.5625 }, high: { min: 261.2, max: 279.27, maxDate: 46092.8438, minDate: 46082.6042 }, low: { min: 247.65, max: 265.72, maxDate: 46127.7292, minDate: 46069.7188 }, close: { min: 256.69, max: 274.75, maxDate: 46127.7292, minDate: 46094.4375 }, volume: { min: 24797659, max: 32850801, maxDate: 46082.7396, minDate: 46080.5729 } }, Status: 1 },
    { Currency: 'USD', TimeStamp: '2026-05-17 16:00:00-04', Symbol: 'KO', Type: 'volume', ID: 'volume', DataSeries: { open: { min: 231.83, max: 248.44, maxDate: 46094.6563, minDate: 46085.5729 }, close: { min: 235.99, max: 252.6, maxDate: 46127.6042, minDate: 46087.4271 }, volume: { min: 13875874, max: 35031491, maxDate: 46127.7292, minDate: 46087.4688 } }, Status: 1 },
  ],
});
const chartArgs = { endDate: '2026-08-27', startDate: '2025-07-09', symbol: 'KO', dataPeriod: 'Month' };
const chartCall = (result: unknown, response: string) => oneCall(chartArgs, result, { name: 'quote_get_chart', path: '/quote/get-chart', text: 'Get the chart data for KO.', response });

describe('market22 rules', () => {
  test('the world knows the levels of tickers, futures roots and coins, in their usual spellings', () => {
    assert.equal(marketLevel('KO')?.price, 65);
    assert.equal(marketLevel('NASDAQ:AAPL')?.name, 'Apple');
    assert.equal(marketLevel('CLZ24')?.kind, 'future');
    assert.equal(marketLevel('BTC-USD')?.kind, 'coin');
    assert.equal(marketLevel('QWERTY'), undefined);
  });

  test('rapidapi 80 as drawn breaks all three; fitted and said as prices, it breaks none', () => {
    const before = chartCall(koChart(), 'Here you go. The labels are Important, the positions are 0.1757, 0.153 and 0.154 and there are 2 items (currency USD, type price; currency USD, type volume).');
    for (const id of IDS) assert.deepEqual(violationsOf(id)(before), [id], id);
    const result = koChart();
    fitMarket22(result, chartArgs, new Set());
    assert.equal(result.Labels, null);
    const elements = result.Elements as Array<{ Type: string; DataSeries: Record<string, { min: number; max: number }> }>;
    assert.deepEqual(elements.map((e) => e.Type), ['price', 'volume']);
    assert.deepEqual(Object.keys(elements[1]!.DataSeries), ['volume']);
    assert.ok(!('volume' in elements[0]!.DataSeries));
    const close = elements[0]!.DataSeries.close!;
    assert.ok(close.min > 45 && close.max < 90, `KO closes ${close.min}–${close.max}`);
    // Eight months of a random walk (wave 24): more than a few per cent, never double.
    assert.ok(close.max / close.min > 1.05 && close.max / close.min < 2, `KO closes ${close.min}–${close.max} over eight months`);
    // Monthly from July 2025 up to the world's today (March 2026), left to right (dates23).
    const positions = result.Positions as number[];
    assert.equal(positions.length, 9);
    assert.deepEqual(positions, [...positions].sort((a, b) => a - b));
    const said = chartSummary22(result)!;
    assert.match(said, /^KO closed between \$\d+\.\d\d \(\w+ \d+, 202[56]\) and \$\d+\.\d\d/);
    assert.doesNotMatch(said, /positions|labels|items/);
    const after = chartCall(result, said);
    for (const id of IDS) assert.deepEqual(violationsOf(id)(after), [], id);
  });

  test('symbol_price_scale: WTI crude closing at 189 (rapidapi 114); moved to its level, with a day volume of contracts', () => {
    const series = () => ({ series: [{ date: '2026-03-05', close: 189.53, volume: 1298 }, { date: '2026-03-06', close: 193.32, volume: 379 }, { date: '2026-03-09', close: 187.91, volume: 4843 }] });
    const drawn = series();
    assert.deepEqual(violationsOf('symbol_price_scale')(oneCall({ from: '2026-03-05', symbol: 'CL' }, drawn, { name: 'time_series', path: '/time-series' })), ['symbol_price_scale']);
    fitMarket22(drawn, { from: '2026-03-05', symbol: 'CL' }, new Set());
    for (const day of drawn.series) {
      assert.ok(day.close > 55 && day.close < 95, `close ${day.close}`);
      assert.ok(day.volume > 10_000, `volume ${day.volume}`);
    }
    assert.deepEqual(violationsOf('symbol_price_scale')(oneCall({ from: '2026-03-05', symbol: 'CL' }, drawn, { name: 'time_series', path: '/time-series' })), []);
    // A symbol the world does not list keeps its drawn scale.
    const other = series();
    fitMarket22(other, { symbol: 'ZZZX' }, new Set());
    assert.deepEqual(other, series());
  });

  test('a quote keeps its text forms ("$65.10", "(-3.30%)") and its relations when moved', () => {
    const quote = { Symbol: 'TSLA', LastPrice: '64.66', Change: '2.33', ChangePercent: '(-3.30%)', High: '$65.10', Low: '61.40', Volume: '11570', AverageVolume10Day: '159.0M' };
    fitMarket22(quote, { symbol: 'TSLA' }, new Set());
    assert.match(quote.LastPrice, /^\d{3}\.\d\d$/);
    assert.match(quote.High, /^\$\d{3}\.\d\d$/);
    assert.equal(quote.ChangePercent, '(-3.30%)');
    assert.ok(Number(quote.High.slice(1)) > Number(quote.LastPrice) && Number(quote.Low) < Number(quote.LastPrice));
    assert.ok(Number(quote.Volume) > 1_000_000, `volume ${quote.Volume}`);
    // A volume drawn as a date (rapidapi 291) is a volume of shares.
    const dated = { Symbol: 'TSLA', LastPrice: '279.82', AverageVolume10Day: '2026-07-15' };
    fitMarket22(dated, { symbol: 'TSLA' }, new Set());
    assert.match(dated.AverageVolume10Day, /^\d+\.\dM$/);
  });

  test('news fetched for NVDA is about Nvidia, with one sentiment and a real publish time (rapidapi 217)', () => {
    const result = { payload: [{ datetime_published: '2024-06-05T09:00:00Z', providerPublishTime: 382, publisher: 'Korhonen Group', sentiment: { article: 'neutral', article_tldr: 'negative', sentiment_article: 'positive', sentiment_title: 'Goldman Sachs beats quarterly earnings estimates', title: 'JPMorgan Chase raises full-year guidance' }, title: 'Bank stocks rally on strong demand' }] };
    fitSymbolNews(result, marketLevel('NVDA')!, new Set());
    const item = result.payload[0]!;
    assert.match(item.title, /^Nvidia /);
    assert.equal(item.sentiment.title, item.title);
    // A sentiment field holds a sentiment, never a headline (wave 31): every sentiment_* agrees with the article's.
    assert.equal(new Set([item.sentiment.article, item.sentiment.article_tldr, item.sentiment.sentiment_article, item.sentiment.sentiment_title]).size, 1);
    assert.equal(item.providerPublishTime, Date.parse('2024-06-05T09:00:00Z') / 1000);
  });
});
