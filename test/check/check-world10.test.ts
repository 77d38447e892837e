/**
 * World facts a result states about itself (QUALITY.md E): each rule of src/check/_rules-world10.ts broken on
 * purpose, and the generator's currency and BMI mechanisms that keep them.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkMeaning } from '../../src/check/index.ts';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { settleCurrencyRecords } from '../../src/plan/_currencies.ts';
import { bodyMassIndex } from '../../src/plan/_health.ts';
import { agreeFilm } from '../../src/plan/_films.ts';
import { apiHome } from '../../src/world/index.ts';

const state = { api_confirmed: true, api_status: 'none' } as never;

function oneCall(result: unknown): DialogueRecord {
  return {
    id: 't', seed: 1, flow: 'f', family: 'no_ask', edge_type: null,
    operations: { 'x.listCurrencies': { name: 'listCurrencies', api: 'x', description: '', method: 'GET', path: '/currencies', parameters: { type: 'object', properties: {} } } },
    chain: ['x.listCurrencies'],
    slots: [],
    turns: [
      { speaker: 'user', action: 'inform_intent_clear', text: 'List currencies please.' },
      { speaker: 'assistant', action: 'call', state, call: { id: 'c1', operation: 'x.listCurrencies', arguments: {} } },
      { speaker: 'tool', operation: 'x.listCurrencies', call_id: 'c1', status: 'ok', result },
    ],
    meta: {},
  } as unknown as DialogueRecord;
}
const broken = (result: unknown): string[] => checkMeaning(oneCall(result)).map((v) => v.invariant).filter((v) => v === 'currency_record' || v === 'bmi_category' || v === 'temperature_units');

describe('world facts a result states about itself', () => {
  test('a currency record names and marks its own code, and a list lists each once', () => {
    assert.deepEqual(broken({ currencyCode: 'THB', name: 'SGD', symbol: '฿' }), ['currency_record']);
    assert.deepEqual(broken({ currencyCode: 'THB', name: 'Thai Baht', symbol: '€' }), ['currency_record']);
    assert.deepEqual(broken({ currencyCode: 'THB', name: 'Euro', symbol: '฿' }), ['currency_record']);
    assert.deepEqual(broken({ currencies: [{ code: 'EUR', name: 'Euro' }, { code: 'EUR', name: 'Euro' }] }), ['currency_record']);
    assert.deepEqual(broken({ currencyCode: 'THB', name: 'Thai Baht', symbol: '฿' }), []);
    // A stock quote's symbol is a ticker, not a currency's.
    assert.deepEqual(broken({ symbol: 'TSLA', currency: 'USD', price: 251.3 }), []);
  });

  test("a BMI's category and obesity class are the number's", () => {
    assert.deepEqual(broken({ bmi: 41.15, weightCategory: 'Business', ObeseClass: 'Class D' }), ['bmi_category']);
    assert.deepEqual(broken({ bmi: 41.15, weightCategory: 'Obese', ObeseClass: 'Class I' }), ['bmi_category']);
    assert.deepEqual(broken({ bmi: 22.4, category: 'Overweight' }), ['bmi_category']);
    assert.deepEqual(broken({ bmi: 41.15, weightCategory: 'Obese', ObeseClass: 'Class III' }), []);
    assert.deepEqual(broken({ bmi: 22.4, category: 'Normal weight' }), []);
  });
});

describe('temperatures of one list', () => {
  test('the items of one list give temperatures in one unit', () => {
    assert.deepEqual(broken({ forecasts: [{ day: '2024-01-27', high: 26, low: 18 }, { day: '2024-01-28', high: 289, low: 282 }] }), ['temperature_units']);
    assert.deepEqual(broken({ forecasts: [{ day: '2024-01-27', high: 26, low: 18 }, { day: '2024-01-28', high: 24, low: 17 }] }), []);
    assert.deepEqual(broken({ list: [{ temp: 289.1 }, { temp: 291.4 }] }), []);
  });
});

describe('the generator keeps them', () => {
  test('currency records take their name and symbol from their code, each once in a list', () => {
    const result = { currencies: [{ currencyCode: 'THB', name: 'SGD', symbol: '€' }, { currencyCode: 'THB', name: 'Euro', symbol: '€' }, { currencyCode: 'THB', name: 'ETB', symbol: '€' }] };
    settleCurrencyRecords(result, undefined, 'USD');
    const [first, second, third] = result.currencies;
    assert.deepEqual(first, { currencyCode: 'THB', name: 'Thai Baht', symbol: '฿' });
    assert.equal(new Set(result.currencies.map((c) => c.currencyCode)).size, 3);
    assert.deepEqual(broken(result), []);
    assert.notEqual(second!.name, third!.name);
    const asked = { code: 'XYZ', name: 'Foo', symbol: '$' };
    settleCurrencyRecords({ currency: asked }, 'JPY', 'USD');
    assert.deepEqual(asked, { code: 'JPY', name: 'Japanese Yen', symbol: '¥' });
    const quote = { symbol: 'TSLA', currency_code: 'USD', name: 'Tesla' };
    settleCurrencyRecords(quote, undefined, 'EUR');
    assert.deepEqual(quote, { symbol: 'TSLA', currency_code: 'USD', name: 'Tesla' });
  });

  test('a BMI takes its WHO category and obesity class', () => {
    const obj = { bmi: 41.15, weightCategory: 'Business', ObeseClass: 'Class D' };
    bodyMassIndex(obj, () => true);
    assert.deepEqual(obj, { bmi: 41.15, weightCategory: 'Obese', ObeseClass: 'Class III' });
    assert.deepEqual(broken(obj), []);
  });

  test('a real film keeps its year, language, release date and overview', () => {
    const film = { title: 'The Grand Budapest Hotel', originalLanguage: 'it', releaseDate: '2024-12-22', overview: 'The story of a teacher who uncovers a decades-old secret.' };
    const snake = (k: string): string => k.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
    agreeFilm(film, Object.keys(film), snake);
    assert.equal(film.originalLanguage, 'en');
    assert.equal(film.releaseDate, '2014-03-07');
    assert.match(film.overview, /concierge/);
    // A sequel-like title keeps its drawn day and its own overview.
    const sequel = { title: 'The Grand Budapest Hotel 2', releaseDate: '2024-12-22', overview: 'The story of a widower who takes up sailing.' };
    agreeFilm(sequel, Object.keys(sequel), snake);
    assert.equal(sequel.releaseDate.slice(4), '-12-22');
    assert.match(sequel.overview, /widower/);
    // A city called Casablanca is no film: its description stays.
    const city = { name: 'Casablanca', description: 'A port city on the Atlantic.' };
    agreeFilm(city, Object.keys(city), snake);
    assert.equal(city.description, 'A port city on the Atlantic.');
  });

  test("a regional API's home comes from its region, its servers' country or the one country it names", () => {
    assert.deepEqual(apiHome('Geomark Web Service', 'https://apps.gov.bc.ca/pub/geomark Open Government License - British Columbia'), { countryCode: 'CA', regionCode: 'BC' });
    assert.deepEqual(apiHome('Autobahn App API', 'https://verkehr.autobahn.de/o/autobahn'), { countryCode: 'DE' });
    assert.deepEqual(apiHome('Was passiert auf Deutschlands Bundesstraßen?', ''), { countryCode: 'DE' });
    assert.equal(apiHome('Weather for any city', 'https://api.example.com https://github.com/x'), undefined);
    assert.equal(apiHome('Flights between Germany and France', ''), undefined);
  });
});
