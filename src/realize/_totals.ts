/** The total a paged list reports beside the page that came back, for saying that a page is not the whole list. */

const TOTAL_KEYS = /^(total_?items|total_?count|total_?results|total_?elements|total_?hits|total_?records|total|count)$/i;

/** The total a paged list reports ({page: {totalItems: 483}}), when it is more than the items that came back. */
export function listTotal(result: unknown, shown: number): number | undefined {
  if (result === null || typeof result !== 'object' || Array.isArray(result)) return undefined;
  for (const [k, v] of Object.entries(result as Record<string, unknown>)) {
    if (TOTAL_KEYS.test(k) && typeof v === 'number' && Number.isInteger(v) && v > shown) return v;
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && /^(page|paging|pagination|pageable|meta|_meta|metadata|result|data|object)$/i.test(k)) {
      const inner = listTotal(v, shown);
      if (inner !== undefined) return inner;
    }
  }
  return undefined;
}
