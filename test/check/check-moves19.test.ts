/**
 * Numbered items in sequence (QUALITY.md E), wave 19: the rule of src/check/_rules-moves19.ts broken on purpose,
 * and the generator's renumbering (src/plan/_moves19.ts) that keeps it.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DialogueRecord } from '../../src/plan/types.ts';
import { checkMeaning } from '../../src/check/index.ts';
import { oneCall } from '../_one-call.ts';
import { gridMove, numberedFromOffset } from '../../src/plan/_moves19.ts';

const RULE = 'parts_out_of_sequence';
const broken = (result: unknown): string[] => checkMeaning(oneCall({}, result) as DialogueRecord).map((v) => v.invariant).filter((v) => v === RULE);
const chapters = (...n: number[]): Array<Record<string, unknown>> => n.map((c) => ({ id: `c${c}`, chapter_number: c, name: `Chapter ${c}`, duration_ms: 1000 * c }));

describe('numbered parts are listed in sequence', () => {
  test('chapters from offset 0 are 1, 2, 3; the generator renumbers them and their names', () => {
    const page = { offset: 0, total: 3, items: chapters(1, 15, 16) };
    assert.deepEqual(broken(page), [RULE]);
    numberedFromOffset(page, page.items, () => false);
    assert.deepEqual(page.items.map((c) => [c.chapter_number, c.name]), [[1, 'Chapter 1'], [2, 'Chapter 2'], [3, 'Chapter 3']]);
    assert.deepEqual(broken(page), []);
  });

  test('a page from offset 20 starts at 21; tracks of one album too', () => {
    const page = { offset: 20, items: [{ track_number: 1 }, { track_number: 2 }] };
    assert.deepEqual(broken(page), [RULE]);
    numberedFromOffset(page, page.items, () => false);
    assert.deepEqual(page.items.map((t) => t.track_number), [21, 22]);
    assert.deepEqual(broken(page), []);
  });

  test('search hits from different albums and kept numbers stay', () => {
    const hits = { tracks: [{ track_number: 7, album: { id: 'a' } }, { track_number: 2, album: { id: 'b' } }] };
    assert.deepEqual(broken(hits), []);
    numberedFromOffset(hits, hits.tracks, () => false);
    assert.deepEqual(hits.tracks.map((t) => t.track_number), [7, 2]);
    const kept = { items: [{ episode_number: 4 }, { episode_number: 9 }] };
    numberedFromOffset(kept, kept.items, (v) => v === 9);
    assert.deepEqual(kept.items.map((e) => e.episode_number), [4, 9]);
  });

  test("a move's board holds the move, marks in turn, and the winner agrees with the board", () => {
    const result = { winner: 'X', board: [['X', '.', '.'], ['X', 'X', 'X'], ['.', '.', 'X']] };
    gridMove(result, { row: 2, column: 1, body: 'O' });
    assert.equal(result.board[1]![0], 'O');
    const flat = result.board.flat();
    const x = flat.filter((v) => v === 'X').length;
    const o = flat.filter((v) => v === 'O').length;
    assert.ok(o === x || o === x + 1, `${o} O to ${x} X`);
    assert.equal(result.winner, '.');
    const win = { winner: '.', board: [['O', 'O', '.'], ['.', 'X', 'X'], ['.', 'X', '.']] };
    gridMove(win, { row: 1, column: 3, body: 'O' });
    assert.equal(win.winner, 'O');
  });
});
