/** Results that agree with the call and their own fields (QUALITY.md E): src/check/_rules-echo12.ts broken on purpose, and the generator's side. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import { dropUnsentPlaces, echoSentTickers, moneyTextsAgree } from '../../src/plan/_honour-echo.ts';
import { shapedLike } from '../../src/plan/_examples.ts';
import { keyKind } from '../../src/plan/_keys.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const ticker = violationsOf('ticker_not_echoed');
const uuid = violationsOf('uuid_not_hex');
const money = violationsOf('money_sign_currency');

describe('results agree with the call and their own fields', () => {
  test('are meaning invariants', () => {
    for (const id of ['ticker_not_echoed', 'uuid_not_hex', 'money_sign_currency']) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(id));
  });
  test('articles fetched for AAPL tagged only GOOGL break it; tagged AAPL, or peers of AAPL, pass', () => {
    const articles = (tags: string[]) => ({ payload: [{ title: 'Apple results', tickers: ['AAPL'] }, { title: 'Search', tickers: tags }] });
    assert.deepEqual(ticker(oneCall({ ticker_symbol: 'AAPL' }, articles(['GOOGL']), { name: 'get_articles_by_company_ticker' })), ['ticker_not_echoed']);
    assert.deepEqual(ticker(oneCall({ symbol: 'AAPL,MSFT' }, [{ symbol: 'TSLA', price: 1 }], { name: 'quotes' })), ['ticker_not_echoed']);
    assert.deepEqual(ticker(oneCall({ ticker_symbol: 'AAPL' }, articles(['GOOGL', 'AAPL']), { name: 'get_articles_by_company_ticker' })), []);
    assert.deepEqual(ticker(oneCall({ symbol: 'AAPL' }, [{ symbol: 'MSFT' }], { name: 'stock_peers' })), []);
    assert.deepEqual(ticker(oneCall({ symbol: 'AAPL' }, { currency: { symbol: '$' } }, { name: 'quote' })), []);
  });
  test('a uuid that is not hex breaks it; a hex one passes', () => {
    assert.deepEqual(uuid(oneCall({}, { uuid: 'cuvr599c-97b5-46ae-ac1b-d64c519f9d31' })), ['uuid_not_hex']);
    assert.deepEqual(uuid(oneCall({}, { items: [{ article_uuid: 'hguj965c-97b5-46ae-ac1b-d64c519f9d31' }] })), ['uuid_not_hex']);
    assert.deepEqual(uuid(oneCall({}, { uuid: 'ab3f599c-97b5-46ae-ac1b-d64c519f9d31', id: 'cuvr599c-97b5-46ae-ac1b-d64c519f9d3z' })), []);
  });
  test('a money string signed in another currency breaks it; its own sign or a bare number passes', () => {
    assert.deepEqual(money(oneCall({}, { offers: [{ product_price: '$475.00', currency: 'EUR' }] })), ['money_sign_currency']);
    assert.deepEqual(money(oneCall({}, { price: '£12', currency_code: 'USD' })), ['money_sign_currency']);
    assert.deepEqual(money(oneCall({}, { offers: [{ product_price: '€475.00', currency: 'EUR' }, { product_price: '439.57', currency: 'EUR' }, { price: '$3', currency: 'CAD' }] })), []);
  });
});

describe('the generator says back what it was sent', () => {
  test('ticker fields of a list fetched for a ticker hold it; peers keep theirs', () => {
    const result = { payload: [{ tickers: ['GOOGL'], title: 'a' }, { tickers: ['TSLA', 'AAPL'] }], symbol: 'MSFT', currency: { symbol: '$' } };
    echoSentTickers(result, { ticker_symbol: 'AAPL' }, 'get_articles_by_company_ticker', []);
    assert.deepEqual(result.payload.map((p) => p.tickers), [['AAPL'], ['TSLA', 'AAPL']]);
    assert.equal(result.symbol, 'AAPL');
    assert.equal(result.currency.symbol, '$');
    const several = [{ symbol: 'X' }, { symbol: 'Y' }];
    echoSentTickers(several, { symbols: 'AAPL,MSFT' }, 'quotes', []);
    assert.deepEqual(several.map((s) => s.symbol), ['AAPL', 'MSFT']);
    const peers = [{ symbol: 'MSFT' }];
    echoSentTickers(peers, { symbol: 'AAPL' }, 'stock_peers', []);
    assert.equal(peers[0]!.symbol, 'MSFT');
  });
  test('a money string takes its record currency sign', () => {
    const offers = [{ product_price: '$475.00', currency: 'EUR' }, { price: '$3.00', currency: 'CHF' }, { price: '$9', currency: 'USD' }];
    moneyTextsAgree({ offers });
    assert.deepEqual(offers.map((o) => Object.values(o)[0]), ['€475.00', '3.00 CHF', '$9']);
  });
  test('an id drawn like a hex example stays hex; a project key or id is a project key', () => {
    let n = 0;
    const int = (lo: number, hi: number): number => lo + ((n += 7) % (hi - lo + 1));
    for (let i = 0; i < 20; i++) assert.match(shapedLike(['ab3f599c-97b5-46ae-ac1b-d64c519f9d31'], int)!, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    assert.equal(keyKind('project_key_or_id', ''), 'project');
  });
  test('the request a result says back never holds an unsent place', () => {
    const result = { parameters: { query: 'ice cream', near: 'Stockholm', zoom: '13' }, data: { request: { query: 'ice cream', city: 'Oslo' } } };
    dropUnsentPlaces(result, { query: 'ice cream' });
    assert.deepEqual(result, { parameters: { query: 'ice cream', zoom: '13' }, data: { request: { query: 'ice cream' } } });
    const sent = { parameters: { query: 'ice cream', near: 'Stockholm' } };
    dropUnsentPlaces(sent, { query: 'ice cream', near: 'Stockholm' });
    assert.equal(sent.parameters.near, 'Stockholm');
  });
});
