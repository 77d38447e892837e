/** Values that fit their operation (QUALITY.md E): searches, filters honoured, fallbacks shaped by the field's name. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { en } from '@faker-js/faker';
import { mockParamValue } from '../../src/plan/_mock.ts';
import { buildResult } from '../../src/plan/_result.ts';
import { resultShape } from '../../src/plan/_content.ts';
import { Rng } from '../../src/random/index.ts';
import { REFERENCE_DATE } from '../../src/world/index.ts';
import type { Operation } from '../../src/specs/types.ts';

const str = { type: 'string' };
const many = (name: string, hints: Record<string, unknown> = {}, n = 20, schema: Record<string, unknown> = str): unknown[] =>
  Array.from({ length: n }, (_, i) => mockParamValue(schema, { name, ...hints }, Rng.for(17, i)));
const SEARCH_TERMS = ['jazz', 'hiking boots', 'climate change', 'coffee', 'electric cars', 'vegan recipes', 'solar panels', 'chess', 'running shoes', 'machine learning', 'street food', 'podcasts', 'yoga', 'photography', 'mountain bikes'];
const nouns = new Set(en.word!.noun as string[]);

describe('what a user searches for', () => {
  it('is a thing of the operation\'s resource, not a general topic', () => {
    for (const context of ['search movies search movie', 'search flights flights search', 'search people person search', 'list drillers drillers', 'search wells by owner wells']) {
      for (const v of many('query', { context })) assert.ok(!SEARCH_TERMS.includes(String(v)), `${context}: ${v}`);
    }
    for (const v of many('q', { context: 'search flights flights search' })) assert.match(String(v), /^[A-Z0-9]{2} \d+$/);
  });

  it('keeps general terms where the resource is unknown (a web search)', () => {
    assert.ok(many('q', { context: 'web search search' }).every((v) => SEARCH_TERMS.includes(String(v))));
  });
});

describe('results honour the filter', () => {
  const op = (name: string, path: string): Operation => ({ id: `x.${name}`, api: 'x', name, method: 'get', path, effect: 'read', inputs: [], outputs: [] }) as unknown as Operation;

  it('the items of a list filtered by name carry that name, and their texts speak of it', () => {
    const shape = resultShape(op('listStores', '/stores'), { name: 'Harbor Books' });
    assert.equal(shape.query, 'Harbor Books');
    const fields = ['id', 'name', 'description'].map((f) => ({ path: `stores[].${f}`, schema: str }));
    const { result } = buildResult(fields, Rng.for(5, 1), [], { name: 'Harbor Books' }, 'list stores stores', {}, shape);
    const first = (result as { stores: Record<string, string>[] }).stores[0]!;
    assert.equal(first.name, 'Harbor Books');
    for (const s of (result as { stores: Record<string, string>[] }).stores) if (/ is an? /.test(s.description!)) assert.ok(s.description!.startsWith(s.name!), s.description);
  });

  it('a list asked for by year has its release dates in that year', () => {
    const fields = ['id', 'title', 'release_date'].map((f) => ({ path: `results[].${f}`, schema: f === 'release_date' ? { type: 'string', format: 'date' } : str }));
    const { result } = buildResult(fields, Rng.for(5, 2), [], { primary_release_year: 2001 }, 'discover movies movie');
    for (const m of (result as { results: Record<string, string>[] }).results) assert.ok(m.release_date!.startsWith('2001-'), m.release_date);
  });
});

describe('kind-fitting text', () => {
  it('no product text or person names for ride options', () => {
    const fields = ['product_id', 'description', 'display_name'].map((f) => ({ path: `products[].${f}`, schema: str }));
    const { result } = buildResult(fields, Rng.for(5, 3), [], {}, 'time estimates estimates time');
    for (const p of (result as { products: Record<string, string>[] }).products) {
      assert.ok(['Standard', 'Comfort', 'XL', 'Premium', 'Shared', 'Green', 'Black'].includes(p.display_name!), p.display_name);
      assert.ok(!/(comes with|Introducing|craftsmanship|designed with)/.test(p.description!), p.description);
    }
  });
});

describe('fallbacks shaped by the field name', () => {
  it('never a random dictionary word', () => {
    for (const name of ['well_class', 'intended_water_use', 'legal_lot', 'Product Dimensions', 'shipping_weight', 'legal_township', 'id_plate_attached_by', 'custom_label']) {
      for (const v of many(name, { context: 'get well wells' })) assert.ok(!nouns.has(String(v)), `${name}: ${v}`);
    }
    for (const v of many('Product Dimensions')) assert.match(String(v), /^\d+ x \d+ x \d+ cm$/);
    for (const v of many('net_weight_label')) assert.match(String(v), /^\d+\.\d kg$/);
    for (const v of many('well_class')) assert.match(String(v), /^Class [A-D]$/);
  });

  it('prefers the spec example', () => {
    assert.ok(many('legal_lot', { example: 'Lot 7A' }).every((v) => v === 'Lot 7A'));
  });

  it('timestamps are epoch seconds near the reference date', () => {
    const ref = Date.parse(`${REFERENCE_DATE}T12:00:00Z`) / 1000;
    for (const v of many('timestamp', { context: 'flights get playback' }, 20, { type: 'number' })) assert.ok(Math.abs(Number(v) - ref) < 40 * 86400, String(v));
  });
});
