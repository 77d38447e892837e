/**
 * Items of one list that make sense together (QUALITY.md E), wave 32: `parts_release_order` and
 * `flag_against_dates` broken on purpose with the records the readers found in the openapi 400-set (m30-final
 * #159: an audiobook's chapter 1 released January 11, 2026 after chapter 3 of November 18, 2025, all three
 * 28 minutes 6 seconds long; #340: an A4 closure flagged `future: true` that started June 13, 2025), good values
 * passing; and the generator settling both (_lists32.ts, _flags-lists32.ts).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { join } from 'node:path';
import { oneCall, violationsOf } from '../_one-call.ts';
import { assertGeneratorKeeps } from '../_generated.ts';
import { fixturesDir, skipWithoutFixtures } from '../_shared.ts';
import { numberedParts32 } from '../../src/plan/_lists32.ts';
import { flagsOfDates32 } from '../../src/plan/_flags-lists32.ts';

const released = violationsOf('parts_release_order');
const flagged = violationsOf('flag_against_dates');
const chaptersOp = { name: 'getAudiobookChapters', path: '/audiobooks/{id}/chapters' };
const chapter = (n: number, releaseDate: string, extra: Record<string, unknown> = {}) => ({ chapter_number: n, duration_ms: 1686230, id: `4Xt9JDCcqi35sUFruSdZm${n}`, languages: n === 1 ? ['ja', 'de'] : ['it'], name: `Chapter ${n}`, release_date: releaseDate, type: 'episode', ...extra });
const chapters = (dates: [string, string, string]) => ({ href: 'https://api.spotify.com/v1/audiobooks/7xYtyq9PDCKb3rFKFZCgcc', limit: 20, offset: 0, total: 3, items: dates.map((d, i) => chapter(i + 1, d)) });
const closuresOp = { name: 'listClosures', path: '/{roadId}/services/closure' };
const closure = (future: boolean, startTimestamp: string) => ({ closure: [{ identifier: 'JnYP0ZgUE/8lqoZQMg8WiaPvMIA=', title: 'Junction 14 to 16: full closure', subtitle: 'Köln towards Olpe', display_type: 'CLOSURE', future, startTimestamp }] });

describe('lists32', () => {
  test('parts_release_order: chapter 1 released after chapter 3 of one audiobook', () => {
    const id = { id: '7xYtyq9PDCKb3rFKFZCgcc' };
    assert.deepEqual(released(oneCall(id, chapters(['2026-01-11', '2025-12-15', '2025-11-18']), chaptersOp)), ['parts_release_order']);
    assert.deepEqual(released(oneCall(id, chapters(['2025-11-18', '2025-11-18', '2025-11-18']), chaptersOp)), []);
    assert.deepEqual(released(oneCall(id, chapters(['2025-11-18', '2025-12-15', '2026-01-11']), chaptersOp)), []);
    // Chapters of several books (a get of several chapters by id) are no one whole.
    const several = { chapters: [chapter(10, '2025-12-19', { audiobook: { id: 'a1', name: 'Things Fall Apart' } }), chapter(9, '2024-10-21', { audiobook: { id: 'a2', name: 'Middlemarch' } })] };
    assert.deepEqual(released(oneCall({ ids: 'x,y' }, several, { name: 'getSeveralChapters', path: '/chapters' })), []);
  });

  test('flag_against_dates: a closure flagged future that started last year', () => {
    assert.deepEqual(flagged(oneCall({ roadId: 'A4' }, closure(true, '2025-06-13T13:15:00Z'), closuresOp)), ['flag_against_dates']);
    assert.deepEqual(flagged(oneCall({ roadId: 'A4' }, closure(false, '2026-06-14T01:45:00Z'), closuresOp)), ['flag_against_dates']);
    assert.deepEqual(flagged(oneCall({ roadId: 'A4' }, closure(false, '2025-06-13T13:15:00Z'), closuresOp)), []);
    assert.deepEqual(flagged(oneCall({ roadId: 'A4' }, closure(true, '2026-06-14T01:45:00Z'), closuresOp)), []);
    const key = { keys: [{ name: 'ci', expired: false, expires_at: '2025-01-31T00:00:00Z' }] };
    assert.deepEqual(flagged(oneCall({}, key, { name: 'listKeys', path: '/keys' })), ['flag_against_dates']);
  });

  test('the generator settles both: parts in order with their own lengths, one date and language; flags from dates', () => {
    const list = chapters(['2026-01-11', '2025-12-15', '2025-11-18']).items as Record<string, unknown>[];
    list.reverse().forEach((c, i) => { c.chapter_number = 3 - i; });
    numberedParts32(list, new Set());
    assert.deepEqual(list.map((c) => c.chapter_number), [1, 2, 3]);
    assert.deepEqual(list.map((c) => c.name), ['Chapter 1', 'Chapter 2', 'Chapter 3']);
    assert.equal(new Set(list.map((c) => c.release_date)).size, 1);
    assert.deepEqual(list.map((c) => c.languages), [['en'], ['en'], ['en']]);
    const lengths = list.map((c) => c.duration_ms as number);
    assert.equal(new Set(lengths).size, 3);
    assert.ok(lengths.every((ms) => ms >= 9 * 60_000 && ms <= 48 * 60_000), String(lengths));
    const road = closure(true, '2025-06-13T13:15:00Z').closure[0] as Record<string, unknown>;
    flagsOfDates32(road, []);
    assert.equal(road.future, false);
    assert.deepEqual(flagged(oneCall({ roadId: 'A4' }, { closure: [road] }, closuresOp)), []);
    const pinned = closure(true, '2025-06-13T13:15:00Z').closure[0] as Record<string, unknown>;
    flagsOfDates32(pinned, ['future']);
    assert.equal(pinned.future, true);
  });

  test('the generator keeps them on the Autobahn spec', { skip: skipWithoutFixtures }, async () => {
    await assertGeneratorKeeps(['parts_release_order', 'flag_against_dates'], [join(fixturesDir, 'openapi', 'autobahn__api.yaml')], 30, { minWritten: 10 });
  });
});
