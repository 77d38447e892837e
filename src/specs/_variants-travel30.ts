/**
 * Recorded lists that mix kinds of items told apart by a `type` field (a flight search returns an airport, an
 * airline, live flights and schedules): merged into one item schema, a mock item took an airport's type and
 * coordinates beside a flight's route and an airline's name ("flight FD3210 is an airport named AirAsia at WLG").
 * Such a list keeps the items of one kind only, the richest one, before its schema is inferred and its values
 * become examples; a list whose kinds share their fields (debits and credits) is left whole.
 */

/** Fields that name an item's kind. */
const KIND_KEYS = ['type', 'kind', 'result_type', 'resultType', 'entity_type', 'entityType', 'object'];
/** Kinds whose field sets share less than this (Jaccard) are different things. */
const SHARED_MAX = 0.5;
const MAX_DEPTH = 8;

type Json = unknown;
type Obj = Record<string, unknown>;

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Recorded values with every list of mixed kinds cut down to the richest kind seen at its place across all the
 * recordings (one recording may hold only airlines, another airports and flights); a value whose list held none
 * of that kind is dropped. The same array when nothing is mixed.
 */
export function oneKindPerList(values: readonly Json[]): readonly Json[] {
  const kinds = new Map<string, { key: string; paths: Map<string, Set<string>> }>();
  for (const value of values) collectKinds(value, '', kinds, 0);
  const chosen = new Map<string, { key: string; kind: string }>();
  for (const [place, { key, paths }] of kinds) {
    const kind = richestOfMixed(paths);
    if (kind !== undefined) chosen.set(place, { key, kind });
  }
  if (chosen.size === 0) return values;
  const out: Json[] = [];
  for (const value of values) {
    const kept = keepKind(value, '', chosen, 0);
    if (kept !== EMPTIED) out.push(kept);
  }
  return out;
}

const EMPTIED = Symbol('emptied');

function collectKinds(value: Json, place: string, kinds: Map<string, { key: string; paths: Map<string, Set<string>> }>, depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    const key = kindKey(value);
    if (key !== undefined) {
      const entry = kinds.get(place) ?? { key, paths: new Map<string, Set<string>>() };
      if (entry.key === key) {
        for (const item of value as Obj[]) {
          const kind = item[key] as string;
          const set = entry.paths.get(kind) ?? new Set<string>();
          leafPaths(item, '', set, 0);
          entry.paths.set(kind, set);
        }
        kinds.set(place, entry);
      }
    }
    for (const item of value) collectKinds(item, `${place}[]`, kinds, depth + 1);
    return;
  }
  if (isObj(value)) for (const [k, child] of Object.entries(value)) collectKinds(child, `${place}.${k}`, kinds, depth + 1);
}

/** The field naming each item's kind, when every item of a non-empty list of objects has one. */
function kindKey(list: Json[]): string | undefined {
  if (list.length === 0 || !list.every(isObj)) return undefined;
  return KIND_KEYS.find((k) => (list as Obj[]).every((item) => typeof item[k] === 'string'));
}

/** The kind with the most fields when two kinds share few of theirs; undefined when the kinds are alike. */
function richestOfMixed(paths: Map<string, Set<string>>): string | undefined {
  if (paths.size < 2) return undefined;
  const kinds = [...paths.entries()];
  const differ = kinds.some(([, a], i) => kinds.slice(i + 1).some(([, b]) => jaccard(a, b) < SHARED_MAX));
  if (!differ) return undefined;
  // The richest kind says the most about one thing; on a tie the first recorded wins.
  let best = kinds[0]!;
  for (const entry of kinds) if (entry[1].size > best[1].size) best = entry;
  return best[0];
}

function keepKind(value: Json, place: string, chosen: Map<string, { key: string; kind: string }>, depth: number): Json | typeof EMPTIED {
  if (depth > MAX_DEPTH) return value;
  if (Array.isArray(value)) {
    const pick = chosen.get(place);
    let list = value;
    if (pick !== undefined && list.length > 0 && list.every(isObj)) {
      list = (list as Obj[]).filter((item) => item[pick.key] === pick.kind);
      if (list.length === 0) return EMPTIED;
    }
    let changed = list !== value;
    const out: Json[] = [];
    for (const item of list) {
      const next = keepKind(item, `${place}[]`, chosen, depth + 1);
      if (next === EMPTIED) return EMPTIED;
      if (next !== item) changed = true;
      out.push(next);
    }
    return changed ? out : value;
  }
  if (isObj(value)) {
    let out: Obj | undefined;
    for (const [key, child] of Object.entries(value)) {
      const next = keepKind(child, `${place}.${key}`, chosen, depth + 1);
      if (next === EMPTIED) return EMPTIED;
      if (next !== child) (out ??= { ...value })[key] = next;
    }
    return out ?? value;
  }
  return value;
}
function leafPaths(value: Json, path: string, out: Set<string>, depth: number): void {
  if (isObj(value) && depth < 3) {
    for (const [key, child] of Object.entries(value)) leafPaths(child, path === '' ? key : `${path}.${key}`, out, depth + 1);
    return;
  }
  if (path !== '') out.add(path);
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 1 : shared / union;
}
