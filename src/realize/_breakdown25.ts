/**
 * A breakdown ({counts: {"1": 0, "2": 0, "3": 3, "4": 2}}) is told by what is in it: "the number of 3-star ratings is
 * 3 and the number of 4-star ratings is 2", never only the empty rows ("the number of 1-star ratings is 0 …") while
 * the counts that make the total go unsaid.
 */
interface Keyed {
  text: string;
  key: string;
}

/** The row of a breakdown a fact's name stands for: its name with the number taken out ("number of #-star ratings"). */
const rowOf = (key: string): string | undefined => (/\d/.test(key) ? key.replace(/\d+/g, '#') : undefined);
const isZero = (f: Keyed): boolean => / (?:is|are) 0$/.test(f.text);

/** The facts without a breakdown's zero rows where one of its rows is not zero (all zero: kept, that is the news). */
export function withoutZeroRows<F extends Keyed>(facts: F[]): F[] {
  if (!facts.some(isZero)) return facts; // the common case: nothing to drop, nothing walked again
  const full = new Set<string>();
  for (const f of facts) {
    const row = rowOf(f.key);
    if (row && !isZero(f)) full.add(row);
  }
  return facts.filter((f) => !isZero(f) || !full.has(rowOf(f.key) ?? '\u0000'));
}
