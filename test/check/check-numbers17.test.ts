/**
 * Numbers, amounts and id/URL shapes, wave 17: each rule is broken on purpose, and the generator's fix makes the
 * same record pass.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { checkMeaning, MEANING_INVARIANTS } from '../../src/check/index.ts';
import { settleWeather } from '../../src/plan/_weather.ts';
import { fitMoney } from '../../src/plan/_money.ts';
import { fileLink, MEDIA_WORD_RULES } from '../../src/plan/_media.ts';
import { idString } from '../../src/plan/_id-string.ts';
import { agreeQuote } from '../../src/plan/_quotes17.ts';
import { mockValue } from '../../src/plan/_mock.ts';
import { withRng } from '../../src/plan/_faker.ts';
import { dialogueRng } from '../../src/random/index.ts';
import { oneCall } from '../_one-call.ts';

const RULES = ['feels_like_off', 'amount_scale_currency', 'imdb_id_shape', 'relative_time_clock', 'file_link_bare'];
const broken = (args: Record<string, unknown>, result: unknown): string[] => checkMeaning(oneCall(args, result) as DialogueRecord).map((v) => v.invariant).filter((v) => RULES.includes(v));

describe('numbers, amounts and ids no real system returns', () => {
  test('the rules are meaning invariants', () => {
    for (const rule of RULES) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(rule), rule);
  });

  test('a cold, wet and windy day never feels warmer than the air', () => {
    const current = (): Record<string, unknown> => ({ temperature: 11.7, feelsLike: 13.5, humidity: 0, windSpeed: 4.76, condition: 'rain', description: 'light rain' });
    assert.deepEqual(broken({ lat: 35.69, lon: 139.69 }, { current: { ...current(), temperature: 6.1, feelsLike: 7.3 } }), ['feels_like_off']);
    assert.deepEqual(broken({}, { temp_c: 20, feels_like_c: 33 }), ['feels_like_off']);
    // Units differ: a Celsius air beside a Fahrenheit feels-like is not compared.
    assert.deepEqual(broken({}, { temp_c: 6, feels_like_f: 40 }), []);
    const fixed = current();
    settleWeather(fixed, [], { lat: 35.6895, lon: 139.6917 }, true, () => undefined);
    assert.ok((fixed.feelsLike as number) <= (fixed.temperature as number), JSON.stringify(fixed));
    assert.ok((fixed.humidity as number) >= 70, 'rain falls in humid air');
    const cold: Record<string, unknown> = { temperature: 6.1, feelsLike: 7.3, humidity: 50, windSpeed: 53.86, condition: 'cloudy' };
    settleWeather(cold, ['temperature'], { lat: 51.5, lon: -0.12 }, true, () => undefined);
    assert.deepEqual(broken({}, { current: cold }), []);
  });

  test('an amount the user said is never put in a currency of large units', () => {
    const refund = (): Record<string, unknown> => ({ refundId: 're_1', orderId: 'ord_20481733', amount: { amount: 531.97, currencyCode: 'COP' }, status: 'succeeded' });
    assert.deepEqual(broken({ orderId: 'ord_20481733', amount: 531.97 }, refund()), ['amount_scale_currency']);
    // A currency the call sent is the user's own: left alone.
    assert.deepEqual(broken({ amount: 531.97, currency: 'COP' }, refund()), []);
    const fixed = refund();
    fitMoney(fixed, new Set(['"ord_20481733"', '531.97']), 'refund an order');
    const money = fixed.amount as Record<string, unknown>;
    assert.equal(money.amount, 531.97);
    assert.ok(['USD', 'EUR', 'GBP', 'CAD', 'AUD'].includes(money.currencyCode as string), String(money.currencyCode));
    assert.deepEqual(broken({ amount: 531.97 }, fixed), []);
    // A drawn amount is scaled to the currency, which stays.
    const drawn = { amount: { amount: 41.5, currencyCode: 'COP' } };
    fitMoney(drawn, new Set(), 'refund an order');
    assert.equal(drawn.amount.currencyCode, 'COP');
    assert.ok(drawn.amount.amount > 1000);
  });

  test('an IMDb id is tt and seven or eight digits, a relative time is no clock time', () => {
    assert.deepEqual(broken({}, { imdb_id: 'PwGtrvw93tuH', title: 'Heat' }), ['imdb_id_shape']);
    assert.deepEqual(broken({}, { imdb_id: 'tt0113277', title: 'Heat' }), []);
    const id = idString('imdb_id', dialogueRng(7, 0, "t"));
    assert.match(id, /^tt\d{7,8}$/);
    assert.deepEqual(broken({}, { imdb_id: id }), []);
    assert.deepEqual(broken({}, { hits: [{ title: 'Designer', formatted_relative_time: '18:15' }] }), ['relative_time_clock']);
    const rule = MEDIA_WORD_RULES.find(([test]) => test('formatted_relative_time', 'formatted_relative_time', 'jobs'));
    assert.ok(rule, 'a word rule draws relative times');
    const said = rule[1](dialogueRng(3, 0, "t"), 'jobs');
    assert.match(said, /ago|now/);
    assert.deepEqual(broken({}, { formatted_relative_time: said }), []);
  });

  test('a file\'s link points at that file', () => {
    const files = (): Record<string, unknown> => ({ public: [{ url: 'https://fake-settler.name/', name: 'after-however.jpg' }, { url: 'https://frugal-mixture.info', name: 'even-even.docx' }] });
    assert.deepEqual(broken({}, files()), ['file_link_bare', 'file_link_bare']);
    const fixed = files();
    for (const item of fixed.public as Record<string, unknown>[]) fileLink(item, []);
    assert.deepEqual((fixed.public as Record<string, unknown>[]).map((f) => f.url), ['https://fake-settler.name/files/after-however.jpg', 'https://frugal-mixture.info/files/even-even.docx']);
    assert.deepEqual(broken({}, fixed), []);
    // A link kept by the chain stays, and a site's name is no file name.
    const kept = { url: 'https://a.example', name: 'report.pdf' };
    fileLink(kept, ['url']);
    assert.equal(kept.url, 'https://a.example');
    assert.deepEqual(broken({}, { url: 'https://acme.com', name: 'acme.com' }), []);
    // An image's link is an image file.
    const product: Record<string, unknown> = { name: 'Desk lamp', imageUrl: 'https://bustling-peninsula.info' };
    assert.deepEqual(broken({}, product), ['file_link_bare']);
    fileLink(product, []);
    assert.match(product.imageUrl as string, /^https:\/\/bustling-peninsula\.info\/images\/\w+\.jpg$/);
    assert.deepEqual(broken({}, product), []);
  });

  test('a stock quote\'s figures agree with its last price', () => {
    const quote: Record<string, unknown> = { Symbol: 'TSLA', LastPrice: '345.80', Change: '461.57', ChangePercent: '(+6.90%)', Bid: '41.01', Ask: '253.21', High: '54.85', Low: '$275.11', PriceOpen: '441.60', PricePreviousClose: '309.64' };
    agreeQuote(quote, (k) => k !== 'PriceOpen');
    const n = (k: string): number => Number(String(quote[k]).replace(/[()$%+]/g, ''));
    assert.equal(quote.LastPrice, '345.80');
    assert.equal(quote.PriceOpen, '441.60', 'a pinned figure stays');
    assert.ok(Math.abs(n('PricePreviousClose') + n('Change') - 345.8) < 0.02, JSON.stringify(quote));
    assert.ok(Math.abs((n('Change') / n('PricePreviousClose')) * 100 - n('ChangePercent')) < 0.02, JSON.stringify(quote));
    assert.ok(n('Bid') < 345.8 && n('Ask') > 345.8 && n('Ask') - n('Bid') < 0.2, JSON.stringify(quote));
    assert.ok(n('Low') < 345.8 && n('High') > 345.8, JSON.stringify(quote));
    assert.match(String(quote.Low), /^\$\d+\.\d{2}$/);
    assert.match(String(quote.ChangePercent), /^\([+-]\d+\.\d{2}%\)$/);
  });

  test('an id of hex in either case is drawn in one case, as real systems write it', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const rng = dialogueRng(seed, 0, 't');
      const sid = withRng(rng, () => mockValue({ type: 'string', pattern: '^XE[0-9a-fA-F]{32}$' }, { name: 'sid' }, rng, 1)) as string;
      assert.match(sid, /^XE[0-9a-f]{32}$/, sid);
    }
  });
});
