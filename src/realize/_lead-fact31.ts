/**
 * The fact a response says first, as `pickFacts` orders them: what the record is (rank 0.3) first, then the
 * record's own order. Facts without a rank or an order (a caller that keeps none) lead as they stand.
 */
export function leadFact31<F extends { rank?: number; n?: number }>(facts: readonly F[]): F | undefined {
  if (facts.some((f) => f.rank === undefined || f.n === undefined)) return facts[0];
  return [...facts].sort((a, b) => Number(a.rank !== 0.3) - Number(b.rank !== 0.3) || (a.n as number) - (b.n as number))[0];
}
