/**
 * A breakdown said whole (QUALITY.md F, J), wave 28: {counts: {"2": 3, "3": 5, "4": 2}} is one fact, "the ratings
 * break down as 3 two-star, 5 three-star and 2 four-star", never its rows as separate facts of which the fact cap
 * keeps two ("… the number of 2-star ratings is 3 and the number of 3-star ratings is 5", the two 4-star ratings
 * dropped while "it has 10 ratings" is said: bundled 369). Its rows add up to the total said beside it.
 */
interface Keyed {
  text: string;
  key: string;
  rank: number;
  n: number;
}

/** A row of a star breakdown, as `_field-words.ts` names it ({counts: {"2": 3}}: "number of 2-star ratings"). */
const ROW = /^number of ([1-5])-star ratings$/;
const STARS = ['', 'one', 'two', 'three', 'four', 'five'];
const COUNT = / (?:is|are) (\d+)$/;

/** The facts with a breakdown's rows (two or more, zero rows already dropped) merged into one fact where the first stood. */
export function wholeBreakdown28<F extends Keyed>(facts: F[]): F[] {
  const rows = facts.filter((f) => ROW.test(f.key) && COUNT.test(f.text));
  if (rows.length < 2) return facts; // the common case: no breakdown, nothing built
  const sorted = [...rows].sort((a, b) => Number(ROW.exec(a.key)?.[1]) - Number(ROW.exec(b.key)?.[1]));
  const parts = sorted.map((f) => `${COUNT.exec(f.text)?.[1]} ${STARS[Number(ROW.exec(f.key)?.[1])]}-star`);
  const text = `the ratings break down as ${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  const first = rows.reduce((a, b) => (b.rank < a.rank || (b.rank === a.rank && b.n < a.n) ? b : a));
  const merged = { ...first, text, key: 'ratings breakdown' };
  return facts.filter((f) => !rows.includes(f) || f === first).map((f) => (f === first ? merged : f));
}
