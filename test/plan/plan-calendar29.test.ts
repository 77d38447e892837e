import { test } from 'node:test';
import assert from 'node:assert/strict';
import { longWeekends, settleLongWeekends29 } from '../../src/plan/_calendar29.ts';
import { project } from '../../src/plan/_srid15.ts';
import type { Operation } from '../../src/specs/types.ts';
import { settleGenreList29 } from '../../src/plan/_genre-list29.ts';
import { makerOfVin29, realVin29, settleVins29 } from '../../src/plan/_vin29.ts';

const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

test('Norway 2025 long weekends are Easter, May 1, Ascension, Whitsun and Christmas', () => {
  const spans = longWeekends('NO', 2025).map((s) => `${iso(s.start)}..${iso(s.end)} ${s.bridge}`);
  assert.deepEqual(spans, ['2025-04-17..2025-04-21 false', '2025-05-01..2025-05-04 true', '2025-05-29..2025-06-01 true', '2025-06-07..2025-06-09 false', '2025-12-25..2025-12-28 false']);
});

test('a long-weekend result of drawn days becomes the country\'s real ones, in the drawn shape', () => {
  const result = [{ startDate: '2025-01-24T00:00:00Z', endDate: '2025-01-26T00:00:00Z', dayCount: 3, needBridgeDay: false }];
  settleLongWeekends29(result, { year: 2025, countryCode: 'NO' }, 'LongWeekend get long weekends', new Set());
  assert.equal(result.length, 5);
  assert.deepEqual(result[1], { startDate: '2025-05-01T00:00:00Z', endDate: '2025-05-04T00:00:00Z', dayCount: 4, needBridgeDay: true });
});

test('UTM eastings stay inside the zone, northings in the hemisphere', () => {
  const [x, y] = project(26909, 49.28, -123.12)!; // Vancouver sits in zone 10, asked in zone 9
  assert.ok(x > 160_000 && x < 840_000, String(x));
  assert.ok(y > 0 && y < 9_330_000, String(y));
  const [, south] = project(32756, -33.87, 151.21)!; // Sydney, zone 56 south
  assert.ok(south > 6_000_000 && south < 10_000_000, String(south));
});

test('a VIN names its maker: a drawn one starts with a real WMI, a decoded make agrees', () => {
  assert.notEqual(makerOfVin29(realVin29('6RW5HN3K0XU237434')), undefined);
  const drawn = { vin: '6RW5HN3K0XU237434', make: 'BMW', model: '5 Series', year: 1999 };
  settleVins29(drawn, new Set(), {});
  assert.equal(makerOfVin29(drawn.vin), 'BMW');
  const sent = { vin: 'WAUZZZ8K9BA012345', make: 'BMW', model: '5 Series', year: 2011 };
  settleVins29(sent, new Set(), { vin: 'WAUZZZ8K9BA012345' });
  assert.equal(sent.vin, 'WAUZZZ8K9BA012345');
  assert.equal(sent.make, 'Audi');
});

test('the official list of movie genres asked with no filter is the whole well-known list', () => {
  const op = { effect: 'read', name: 'listMovieGenres', summary: 'List movie genres', description: 'Returns the official list of movie genres with their genre ids.', path: '/genres/movie', api: { title: 'Movies', name: 'movies' } } as unknown as Operation;
  const result = { genres: [{ genreId: 88, name: 'Comedy' }, { genreId: 35, name: 'Thriller' }, { genreId: 51, name: 'Crime' }] };
  settleGenreList29(result, {}, op, new Set());
  assert.equal(result.genres.length, 19);
  assert.deepEqual(result.genres[0], { genreId: 28, name: 'Action' });
  const filtered = { genres: [{ genreId: 88, name: 'Comedy' }] };
  settleGenreList29(filtered, { query: 'com' }, op, new Set());
  assert.equal(filtered.genres.length, 1);
});
