/**
 * A detour in a chain: the record a list already returned is looked up again by its code only to read what the
 * list held (a city list gives each city's latitude and longitude; `get_city_by_id` after it asks the user for,
 * or fetches, a city ID nobody needs). A careful assistant reads the values from the first result.
 */
import type { PlanOperation } from './_catalog-types.ts';

const ID_LEAF = /(^|_)(id|ids|uuid|guid|key|code)$/i;
const leafCache = new WeakMap<PlanOperation, Set<string>>();

/** The last two segments of a response path (`cities[].location.latitude` → `location.latitude`). */
function tail(path: string): string {
  const parts = path.replace(/\[\]/g, '').split('.').filter(Boolean);
  return parts.slice(-2).join('.').toLowerCase();
}

function leaves(op: PlanOperation): Set<string> {
  let out = leafCache.get(op);
  if (!out) {
    out = new Set(op.operation.outputs.map((f) => tail(f.path)));
    leafCache.set(op, out);
  }
  return out;
}

/** Does `first` already return every value `later` passes on (none an identifier), so the hop between is a detour? */
export function firstAlreadyGives(first: PlanOperation, later: { chained: readonly { output: string }[] }): boolean {
  if (later.chained.length === 0) return false;
  const have = leaves(first);
  return later.chained.every((c) => {
    const leaf = c.output.replace(/\[\d*\]/g, '').split('.').pop() ?? '';
    return !ID_LEAF.test(leaf) && have.has(tail(c.output.replace(/\[\d*\]/g, '')));
  });
}
