/**
 * Files and game states a reader believes (QUALITY.md E), wave 35: the rules of src/check/_rules-oaf35.ts broken on
 * purpose on the records the last reading found (openapi 2028-2: an `image/webp` "registration-certificate-07.webp"
 * holding PNG bytes; 2028-20: three O against two X after O moved; 2028-372: a bounding box asked as KML answered
 * as a JSON summary), and the generator fixes that keep them.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { oneCall, violationsOf } from '../_one-call.ts';
import { generated } from '../_generated.ts';
import { fixturesDir, skipWithoutFixtures } from '../_shared.ts';
import { gridMove } from '../../src/plan/_moves19.ts';
import { mediaAgrees35 } from '../../src/plan/_oaf35.ts';
import { fileSummary35 } from '../../src/realize/_oaf35.ts';
import { dialogueRng } from '../../src/random/index.ts';
import type { DialogueRecord, ToolTurn } from '../../src/plan/types.ts';

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const image = (): Record<string, unknown> => ({ key: 'lCwiXrmGFVaC', fileName: 'registration-certificate-07.webp', imageBytes: PNG, imageType: 'image/webp' });
const move = (board: string[][], args: Record<string, unknown>, winner = '.') => oneCall(args, { winner, board }, { name: 'put-square', path: '/board/{row}/{column}', method: 'PUT' });

describe('oaf35 rules', () => {
  test('media_type_mismatch: a webp typed image with PNG bytes breaks it; the generator makes one file of it', () => {
    const broken = violationsOf('media_type_mismatch');
    const record = image();
    assert.deepEqual(broken(oneCall({ guid: 'dfa84342-8ebc-4da2-8795-2724bda9c208' }, record)), ['media_type_mismatch']);
    mediaAgrees35(record, []);
    assert.ok(String(record.imageBytes).startsWith('UklGR'), String(record.imageBytes));
    assert.match(String(record.fileName), /\.webp$/);
    assert.doesNotMatch(String(record.fileName), /certificate/);
    assert.deepEqual(broken(oneCall({ guid: 'dfa84342-8ebc-4da2-8795-2724bda9c208' }, record)), []);
    // A PDF named .png, and a data URL of one type under another, break it too; a kept value stays.
    assert.deepEqual(broken(oneCall({}, { name: 'site-plan.png', contentType: 'application/pdf' })), ['media_type_mismatch']);
    const kept = image();
    mediaAgrees35(kept, ['imageBytes', 'fileName']);
    assert.equal(kept.imageBytes, PNG);
  });

  test('board_illegal: three O against two X after O moved breaks it; the generator settles the board', () => {
    const broken = violationsOf('board_illegal');
    const board = [['O', 'O', '.'], ['X', '.', 'X'], ['O', '.', '.']];
    const args = { row: 1, column: 2, body: 'O' };
    assert.deepEqual(broken(move(board, args)), ['board_illegal']);
    const result = { winner: '.', board };
    gridMove(result, args);
    assert.equal(result.board[0]![1], 'O');
    assert.deepEqual(broken(move(result.board, args, result.winner)), []);
    // A line the game ended on before the move, a winner without a line, the move missing: all break it.
    assert.deepEqual(broken(move([['X', 'X', 'X'], ['O', 'O', '.'], ['.', '.', 'O']], { row: 3, column: 3, body: 'O' })), ['board_illegal']);
    assert.deepEqual(broken(move([['X', '.', '.'], ['.', '.', '.'], ['.', '.', '.']], { row: 1, column: 1, body: 'X' }, 'X')), ['board_illegal']);
    assert.deepEqual(broken(move([['X', '.', '.'], ['.', '.', '.'], ['.', '.', '.']], { row: 2, column: 2, body: 'X' })), ['board_illegal']);
    assert.deepEqual(broken(move([['X', 'X', 'X'], ['O', 'O', '.'], ['.', '.', '.']], { row: 1, column: 3, body: 'X' }, 'X')), []);
  });

  test('a file asked for is said as one', () => {
    const op = { name: 'get_geomarks_geomarkId_boundingBox_fileFormatExtension', api: 'bcgov__geomark', description: '', method: 'GET', path: '/geomarks/{geomarkId}/boundingBox.{fileFormatExtension}', parameters: { type: 'object' } };
    const sent = { geomarkId: 'gm-abc', fileFormatExtension: 'kml' };
    const file = { geomarkId: 'gm-abc', file_name: 'gm-abc-boundingBox.kml', content_type: 'application/vnd.google-earth.kml+xml', size_kb: 2.1, download_url: 'https://apps.gov.bc.ca/pub/geomark/geomarks/gm-abc/boundingBox.kml' };
    const said = fileSummary35(file, op, sent, dialogueRng(1, 1, 'test'));
    assert.match(said ?? '', /bounding box .*KML file, gm-abc-boundingBox\.kml \(2\.1 kB\)\./);
    assert.equal(fileSummary35({ ...file, center_latitude: 49.2 }, op, sent, dialogueRng(1, 1, 'test')), undefined);
  });

  test('real records: the newsletter image and the tic-tac-toe moves of openapi seed 2026 keep both rules', { skip: skipWithoutFixtures }, async () => {
    const specs = [join(fixturesDir, 'openapi')];
    for (const [start, op] of [[8, 'GetImage'], [70, 'put-square']] as const) {
      const { written } = await generated(specs, start + 1, { start });
      const record = JSON.parse(written[0]!.json) as DialogueRecord;
      assert.ok(record.chain.some((c) => c.includes(op)), record.chain.join(' '));
      assert.deepEqual(violationsOf('media_type_mismatch')(record), []);
      assert.deepEqual(violationsOf('board_illegal')(record), []);
      // Broken on purpose: the image's bytes of another kind, the board's move taken away.
      const tool = record.turns.find((t): t is ToolTurn => t.speaker === 'tool' && t.status === 'ok')!;
      const result = tool.result as Record<string, unknown>;
      if (op === 'GetImage') {
        result.imageBytes = 'R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
        assert.deepEqual(violationsOf('media_type_mismatch')(record), ['media_type_mismatch']);
      } else {
        (result.board as string[][]).forEach((row, i) => row.forEach((_, j) => { (result.board as string[][])[i]![j] = '.'; }));
        assert.deepEqual(violationsOf('board_illegal')(record), ['board_illegal']);
      }
    }
  });
});
