/**
 * Files and game states a reader believes (QUALITY.md E), wave 35. Reads only the dialogue record.
 * - `media_type_mismatch`: one record's media type, file name and encoded bytes are one file's: an `image/webp`
 *   named "x.webp" holds WebP bytes ("UklGR…"), never a PNG's ("iVBORw0KGgo…"), and is never named ".png".
 * - `board_illegal`: a board a move answers with is reachable: the move is on it, the marks alternate (X opens in
 *   noughts and crosses), nobody had a full line before this move, and the winner is the one with a line.
 */
import type { DialogueRecord } from '../plan/types.ts';
import type { InvariantId } from './types.ts';
import { eachObject } from './_objects.ts';

type Add = (invariant: InvariantId, turn: number | null, message: string) => void;
type Json = Record<string, unknown>;

export const OAF35_INVARIANTS = ['media_type_mismatch', 'board_illegal'] as const satisfies readonly InvariantId[];

const TYPE_KEY = /^(image_?type|mime_?type|mimetype|content_?type|media_?type|file_?type|type|format)$/i;
const BYTES_KEY = /(bytes|base64|b64|data|content|blob)$/i;
const NAME_KEY = /^(file_?name|filename|image_?name|image_?file|name)$/i;
/** Media types whose files carry one extension. */
const EXT_OF: Record<string, string> = {
  'image/png': 'png', 'image/jpeg': 'jpg', 'image/jpg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp', 'application/pdf': 'pdf',
};
const NAME_EXT = /^[^/\\?#\s]{1,120}\.(png|jpe?g|gif|webp|pdf)$/i;
const SIGNATURES: Array<[string, string]> = [['iVBORw0KGgo', 'png'], ['/9j/', 'jpg'], ['R0lGOD', 'gif'], ['UklGR', 'webp'], ['JVBERi', 'pdf']];

/** What the object's type, name and bytes say the file is, when two of them disagree. */
function mediaDisagreement(obj: Json): string | undefined {
  let byType: string | undefined;
  let byName: string | undefined;
  let byBytes: string | undefined;
  for (const [k, v] of Object.entries(obj)) {
    if (typeof v !== 'string') continue;
    if (byType === undefined && TYPE_KEY.test(k) && EXT_OF[v.toLowerCase()] !== undefined) byType = EXT_OF[v.toLowerCase()];
    else if (byName === undefined && NAME_KEY.test(k) && NAME_EXT.test(v)) byName = NAME_EXT.exec(v)![1]!.toLowerCase().replace('jpeg', 'jpg');
    else if (byBytes === undefined && BYTES_KEY.test(k) && v.length >= 12) {
      const payload = v.replace(/^data:[^,]*,/, '');
      byBytes = SIGNATURES.find(([sig]) => payload.startsWith(sig))?.[1];
    }
  }
  const said = [['type', byType], ['file name', byName], ['bytes', byBytes]].filter((p): p is [string, string] => p[1] !== undefined);
  if (said.length < 2 || said.every(([, e]) => e === said[0]![1])) return undefined;
  return said.map(([what, e]) => `${what} ${e}`).join(', ');
}

const ROW = /^(row|y|row_?index)$/i;
const COLUMN = /^(col|column|x|column_?index)$/i;
const MARK = /^(body|mark|symbol|player|piece|value|token)$/i;
const EMPTY = /^([\s.\-_]?|empty|none)$/i;

function isBoard(v: unknown): v is string[][] {
  return Array.isArray(v) && v.length >= 3 && v.length <= 19 && v.every((r) => Array.isArray(r) && r.length === v.length && r.every((c) => typeof c === 'string'));
}

/** Why the board a move at (row, column) answers with is no reachable position, or undefined. */
function illegalBoard(result: Json, args: Json): string | undefined {
  const keys = Object.keys(args);
  const rowKey = keys.find((k) => ROW.test(k) && Number.isInteger(args[k]));
  const colKey = keys.find((k) => COLUMN.test(k) && Number.isInteger(args[k]));
  const markKey = keys.find((k) => MARK.test(k) && typeof args[k] === 'string' && (args[k] as string).length <= 3 && !EMPTY.test(args[k] as string));
  if (rowKey === undefined || colKey === undefined || markKey === undefined) return undefined;
  const grid = Object.values(result).find(isBoard);
  if (grid === undefined) return undefined;
  const n = grid.length;
  const mark = args[markKey] as string;
  const base = args[rowKey] === 0 || args[colKey] === 0 ? 0 : 1;
  const r = (args[rowKey] as number) - base;
  const c = (args[colKey] as number) - base;
  if (r < 0 || c < 0 || r >= n || c >= n) return undefined;
  if (grid[r]![c] !== mark) return `the square played (${r + base}, ${c + base}) holds "${grid[r]![c]}", not ${mark}`;
  const others = [...new Set(grid.flat().filter((v) => v !== mark && !EMPTY.test(v)))];
  if (others.length > 1) return `three players' marks: ${mark}, ${others.join(', ')}`;
  const other = others[0];
  const m = grid.flat().filter((v) => v === mark).length;
  const o = other === undefined ? 0 : grid.flat().filter((v) => v === other).length;
  const xo = /^[xo]$/i.test(mark) && (other === undefined || /^[xo]$/i.test(other));
  const fits = xo ? (/^x$/i.test(mark) ? o === m - 1 : o === m) : o === m || o === m - 1;
  if (!fits) return `${m} ${mark} against ${o} ${other ?? 'other marks'} after ${mark} moved`;
  const idx = [...Array(n).keys()];
  const lines = [...idx.map((i) => idx.map((j) => [i, j])), ...idx.map((i) => idx.map((j) => [j, i])), idx.map((j) => [j, j]), idx.map((j) => [j, n - 1 - j])];
  let won = false;
  for (const line of lines) {
    const of = grid[line[0]![0]!]![line[0]![1]!];
    if (EMPTY.test(of!) || !line.every(([i, j]) => grid[i!]![j!] === of)) continue;
    if (of !== mark) return `${of} already had a full line before ${mark} moved`;
    if (!line.some(([i, j]) => i === r && j === c)) return `${mark} already had a full line before this move`;
    won = true;
  }
  const winner = typeof result.winner === 'string' ? result.winner : undefined;
  if (winner !== undefined && (won ? winner !== mark : winner === mark || winner === other)) return `winner "${winner}" against the board`;
  return undefined;
}

export function checkOaf35(record: DialogueRecord, add: Add): void {
  const args = new Map<string, Json>();
  record.turns.forEach((turn, at) => {
    if (turn.speaker === 'assistant' && turn.call) args.set(turn.call.id, turn.call.arguments);
    if (turn.speaker !== 'tool' || turn.status !== 'ok' || !turn.result || typeof turn.result !== 'object') return;
    let said = false;
    eachObject(turn.result, (obj) => {
      const why = said ? undefined : mediaDisagreement(obj);
      if (why === undefined) return;
      said = true;
      add('media_type_mismatch', at, `${turn.operation} result: one file's type, name and bytes disagree (${why})`);
    });
    const sent = args.get(turn.call_id);
    if (sent === undefined || Array.isArray(turn.result)) return;
    const why = illegalBoard(turn.result as Json, sent);
    if (why !== undefined) add('board_illegal', at, `${turn.operation} result: no reachable board: ${why}`);
  });
}
