import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mockParamValue } from '../src/plan/_mock.ts';
import { buildResult } from '../src/plan/_result.ts';
import { Rng } from '../src/random/index.ts';
import { drawWorld, knownPlaces, meaningOf, withWorld } from '../src/world/index.ts';

describe('world of a dialogue', () => {
  it('resolves its well-known cities in the gazetteer with region, country, coordinates and zone', () => {
    const places = knownPlaces();
    assert.ok(places.length >= 60, `only ${places.length} places resolved`);
    const lisbon = places.find((p) => p.city === 'Lisbon');
    assert.deepEqual([lisbon?.region, lisbon?.country, lisbon?.countryCode, lisbon?.timezone], ['Lisbon', 'Portugal', 'PT', 'Europe/Lisbon']);
    assert.ok(Math.abs((lisbon?.latitude ?? 0) - 38.72) < 0.2 && Math.abs((lisbon?.longitude ?? 0) + 9.14) < 0.2);
    const chicago = places.find((p) => p.city === 'Chicago');
    assert.equal(chicago?.region, 'Illinois');
  });

  it('draws the same world from the same seed, and four distinct places', () => {
    const a = drawWorld(Rng.for(7, 3, 1));
    const b = drawWorld(Rng.for(7, 3, 1));
    assert.deepEqual(a, b);
    assert.equal(new Set(a.places.map((p) => p.city)).size, 4);
    for (const person of a.people) {
      const local = person.email.split('@')[0] ?? '';
      const last = person.lastName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
      assert.ok(local.includes(last), `${person.email} does not match ${person.fullName}`);
    }
  });

  it('types place parts, people and statuses by name, parent and context', () => {
    assert.equal(meaningOf('city'), 'city');
    assert.equal(meaningOf('countryCode'), 'country_code');
    assert.equal(meaningOf('state', 'billing_address'), 'region');
    assert.equal(meaningOf('state', '', 'get the status of a build job'), 'status');
    assert.equal(meaningOf('state', 'deployment'), 'status');
    assert.equal(meaningOf('region', '', 'list aws instances in a cloud region'), undefined);
    assert.equal(meaningOf('email'), 'email');
    assert.equal(meaningOf('name', 'location'), 'city');
    assert.equal(meaningOf('name', 'product'), undefined);
  });

  it('gives one place in a result: city, region, country and coordinates agree', () => {
    const world = drawWorld(Rng.for(1, 1, 1));
    const fields = ['location.name', 'location.region', 'location.country', 'location.lat', 'location.lon', 'location.tz_id'].map((path) => ({
      path,
      schema: { type: path.endsWith('lat') || path.endsWith('lon') ? 'number' : 'string' },
    }));
    const result = withWorld(world, () => buildResult(fields, Rng.for(1, 1, 2), [], {}, 'current weather for a city').result) as { location: Record<string, unknown> };
    const home = world.places[0]!;
    assert.deepEqual(result.location, { name: home.city, region: home.region, country: home.country, lat: home.latitude, lon: home.longitude, tz_id: home.timezone });
  });

  it('keeps a list filtered by a city in that city, and gives other lists different places', () => {
    const world = drawWorld(Rng.for(2, 5, 1));
    const fields = [{ path: 'items[].city', schema: { type: 'string' } }, { path: 'items[].owner_name', schema: { type: 'string' } }];
    const filtered = withWorld(world, () => buildResult(fields, Rng.for(2, 5, 2), [], { city: world.places[0]!.city }).result) as { items: { city: string; owner_name: string }[] };
    assert.ok(filtered.items.every((item) => item.city === world.places[0]!.city));
    assert.ok(new Set(filtered.items.map((i) => i.owner_name)).size > 1, 'the items are different people');
    const open = withWorld(world, () => buildResult(fields, Rng.for(2, 5, 3)).result) as { items: { city: string }[] };
    assert.ok(new Set(open.items.map((i) => i.city)).size > 1);
  });

  it("fills a build's state with a status word and a user's email from the world", () => {
    const world = drawWorld(Rng.for(3, 1, 1));
    withWorld(world, () => {
      const state = mockParamValue({ type: 'string' }, { name: 'state', context: 'list build jobs' }, Rng.for(3, 1, 2));
      assert.match(String(state), /^(active|pending|completed|in_progress|ready|queued|running|succeeded)$/);
      assert.equal(mockParamValue({ type: 'string', format: 'email' }, { name: 'email' }, Rng.for(3, 1, 3)), world.people[0]!.email);
    });
  });
});
