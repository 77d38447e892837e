/**
 * A list of a service's own codes ("CSV list of country IDs e.g. 46,78" of uNoGS) is no value a user volunteers
 * (QUALITY.md H): a person names countries, not the service's numbers for them. Such an optional input is left out
 * of what a request may state, whatever its name (`country_list`) says.
 */
const ID_LIST = /\b(?:list|csv|comma[- ]separated|array)\b[^.\n]{0,40}\b(?:ids|identifiers|id numbers|codes)\b|\b(?:ids|identifiers)\b[^.\n]{0,20}\b(?:e\.?\s?g\.?|like|such as)\s*\d+\s*,\s*\d+/i;

export function listsIds26(p: { description?: string }): boolean {
  return ID_LIST.test(p.description ?? '');
}
