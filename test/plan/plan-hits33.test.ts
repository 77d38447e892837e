/** A search hit the chain reads its id from carries its name, and a search's one page links to no other (reading 32, E). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildResult, type ResultField } from '../../src/plan/_result.ts';
import { Rng } from '../../src/random/index.ts';

// A search of several kinds: 7 pages of 7 fields each, so the 30 kept fields stop before the items' own fields.
const KINDS = ['tracks', 'artists', 'albums', 'playlists', 'shows', 'episodes', 'audiobooks'];
const fields: ResultField[] = KINDS.flatMap((k) => [
  ...['href', 'next', 'previous'].map((f) => ({ path: `${k}.${f}`, schema: { type: 'string' as const, format: 'uri' } })),
  ...['limit', 'offset', 'total'].map((f) => ({ path: `${k}.${f}`, schema: { type: 'integer' as const } })),
  { path: `${k}.items[].album_type`, schema: { type: 'string' as const } },
  { path: `${k}.items[].id`, schema: { type: 'string' as const } },
  { path: `${k}.items[].name`, schema: { type: 'string' as const } },
]);
const pinned = [{ path: 'albums.items[].id', value: '2xnqzUF2nhmB6uQ3DfRDXd' }];
type Page = { next: unknown; previous: unknown; total: number; items: Record<string, unknown>[] };

describe('search hits', () => {
  it('a hit found by a search keeps its name, the query', () => {
    const args = { q: 'The Tides Sessions', type: ['album'] };
    const r = buildResult(fields, Rng.for(1, 0), pinned, args, 'search', {}, { query: 'The Tides Sessions' }).result as { albums: Page };
    assert.equal(r.albums.items.length, 1);
    assert.equal(r.albums.items[0]!.id, '2xnqzUF2nhmB6uQ3DfRDXd');
    assert.equal(r.albums.items[0]!.name, 'The Tides Sessions');
  });
  it('its one page links to no other page', () => {
    const r = buildResult(fields, Rng.for(2, 0), pinned, { q: 'The Tides Sessions' }, 'search', {}, { query: 'The Tides Sessions' }).result as { albums: Page };
    assert.equal(r.albums.total, 1);
    assert.equal(r.albums.next, null);
    assert.equal(r.albums.previous, null);
  });
  it('a call without a query is built as before (the pin alone)', () => {
    const r = buildResult(fields, Rng.for(1, 0), pinned, {}, 'list', {}, {}).result as { albums: Page };
    assert.deepEqual(Object.keys(r.albums.items[0]!), ['id']);
  });
});

describe('an album agrees with itself', () => {
  it('its group is its type (appears_on stays) and its date precision fits its date', async () => {
    const { finishRecord } = await import('../../src/plan/_finish.ts');
    const a: Record<string, unknown> = { album_type: 'compilation', album_group: 'single', release_date: '1981-12', release_date_precision: 'day' };
    finishRecord(a, []);
    assert.equal(a.album_group, 'compilation');
    assert.equal(a.release_date_precision, 'month');
    const b: Record<string, unknown> = { album_type: 'album', album_group: 'appears_on', release_date: '2025-09-21', release_date_precision: 'month' };
    finishRecord(b, []);
    assert.equal(b.album_group, 'appears_on');
    assert.equal(b.release_date_precision, 'day');
  });
});
