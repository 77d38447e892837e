/**
 * `ids` of a multi-get ("get several artists", `ids: "a,b"`) names several records: what the user gives there is two
 * ids, never one, which would teach a multi-get for one item (QUALITY.md J).
 */
import type { PlanParam } from './_catalog-types.ts';

const MANY_IDS = /(^|_)ids$|[a-z]Ids$/;

/** `value` and a second drawn id, comma-joined, for a comma list of ids; `value` as it is for any other parameter. */
export function severalIds(p: PlanParam, value: unknown, another: () => unknown): unknown {
  if (!MANY_IDS.test(p.name) || !p.idLike || typeof value !== 'string' || value === '' || value.includes(',')) return value;
  const other = another();
  return typeof other === 'string' && other !== '' && other !== value && !other.includes(',') ? `${value},${other}` : value;
}
