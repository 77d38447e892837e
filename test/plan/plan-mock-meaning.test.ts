/** Mock values with the meaning of their field (QUALITY.md E): src/plan/_fallback.ts, _names.ts, _result.ts. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fallbackString } from '../../src/plan/_fallback.ts';
import { buildResult } from '../../src/plan/_result.ts';
import { mockValue } from '../../src/plan/_mock.ts';
import { placeholderProblem } from '../../src/check/_rules-mock.ts';
import { Rng } from '../../src/random/index.ts';

const makers = { personName: () => 'Ana Costa', companyName: () => 'Acme Corp', date: () => '2026-03-16' };
const fallback = (name: string, parent = '', seed = 1): string => fallbackString(name, parent, [], Rng.for(seed, 0), makers);

describe('fallback strings by meaning', () => {
  it('never repeat the field name with a number', () => {
    for (const [name, parent] of [['frequency', ''], ['imageBytes', 'image'], ['activity', ''], ['registrar', ''], ['valid_after', ''], ['m', 'item'], ['property', ''], ['regions', ''], ['latest_media_uri', ''], ['registration_no', '']]) {
      for (let seed = 1; seed <= 5; seed++) {
        const value = fallback(name!, parent!, seed);
        assert.equal(placeholderProblem(name!, parent!, value), undefined, `${name} = ${value}`);
      }
    }
  });
  it('give a link, bytes, a frequency, a date, an organisation by the name', () => {
    assert.match(fallback('latest_media_uri'), /^https:\/\//);
    assert.match(fallback('imageBytes', 'image'), /^[A-Za-z0-9+/]{20,}={0,2}$/);
    assert.match(fallback('frequency'), /^(daily|weekly|monthly)$/);
    assert.equal(fallback('valid_after'), '2026-03-16');
    assert.equal(fallback('registrar'), 'Acme Corp');
    assert.match(fallback('legal_lot'), /^Lot \d+$/, 'lots are numbered');
  });
  it('read an enum from emphasised alternatives', () => {
    const value = mockValue({ type: 'string' }, { name: 'm', description: 'Mediatype *movie* or *show* (default *movie*)' }, Rng.for(3, 0), 1);
    assert.match(String(value), /^(movie|show)$/);
  });
  it('keep a car on a car scale', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const rng = Rng.for(seed, 0);
      assert.ok((mockValue({ type: 'integer' }, { name: 'cylinders' }, rng, 1) as number) <= 16);
      assert.ok((mockValue({ type: 'integer' }, { name: 'city_mpg' }, rng, 1) as number) <= 60);
      assert.ok((mockValue({ type: 'number' }, { name: 'engine_displacement' }, rng, 1) as number) <= 8);
      assert.ok(Number.isInteger(mockValue({ type: 'number' }, { name: 'woeid' }, rng, 1)));
    }
  });
  it('an integer flag (is_sun_up, has_parking) is 0 or 1', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const rng = Rng.for(seed, 0);
      for (const name of ['is_sun_up', 'is_moon_up', 'has_parking']) assert.ok([0, 1].includes(mockValue({ type: 'integer' }, { name }, rng, 1) as number), name);
    }
  });
});

describe('results that agree with the call', () => {
  it('a search by an email finds the one record with that email', () => {
    const fields = [{ path: 'customers[].name', schema: { type: 'string' } }, { path: 'customers[].email', schema: { type: 'string' } }];
    const r = buildResult(fields, Rng.for(1, 0), [], { email: 'noah@example.com' }, 'search customers', {}, {}).result as { customers: { email: string }[] };
    assert.deepEqual(r.customers.map((c) => c.email), ['noah@example.com']);
  });
  it("a search for one kind leaves out the other kinds' collections", () => {
    const fields = ['tracks', 'episodes', 'playlists'].flatMap((k) => [{ path: `${k}.total`, schema: { type: 'integer' } }, { path: `${k}.items[].name`, schema: { type: 'string' } }]);
    const r = buildResult(fields, Rng.for(1, 0), [], { type: 'episode' }, 'search', {}, {}).result as Record<string, unknown>;
    assert.deepEqual(Object.keys(r), ['episodes']);
  });
  it('a record made now holds nothing yet', () => {
    const fields = [{ path: 'id', schema: { type: 'string' } }, { path: 'name', schema: { type: 'string' } }, { path: 'trackCount', schema: { type: 'integer' } }, { path: 'followers', schema: { type: 'integer' } }];
    const r = buildResult(fields, Rng.for(1, 0), [], { name: 'Workout Mix' }, 'create playlist', {}, { changesNow: true, created: true }).result as Record<string, unknown>;
    assert.equal(r.trackCount, 0);
    assert.equal(r.followers, 0);
  });
  it('items of one season share its number; a listed record is not deleted; a list of values repeats none', () => {
    const fields = [{ path: 'episodes[].season_id', schema: { type: 'integer', enum: [100382] } }, { path: 'episodes[].season_number', schema: { type: 'integer' } }, { path: 'episodes[].name', schema: { type: 'string' } }];
    for (let seed = 1; seed <= 5; seed++) {
      const r = buildResult(fields, Rng.for(seed, 0), [], {}, 'list episodes', {}, {}).result as { episodes: { season_number: number }[] };
      assert.equal(new Set(r.episodes.map((e) => e.season_number)).size, 1);
    }
    const store = buildResult([{ path: 'id', schema: { type: 'string' } }, { path: 'created_at', schema: { type: 'string', format: 'date-time' } }, { path: 'deleted_at', schema: { type: 'string', format: 'date-time' } }], Rng.for(2, 0), [], {}, 'get store', {}, {}).result as Record<string, unknown>;
    assert.equal(store.deleted_at, null);
    const models = buildResult([{ path: 'models[]', schema: { type: 'string', enum: ['Veyron'] } }], Rng.for(2, 0), [], {}, 'list models', {}, {}).result as { models: string[] };
    assert.deepEqual(models.models, ['Veyron']);
  });
});
