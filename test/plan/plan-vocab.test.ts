/** Mock values mean what their name, parent and operation say (QUALITY.md E): names fit their kind, texts describe their own entity, untyped strings take values by meaning, places agree. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ALL_GOODS } from '../../src/plan/_names.ts';
import { mockParamValue } from '../../src/plan/_mock.ts';
import { buildResult } from '../../src/plan/_result.ts';
import { Rng } from '../../src/random/index.ts';
import { drawWorld, knownPlaces, withWorld } from '../../src/world/index.ts';

const str = { type: 'string' };
const many = (name: string, hints: Record<string, unknown> = {}, n = 25): string[] =>
  Array.from({ length: n }, (_, i) => String(mockParamValue(str, { name, ...hints }, Rng.for(11, i))));
/** A product's name is a good a shop sells (a department's own list), never Faker's "Electronic Bronze Soap". */
const isProductName = (s: string): boolean => ALL_GOODS.includes(s);

describe('names fit what is named', () => {
  it('uses product names only for products', () => {
    for (const context of ['list golf tournaments schedules', 'get airport by iata code airports', 'list movie genres genres', 'search businesses at coordinate point', 'get series of games series', 'amazon product categories categories']) {
      for (const v of many('name', { context })) assert.ok(!isProductName(v), `${context}: ${v}`);
    }
    assert.ok(many('name', { context: 'get product by id products' }).some(isProductName), 'a product is named like one');
  });

  it("takes the kind from the value's own name before the operation's words", () => {
    for (const v of many('tournamentName', { context: 'get schedule' })) assert.match(v, /(Open|Classic|Championship|Invitational)$/, v);
    for (const v of many('airportName')) assert.match(v, /International Airport$/, v);
    for (const v of many('courseName', { context: 'golf tournament leaderboard' })) assert.match(v, /(Golf Club|Country Club|Links)$/, v);
  });

  it("gives a movie API's genres movie genres, not music genres", () => {
    const movie = ['Action', 'Adventure', 'Animation', 'Comedy', 'Crime', 'Documentary', 'Drama', 'Family', 'Fantasy', 'History', 'Horror', 'Mystery', 'Romance', 'Science Fiction', 'Thriller', 'War', 'Western'];
    for (const v of many('genre', { context: 'list movie genres movies' })) assert.ok(movie.includes(v), v);
  });
});

describe('untyped strings by meaning', () => {
  it('numbers, addresses and codes where the name says so', () => {
    for (const v of many('points')) assert.match(v, /^\d+$/);
    for (const v of many('purse')) assert.match(v, /^\d+$/);
    for (const v of many('weekNum')) assert.ok(Number(v) >= 1 && Number(v) <= 52, v);
    for (const v of many('ip')) assert.match(v, /^\d+\.\d+\.\d+\.\d+$/);
    for (const v of many('asin')) assert.match(v, /^B0[A-Z0-9]{8}$/);
    for (const v of many('estimate')) assert.match(v, /^\d+[mhdw]$/);
    for (const v of many('market', { description: 'An ISO 3166-1 alpha-2 country code.' })) assert.match(v, /^[A-Z]{2}$/);
    for (const v of many('text', { context: 'get random questions by difficulty quiz' })) assert.match(v, /\?$/);
  });

  it('reads an enum from the description', () => {
    assert.deepEqual(new Set(many('workflowMode', { description: 'the type of workflow to use. Can either be "live" or "draft".' })), new Set(['live', 'draft']));
    assert.deepEqual(new Set(many('status', { description: 'Message status (read/unread)' })), new Set(['read', 'unread']));
    assert.deepEqual(new Set(many('state', { description: 'One of: ready, building, error.' })), new Set(['ready', 'building', 'error']));
  });
});

describe('records finished from their own details', () => {
  const world = drawWorld(Rng.for(3, 1, 1));

  it('describes an entity by its own name, not with filler from another kind', () => {
    const fields = [{ path: 'episodes[].name', schema: str }, { path: 'episodes[].description', schema: str }];
    const { result } = withWorld(world, () => buildResult(fields, Rng.for(3, 1, 2), [], {}, 'get show episodes shows episodes'));
    for (const e of (result as { episodes: { name: string; description: string }[] }).episodes) {
      assert.ok(!/sizes and colours|free delivery|Family-run/.test(e.description), e.description);
      assert.ok(e.description.toLowerCase().includes(e.name.toLowerCase()), `${e.description} does not name ${e.name}`);
    }
  });

  it("names a record with an address and a phone as a business, and a known city's country and airport follow it", () => {
    const fields = ['name', 'address', 'phone_number', 'website', 'city', 'country_code', 'iata_code', 'formatted_address'].map((f) => ({ path: `results[].${f}`, schema: str }));
    const { result } = withWorld(world, () => buildResult(fields, Rng.for(3, 1, 3), [], {}, 'ranking at coordinate point'));
    const byCity = new Map(knownPlaces().map((p) => [p.city, p]));
    for (const r of (result as { results: Record<string, string>[] }).results) {
      assert.ok(!isProductName(r.name!), r.name);
      const place = byCity.get(r.city!);
      assert.ok(place, `${r.city} is a known city`);
      assert.equal(r.country_code, place.countryCode);
      assert.equal(r.iata_code, place.airport);
      assert.ok(r.formatted_address!.startsWith(r.address!) && r.formatted_address!.includes(r.city!), r.formatted_address);
    }
  });

  it('puts a min above its max in order', () => {
    const fields = [{ path: 'days[].tempMin', schema: { type: 'number', minimum: 0, maximum: 40 } }, { path: 'days[].tempMax', schema: { type: 'number', minimum: 0, maximum: 40 } }];
    for (let i = 0; i < 20; i++) {
      const { result } = withWorld(world, () => buildResult(fields, Rng.for(4, i, 1), [], {}, 'forecast'));
      for (const d of (result as { days: { tempMin: number; tempMax: number }[] }).days) assert.ok(d.tempMin <= d.tempMax, JSON.stringify(d));
    }
  });
});
