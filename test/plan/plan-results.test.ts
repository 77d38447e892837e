/** Mock tool results that answer the call: content for reads without a response schema, one record for a get by id, consistent lists. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inferredOutputs, lacksContent, resourceOf, resultShape } from '../../src/plan/_content.ts';
import { buildResult } from '../../src/plan/_result.ts';
import { Rng } from '../../src/random/index.ts';
import type { Operation, OperationEffect, Param } from '../../src/specs/types.ts';
import { REFERENCE_DATE, drawWorld, withWorld } from '../../src/world/index.ts';

function operation(name: string, path: string, effect: OperationEffect, inputs: string[] = [], summary?: string): Operation {
  const params: Param[] = inputs.map((n) => ({ name: n, in: path.includes(`{${n}}`) ? 'path' : 'query', required: true, schema: { type: 'string' } }));
  return {
    id: `api.${name}`, name, method: effect === 'read' ? 'GET' : 'POST', path, inputs: params, outputs: [], effect, effectEvidence: 'test',
    api: { name: 'api', title: 'API', source: 'x', format: 'rapidapi' }, ...(summary ? { summary } : {}),
  };
}

function result(op: Operation, args: Record<string, unknown>, seed = 1): unknown {
  return buildResult(inferredOutputs(op), Rng.for(seed, 0), [], args, op.name, {}, resultShape(op, args)).result;
}

describe('reads without a response schema return what they are about', () => {
  it('finds the resource and whether it is a list', () => {
    assert.deepEqual(resourceOf(operation('artist_singles', '/artist_singles', 'read')), { noun: 'single', plural: true });
    assert.deepEqual(resourceOf(operation('schools/list', '/schools/list', 'read')), { noun: 'school', plural: true });
    assert.deepEqual(resourceOf(operation('getArtist', '/artist', 'read')), { noun: 'artist', plural: false });
    // Input names (lat, lng, radius) and filters after "list" are not the resource; a ranking is one.
    assert.deepEqual(resourceOf({ ...operation('webcams_list_nearby_lat_lng_radius', '/webcams/list/nearby={lat},{lng},{radius}', 'read'), inputs: [{ name: 'lat' }, { name: 'lng' }, { name: 'radius' }] as never }), { noun: 'webcam', plural: true });
    assert.deepEqual(resourceOf(operation('webcams_list_orderby_order_sort', '/webcams/list/orderby', 'read')), { noun: 'webcam', plural: true });
    assert.equal(resourceOf(operation('world_ranking', '/worldranking', 'read')).noun, 'ranking');
    assert.deepEqual(resourceOf(operation('Get questions by category', '/questions/category/{categoryId}', 'read')), { noun: 'question', plural: true });
  });

  it('a list of singles with titles and release dates, never a found flag', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const r = result(operation('artist_singles', '/artist_singles', 'read', ['id']), { id: 'A7xQ2' }, seed) as Record<string, unknown>;
      assert.equal('found' in r, false);
      const singles = r.singles as Record<string, unknown>[];
      assert.equal(singles.length, 3);
      for (const s of singles) {
        assert.equal(typeof s.title, 'string');
        assert.match(String(s.release_date), /^\d{4}-\d{2}-\d{2}$/);
      }
      assert.equal(new Set(singles.map((s) => s.id)).size, 3, 'no duplicate ids');
    }
  });

  it('a recipe asked for by id has ingredients with amounts and a method, never a note or a code', () => {
    const op = operation('drink_by_id', '/drinks/{id}', 'read', ['id'], 'Get Specific drink recipe by ID');
    for (let seed = 1; seed <= 3; seed++) {
      const r = buildResult(inferredOutputs(op), Rng.for(seed, 0), [], { id: 'D9vv1h6k4' }, 'drink by id Get Specific drink recipe by ID', {}, resultShape(op, { id: 'D9vv1h6k4' })).result as Record<string, unknown>;
      assert.equal(r.id, 'D9vv1h6k4');
      for (const i of r.ingredients as string[]) assert.match(i, /^(\d|a |an )/, `an ingredient with its amount: ${i}`);
      assert.match(String(r.instructions), /\b(blend|shake|mix|serve)\b/i);
    }
  });

  it('one artist asked for by id carries that id and a name', () => {
    const r = result(operation('getArtist', '/artist', 'read', ['artist_id']), { artist_id: 'XviUqDjo' }) as Record<string, unknown>;
    assert.equal(r.artist_id, 'XviUqDjo');
    assert.equal(typeof r.name, 'string');
  });

  it('a create returns a new id, its status and a date of now; a delete the id and its new state', () => {
    const created = result(operation('createPlaylist', '/playlists', 'create', ['name']), { name: 'Road trip' }) as Record<string, unknown>;
    assert.equal(created.status, 'created');
    assert.equal(typeof created.id, 'string');
    assert.equal(String(created.created_at).slice(0, 10), REFERENCE_DATE);
    const deleted = result(operation('deletePlaylist', '/playlists/{playlist_id}', 'delete', ['playlist_id']), { playlist_id: 'pl_123456' }) as Record<string, unknown>;
    assert.deepEqual([deleted.playlist_id, deleted.status], ['pl_123456', 'deleted']);
  });

  it('a spec that shows only a message still gets content', () => {
    const op = { ...operation('get_user_playlists', '/get_user_playlists', 'read', ['user_id']), outputs: [{ path: 'message', schema: { type: 'string' }, isList: false }] };
    assert.equal(lacksContent(op), true);
    const r = result(op, { user_id: 'u1234567' }) as Record<string, unknown>;
    assert.ok(Array.isArray(r.playlists));
  });
});

describe('results agree with the call and with themselves', () => {
  const cityList = [{ path: 'data[].id', schema: { type: 'string' } }, { path: 'data[].name', schema: { type: 'string' } }];

  it('a get by id returns that one record, even where the spec says a list', () => {
    const op = { ...operation('get_cities_by_id', '/cities', 'read', ['cityId']), outputs: cityList.map((f) => ({ ...f, isList: true })) };
    const shape = resultShape(op, { cityId: '2979783' });
    const r = buildResult(cityList, Rng.for(3, 0), [], { cityId: '2979783' }, 'cities', {}, shape).result as { data: { id: string }[] };
    assert.equal(r.data.length, 1);
    assert.equal(r.data[0]!.id, '2979783');
  });

  it('the one record beside flags is the record asked for ({question: {…}, result_code})', () => {
    const fields = [{ path: 'question._id', schema: { type: 'string' } }, { path: 'question.text', schema: { type: 'string' } }, { path: 'question.category._id', schema: { type: 'string' } }, { path: 'result_code', schema: { type: 'string' } }];
    const op = { ...operation('get_question_by_id', '/question', 'read', ['id']), outputs: fields.map((f) => ({ ...f, isList: false })) };
    const r = buildResult(fields, Rng.for(6, 0), [], { id: 'q58SNZr3eN' }, '', {}, resultShape(op, { id: 'q58SNZr3eN' })).result as { question: { _id: string; category: { _id: string } } };
    assert.equal(r.question._id, 'q58SNZr3eN');
    assert.notEqual(r.question.category._id, 'q58SNZr3eN');
  });

  it('a nested record of another entity never takes the id asked for', () => {
    const fields = [{ path: 'id', schema: { type: 'string' } }, { path: 'name', schema: { type: 'string' } }, { path: 'album.id', schema: { type: 'string' } }];
    for (let seed = 1; seed <= 5; seed++) {
      const r = buildResult(fields, Rng.for(seed, 0), [], { id: 'ENRdShCxK4' }).result as { id: string; album: { id: string } };
      assert.equal(r.id, 'ENRdShCxK4');
      assert.notEqual(r.album.id, 'ENRdShCxK4');
    }
  });

  it('counts and paging fit the items', () => {
    const fields = [
      { path: 'totalCount', schema: { type: 'integer' } },
      { path: 'numberOfElements', schema: { type: 'integer' } },
      { path: 'totalPages', schema: { type: 'integer' } },
      { path: 'size', schema: { type: 'integer' } },
      { path: 'page', schema: { type: 'integer' } },
      { path: 'items[].id', schema: { type: 'string' } },
    ];
    for (let seed = 1; seed <= 10; seed++) {
      const r = buildResult(fields, Rng.for(seed, 0)).result as { totalCount: number; numberOfElements: number; totalPages: number; size: number; page: number; items: unknown[] };
      assert.ok(r.totalCount >= r.items.length);
      assert.equal(r.numberOfElements, r.items.length);
      assert.equal(r.page, 1);
      assert.equal(r.totalPages, Math.max(1, Math.ceil(r.totalCount / r.size)));
    }
  });

  it('items drawn from the same spec example are made distinct', () => {
    const fields = [{ path: '[].id', schema: { type: 'integer', example: 2 } }, { path: '[].name', schema: { type: 'string', example: 'Anvil of Dawn' } }];
    for (let seed = 1; seed <= 10; seed++) {
      const items = buildResult(fields, Rng.for(seed, 0)).result as { id: number; name: string }[];
      assert.equal(new Set(items.map((i) => i.id)).size, items.length);
      assert.equal(new Set(items.map((i) => i.name)).size, items.length);
    }
  });

  it('a list filtered by year, type or category returns items of that year, type and category', () => {
    const fields = [
      { path: 'items[].id', schema: { type: 'string' } },
      { path: 'items[].year', schema: { type: 'integer' } },
      { path: 'items[].type', schema: { type: 'string' } },
      { path: 'items[].start_date', schema: { type: 'string', format: 'date' } },
      { path: 'items[].category._id', schema: { type: 'string' } },
    ];
    for (let seed = 1; seed <= 5; seed++) {
      const r = buildResult(fields, Rng.for(seed, 0), [], { year: 2015, type: 'track', categoryId: 'cat_6cWpBp' }).result as { items: { year: number; type: string; start_date: string; category: { _id: string } }[] };
      for (const item of r.items) {
        assert.deepEqual([item.year, item.type, item.start_date.slice(0, 4), item.category._id], [2015, 'track', '2015', 'cat_6cWpBp']);
      }
    }
  });

  it('a search names its first item by the query, and makes up no variants of it for the others', () => {
    const fields = [{ path: 'videos[].title', schema: { type: 'string' } }, { path: 'videos[].id', schema: { type: 'string' } }];
    const r = buildResult(fields, Rng.for(1, 0), [], { q: 'climate change' }, 'search videos', {}, { query: 'climate change' }).result as { videos: { title: string }[] };
    assert.equal(r.videos[0]!.title, 'Climate Change');
    for (const v of r.videos.slice(1)) assert.doesNotMatch(v.title, /^Inside Climate Change$|^Climate Change Today$/);
  });

  it('a hold of N returns N seats priced N times the unit, in one currency', () => {
    const fields = [
      { path: 'holdId', schema: { type: 'string' } },
      { path: 'expiresAt', schema: { type: 'string', format: 'date-time' } },
      { path: 'unitPrice', schema: { type: 'number', minimum: 10, maximum: 90 } },
      { path: 'totalPrice', schema: { type: 'number' } },
      { path: 'currency', schema: { type: 'string' } },
      { path: 'seats[].seat', schema: { type: 'string' } },
      { path: 'seats[].currency', schema: { type: 'string' } },
    ];
    const world = drawWorld(Rng.for(5, 0));
    const r = withWorld(world, () => buildResult(fields, Rng.for(5, 1), [], { quantity: 5 }, 'hold seats', {}, { quantity: 5, changesNow: true }).result) as { unitPrice: number; totalPrice: number; currency: string; expiresAt: string; seats: { currency: string }[] };
    assert.equal(r.seats.length, 5);
    assert.equal(r.expiresAt.slice(0, 10), '2026-03-17', 'a hold made today expires the day after');
    assert.equal(r.totalPrice, Math.round(r.unitPrice * 5 * 100) / 100);
    assert.deepEqual(new Set([r.currency, ...r.seats.map((s) => s.currency)]).size, 1);
  });

  it('dates sit around the reference date: nothing created later, nothing expired, sunrise on the day observed', () => {
    const fields = [
      { path: 'created_at', schema: { type: 'string', format: 'date-time' } },
      { path: 'expires_at', schema: { type: 'string', format: 'date-time' } },
      { path: 'date', schema: { type: 'string', format: 'date' } },
      { path: 'sunrise', schema: { type: 'string', format: 'date-time' } },
    ];
    for (let seed = 1; seed <= 10; seed++) {
      const r = buildResult(fields, Rng.for(seed, 0)).result as Record<string, string>;
      assert.ok(r.created_at!.slice(0, 10) <= REFERENCE_DATE, r.created_at);
      assert.ok(r.expires_at!.slice(0, 10) > REFERENCE_DATE, r.expires_at);
      assert.equal(r.sunrise!.slice(0, 10), r.date);
    }
  });
});

describe('places near a point', () => {
  it('lie at the distance shown from it, not on it', () => {
    const fields = [{ path: 'results[].name', schema: { type: 'string' } }, { path: 'results[].lat', schema: { type: 'number' } }, { path: 'results[].lon', schema: { type: 'number' } }, { path: 'results[].distanceMeters', schema: { type: 'integer', minimum: 100, maximum: 900 } }];
    const world = drawWorld(Rng.for(4, 0));
    const place = world.places[0]!;
    const r = withWorld(world, () => buildResult(fields, Rng.for(4, 1), [], { lat: place.latitude, lon: place.longitude }, 'places nearby').result) as { results: { lat: number; lon: number; distanceMeters: number }[] };
    for (const item of r.results) {
      const dy = (item.lat - place.latitude) * 111.32;
      const dx = (item.lon - place.longitude) * 111.32 * Math.cos((place.latitude * Math.PI) / 180);
      assert.ok(Math.abs(Math.hypot(dx, dy) * 1000 - item.distanceMeters) < 25, `${Math.hypot(dx, dy) * 1000} vs ${item.distanceMeters}`);
    }
  });
});

describe('spans and what comes next', () => {
  it('a span of N days ends N-1 days after it starts; the next holidays are after today', () => {
    const fields = [{ path: '[].startDate', schema: { type: 'string', format: 'date' } }, { path: '[].endDate', schema: { type: 'string', format: 'date' } }, { path: '[].dayCount', schema: { type: 'integer', minimum: 1, maximum: 9 } }];
    for (let seed = 1; seed <= 5; seed++) {
      const items = buildResult(fields, Rng.for(seed, 0)).result as { startDate: string; endDate: string; dayCount: number }[];
      for (const i of items) assert.equal((Date.parse(i.endDate) - Date.parse(i.startDate)) / 86_400_000, i.dayCount - 1);
    }
    const op = operation('NextPublicHolidays', '/NextPublicHolidays/{countryCode}', 'read', ['countryCode']);
    const shape = resultShape(op, { countryCode: 'GB' });
    const holidays = buildResult([{ path: '[].date', schema: { type: 'string', format: 'date' } }, { path: '[].name', schema: { type: 'string' } }], Rng.for(2, 0), [], { countryCode: 'GB' }, '', {}, shape).result as { date: string }[];
    for (const h of holidays) assert.ok(h.date > REFERENCE_DATE, h.date);
  });
});

describe('one entity across the calls of a dialogue', () => {
  it('an artist keeps its genres and followers when looked up again', () => {
    const fields = [
      { path: 'id', schema: { type: 'string' } },
      { path: 'name', schema: { type: 'string' } },
      { path: 'genres', schema: { type: 'array', items: { type: 'string' } } },
      { path: 'followers.total', schema: { type: 'integer' } },
    ];
    const world = drawWorld(Rng.for(9, 0));
    const [first, second] = withWorld(world, () => [1, 2].map((n) => buildResult(fields, Rng.for(9, n), [], { id: 'XviUqDjo' }).result)) as Record<string, unknown>[];
    assert.deepEqual(second, first);
  });
});
