import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { mockParamValue, schemaViolations } from '../../src/plan/_mock.ts';
import { isAuthParam, isIdLike, isSayable } from '../../src/plan/_params.ts';
import { buildResult, valueAtPath } from '../../src/plan/_result.ts';
import { Rng } from '../../src/random/index.ts';
import { pickedItemLabel } from '../../src/plan/index.ts';

const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule.default }).default ?? addFormatsModule) as typeof addFormatsModule.default;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);

const schemas: [name: string, schema: Record<string, unknown>][] = [
  ['startDate', { type: 'string', format: 'date' }],
  ['createdAt', { type: 'string', format: 'date-time' }],
  ['email', { type: 'string', format: 'email' }],
  ['requestId', { type: 'string', format: 'uuid' }],
  ['website', { type: 'string', format: 'uri' }],
  ['units', { type: 'string', enum: ['metric', 'imperial'] }],
  ['limit', { type: 'integer', minimum: 1, maximum: 50 }],
  ['ratio', { type: 'number', exclusiveMinimum: 0, maximum: 1 }],
  ['step', { type: 'integer', multipleOf: 5, minimum: 10, maximum: 40 }],
  ['airportCode', { type: 'string', pattern: '^[A-Z]{3}$' }],
  ['sku', { type: 'string', pattern: '^SKU-[0-9]{4,6}$' }],
  ['nickname', { type: 'string', minLength: 3, maxLength: 8 }],
  ['tags', { type: 'array', items: { type: 'string' }, minItems: 1, uniqueItems: true }],
  ['city', { type: 'string' }],
  ['lat', { type: 'number', minimum: -90, maximum: 90 }],
  ['flag', { type: 'boolean' }],
  ['status', { anyOf: [{ type: 'string', enum: ['open', 'closed'] }, { type: 'null' }] }],
];

describe('mock values', () => {
  it('respect types, formats, enums, bounds, patterns and lengths (checked with ajv)', () => {
    for (const [name, schema] of schemas) {
      const validate = ajv.compile(schema);
      for (let index = 0; index < 40; index++) {
        const value = mockParamValue(schema, { name }, Rng.for(5, index));
        assert.ok(validate(value), `${name}: ${JSON.stringify(value)} fails ${ajv.errorsText(validate.errors)}`);
      }
    }
  });

  it('stay realistic and terminate under int64 bounds (±9.2e18, as Go and Java specs write them)', () => {
    const schema = { type: 'integer', format: 'int64', minimum: -9223372036854776000, maximum: 9223372036854776000 };
    const validate = ajv.compile(schema);
    for (let index = 0; index < 20; index++) {
      const value = mockParamValue(schema, { name: 'flightsOnTime' }, Rng.for(6, index)) as number;
      assert.ok(validate(value) && Math.abs(value) < 1e9, String(value));
    }
    const wide = Rng.for(6, 0).int(-9223372036854776000, 9223372036854776000);
    assert.ok(Number.isFinite(wide));
  });

  it('use realistic vocabularies, spec examples and defaults, and the same (seed, index) gives the same value', () => {
    const cities = new Set(Array.from({ length: 20 }, (_, i) => mockParamValue({ type: 'string' }, { name: 'city' }, Rng.for(1, i))));
    assert.ok(cities.size > 5);
    for (const city of cities) assert.match(String(city), /^[A-Z][a-z]+( [A-Z][a-z]+)?$/);
    const examples = Array.from({ length: 40 }, (_, i) => mockParamValue({ type: 'string' }, { name: 'q', example: 'bohemian rhapsody' }, Rng.for(2, i)));
    assert.ok(examples.includes('bohemian rhapsody'));
    assert.deepEqual(mockParamValue({ type: 'string' }, { name: 'artistName' }, Rng.for(9, 9)), mockParamValue({ type: 'string' }, { name: 'artistName' }, Rng.for(9, 9)));
  });

  it('tell ID-like, sayable and credential parameters apart', () => {
    for (const name of ['trackId', 'track_id', 'ids', 'iataCode', 'lat', 'longitude', 'index', 'slug']) assert.ok(isIdLike(name, { type: 'string' }), name);
    for (const name of ['city', 'date', 'query', 'limit', 'name']) assert.ok(!isIdLike(name, { type: 'string' }), name);
    assert.ok(isIdLike('ref', { type: 'string', format: 'uuid' }));
    assert.ok(isSayable({ type: 'array', items: { type: 'string' } }));
    assert.ok(!isSayable({ type: 'object', properties: { a: { type: 'string' } } }));
    assert.ok(!isSayable({ type: 'array', items: { type: 'object' } }));
    assert.ok(isAuthParam('api_key', 'query') && isAuthParam('X-RapidAPI-Key', 'header') && !isAuthParam('trackId', 'path'));
  });

  it('offer schema violations that real validation rejects', () => {
    for (const [name, schema] of schemas) {
      if (name === 'status') continue; // nullable: anything but its enum breaks it, checked below
      const validate = ajv.compile(schema);
      const rng = Rng.for(3, 0);
      const valid = mockParamValue(schema, { name }, rng);
      const broken = schemaViolations(schema, valid, rng).filter((bad) => !validate(bad));
      assert.ok(broken.length > 0, `${name}: no candidate breaks ${JSON.stringify(schema)}`);
    }
  });
});

describe('mock tool results', () => {
  const fields = [
    { path: 'tracks[].trackId', schema: { type: 'string' } },
    { path: 'tracks[].title', schema: { type: 'string' } },
    { path: 'tracks[].artists[].name', schema: { type: 'string' } },
    { path: 'total', schema: { type: 'integer' } },
  ];

  it('put a chained value in the one list item the user\'s request matches, at the concrete path it reports (no silent pick of several)', () => {
    for (let index = 0; index < 20; index++) {
      const { result, pinnedAt } = buildResult(fields, Rng.for(4, index), [{ path: 'tracks[].trackId', value: 'trk_chosen' }]);
      const at = pinnedAt['tracks[].trackId']!;
      assert.equal(at, 'tracks[0].trackId');
      assert.equal(valueAtPath(result, at), 'trk_chosen');
      const tracks = (result as { tracks: { trackId: string; title: string }[] }).tracks;
      assert.equal(tracks.length, 1, 'one match: the assistant never takes one of several silently');
      assert.equal(typeof pickedItemLabel(result, at), 'string', 'the item can be named by its title');
      assert.equal(typeof (result as { total: unknown }).total, 'number');
    }
  });

  it('handle top-level arrays, nested objects and echo the inputs of a lookup', () => {
    const { result, pinnedAt } = buildResult([{ path: '[].id', schema: { type: 'integer' } }, { path: '[].name', schema: { type: 'string' } }], Rng.for(1, 1), [{ path: '[].id', value: 4242 }]);
    assert.ok(Array.isArray(result));
    assert.equal(valueAtPath(result, pinnedAt['[].id']!), 4242);
    const lookup = buildResult([{ path: 'data.city.name', schema: { type: 'string' } }, { path: 'data.cityId', schema: { type: 'string' } }], Rng.for(1, 2), [], { cityId: 'c-77' }).result;
    assert.equal(valueAtPath(lookup, 'data.cityId'), 'c-77');
    assert.equal(typeof valueAtPath(lookup, 'data.city.name'), 'string');
  });
});

describe('mock values by meaning', () => {
  const many = (schema: Record<string, unknown>, name: string, extra: Record<string, unknown> = {}, n = 12) =>
    Array.from({ length: n }, (_, i) => mockParamValue(schema, { name, ...extra }, Rng.for(13, i)));
  const str = { type: 'string' };

  it('gives dates, domains, URLs, identifiers, amounts and codes by field name when the schema says nothing', () => {
    for (const name of ['date_created', 'updated_at', 'createdAt', 'shipped_on', 'timestamp']) {
      for (const v of many(str, name)) assert.match(String(v), /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}Z)?$/, `${name}: ${v}`);
    }
    for (const v of many(str, 'domain')) assert.match(String(v), /^[a-z0-9-]+(\.[a-z0-9-]+)+$/, `domain: ${v}`);
    for (const v of many(str, 'tracking_link')) assert.match(String(v), /^https?:\/\//);
    for (const name of ['$oid', 'webcamid', 'userid', 'order_id']) {
      for (const v of many(str, name)) assert.match(String(v), /^[A-Za-z0-9_-]{4,}$/, `${name}: ${v}`);
    }
    for (const v of many(str, 'merchant_shipping_cost')) assert.match(String(v), /^\d+\.\d{2}$/);
    for (const v of many(str, 'country_iso2')) assert.match(String(v), /^[A-Z]{2}$/);
    for (const v of many(str, 'poster')) assert.match(String(v), /^https:\/\//);
    // Still the schema first: a pattern wins over the name.
    for (const v of many({ type: 'string', pattern: '^WC-[0-9]{4}$' }, 'webcamid')) assert.match(String(v), /^WC-[0-9]{4}$/);
  });

  it("names a reservation's guest with a person's name, and writes sentences for messages and descriptions", () => {
    const names = many(str, 'name', { context: 'create a reservation book a table' });
    for (const v of names) assert.match(String(v), /^[A-Z][a-zA-Z'.-]+( [A-Z][a-zA-Z'.-]+)+$/, `guest name: ${v}`);
    const faker = ['Fundamental methodical portal', 'Sustainable global protocol'];
    for (const name of ['statusMessage', 'message', 'description', 'summary', 'overview', 'comment']) {
      for (const v of many(str, name)) {
        assert.ok(!faker.includes(String(v)), `${name}: ${v}`);
        assert.match(String(v), /^(OK|Success|[A-Z].*[.!])$/, `${name} reads as a sentence: ${v}`);
      }
    }
    for (const v of many(str, 'status')) assert.ok(['ok', 'active', 'pending', 'completed', 'confirmed'].includes(String(v)), String(v));
  });

  it('makes an ok tool result look successful: success flags true, no error fields, no error status', () => {
    const fields = [
      { path: 'success', schema: { type: 'boolean' } },
      { path: 'ok', schema: { type: 'boolean' } },
      { path: 'error', schema: { type: 'string' } },
      { path: 'errors[].message', schema: { type: 'string' } },
      { path: 'status', schema: { type: 'string', enum: ['error', 'failed', 'success', 'pending'] } },
      { path: 'state', schema: { type: 'string', enum: ['FAILED', 'CANCELLED', 'RUNNING'] } },
      { path: 'data.items[].order_id', schema: { type: 'integer' } },
      { path: 'data.items[].id', schema: { type: 'integer' } },
    ];
    for (let index = 0; index < 30; index++) {
      const { result } = buildResult(fields, Rng.for(8, index), [], { order_id: 777, id: 5 });
      const r = result as Record<string, unknown> & { data: { items: { order_id: number; id: number }[] } };
      assert.equal(r.success, true);
      assert.equal(r.ok, true);
      assert.ok(!('error' in r) && !('errors' in r), JSON.stringify(r));
      assert.ok(['success', 'pending'].includes(String(r.status)), String(r.status));
      assert.equal(r.state, 'RUNNING');
      // The items of order 777 all belong to order 777; their own ids are their own.
      for (const item of r.data.items) assert.equal(item.order_id, 777);
      assert.ok(r.data.items.some((item) => item.id !== 5));
    }
  });
});
