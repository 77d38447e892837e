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

describe('a page links only to pages that exist', () => {
  it('a one-page list has no next or previous; a first page no previous; a next page is its own address one page on', async () => {
    const { onePage33 } = await import('../../src/plan/_hits33.ts');
    // An audiobook's three chapters on one page (rd34 control: next "/me/shows?offset=1", previous a random domain).
    const chapters = { href: 'https://api.spotify.com/v1/audiobooks/2iRr/chapters', limit: 20, next: 'https://api.spotify.com/v1/me/shows?offset=1&limit=1', offset: 0, previous: 'https://poor-wilderness.com', total: 3, items: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] };
    onePage33(chapters);
    assert.equal(chapters.next, null);
    assert.equal(chapters.previous, null);
    // A page inside a listed record, without its items: a total within its limit is one page.
    const albums = { albums: { items: [{ id: 'x', tracks: { href: 'https://api.spotify.com/v1/albums/x/tracks', limit: 20, next: 'https://talkative-passport.net/', offset: 0, previous: 'https://api.spotify.com/v1/me/shows', total: 1 } }] } };
    onePage33(albums);
    assert.equal(albums.albums.items[0]!.tracks.next, null);
    // More than one page: the next is the same address one page on.
    const many = { href: 'https://api.spotify.com/v1/audiobooks/2iRr/chapters?offset=0&limit=2', limit: 2, next: 'https://mean-labourer.net', offset: 0, previous: null, total: 9, items: [{ id: 'a' }, { id: 'b' }] };
    onePage33(many);
    assert.equal(many.next, 'https://api.spotify.com/v1/audiobooks/2iRr/chapters?offset=2&limit=2');
    // A search that found nothing counts nothing and has no next page (rd34 control: "estimatedResults": "ITM-17260").
    const none = { estimatedResults: '6487', items: [], nextPageToken: 'WmvWPmaIHERI' };
    onePage33(none);
    assert.deepEqual(none, { estimatedResults: '0', items: [], nextPageToken: null });
    // A grid point that was found keeps its own count beside an unlisted `results`.
    const grid = { points: [{ found: true, count: 5, results: [] }] };
    onePage33(grid);
    assert.equal(grid.points[0]!.count, 5);
  });
});
