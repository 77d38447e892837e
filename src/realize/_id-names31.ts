/**
 * A list of bare ids read aloud ("the checked keys are 119 and 166", QUALITY.md A, J): a person is told the names
 * those ids stand for when the result lists them ({menu_items: [{id: 119, name: "Reports"}]}: "the checked menu
 * items are Reports and Settings"), and nothing when it does not.
 */

type Leaf = { path: string[]; value: string | number | boolean; many?: boolean };
type Collected<L extends Leaf> = { leaves: L[]; lists: { path: string[]; items: unknown[] }[] };

// {checked_keys: [119, 166]}, {selectedIds}, {role_ids}: ids of other records, by number.
const ID_LIST = /(^|_|-)(keys|ids)$|[a-z](Keys|Ids|IDs)$/;
const NUMBERS = /^\d+(?:(?:, | and )\d+)*$/;
const NAME_KEYS = ['name', 'title', 'label'] as const;

/** The leaves with each bare id list said by the names it stands for, or left out where no names are given. */
export function idNamed31<L extends Leaf, C extends Collected<L>>(out: C): C {
  if (!out.leaves.some((l) => typeof l.value === 'string' && ID_LIST.test(l.path[l.path.length - 1] ?? '') && NUMBERS.test(l.value))) return out;
  const leaves: L[] = [];
  for (const leaf of out.leaves) {
    const key = leaf.path[leaf.path.length - 1] ?? '';
    if (typeof leaf.value !== 'string' || !ID_LIST.test(key) || !NUMBERS.test(leaf.value)) {
      leaves.push(leaf);
      continue;
    }
    const ids = leaf.value.split(/, | and /);
    const named = namesOf(ids, out.lists);
    if (!named) continue; // no names: the ids say nothing to a person
    const stem = key.replace(/[-_]?(keys|ids|Keys|Ids|IDs)$/, '');
    const words = named.names.length === 1 ? named.names[0] as string : `${named.names.slice(0, -1).join(', ')} and ${named.names[named.names.length - 1] as string}`;
    leaves.push({ ...leaf, path: [...leaf.path.slice(0, -1), stem ? `${stem}_${named.list}` : named.list], value: words });
  }
  return { ...out, leaves };
}

/** The names a list of the result gives the ids, and that list's key; undefined unless every id is named. */
function namesOf(ids: string[], lists: { path: string[]; items: unknown[] }[]): { names: string[]; list: string } | undefined {
  for (const list of lists) {
    const byId = new Map<string, string>();
    for (const item of list.items) {
      if (item === null || typeof item !== 'object') continue;
      const r = item as Record<string, unknown>;
      const name = NAME_KEYS.map((k) => r[k]).find((v) => typeof v === 'string' && v.length > 0);
      if ((typeof r.id === 'number' || typeof r.id === 'string') && typeof name === 'string') byId.set(String(r.id), name);
    }
    const names = ids.map((id) => byId.get(id));
    if (names.every((n) => n !== undefined)) return { names: names as string[], list: list.path[list.path.length - 1] ?? 'items' };
  }
  return undefined;
}
