/** Results that say back what they were asked (QUALITY.md E): src/check/_rules-echo14.ts broken on purpose, and the generator's side. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MEANING_INVARIANTS } from '../../src/check/index.ts';
import { citeSentParent, echoSentTickers } from '../../src/plan/_honour-echo.ts';
import { agreeContinent, agreeCountryPair } from '../../src/plan/_codes.ts';
import { asksFirstPage, settleList } from '../../src/plan/_order.ts';
import { buildResult } from '../../src/plan/_result.ts';
import { dialogueRng } from '../../src/random/index.ts';
import { oneCall, violationsOf } from '../_one-call.ts';

const ip = violationsOf('ip_not_echoed');
const ranking = violationsOf('ranking_not_from_one');
const root = violationsOf('root_not_echoed');
const continent = violationsOf('continent_mismatch');
const countryPair = violationsOf('country_code_name');

describe('results say back what they were asked', () => {
  test('are meaning invariants', () => {
    for (const id of ['ip_not_echoed', 'ranking_not_from_one', 'root_not_echoed', 'continent_mismatch', 'country_code_name']) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(id));
  });
  test('an IP lookup returning another address breaks it; the sent address passes', () => {
    assert.deepEqual(ip(oneCall({ q: '197.170.126.71' }, { ip: '35.162.152.183', city: 'Milan' })), ['ip_not_echoed']);
    assert.deepEqual(ip(oneCall({ q: '197.170.126.71' }, { ip: '197.170.126.71', city: 'Milan' })), []);
    assert.deepEqual(ip(oneCall({}, { ip: '35.162.152.183' }, { name: 'my_ip' })), []);
  });
  test('a first page of a ranking from rank 2 breaks it; from 1, a later page, or a grid of ranks passes', () => {
    const board = (first: number) => ({ rankings: [0, 1, 2].map((i) => ({ rank: first + i, name: `P${i}` })) });
    assert.deepEqual(ranking(oneCall({ year: '2020' }, board(2))), ['ranking_not_from_one']);
    assert.deepEqual(ranking(oneCall({ year: '2020', page: 1 }, board(2))), ['ranking_not_from_one']);
    assert.deepEqual(ranking(oneCall({ year: '2020' }, board(1))), []);
    assert.deepEqual(ranking(oneCall({ page: 2 }, board(21))), []);
    assert.deepEqual(ranking(oneCall({}, { points: [{ rank: 4 }, { rank: 17 }, { rank: 9 }] })), []);
  });
  test('option roots of another stock break it; the sent one passes', () => {
    const fundamentals = (roots: string[]) => ({ UnderlyingSym: 'TSLA', Roots: roots.map((r) => ({ RootSymbol: r, Multiplier: '100' })) });
    assert.deepEqual(root(oneCall({ symbol: 'TSLA' }, fundamentals(['AAPL', 'TSLA']), { name: 'option_fundamentals' })), ['root_not_echoed']);
    assert.deepEqual(root(oneCall({ symbol: 'TSLA' }, fundamentals(['TSLA']), { name: 'option_fundamentals' })), []);
  });
  test("a country outside its record's continent breaks it; its own continent passes", () => {
    assert.deepEqual(continent(oneCall({ q: '1.2.3.4' }, { continent_code: 'AS', continent_name: 'Asia', country_code: 'IT', city: 'Milan' })), ['continent_mismatch']);
    assert.deepEqual(continent(oneCall({}, { places: [{ country: 'Peru', continent: 'Europe' }] })), ['continent_mismatch']);
    assert.deepEqual(continent(oneCall({}, { continent_code: 'EU', continent_name: 'Europe', country_code: 'IT' })), []);
    assert.deepEqual(continent(oneCall({}, { country: 'Russia', continent: 'Asia' })), []);
  });
  test("a country code beside another country's name breaks it; a matching pair or a non-country passes", () => {
    assert.deepEqual(countryPair(oneCall({}, { countries: [{ id: 'PL', name: 'Peru', count: 10 }] })), ['country_code_name']);
    assert.deepEqual(countryPair(oneCall({}, { countries: [{ id: 'PL', name: 'Poland' }, { code: 'EN', name: 'English' }] })), []);
  });
});

describe('the generator says back what it was asked', () => {
  test("a record's continent is its country's; a country's name is its code's", () => {
    const words = (k: string) => k.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
    const place = { continent_code: 'AS', continent_name: 'Asia', country_code: 'IT', city: 'Milan' };
    agreeContinent(place, [], words);
    assert.deepEqual([place.continent_name, place.continent_code], ['Europe', 'EU']);
    const country = { id: 'PL', name: 'Peru', count: 10 };
    agreeCountryPair(country, [], words);
    assert.equal(country.name, 'Poland');
    const asked = { id: 'PL', name: 'Peru' };
    agreeCountryPair(asked, ['name'], words);
    assert.equal(asked.id, 'PE');
  });
  test('the first page of a ranking starts at 1; a later page follows on from its own first rank', () => {
    const items = () => [{ rank: 3, name: 'a' }, { rank: 2, name: 'b' }, { rank: 9, name: 'c' }];
    const first = items();
    settleList(first, false, [], 0, asksFirstPage({ year: '2020' }));
    assert.deepEqual(first.map((r) => r.rank).sort(), [1, 2, 3]);
    const later = items();
    settleList(later, false, [], 0, asksFirstPage({ page: 3 }));
    assert.deepEqual(later.map((r) => r.rank).sort(), [2, 3, 4]);
    assert.equal(asksFirstPage({ offset: 0, from: '2024-01-01' }), true);
    assert.equal(asksFirstPage({ cursor: 'abc' }), false);
  });
  test('an IP lookup sent under `q` returns that address', () => {
    const fields = [{ path: 'ip', schema: { type: 'string' } }, { path: 'city', schema: { type: 'string' } }] as never;
    const built = buildResult(fields, dialogueRng(1, 1, 'test'), [], { q: '197.170.126.71' }, 'ip lookup');
    assert.equal((built.result as Record<string, unknown>).ip, '197.170.126.71');
  });
  test('option roots fetched for TSLA are TSLA', () => {
    const result = { Roots: [{ RootSymbol: 'AAPL' }, { RootSymbol: 'AMZN' }], UnderlyingSym: 'MSFT' };
    echoSentTickers(result, { symbol: 'TSLA' }, 'quote_get_option_fundamentals', []);
    assert.deepEqual(result, { Roots: [{ RootSymbol: 'TSLA' }, { RootSymbol: 'TSLA' }], UnderlyingSym: 'TSLA' });
  });
  test('messages fetched for order 820005 cite that order, not another', () => {
    const messages = [{ subject: 'Re: Order #181', message: 'About Invoice #22' }, { subject: 'Delivery update' }];
    citeSentParent(messages, { order_id: 820005 });
    assert.deepEqual(messages, [{ subject: 'Re: Order #820005', message: 'About Invoice #22' }, { subject: 'Delivery update' }]);
  });
});
