/**
 * Mock values true of the world and of themselves (QUALITY.md E), wave 26: the rules of src/check/_rules-values26.ts
 * broken on purpose with the values the readers found in the rapidapi 400-set (Schwab's JPM quoted on NASDAQ with two
 * request times, a publishers list with "status": false beside "successfully fetched", "Bristol: Beach"), good
 * values passing, and the generator keeping them on the Schwab and webcam specs.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fixturesDir, skipWithoutFixtures } from '../_shared.ts';
import { oneCall, violationsOf } from '../_one-call.ts';
import { assertGeneratorKeeps } from '../_generated.ts';
import { fileOfAskedFormat } from '../../src/plan/_file-format18.ts';
import type { Operation } from '../../src/specs/types.ts';
import { spanSummary26 } from '../../src/realize/_spans26.ts';
import { carProducts26 } from '../../src/plan/_car-products26.ts';

const flag = violationsOf('success_flag_contradicts');
const exchange = violationsOf('ticker_wrong_exchange');
const stamps = violationsOf('request_times_differ');
const beach = violationsOf('beach_webcam_no_beach');

/** Schwab's quote details for JPM, as the readers saw it, with `exchange` and the two request times. */
function quote(exchangeName: string, inner: string, outer: string): ReturnType<typeof oneCall> {
  const result = {
    SchemaType: 'StocksSummaryReply',
    Stocks: {
      QuoteOutput: { Symbol: 'JPM', Name: 'JPMorgan Chase & Co.', Exchange: exchangeName, LastPrice: '$208.80', MarketCap: '$584.6B' },
      RequestTimestamp: inner,
    },
    SymbolLookupOutput: { IsValid: true, SymbolIn: 'JPM', SymbolOut: 'JPM' },
    RequestTimestamp: outer,
  };
  return oneCall({ symbol: 'JPM' }, result, { name: 'quote_get_details', path: '/quote/get-details', text: 'Get the details of JPM.' });
}

describe('values26 rules', () => {
  test('success_flag_contradicts: a false flag beside a success message', () => {
    const list = (status: boolean, message: string) => oneCall({}, { message, payload: ['ACCESSWIRE', 'Business Wire'], status }, { name: 'list_publishers', path: '/news/list-publishers' });
    assert.deepEqual(flag(list(false, 'successfully fetched list of publishers')), ['success_flag_contradicts']);
    assert.deepEqual(flag(list(true, 'successfully fetched list of publishers')), []);
    assert.deepEqual(flag(list(false, 'publisher list unavailable')), []);
  });

  test('ticker_wrong_exchange: JPM quoted on NASDAQ', () => {
    assert.deepEqual(exchange(quote('NASDAQ', '2026-02-20T18:30:00Z', '2026-02-20T18:30:00Z')), ['ticker_wrong_exchange']);
    assert.deepEqual(exchange(quote('London Stock Exchange', '2026-02-20T18:30:00Z', '2026-02-20T18:30:00Z')), ['ticker_wrong_exchange']);
    assert.deepEqual(exchange(quote('NYSE', '2026-02-20T18:30:00Z', '2026-02-20T18:30:00Z')), []);
    assert.deepEqual(exchange(quote('New York Stock Exchange', '2026-02-20T18:30:00Z', '2026-02-20T18:30:00Z')), []);
  });

  test('request_times_differ: one result, two request times', () => {
    assert.deepEqual(stamps(quote('NYSE', '2026-02-20T18:30:00Z', '2025-09-28T04:30:00Z')), ['request_times_differ']);
    assert.deepEqual(stamps(quote('NYSE', '2026-02-20T18:30:00Z', '2026-02-20T18:30:00Z')), []);
  });

  test('beach_webcam_no_beach: a beach webcam in a city without one', () => {
    const cams = (names: string[]) => oneCall({ lat: 51.4552, lng: -2.5966, radius: 1 }, { webcams: names.map((name, i) => ({ id: String(7697678631 + i), name })) }, { name: 'webcams_list_nearby', path: '/webcams/list/nearby' });
    assert.deepEqual(beach(cams(['Bristol: Market Hall', 'Bristol: Beach'])), ['beach_webcam_no_beach']);
    assert.deepEqual(beach(cams(['Prague: Beach'])), ['beach_webcam_no_beach']);
    assert.deepEqual(beach(cams(['Barcelona: Beach', 'Bristol: Harbour View'])), []);
    // A place the world does not know is not judged.
    assert.deepEqual(beach(cams(['Smallville: Beach'])), []);
  });

  test('a file of a bounding box is a few corners: under 2 KB packed, about 96 KB as a GeoPackage', () => {
    const op = { name: 'get_boundingBox', path: '/geomarks/{geomarkId}/boundingBox.{fileFormatExtension}', inputs: [], api: { name: 'geo', title: 'Geo', source: 'x', format: 'openapi-3.0', provenance: 'https://apps.example.org/geomark' } } as unknown as Operation;
    const file = (ext: string): number => {
      const result: Record<string, unknown> = { geomarkId: 'gm-abc', center_latitude: 49.2, center_longitude: -123.1 };
      fileOfAskedFormat(result, op, { geomarkId: 'gm-abc', fileFormatExtension: ext }, []);
      return result.size_kb as number;
    };
    assert.ok(file('kmz') < 2, `kmz ${file('kmz')} KB`);
    assert.ok(file('gpkg') >= 96 && file('gpkg') < 102, `gpkg ${file('gpkg')} KB`);
  });

  test('generations are said as spans of years; a car search finds goods for cars', () => {
    const gens = { generations: [{ id: 1, generation: 1, start_year: 2011, end_year: 2017 }, { id: 2, generation: 2, start_year: 2018, end_year: 2025 }, { id: 3, generation: 3, start_year: 2026, end_year: 2026 }] };
    assert.equal(spanSummary26(gens), 'There are 3 generations: the first from 2011 to 2017, the second from 2018 to 2025 and the third from 2026 on.');
    assert.equal(spanSummary26({ items: [{ a: 1 }] }), undefined);
    const products = [{ id: 1, searchValue: 'Nissan Leaf', modelName: 'Running Shoes', brandName: 'Takács Zrt.' }, { id: 2, searchValue: 'Nissan Leaf', modelName: 'Tyre Inflator', brandName: 'Ring' }];
    carProducts26([{ key: 'products', items: products }], () => true);
    assert.ok(products.every((p) => /tire|tyre|seat|battery|cam|starter|wiper|inflator/i.test(p.modelName)), JSON.stringify(products));
    assert.notEqual(products[0]!.brandName, 'Takács Zrt.');
  });

  test('the generator keeps them on the Schwab and webcam specs (rapidapi fixture)', { skip: skipWithoutFixtures }, async () => {
    const specs = ['Finance/schwab.json', 'Travel/webcams_travel.json'].map((f) => join(fixturesDir, 'rapidapi', 'tools', f));
    const written = await assertGeneratorKeeps([...['success_flag_contradicts', 'ticker_wrong_exchange', 'request_times_differ', 'beach_webcam_no_beach']], specs, 40, { minWritten: 20 });
    assert.ok(!written.some((w) => /"Symbol":"JPM"[^}]*"Exchange":"NASDAQ"/.test(w.json)), 'JPM is never quoted on NASDAQ');
  });
});
