/** The total a paged list reports beside the page that came back, for saying that a page is not the whole list. */

// {items: 176399, numberOfPages: 17640} beside {cities: […]}: a count named for the items, not a list of them (wave 28).
const TOTAL_KEYS = /^(total_?items|total_?count|total_?results|total_?elements|total_?hits|total_?records|total|count|items|num_?items|number_?of_?items|item_?count)$/i;
/** How many were found ({found_tlds: 119} beside the 3 registered shown): a total too, said as "3 of 119". */
const FOUND_KEYS = /^(found|matched|num_?found|numFound|results_?found|resultsFound)(_[a-z]+|[A-Z][a-zA-Z]+)?$/;

/** {total_reviews: 61} or {reviewCount: 61} beside {reviews: […]}: the total of that list by its own name. */
function totalOf(key: string, name: string | undefined): boolean {
  if (!name) return false;
  const k = key.toLowerCase().replace(/[_-]/g, '');
  const n = name.toLowerCase().replace(/[_-]/g, '');
  const one = n.endsWith('s') ? n.slice(0, -1) : n;
  return [n, one].some((w) => k === `total${w}` || k === `${w}count` || k === `${w}total` || k === `num${w}` || k === `numberof${w}`);
}

/** The total a paged list reports ({page: {totalItems: 483}}), when it is more than the items that came back. */
export function listTotal(result: unknown, shown: number, name?: string): number | undefined {
  if (result === null || typeof result !== 'object' || Array.isArray(result)) return undefined;
  for (const [k, v] of Object.entries(result as Record<string, unknown>)) {
    if ((TOTAL_KEYS.test(k) || FOUND_KEYS.test(k) || totalOf(k, name)) && typeof v === 'number' && Number.isInteger(v) && v > shown) return v;
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && /^(page|paging|pagination|pageable|meta|_meta|metadata|result|data|object)$/i.test(k)) {
      const inner = listTotal(v, shown, name);
      if (inner !== undefined) return inner;
    }
  }
  return undefined;
}
