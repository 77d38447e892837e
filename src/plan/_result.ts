/**
 * Mock tool results: a result tree built from the operation's output fields, with pinned values (what the
 * next operation of the chain will read) placed where the chain says, echoes of the call's arguments, and
 * values drawn by the mock value generator. Plus reading a value back at a field path.
 */
import type { JsonSchema } from '../specs/types.ts';
import { finishRecord } from './_finish.ts';
import { ERROR_FIELD, PLACE_MEANINGS, mockValue, singular, typeMatches, withRng } from './_mock.ts';
import { flatSchema, lastNameWord, schemaType } from './_params.ts';
import type { Rng } from '../random/index.ts';
import { currentWorld, meaningOf, rememberRecord, withFocus, type Meaning } from '../world/index.ts';

/** One step of a field path: a property or "each item of an array". */
type PathToken = { key: string } | { each: true };

const pathCache = new Map<string, PathToken[]>();

export function parseFieldPath(path: string): PathToken[] {
  const cached = pathCache.get(path);
  if (cached) return cached;
  const tokens = splitFieldPath(path);
  if (pathCache.size > 50000) pathCache.clear();
  pathCache.set(path, tokens);
  return tokens;
}

function splitFieldPath(path: string): PathToken[] {
  const tokens: PathToken[] = [];
  for (const part of path.split('.')) {
    if (part === '') continue;
    const m = /^([^[\]]*)((?:\[\])*)$/.exec(part);
    const key = m ? m[1]! : part;
    const arrays = m ? m[2]!.length / 2 : 0;
    if (key !== '') tokens.push({ key });
    for (let i = 0; i < arrays; i++) tokens.push({ each: true });
  }
  return tokens;
}

export interface ResultField {
  path: string;
  schema: JsonSchema;
  description?: string;
  example?: unknown;
}

/** A value to place: the field `path` (pattern, `items[].id`) gets `value` in the chosen item. */
export interface PinnedValue {
  path: string;
  value: unknown;
}

export interface BuiltResult {
  result: unknown;
  /** For each pinned field pattern: the concrete path where its value sits, e.g. `items[1].id`. */
  pinnedAt: Record<string, string>;
}

interface Node {
  leaf?: ResultField;
  each?: Node;
  keys?: Map<string, Node>;
  /** Field pattern of this node (`items[].id`), set once the tree is built. */
  pattern: string;
  /** For a leaf: the vocabulary name (`artists[].name` -> `artist_name`) and the last key (for echoes). */
  name: string;
  last: string;
  /** Inside an array (list items get no echoes; nested lists get 1-2 items). */
  inList: boolean;
  /** For a leaf: the key of the object it sits in ('' at the top). */
  parentKey: string;
}

function newNode(): Node {
  return { pattern: '', name: 'value', last: 'value', inList: false, parentKey: '' };
}

function insert(root: Node, tokens: PathToken[], field: ResultField): void {
  let node = root;
  for (const token of tokens) {
    if ('each' in token) {
      node.each ??= newNode();
      node = node.each;
    } else {
      node.keys ??= new Map();
      let child = node.keys.get(token.key);
      if (!child) {
        child = newNode();
        node.keys.set(token.key, child);
      }
      node = child;
    }
  }
  node.leaf = field;
}

const GENERIC_LEAF = /^(name|title|id|code|label|value)$/i;
const CONTAINER_KEY = /^(data|items|results|result|response|records|list|entries|content|payload|body|hits)$/i;

/** Fill in patterns and names once per tree. */
function annotate(node: Node, pattern: string, parts: string[], inList: boolean): void {
  node.pattern = pattern;
  node.inList = inList;
  const last = parts[parts.length - 1] ?? 'value';
  const parent = parts[parts.length - 2];
  node.last = last;
  node.parentKey = parent ?? '';
  // A bare `name`/`title` reads better with its parent's noun: `artists[].name` is an artist's name.
  node.name = parent && GENERIC_LEAF.test(last) && !CONTAINER_KEY.test(parent) ? `${singular(parent)}_${last}` : last;
  if (node.each) annotate(node.each, `${pattern}[]`, parts, true);
  for (const [key, child] of node.keys ?? []) annotate(child, pattern === '' ? key : `${pattern}.${key}`, [...parts, key], inList);
}

const treeCache = new WeakMap<readonly ResultField[], Node>();

function resultTree(fields: readonly ResultField[], pinned: readonly PinnedValue[]): Node {
  const head = fields.length > 30 ? fields.slice(0, 30) : fields;
  const cacheable = pinned.every((pin) => head.some((f) => f.path === pin.path));
  const cached = cacheable ? treeCache.get(fields) : undefined;
  if (cached) return cached;
  const root = newNode();
  const limited = fields.slice(0, 30);
  // A pinned field beyond the first 30 still has to be there.
  for (const pin of pinned) if (!limited.some((f) => f.path === pin.path)) limited.push(fields.find((f) => f.path === pin.path) ?? { path: pin.path, schema: {} });
  for (const field of limited) insert(root, parseFieldPath(field.path), field);
  annotate(root, '', [], false);
  if (cacheable) treeCache.set(fields, root);
  return root;
}

/** Fields of listed items that repeat the lookup's input: what the list is filtered by (`order_id`, `country_code`). */
const LIST_ECHO = /(^|_)(id|uuid|guid|oid|code|key|slug)$|[a-z]id$/;

/** The input named like a result field (`countryCode` for `country_code`), if any. */
function echoKey(echo: Record<string, unknown>, field: string): string | undefined {
  if (field in echo) return field;
  const wanted = lastNameWord(field);
  for (const key of Object.keys(echo)) if (lastNameWord(key) === wanted) return key;
  return undefined;
}

/**
 * Build a tool result from an operation's output fields. Every array gets several items (the outermost
 * 3, nested ones 1-2) so a user can pick one by another field; `pinned` values are put in one chosen item
 * (the same item for pins that share an array) and never repeated in the others. `echo` gives values to
 * non-list fields whose name matches an input (a lookup by id returns that id).
 */
export function buildResult(
  fields: readonly ResultField[],
  rng: Rng,
  pinned: readonly PinnedValue[] = [],
  echo: Record<string, unknown> = {},
  context = '',
  /** Scalar fields of the record looked up, as an earlier list showed it: the lookup's top-level fields repeat them. */
  known: Record<string, unknown> = {},
): BuiltResult {
  return withRng(rng, () => {
    const root = resultTree(fields, pinned);
    const pinByPath = new Map(pinned.map((p) => [p.path, p]));
    // One item index per array pattern for pinned values, chosen once.
    const chosenIndex = new Map<string, number>();
    const pinnedAt: Record<string, string> = {};
    const pinnedValues = new Set(pinned.map((p) => JSON.stringify(p.value)));
    // A list asked for by place (a city, coordinates) is all in that place.
    const filteredByPlace = currentWorld() !== null && Object.keys(echo).some((k) => PLACE_MEANINGS.has(meaningOf(k, '', context) as Meaning));

    // `concrete` is only tracked along the path that holds pins (null elsewhere), to save string work.
    const build = (node: Node, concrete: string | null, depth: number, top = false): unknown => {
      const field = node.leaf;
      if (field && !node.keys && !node.each) {
        const pin = pinByPath.get(field.path);
        if (pin && concrete !== null) {
          pinnedAt[field.path] = concrete;
          return pin.value;
        }
        // A lookup by an identifier returns it (`getOrderShipment(order_id)` -> `order_id`), in each listed item too
        // (the products of order X all have order_id X); other list fields (a bare `id`, `name`) are the items' own.
        const echoed = echoKey(echo, node.last);
        if (echoed !== undefined && (!node.inList || (!GENERIC_LEAF.test(node.last) && LIST_ECHO.test(lastNameWord(node.last))))) return echo[echoed];
        // The event found in a search keeps its name and date when looked up by its id.
        if (top && node.last in known && typeMatches(known[node.last], schemaType(flatSchema(field.schema)))) return known[node.last];
        for (let attempt = 0; ; attempt++) {
          const value = mockValue(field.schema, { name: node.name, parent: node.parentKey, description: field.description, example: field.example, context, owner: field, inResult: true }, rng, 1);
          if (!pin || attempt > 5 || !pinnedValues.has(JSON.stringify(value))) return value;
        }
      }
      if (node.each) {
        const pattern = node.each.pattern;
        const holdsPin = concrete !== null && pinned.some((p) => p.path.startsWith(pattern));
        // A list the chain takes a value from holds the one match of what the user said: the assistant never
        // picks one of several candidates silently (DESIGN.md invariant 8). Other lists keep several items.
        const count = holdsPin ? 1 : depth === 0 || !node.inList ? 3 : rng.int(1, 2);
        let chosen = -1;
        if (holdsPin) {
          if (!chosenIndex.has(pattern)) chosenIndex.set(pattern, 0);
          chosen = chosenIndex.get(pattern)!;
        }
        const items: unknown[] = [];
        // Items of the outermost list are different entities of the world; the first is the dialogue's own.
        for (let i = 0; i < count; i++) {
          const item = (): unknown => build(node.each!, i === chosen ? `${concrete}[${i}]` : null, depth + 1);
          items.push(depth === 0 ? withFocus(i, filteredByPlace, item) : item());
        }
        return items;
      }
      const out: Record<string, unknown> = {};
      for (const [key, child] of node.keys ?? []) {
        // A successful result carries no error report.
        if (ERROR_FIELD.test(key) && !pinned.some((p) => p.path.startsWith(child.pattern))) continue;
        out[key] = build(child, concrete === null || pinned.length === 0 ? null : concrete === '' ? key : `${concrete}.${key}`, depth, node === root);
      }
      // Pinned, echoed or known values stay where they are: only the object's own dates are put in order.
      const fixed = [...(node.keys ?? [])].filter(([, child]) => (child.leaf && pinByPath.has(child.leaf.path)) || echoKey(echo, child.last) !== undefined || (node === root && child.last in known)).map(([key]) => key);
      orderDates(out, fixed);
      finishRecord(out, fixed);
      rememberRecord(out, fixed);
      return out;
    };
    // No response schema: a read still returns what was asked for (the request's values), never a bare status.
    if (!root.keys && !root.each && !root.leaf) return { result: Object.keys(echo).length > 0 ? { ...echo, found: true } : { status: 'ok' }, pinnedAt };
    return { result: orderRanges(build(root, '', 0)), pinnedAt };
  });
}

/** Pairs of fields whose dates go in this order (created before updated, start before end). */
const DATE_ORDER: [first: RegExp, then: RegExp][] = [
  [/^(created|created_at|date_created|creation_date|created_on|inserted_at)$/i, /^(updated|updated_at|date_modified|modified|modified_at|last_modified|updated_on|date_updated)$/i],
  [/^(start|start_date|starts_at|start_time|begin|from|valid_from|check_in|checkin|departure|departure_time|departs_at)$/i, /^(end|end_date|ends_at|end_time|finish|to|valid_to|valid_until|check_out|checkout|arrival|arrival_time|arrives_at)$/i],
];
const SORTABLE_DATE = /^\d{4}-\d{2}-\d{2}/;

/** An object's dates put in order: an update never precedes its creation, an end never its start. */
export function orderDates(record: Record<string, unknown>, fixed: readonly string[] = []): void {
  const keys = Object.keys(record).filter((k) => !fixed.includes(k));
  for (const [first, then] of DATE_ORDER) {
    const a = keys.find((k) => first.test(k));
    const b = keys.find((k) => then.test(k));
    if (!a || !b) continue;
    const x = record[a];
    const y = record[b];
    if (typeof x === 'string' && typeof y === 'string' && SORTABLE_DATE.test(x) && SORTABLE_DATE.test(y) && x.length === y.length && x > y) {
      record[a] = y;
      record[b] = x;
    }
  }
}

/** The value at a concrete path such as `items[1].id` or `[0].name`; undefined when absent. */
export function valueAtPath(value: unknown, path: string): unknown {
  let node: unknown = value;
  for (const part of path.match(/[^.[\]]+|\[\d+\]/g) ?? []) {
    if (node === null || typeof node !== 'object') return undefined;
    node = part.startsWith('[') ? (node as unknown[])[Number(part.slice(1, -1))] : (node as Record<string, unknown>)[part];
  }
  return node;
}

const RANGE_BOUNDS: Array<[string, string]> = [['from', 'to'], ['start', 'end'], ['min', 'max'], ['begin', 'end'], ['since', 'until'], ['lower', 'upper']];

/** A key that may be a range bound (a cheap test before the pairwise look). */
const RANGE_HINT = /from|to|start|end|min|max|begin|since|until|lower|upper/i;

/** Ranges in a result read in order (`from` ≤ `to`, `start_date` ≤ `end_date`): reversed bounds are swapped, in place. */
function orderRanges(value: unknown, depth = 0): unknown {
  if (!value || typeof value !== 'object' || depth > 8) return value;
  if (Array.isArray(value)) {
    for (const item of value) orderRanges(item, depth + 1);
    return value;
  }
  const obj = value as Record<string, unknown>;
  if (!Object.keys(obj).some((k) => RANGE_HINT.test(k))) {
    for (const child of Object.values(obj)) orderRanges(child, depth + 1);
    return value;
  }
  const byLower = new Map(Object.keys(obj).map((k) => [k.toLowerCase().replace(/-/g, '_'), k]));
  for (const [lower, key] of byLower) {
    for (const [start, end] of RANGE_BOUNDS) {
      const other = lower === start ? end : lower.startsWith(`${start}_`) ? `${end}_${lower.slice(start.length + 1)}` : lower.endsWith(`_${start}`) ? `${lower.slice(0, -start.length - 1)}_${end}` : lower.startsWith(start) && lower.length > start.length + 2 ? `${end}${lower.slice(start.length)}` : undefined;
      const endKey = other === undefined ? undefined : byLower.get(other);
      if (endKey === undefined) continue;
      const a = rangeNumber(obj[key]);
      const b = rangeNumber(obj[endKey]);
      if (a !== undefined && b !== undefined && a > b) [obj[key], obj[endKey]] = [obj[endKey], obj[key]];
    }
  }
  for (const child of Object.values(obj)) orderRanges(child, depth + 1);
  return value;
}

/** Call arguments in order too (`startDate` ≤ `endDate`, `min_price` ≤ `max_price`): reversed pairs swapped in place. */
export function orderRangeValues(values: Map<string, unknown>): void {
  const obj = Object.fromEntries(values);
  orderRanges(obj);
  for (const [key, value] of Object.entries(obj)) values.set(key, value);
}

function rangeNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value !== 'string') return undefined;
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) {
    const t = Date.parse(value);
    return Number.isNaN(t) ? undefined : t;
  }
  return /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : undefined;
}
