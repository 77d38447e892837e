/**
 * Result fields that mean what their names and the request say, wave 18: each rule is broken on purpose, and the
 * generator's fix makes the same record pass.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DialogueRecord } from '../../src/plan/types.ts';
import type { Operation } from '../../src/specs/types.ts';
import { checkMeaning, MEANING_INVARIANTS } from '../../src/check/index.ts';
import { countCoversList, partsWithinWhole } from '../../src/plan/_parts18.ts';
import { fileOfAskedFormat } from '../../src/plan/_file-format18.ts';
import { unsetInputsDocumented } from '../../src/plan/_input-values18.ts';
import { localTimeIsNow } from '../../src/plan/_local-now18.ts';
import { numberName } from '../../src/plan/_numbers.ts';
import { REFERENCE_DATE } from '../../src/world/index.ts';
import { oneCall } from '../_one-call.ts';

const RULES = ['part_above_whole', 'count_below_list', 'binary_format_inline'];
const broken = (args: Record<string, unknown>, result: unknown): string[] => checkMeaning(oneCall(args, result) as DialogueRecord).map((v) => v.invariant).filter((v) => RULES.includes(v));
const NONE = new Set<string>();

describe('result fields mean what their names and the request say (wave 18)', () => {
  test('the rules are meaning invariants', () => {
    for (const id of RULES) assert.ok((MEANING_INVARIANTS as readonly string[]).includes(id), id);
  });

  test('part_above_whole: more bounces than sent, or more unique opens than opens, fails; settled, it passes', () => {
    const stats = { sent: 298, hard_bounces: 492, rejects: 307, opens: 151, unique_opens: 277, clicks: 40, unique_clicks: 12 };
    assert.deepEqual(broken({ tag: 'news' }, stats), ['part_above_whole', 'part_above_whole', 'part_above_whole']);
    partsWithinWhole(stats, NONE);
    assert.deepEqual(broken({ tag: 'news' }, stats), []);
    assert.ok(stats.hard_bounces <= 30 && stats.rejects <= 30, JSON.stringify(stats));
    assert.equal(stats.opens, 277);
    assert.equal(stats.unique_opens, 151);
  });

  test('count_below_list: "total_reviews": 0 beside three reviews fails; raised to the list, it passes', () => {
    const data = { total_reviews: 0, total_ratings: 152, reviews: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] };
    assert.deepEqual(broken({ asin: 'B07ZPKN6YR' }, { data }), ['count_below_list']);
    countCoversList(data, 'reviews', data.reviews.length, NONE);
    assert.equal(data.total_reviews, 3);
    assert.deepEqual(broken({ asin: 'B07ZPKN6YR' }, { data }), []);
  });

  test('binary_format_inline: a GPKG asked for and inline coordinates returned fails; as file metadata, it passes', () => {
    const args = { geomarkId: 'gm-abc', fileFormatExtension: 'gpkg' };
    const result: Record<string, unknown> = { geomarkId: 'gm-abc', center_latitude: 49.2, center_longitude: -123.1, width_km: 4, height_km: 5 };
    assert.deepEqual(broken(args, result), ['binary_format_inline']);
    const op = { name: 'get_boundingBox', path: '/geomarks/{geomarkId}/boundingBox.{fileFormatExtension}', inputs: [], api: { name: 'geo', title: 'Geo', source: 'x', format: 'openapi-3.0', provenance: 'https://apps.example.org/geomark' } } as unknown as Operation;
    fileOfAskedFormat(result, op, args, []);
    assert.equal(result.file_name, 'gm-abc-boundingBox.gpkg');
    assert.equal(result.download_url, 'https://apps.example.org/geomark/geomarks/gm-abc/boundingBox.gpkg');
    assert.equal(result.center_latitude, undefined);
    assert.deepEqual(broken(args, result), []);
    // A text format stays inline.
    const inline: Record<string, unknown> = { latitude: 1, longitude: 2 };
    fileOfAskedFormat(inline, op, { geomarkId: 'gm-abc', fileFormatExtension: 'json' }, []);
    assert.deepEqual(inline, { latitude: 1, longitude: 2 });
    assert.deepEqual(broken({ fileFormatExtension: 'json' }, inline), []);
  });

  test('an input the call left out is reported as its documented default, inside its enum', () => {
    const op = { inputs: [{ name: 'frequency', in: 'body', required: false, schema: { type: 'string', enum: ['daily', 'weekly'], default: 'daily' } }, { name: 'sort', in: 'query', required: false, schema: { type: 'string', enum: ['new', 'old'] } }] } as unknown as Operation;
    const result: Record<string, unknown> = { jobAlertId: 'x', frequency: 'monthly', sort: 'random' };
    unsetInputsDocumented(result, op, { email: 'a@b.c' }, NONE);
    assert.equal(result.frequency, 'daily');
    assert.ok(['new', 'old'].includes(result.sort as string));
    const sent: Record<string, unknown> = { frequency: 'weekly' };
    unsetInputsDocumented(sent, op, { frequency: 'weekly' }, NONE);
    assert.equal(sent.frequency, 'weekly');
  });

  test("a place's local time is now, in its zone, and its epoch agrees", () => {
    const location: Record<string, unknown> = { name: 'Paris', lat: 48.85, lon: 2.35, tz_id: 'Europe/Paris', localtime_epoch: 1687677599, localtime: '2023-06-25 9:19' };
    localTimeIsNow({ location }, NONE);
    assert.equal(location.localtime, `${REFERENCE_DATE} 9:19`);
    assert.equal(location.localtime_epoch, Date.parse(`${REFERENCE_DATE}T08:19:00Z`) / 1000);
  });

  test('a number its description calls a unix timestamp is drawn as a moment', () => {
    assert.equal(numberName('since', 'a date time in unix timestamp format since when deleted worklogs will be returned.'), 'timestamp');
    assert.equal(numberName('since', 'milliseconds since the epoch'), 'ms_timestamp');
    assert.equal(numberName('limit', 'How many to return'), 'limit');
  });
});

describe('a forecast holds the days asked (wave 18)', () => {
  test('days=4, or the documented default 3 when left out, is the count of its list', async () => {
    const { resultShape } = await import('../../src/plan/_content.ts');
    const op = { name: 'forecast_weather_api', path: '/forecast.json', effect: 'read', summary: 'Forecast weather', description: '', inputs: [{ name: 'q', in: 'query', required: true, schema: { type: 'string' } }, { name: 'days', in: 'query', required: false, schema: { type: 'integer' }, default: '3' }], outputs: [], api: { name: 'w', title: 'Weather', source: 'x', format: 'rapidapi' } } as unknown as Operation;
    assert.equal(resultShape(op, { q: 'London', days: 4 }).count, 4);
    assert.equal(resultShape(op, { q: 'London' }).count, 3);
    assert.equal(resultShape(op, { q: 'London', limit: 10 }).count, 3);
  });
});

describe('forecast days are steady (wave 18)', () => {
  test('a day is never 13 degrees off the day before, and its low stays below its high', async () => {
    const { dateForecasts } = await import('../../src/plan/_forecast.ts');
    const result = { forecast: [{ date: '2026-03-16', temperature: 2.3 }, { date: '2026-03-17', temperature: 9.5 }, { date: '2026-03-18', temperature: 22.7 }] };
    dateForecasts(result, { q: 'London' }, 'weather forecast', new Set());
    for (let i = 1; i < 3; i++) assert.ok(Math.abs(result.forecast[i]!.temperature - result.forecast[i - 1]!.temperature) <= 4.5, JSON.stringify(result));
  });
});
