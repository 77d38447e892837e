/**
 * The items of a numbered list are numbered in sequence (QUALITY.md E): a book's chapters from offset 0 are
 * chapters 1, 2, 3 (never 1, 15, 16), an album's tracks 1, 2, 3 within its total; a page from offset 20 starts
 * at 21. Only lists whose items all carry a `<part>_number` of a part one whole is split into (chapter, track,
 * episode…), and only when they are parts of one whole (no `album`/`show` that differs between items, as in
 * search hits). A name that says the number ("Chapter 15") follows it. Kept values (`keep`, as JSON) never move.
 */
import { numberInsideSpan } from './_ranges.ts';
import { settleTurns35 } from './_oaf35-board.ts';

const PART_NUMBER = /^(chapter|track|episode|part|lesson|lecture|section|step|round|stage|leg|heat|verse|scene|slide|question)_?(number|no|num|nr|index|position)$/i;
const PARENT = /^(album|show|audiobook|book|season|series|course|playlist|podcast|release)$/i;
const OFFSET = /^(offset|skip|start_?index)$/i;
const NAME = /^(name|title|label)$/i;

export function numberedFromOffset(holder: Record<string, unknown>, list: unknown[], isKept: (v: unknown) => boolean): void {
  if (list.length < 2 || !list.every((x) => x && typeof x === 'object' && !Array.isArray(x))) return;
  const items = list as Record<string, unknown>[];
  const key = Object.keys(items[0]!).find((k) => PART_NUMBER.test(k));
  if (key === undefined) return;
  if (!items.every((item) => Number.isInteger(item[key]))) return;
  const parent = Object.keys(items[0]!).find((k) => PARENT.test(k) && items[0]![k] && typeof items[0]![k] === 'object');
  if (parent !== undefined) {
    const first = JSON.stringify(items[0]![parent]);
    if (items.some((item) => JSON.stringify(item[parent]) !== first)) return;
  }
  const offsetKey = Object.keys(holder).find((k) => OFFSET.test(k) && Number.isInteger(holder[k]));
  const start = (offsetKey !== undefined ? Math.max(0, holder[offsetKey] as number) : 0) + 1;
  if (items.every((item, i) => item[key] === start + i)) return;
  if (items.some((item, i) => item[key] !== start + i && isKept(item[key]))) return;
  const noun = /^[a-z]+/i.exec(key)![0].toLowerCase();
  items.forEach((item, i) => {
    const old = item[key] as number;
    item[key] = start + i;
    for (const k of Object.keys(item)) {
      const name = item[k];
      if (!NAME.test(k) || typeof name !== 'string' || isKept(name)) continue;
      const m = /^([A-Za-z]+) (\d+)$/.exec(name);
      if (m && m[1]!.toLowerCase() === noun && Number(m[2]) === old) item[k] = `${m[1]} ${start + i}`;
    }
  });
}

/** Numbers the call asked within a span stay inside it; a move's board holds the move. */
export function argumentsInResult(result: unknown, args: Record<string, unknown>): void {
  numberInsideSpan(result, args);
  gridMove(result, args);
}

const ROW = /^(row|y|row_?index)$/i;
const COLUMN = /^(col|column|x|column_?index)$/i;
const MARK = /^(body|mark|symbol|player|piece|value|token)$/i;
const EMPTY = /^([\s.\-_]?|empty|none)$/i;
const WINNER = /^winner$/i;

/**
 * A move's result holds the move (QUALITY.md E): a call that places a mark at (row, column) answers with a board
 * (a square grid of marks) holding that mark at that cell, the two players' marks in turn (the mover's count equal
 * to the other's or one more), and a `winner` that agrees with the board: a player only with a full line.
 */
export function gridMove(result: unknown, args: Record<string, unknown>): void {
  if (!result || typeof result !== 'object' || Array.isArray(result)) return;
  const keys = Object.keys(args);
  const rowKey = keys.find((k) => ROW.test(k) && Number.isInteger(args[k]));
  const colKey = keys.find((k) => COLUMN.test(k) && Number.isInteger(args[k]));
  const markKey = keys.find((k) => MARK.test(k) && typeof args[k] === 'string' && (args[k] as string).length <= 3 && !EMPTY.test(args[k] as string));
  if (rowKey === undefined || colKey === undefined || markKey === undefined) return;
  const holder = result as Record<string, unknown>;
  const grid = Object.values(holder).find((v): v is string[][] => Array.isArray(v) && v.length >= 3 && v.length <= 19 && v.every((r) => Array.isArray(r) && r.length === v.length && r.every((c) => typeof c === 'string')));
  if (grid === undefined) return;
  const n = grid.length;
  const mark = args[markKey] as string;
  const row = args[rowKey] as number;
  const col = args[colKey] as number;
  const base = row === 0 || col === 0 ? 0 : 1;
  const r = row - base;
  const c = col - base;
  if (r < 0 || c < 0 || r >= n || c >= n) return;
  const empty = grid.flat().find((v) => EMPTY.test(v)) ?? (typeof holder.winner === 'string' && EMPTY.test(holder.winner) ? holder.winner : '.');
  grid[r]![c] = mark;
  const other = grid.flat().find((v) => v !== mark && !EMPTY.test(v));
  const cells: Array<[number, number]> = [];
  for (let i = n - 1; i >= 0; i--) for (let j = n - 1; j >= 0; j--) if (i !== r || j !== c) cells.push([i, j]);
  // Any third mark is no player's: the board holds the two players' marks and empty cells.
  for (const [i, j] of cells) if (grid[i]![j] !== mark && grid[i]![j] !== other && !EMPTY.test(grid[i]![j]!)) grid[i]![j] = empty;
  settleTurns35(grid, mark, other, [r, c], empty);
  const won = lines(n).some((line) => line.every(([i, j]) => grid[i]![j] === mark));
  const winnerKey = Object.keys(holder).find((k) => WINNER.test(k) && typeof holder[k] === 'string');
  if (winnerKey !== undefined) holder[winnerKey] = won ? mark : empty;
}

/** The full lines of an n×n board: rows, columns and both diagonals. */
function lines(n: number): Array<Array<[number, number]>> {
  const out: Array<Array<[number, number]>> = [];
  const idx = [...Array(n).keys()];
  for (const i of idx) out.push(idx.map((j): [number, number] => [i, j]), idx.map((j): [number, number] => [j, i]));
  out.push(idx.map((j): [number, number] => [j, j]), idx.map((j): [number, number] => [j, n - 1 - j]));
  return out;
}
