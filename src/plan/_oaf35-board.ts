/**
 * A board after a move is a position the game can reach (QUALITY.md E): the marks alternate, X first in
 * noughts and crosses (after O moves the counts are equal, after X moves X has one more), nobody had a full
 * line before this move (the other player never has one; the mover's runs through the square just taken).
 * Only empties squares or fills the few an opening O needs; the move itself stays.
 */
type Cell = [number, number];

/** The full lines of an n×n board: rows, columns and both diagonals. */
function boardLines(n: number): Cell[][] {
  const out: Cell[][] = [];
  const idx = [...Array(n).keys()];
  for (const i of idx) out.push(idx.map((j): Cell => [i, j]), idx.map((j): Cell => [j, i]));
  out.push(idx.map((j): Cell => [j, j]), idx.map((j): Cell => [j, n - 1 - j]));
  return out;
}

/** Settles the marks around the move at `at` so that the position is legal; `other` is the opponent's mark, if any is on the board. */
export function settleTurns35(grid: string[][], mark: string, other: string | undefined, at: Cell, empty: string): void {
  const n = grid.length;
  const [r, c] = at;
  const xo = /^[xo]$/i.test(mark) && (other === undefined || /^[xo]$/i.test(other) && other.toLowerCase() !== mark.toLowerCase());
  // In noughts and crosses X opens: an O's move answers one X at least.
  const opponent = other ?? (xo && /^o$/i.test(mark) ? (mark === 'o' ? 'x' : 'X') : undefined);
  const moverFirst: boolean | undefined = xo ? /^x$/i.test(mark) : undefined;
  const cells: Cell[] = [];
  for (let i = n - 1; i >= 0; i--) for (let j = n - 1; j >= 0; j--) if (i !== r || j !== c) cells.push([i, j]);
  const count = (m: string): number => { let k = 0; for (const row of grid) for (const v of row) if (v === m) k++; return k; };
  const clear = (m: string, times: number): void => {
    for (const [i, j] of cells) if (times > 0 && grid[i]![j] === m) { grid[i]![j] = empty; times--; }
  };
  const lines = boardLines(n);
  for (let round = 0; round < 2 * n * n; round++) {
    let changed = false;
    for (const line of lines) {
      const of = grid[line[0]![0]]![line[0]![1]];
      if (of !== mark && of !== opponent) continue;
      if (!line.every(([i, j]) => grid[i]![j] === of)) continue;
      if (of === mark && line.some(([i, j]) => i === r && j === c)) continue;
      // A line the game would have ended on before this move: one square of it was never taken.
      const [i, j] = line.find(([a, b]) => a !== r || b !== c)!;
      grid[i]![j] = empty;
      changed = true;
    }
    if (opponent !== undefined) {
      const m = count(mark);
      const o = count(opponent);
      const low = moverFirst === false ? m : m - 1;
      const high = moverFirst === true ? m - 1 : m;
      if (o > high) clear(opponent, o - high);
      else if (o < low && moverFirst === false) {
        // An O answers as many X's: fewer O's, or (an opening O) the first X added.
        clear(mark, m - Math.max(o, 1));
        const free = cells.find(([i, j]) => grid[i]![j] === empty);
        if (o === 0 && free !== undefined) grid[free[0]]![free[1]] = opponent;
      } else if (o < low) clear(mark, m - o - 1);
      changed ||= o > high || o < low;
    } else if (count(mark) > 1) { clear(mark, count(mark) - 1); changed = true; }
    if (!changed) return;
  }
}
