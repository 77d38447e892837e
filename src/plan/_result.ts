/**
 * Mock tool results: a result tree built from the operation's output fields, with pinned values (what the
 * next operation of the chain will read) placed where the chain says, echoes of the call's arguments, and
 * values drawn by the mock value generator. Plus reading a value back at a field path.
 */
import type { JsonSchema } from '../specs/types.ts'; import { oneIdScheme } from './_id-scheme22.ts';
import { finishRecord, renamedRecord } from './_finish.ts';
import { asksFirstPage, listsSoonestFirst, settleList } from './_order.ts';
import { PLACE_ARG, placeOfCall } from './_place-call15.ts';
import { ERROR_FIELD, PLACE_MEANINGS, isEmptyRecord, mockValue, singular, typeMatches, withRng } from './_mock.ts';
import { flatSchema, lastNameWord, schemaType } from './_params.ts';
import { rowOrder, rowValue } from './_sample-rows.ts'; import { flightRoute30 } from './_flights-travel30.ts'; import { flightCarrier31 } from './_flight-carrier31.ts';
import type { Rng } from '../random/index.ts';
import { currentWorld, meaningOf, rememberRecord, withFocus, withPlace, type Meaning, type Place } from '../world/index.ts';
import { settleWeather } from './_weather.ts';
import { forecastFromToday, forecastToday } from './_forecast.ts';
import { settleRecord27 } from './_fresh27.ts';
import { orderRanges } from './_ranges.ts';
import { fitDomains } from './_domain-pass.ts';
import { moneyUnitsOf } from './_money.ts'; import { appHitTitle } from './_app-hits23.ts';
import { moneyTextsAgree } from './_honour-echo.ts'; import { agreeSends26 } from './_sends26.ts'; import { agreeStatus28 } from './_status28.ts';
import { settlePlaceRecord } from './_geo.ts';
import { fitTotal, nearby, oneCurrency, reconcileLists, settleDates, writeMessages, type CallFacts } from './_consistency.ts';
import { valueAtPath } from './_value-at-path.ts';
import { mongoLeaf, settleMongoDates, unwrapped } from './_mongo20.ts';
import { distinctRecords, distinctScalars } from './_distinct15.ts'; import { ENTRY_LEAF34 } from './_entries-discra34.ts'; import { hitFields33, onePage33 } from './_hits33.ts';

export { valueAtPath };

const WEATHER_CONTEXT = /\b(weather|forecasts?|climate|temperatures?|precipitation|meteo\w*)\b/i;

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
  /** Its value in each recorded item of its list (see Field.samples). */
  samples?: unknown[];
  /** Fixed lengths of the arrays on its path (see Field.fixedLengths). */
  fixedLengths?: Record<string, number>;
}

/** A value to place: the field `path` (pattern, `items[].id`) gets `value` in the chosen item. */
export interface PinnedValue {
  path: string;
  value: unknown;
}

/** What the call says about the result's shape. */
export interface ResultShape {
  /** A get by id: the main record (or the one item of a top-level list) carries this id. */
  byId?: { key: string; value: unknown };
  /** Items asked for (a hold for 4 seats returns 4 seats). */
  quantity?: number;
  /** The call creates or changes a record now (its dates are the reference date). */
  changesNow?: boolean;
  /** The call creates the record: what it holds or gathers (tracks, followers) starts at zero. */
  created?: boolean;
  /** The call changes a record that existed before (an update): it was created in the past, not now. */
  updates?: boolean;
  /** The operation lists what comes next (`NextPublicHolidays`, upcoming events): its dates are after today. */
  upcoming?: boolean;
  /** The unit price of what is bought, as an earlier result showed it (the offer held). */
  unitPrice?: number;
  /** A search's query: the first items found are named by it. */
  query?: string;
  /** The user picks from the list holding the chain's values: it keeps 3 items, the chosen one at this index. */
  pickAt?: number;
  /** Items a read asks for (`days=5` of a forecast, `limit=1`): its list holds that many. */
  count?: number;
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
  /** For a list item node: the list's fixed length (minItems = maxItems), when the spec gives one. */
  fixedLength?: number;
}

function newNode(): Node {
  return { pattern: '', name: 'value', last: 'value', inList: false, parentKey: '' };
}

function insert(root: Node, tokens: PathToken[], field: ResultField): void {
  let node = root;
  let pattern = '';
  for (const token of tokens) {
    if ('each' in token) {
      node.each ??= newNode();
      node = node.each;
      pattern += '[]';
      const length = field.fixedLengths?.[pattern];
      if (length !== undefined) node.fixedLength = length;
    } else {
      pattern = pattern === '' ? token.key : `${pattern}.${token.key}`;
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

/** The value of a MongoDB wrapper leaf (`start.$date.$numberLong`), undefined for any other leaf. */
function wrappedValue(node: Node, field: ResultField, rng: Rng, echo: Record<string, unknown>, context: string): unknown {
  const example = typeof field.example === 'string' && /^-?\d+(\.\d+)?$/.test(field.example) ? { example: Number(field.example) } : {};
  return mongoLeaf(node.pattern, flatSchema(field.schema), rng, echo, (integer) => mockValue({ type: integer ? 'integer' : 'number' }, { name: node.name, parent: node.parentKey, context, inResult: true, args: echo, ...example }, rng, 1));
}

/** Fill in patterns and names once per tree. */
function annotate(node: Node, pattern: string, parts: string[], inList: boolean): void {
  node.pattern = pattern;
  node.inList = inList;
  // A MongoDB wrapper (`$date`, `$numberInt`) is named as the field it wraps.
  const named = unwrapped(parts);
  const last = named[named.length - 1] ?? 'value';
  const parent = named[named.length - 2];
  node.last = last;
  node.parentKey = parent ?? '';
  // A bare `name`/`title` reads better with its parent's noun: `artists[].name` is an artist's name.
  node.name = parent && GENERIC_LEAF.test(last) && !CONTAINER_KEY.test(parent) ? `${singular(parent)}_${last}` : last;
  if (node.each) annotate(node.each, `${pattern}[]`, parts, true);
  for (const [key, child] of node.keys ?? []) annotate(child, pattern === '' ? key : `${pattern}.${key}`, [...parts, key], inList);
}

const treeCache = new WeakMap<readonly ResultField[], Node>();

const limitedCache = new WeakMap<readonly ResultField[], ResultField[]>();

/**
 * At most 30 fields, the record's own first: a track keeps its id and name before the 30 fields of its album.
 * Fields keep the spec's order.
 */
function limitFields(fields: readonly ResultField[]): ResultField[] {
  if (fields.length <= 30) return [...fields];
  let limited = limitedCache.get(fields);
  if (!limited) {
    const depth = (f: ResultField): number => (f.path.match(/\.|\[\]/g) ?? []).length;
    const keep = new Set([...fields].sort((a, b) => depth(a) - depth(b)).slice(0, 30));
    limited = fields.filter((f) => keep.has(f));
    limitedCache.set(fields, limited);
  }
  return [...limited];
}

function resultTree(fields: readonly ResultField[], pinned: readonly PinnedValue[], searched: boolean): Node {
  const limited = limitFields(fields);
  const extra = hitFields33(fields, limited, pinned, searched); const cacheable = extra.length === 0; // pins and their hits' names (_hits33.ts)
  const cached = cacheable ? treeCache.get(fields) : undefined;
  if (cached) return cached;
  const root = newNode();
  limited.push(...extra); // a pinned field beyond the first 30 still has to be there, its hit's name with it
  for (const field of limited) insert(root, parseFieldPath(field.path), field);
  annotate(root, '', [], false);
  if (cacheable) treeCache.set(fields, root);
  return root;
}

/** Fields of listed items that repeat the lookup's input: what the list is filtered by (`order_id`, `country_code`);
 * identifiers (an ISBN, a SKU, a VIN) also make two items of one list two records. */
const LIST_ECHO = /(^|_)(id|uuid|guid|oid|code|key|slug|isbn|isbn_?1[03]|ean|upc|gtin|asin|sku|vin|imei|iban|serial_?number)$|[a-z]id$/;
/** Fields a list is filtered by: the items found for year 2023, type "track" or genre "jazz" have it. */
/** Codes many records share (two shops in one country): no identity, so never redrawn to differ. */
const SHARED_CODE = /(^|_)(country|currency|lang|language|locale|region|state|province|iata|airport|zip|postal|post|area|dial|phone|time_?zone)_?code$/;
/** Keys that single out one record: a search by an email or a username finds that one record, carrying it. */
const EXACT_KEY = /^(email|email_address|phone|phone_number|mobile|username|user_name|login|handle|isbn|vin|imei|iban|sku|barcode|upc|ean)$/;
const FILTER_ECHO = /^(year|season|category|genre|type|country|language|lang|league|sport|status|city|region|difficulty|level|severity|priority|urgency|kind|platform)$/;

/** A filter value a listed item can carry as it is (one value, not "album,track"). */
function filterValue(value: unknown): boolean {
  return typeof value === 'number' || (typeof value === 'string' && value.length > 0 && value.length <= 40 && !value.includes(','));
}

/** The input named like a result field (`countryCode` for `country_code`), if any. */
function echoKey(echo: Record<string, unknown>, field: string): string | undefined {
  if (field in echo) return field;
  const wanted = lastNameWord(field);
  for (const key of Object.keys(echo)) if (lastNameWord(key) === wanted) return key;
  // A name written run together (`appid` for the sent `appId`, `tickersymbol` for `ticker_symbol`) is the same name.
  const joined = wanted.replace(/_/g, '');
  if (joined === wanted && joined.length >= 5) for (const key of Object.keys(echo)) if (lastNameWord(key).replace(/_/g, '') === joined) return key;
  if (IP_FIELD.test(wanted)) for (const [key, value] of Object.entries(echo)) if (typeof value === 'string' && IP_VALUE.test(value)) return key;
  return undefined;
}
/** The identity fields of a list's items that the call sent (`make`, `model`), with the sent values. */
const IDENTITY_KEY = /^(make|model|brand|manufacturer|symbol|ticker|isbn|vin|title|name)$/;
function sentIdentity(item: Node, echo: Record<string, unknown>): Array<readonly [ResultField | undefined, unknown]> {
  if (!item.keys) return [];
  const out: Array<readonly [ResultField | undefined, unknown]> = [];
  for (const [key, child] of item.keys) if (IDENTITY_KEY.test(key) && key in echo) out.push([child.leaf, echo[key]]);
  return out;
}
/** A lookup of an IP address sent under another name (`q`, `query`) returns that address as its `ip`. */
const IP_FIELD = /^(ip|ip_?address|query_?ip)$/;
const IP_VALUE = /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-f]{0,4}(:[0-9a-f]{0,4}){2,7})$/i;
/**
 * `echoKey` over one call's arguments, remembered per field for the span of one result: each leaf asks it several
 * times (its own value, the record's fixed and shared keys, its list's distinct items). The arguments do not change
 * while a result is built.
 */
function echoKeysOf(echo: Record<string, unknown>): (echo: Record<string, unknown>, field: string) => string | undefined {
  const known = new Map<string, string | undefined>();
  return (of, field) => {
    if (of !== echo) return echoKey(of, field);
    if (known.has(field)) return known.get(field);
    const key = echoKey(echo, field);
    known.set(field, key);
    return key;
  };
}

const mainOf = new WeakMap<Node, ReadonlySet<Node>>();

/** The nodes of the record a result is about: the root, a top-level list's items, a `data`/`result` wrapper's record (kept per tree). */
function mainNodes(root: Node): ReadonlySet<Node> {
  let main = mainOf.get(root);
  if (!main) {
    main = findMainNodes(root);
    mainOf.set(root, main);
  }
  return main;
}

function findMainNodes(root: Node): Set<Node> {
  const main = new Set<Node>([root]);
  const add = (node: Node): void => {
    main.add(node);
    if (node.each) main.add(node.each);
  };
  if (root.each) add(root.each);
  const wrappers = [...(root.keys ?? [])].filter(([key, child]) => CONTAINER_KEY.test(key) && (child.keys || child.each));
  // `{question: {…}, result_code, result_message}`: the one record beside flags is what was asked for.
  const records = [...(root.keys ?? [])].filter(([, child]) => child.keys || child.each);
  const others = [...(root.keys ?? [])].filter(([, child]) => !child.keys && !child.each);
  if (wrappers.length === 1) add(wrappers[0]![1]);
  else if (records.length === 1 && records[0]![1].keys && others.every(([key]) => FLAG_KEY.test(key))) add(records[0]![1]);
  return main;
}

/** Keys that say how a call went, beside the record it returns. */
const FLAG_KEY = /^(status|status_?code|code|message|msg|success|ok|result_?code|result_?message|error|errors|request_?id|took|time_?taken)$/i;

/** A leaf named like a bare identifier (`id`, `_id`, `Id`). */
function isBareId(last: string): boolean {
  return lastNameWord(last) === 'id' || last === 'uuid';
}

/** A leaf that names its record (`name`, `title`): the first items of a search carry the query in it. */
/** A list a count asks for is the result's own list (days of a forecast, items found). */
const ASKED_LIST = /day|daily|hour|forecast|list|data|items|results|periods|entries|records|hits/i;
const LABEL_LEAF = /^(name|title|headline|label|search_?text|display_?name)$/i;
/** A maker's or a work's own name: two brands of one list are two names (never "Porsche" under two ids). */
const OWN_NAME = /^(brand|make|manufacturer|maker|model|product|company|artist|album|track|song|team)_?name$/i;
/** A word with its own id beside it (`genre` + `genre_id`): two ids of one list are two different words, never "Drama" twice. */
function hasOwnId(itemNode: Node, key: string): boolean {
  return itemNode.keys !== undefined && (itemNode.keys.has(`${key}_id`) || itemNode.keys.has(`${key}Id`) || itemNode.keys.has(`${key}ID`));
}
/** Free text that tells one record: two films of a list never share an overview, two people never one biography. */
/** A record's own address or code (`spotify:playlist:…`, an ISBN): two items of a list are two records. */
const OWN_URI = /^(uri|urn|isbn|isbn_?1[03]|sku|vin|imei|iban|ean|upc|barcode)$/i;
const OWN_TEXT = /^(overview|description|biography|bio|plot|summary|synopsis|tagline|about)$/i;

/** The enum of a key of an object node, if any (a module function: under tsx's keepNames each named closure made costs a defineProperty). */
function enumOfKey(node: Node, key: string): unknown[] | undefined {
  const values = ((schema) => (schema ? flatSchema(schema).enum : undefined))(node.keys?.get(key)?.leaf?.schema);
  return Array.isArray(values) ? values : undefined;
}

/**
 * Build a tool result from an operation's output fields. Every array gets several items (the outermost
 * 3, nested ones 1-2) so a user can pick one by another field; `pinned` values are put in one chosen item
 * (the same item for pins that share an array) and never repeated in the others. `echo` gives values to
 * non-list fields whose name matches an input (a lookup by id returns that id); a bare `id` or `name` is
 * echoed only into the record looked up, never into a nested record of another entity (the album of a track).
 */
export function buildResult(
  fields: readonly ResultField[],
  rng: Rng,
  pinned: readonly PinnedValue[] = [],
  echo: Record<string, unknown> = {},
  context = '',
  /** Scalar fields of the record looked up, as an earlier list showed it: the lookup's top-level fields repeat them. */
  known: Record<string, unknown> = {},
  shape: ResultShape = {},
): BuiltResult {
  return withPlace(placeOfCall(echo, pinned), () => withRng(rng, () => {
    const echoKey = echoKeysOf(echo);
    const root = resultTree(fields, pinned, shape.query !== undefined);
    const main = mainNodes(root);
    const pinByPath = new Map(pinned.map((p) => [p.path, p]));
    // One item index per array pattern for pinned values, chosen once.
    const chosenIndex = new Map<string, number>();
    const pinnedAt: Record<string, string> = {};
    const pinnedValues = new Set(pinned.map((p) => JSON.stringify(p.value)));
    const toRemember = new Map<object, [string[], string[]]>();
    let row: number | undefined; // the recorded item the list item being built takes its values from (_sample-rows.ts)
    /** Index of the top-level list item being built (a search's items are named by its query). */
    let queryItem: number | undefined;
    const aboutWeather = WEATHER_CONTEXT.test(context);
    const forecastNow = aboutWeather && forecastFromToday(context, echo);
    const facts: CallFacts = { echo, context, moneyUnits: moneyUnitsOf(fields), changesNow: shape.changesNow === true, ...(shape.updates ? { updates: true } : {}), ...(shape.quantity !== undefined ? { quantity: shape.quantity } : {}), ...(shape.upcoming ? { upcoming: true } : {}) };
    // A list asked for by place (a city, coordinates) is all in that place.
    const filteredByPlace = currentWorld() !== null && Object.keys(echo).some((k) => PLACE_MEANINGS.has(meaningOf(k, '', context) as Meaning) || (PLACE_ARG.test(k) && typeof echo[k] === 'string'));
    const holdsPinUnder = (node: Node): boolean => pinned.some((p) => p.path === node.pattern || p.path.startsWith(`${node.pattern}.`) || p.path.startsWith(`${node.pattern}[]`));
    // A MongoDB wrapper's value (`$date`, `$numberInt`) is drawn for the field it wraps (_mongo20.ts).
    const draw = (node: Node, field: ResultField, exampleRate?: number): unknown => wrappedValue(node, field, rng, echo, context)
      ?? mockValue(field.schema, { name: node.name, parent: node.parentKey, description: field.description, example: field.example, context, owner: field, inResult: true, args: echo, ...(exampleRate !== undefined ? { exampleRate } : {}) }, rng, 1);

    // `concrete` is only tracked along the path that holds pins (null elsewhere), to save string work.
    // `inMain`: the leaf's object is the record the call is about.
    const build = (node: Node, concrete: string | null, depth: number, top = false, inMain = false): unknown => {
      const field = node.leaf;
      if (field && !node.keys && !node.each) {
        const pin = pinByPath.get(field.path);
        if (pin && concrete !== null) {
          pinnedAt[field.path] = concrete;
          return pin.value;
        }
        // A get by id returns the record asked for: its own id is that id.
        if (shape.byId && inMain && (isBareId(node.last) || node.last === shape.byId.key)) return shape.byId.value;
        // A lookup by an identifier returns it (`getOrderShipment(order_id)` -> `order_id`), in each listed item too
        // (the products of order X all have order_id X); other list fields (a bare `id`, `name`) are the items' own.
        // A list filtered by category returns items of that category (`questions[].category._id` = the categoryId asked for).
        const owner = isBareId(node.last) && node.parentKey !== '' && !CONTAINER_KEY.test(node.parentKey) ? echoKey(echo, `${singular(node.parentKey)}_id`) : undefined;
        if (owner !== undefined && (typeof echo[owner] === 'string' || typeof echo[owner] === 'number')) return echo[owner];
        const echoed = echoKey(echo, node.last);
        const generic = GENERIC_LEAF.test(node.last) || isBareId(node.last);
        const filter = echoed !== undefined && FILTER_ECHO.test(lastNameWord(node.last)) && filterValue(echo[echoed]) && typeMatches(echo[echoed], schemaType(flatSchema(field.schema)));
        const exact = echoed !== undefined && EXACT_KEY.test(lastNameWord(node.last)) && typeof echo[echoed] === 'string';
        if (echoed !== undefined && (generic ? inMain && !node.inList && !shape.byId : !node.inList || LIST_ECHO.test(lastNameWord(node.last)) || filter || exact)) return echo[echoed];
        // The event found in a search keeps its name and date when looked up by its id.
        if ((top || inMain) && node.last in known) { const same = knownAs(known[node.last], schemaType(flatSchema(field.schema))); if (same !== undefined) return same; }
        const recorded = row !== undefined && field.samples !== undefined ? rowValue(field, row, node.name, node.parentKey, context) : undefined; if (recorded !== undefined) return recorded;
        for (let attempt = 0; ; attempt++) {
          const value = draw(node, field);
          if (!pin || attempt > 5 || !pinnedValues.has(JSON.stringify(value))) return value;
        }
      }
      if (node.each) {
        const pattern = node.each.pattern;
        const holdsPin = concrete !== null && pinned.some((p) => p.path.startsWith(pattern));
        const isMain = main.has(node.each);
        // A list the chain takes a value from holds the one match of what the user said, or the few records the
        // user picks from: the assistant never picks one of several candidates silently (DESIGN.md invariant 8).
        // A get by id returns one record; a hold of N seats N seats. Other lists keep several items.
        const picking = holdsPin && depth === 0 && shape.pickAt !== undefined;
        const count = node.each.fixedLength !== undefined && !holdsPin ? node.each.fixedLength : picking ? 3 : holdsPin || (isMain && shape.byId) || (depth === 0 && findsByExactKey(node.each, echo)) ? 1 : depth === 0 && shape.quantity !== undefined && !isMain ? shape.quantity : depth === 0 && shape.count !== undefined && (isMain || ASKED_LIST.test(node.last)) ? shape.count : depth === 0 || !node.inList ? 3 : rng.int(1, 2);
        let chosen = -1;
        if (holdsPin) {
          if (!chosenIndex.has(pattern)) chosenIndex.set(pattern, picking ? shape.pickAt! : 0);
          chosen = chosenIndex.get(pattern)!;
        }
        const items: unknown[] = [];
        const rows = node.each.keys && !filteredByPlace && shape.query === undefined ? rowOrder([...node.each.keys.values()].map((child) => child.leaf), count, rng, sentIdentity(node.each, echo)) : undefined;
        const outerRow = row;
        // Items of the outermost list are different entities of the world; the first is the dialogue's own.
        const buildItem = (i: number): unknown => { row = rows?.[i]; try { return build(node.each!, i === chosen ? `${concrete}[${i}]` : null, depth + 1, false, isMain && shape.byId !== undefined); } finally { row = outerRow; } };
        for (let i = 0; i < count; i++) {
          const outer = queryItem;
          if (depth === 0) queryItem = i;
          items.push(depth === 0 ? withFocus(i, filteredByPlace, () => buildItem(i)) : buildItem(i));
          queryItem = outer;
        }
        // The outermost list's items are built again whole on a clash, and left out if they still repeat one (not a list of N asked).
        const rebuild = depth === 0 ? (i: number, attempt: number): unknown => withFocus(i + attempt + 1, filteredByPlace, () => { const outer = queryItem; queryItem = i; try { return build(node.each!, null, depth + 1, false, isMain && shape.byId !== undefined); } finally { queryItem = outer; } }) : undefined;
        // A list of a fixed length (a board's row) keeps every item, repeats and all.
        if (node.each.fixedLength === undefined) distinctItems(node.each, items, depth, chosen, rebuild, !(shape.quantity !== undefined && !isMain));
        oneIdScheme(items, chosen, (key) => node.each!.keys?.get(key)?.leaf?.samples, (key) => echoKey(echo, key) !== undefined, rng, (key) => shape.query !== undefined || holdsPinUnder(node.each!.keys!.get(key)!)); // one scheme of ids per list (_id-scheme22.ts)
        for (const item of items) { const memory = toRemember.get(item as object); if (memory) rememberRecord(item as Record<string, unknown>, ...memory); }
        settleList(items, depth === 0 && listsSoonestFirst(shape.upcoming === true, context), pinned, chosen, asksFirstPage(echo));
        shareParentDetails(items);
        return items.every(isEmptyRecord) ? [] : items; // items with every field left out (field cap) are no records
      }
      const out: Record<string, unknown> = {};
      const here = main.has(node);
      for (const [key, child] of node.keys ?? []) {
        // A successful result carries no error report.
        if (ERROR_FIELD.test(key) && !pinned.some((p) => p.path.startsWith(child.pattern))) continue;
        out[key] = build(child, concrete === null || pinned.length === 0 ? null : concrete === '' ? key : `${concrete}.${key}`, depth, node === root, here && (!node.pattern.endsWith('[]') || inMain));
      }
      // Pinned, echoed or known values stay where they are: only the object's own dates are put in order.
      const fixed = [...(node.keys ?? [])].filter(([, child]) => holdsPinUnder(child) || echoKey(echo, child.last) !== undefined || (node === root && child.last in known) || (shape.byId !== undefined && here && isBareId(child.last))).map(([key]) => key);
      settleDates(out, fixed, facts, here); settleMongoDates(out);
      // Coordinates near the point asked about move off it unless the chain reads them.
      if (node.pattern.endsWith('[]')) nearby(out, [...(node.keys ?? [])].filter(([, child]) => holdsPinUnder(child)).map(([key]) => key), echo, queryItem ?? 0);
      orderDates(out, fixed);
      finishRecord(out, fixed);
      settlePlaceRecord(out, fixed, pinnedValues); flightRoute30(out, fixed); // a flight's places agree, after the record's place
      // A forecast's own day is today or later, before its temperatures are drawn for that month.
      if (forecastNow && node === root) forecastToday(out, fixed);
      settleWeather(out, fixed, echo, aboutWeather, (key) => enumOfKey(node, key), node.pattern.endsWith('[]'));
      fitTotal(out, here ? shape.quantity : undefined, here ? shape.unitPrice : undefined);
      // A record created with its contents (an order with line items) holds them.
      settleRecord27(out, fixed, shape.created === true && here, echo, (key) => enumOfKey(node, key)); // a new record starts fresh (_fresh27.ts)
      if (shape.query !== undefined && queryItem !== undefined && depth === 1 && node.pattern.endsWith('[]')) { nameByQuery(node, out, shape.query, pinByPath, queryItem === (shape.pickAt ?? 0)); flightCarrier31(out, queryItem === (shape.pickAt ?? 0) ? shape.query : undefined); }
      // Items of a list share what the list was asked by (its echoed keys): that is not their identity.
      const shared = node.pattern.endsWith('[]') ? [...(node.keys ?? [])].filter(([, child]) => !holdsPinUnder(child) && echoKey(echo, child.last) !== undefined).map(([key]) => key) : [];
      // A list item is remembered once its list holds different records: two siblings drawn with one example id are
      // two records, not one record listed twice (the second would take the first's total and date).
      if (node.pattern.endsWith('[]')) toRemember.set(out, [fixed, shared]);
      else rememberRecord(out, fixed, shared);
      return out;
    };

    /** Items of one list are different records: a repeated id, name or own text (a spec example drawn twice) is settled (_distinct15.ts). */
    const distinctItems = (itemNode: Node, items: unknown[], depth: number, chosen: number, rebuild?: (i: number, attempt: number) => unknown, canDrop = false): void => {
      if (!itemNode.keys && itemNode.leaf) return distinctScalars(items, chosen, () => draw(itemNode, itemNode.leaf!, 0));
      const leaves = [...(itemNode.keys ?? [])].filter(([key, child]) => child.leaf && !child.keys && !child.each && !holdsPinUnder(child) && !SHARED_CODE.test(lastNameWord(key)) && (isBareId(key) || LIST_ECHO.test(lastNameWord(key)) || OWN_URI.test(key) || LABEL_LEAF.test(key) || OWN_NAME.test(key) || OWN_TEXT.test(key) || ENTRY_LEAF34.test(key) || hasOwnId(itemNode, key)) && (echoKey(echo, key) === undefined || GENERIC_LEAF.test(key) || isBareId(key) || OWN_URI.test(key)));
      distinctRecords(items, leaves.map(([key, child]) => ({ key, label: LABEL_LEAF.test(key), redraw: (i: number, attempt: number) => withFocus(depth === 0 ? i + attempt + 1 : i, filteredByPlace, () => draw(child, child.leaf!, 0)) })), chosen, { ...(rebuild ? { rebuild } : {}), canDrop, rename: renameIn });
    };

    // No response schema: the caller infers the content (`inferredOutputs`); a bare status is the last resort.
    if (!root.keys && !root.each && !root.leaf) return { result: { status: 'completed' }, pinnedAt };
    const result = orderRanges(build(root, '', 0, false, true));
    if (pinned.length > 0) facts.matches = matchLists(result, pinnedAt);
    keepAskedCollections(root, result, echo, holdsPinUnder);
    agreeWithin(result, facts, echo, pinnedValues, shape); onePage33(result); // a list's one page links to no other (searches and chapters alike)
    return { result, pinnedAt };
  }));
}

/** A value an earlier result showed, in the form this field takes: the city's `countryId` 661014 is "661014" where the lookup writes it as text. */
function knownAs(value: unknown, type: string | undefined): unknown {
  if (value === null || typeMatches(value, type)) return value;
  if (type === 'string' && typeof value === 'number') return String(value);
  if ((type === 'integer' || type === 'number') && typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value) && typeMatches(Number(value), type)) return Number(value);
  return undefined;
}

/** A list searched by an exact key (an email) whose items carry that key: the one record with it. */
const findsByExactKey = (itemNode: Node, echo: Record<string, unknown>): boolean => [...(itemNode.keys ?? [])].some(([key, child]) => child.leaf !== undefined && EXACT_KEY.test(lastNameWord(key)) && typeof echo[echoKey(echo, key) ?? ''] === 'string');

/** The built result agrees with itself and the call: list counts, one currency, plausible money, change messages. */
function agreeWithin(result: unknown, facts: CallFacts, echo: Record<string, unknown>, pinnedValues: ReadonlySet<string>, shape: ResultShape): void {
  reconcileLists(result, facts);
  oneCurrency(result, echo);
  moneyTextsAgree(result); agreeSends26(result, echo, facts.context ?? ''); agreeStatus28(result, echo);
  fitDomains(result, new Set([...pinnedValues, ...Object.values(echo).map((v) => JSON.stringify(v))]), facts.context, facts.moneyUnits);
  if (shape.changesNow) writeMessages(result);
}

/** The lists a chain takes a value from (`items[0].id` → `items`): each holds the one match of the user's detail. */
function matchLists(result: unknown, pinnedAt: Readonly<Record<string, string>>): Set<unknown> {
  const lists = new Set<unknown>();
  for (const concrete of Object.values(pinnedAt)) {
    const cut = concrete.lastIndexOf('[');
    if (cut <= 0) continue;
    const list = valueAtPath(result, concrete.slice(0, cut));
    if (Array.isArray(list)) lists.add(list);
  }
  return lists;
}

/**
 * Items of one parent share its details: episodes with one `season_id` have one `season_number`, tracks of one
 * `album_id` one `album_name`.
 */
function shareParentDetails(items: unknown[]): void {
  if (items.length < 2) return;
  const first = items[0];
  if (!first || typeof first !== 'object' || Array.isArray(first)) return;
  const records = items.filter((item): item is Record<string, unknown> => !!item && typeof item === 'object' && !Array.isArray(item));
  for (const key of Object.keys(first)) {
    const m = /^(.+)_id$/.exec(lastNameWord(key));
    const value = (first as Record<string, unknown>)[key];
    if (!m || (typeof value !== 'string' && typeof value !== 'number') || !records.every((r) => r[key] === value)) continue;
    const details = Object.keys(first).filter((k) => k !== key && lastNameWord(k).startsWith(`${m[1]}_`) && !/_id$/.test(lastNameWord(k)));
    for (const detail of details) for (const r of records) if (detail in r) r[detail] = (first as Record<string, unknown>)[detail];
  }
}

/** Fields of a page of results, of whatever kind. */
const PAGE_FIELD = /^(href|items|limit|next|offset|previous|total|cursors|page|page_size|results)$/;
/** Parameters that say which kinds of thing a search returns (`type=track,album`). */
const KIND_FILTER = /^(type|types|kind|kinds|entity|entities|include|search_?type|result_?types?)$/;

/**
 * A search asked for some kinds (`type: "episode"`) returns only their collections: of parallel collections (one
 * per kind, each with the same fields: `tracks`, `albums`, `episodes`), those of kinds not asked for are left out.
 */
function keepAskedCollections(root: Node, result: unknown, echo: Record<string, unknown>, pinned: (node: Node) => boolean): void {
  if (!root.keys || !result || typeof result !== 'object' || Array.isArray(result)) return;
  const filter = Object.entries(echo).find(([key]) => KIND_FILTER.test(lastNameWord(key)))?.[1];
  const asked = (Array.isArray(filter) ? filter : typeof filter === 'string' ? filter.split(',') : []).filter((v): v is string => typeof v === 'string').map((v) => v.trim().toLowerCase()).filter((v) => v !== '');
  if (asked.length === 0) return;
  const plural = (word: string): string => (/[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : /(s|x|ch|sh)$/.test(word) ? `${word}es` : `${word}s`);
  const wanted = new Set(asked.flatMap((v) => [v, plural(v)]));
  const fieldsOf = (node: Node): string[] => [...(node.keys ?? node.each?.keys ?? new Map<string, Node>()).keys()];
  const collections = [...root.keys].filter(([, child]) => child.keys || child.each);
  const named = collections.filter(([key]) => wanted.has(key.toLowerCase()));
  if (named.length === 0) return;
  // Fields of the asked collections; a collection with the same kind of fields (only some of them may be kept) is parallel.
  const shape = new Set(named.flatMap(([, child]) => fieldsOf(child)));
  const parallel = (node: Node): boolean => {
    const own = fieldsOf(node);
    const shared = own.filter((f) => shape.has(f)).length;
    // A page of another kind (`tracks: {href, limit, total}`) is parallel too, whatever fields the field cap left.
    return (shared > 0 && (shared === own.length || shared === shape.size || shared >= 2)) || (own.length > 0 && own.every((f) => PAGE_FIELD.test(f)));
  };
  const out = result as Record<string, unknown>;
  for (const [key, child] of collections) if (!wanted.has(key.toLowerCase()) && /s$/.test(key) && parallel(child) && !pinned(child)) delete out[key];
}

/**
 * The item found by a search is named by its query ("climate change" finds "Climate Change"); the others keep
 * their own names: made-up variants of the query ("Climate Change Today", "Inside Climate Change") read as
 * other records that merely look like a match, and a search by a person's name or an exact key finds that one.
 */
function nameByQuery(itemNode: Node, item: Record<string, unknown>, query: string, pins: ReadonlyMap<string, PinnedValue>, found: boolean): void {
  const key = [...(itemNode.keys ?? [])].find(([k, child]) => LABEL_LEAF.test(k) && child.leaf && !pins.has(child.leaf.path) && schemaType(flatSchema(child.leaf.schema)) !== 'number')?.[0];
  if (key === undefined) return;
  const q = query.trim();
  if (q.length < 2 || q.length > 80 || /[{}[\]<>]/.test(q)) return;
  // A value typed with capitals (a name, "Bengaluru Book Festival") is kept as it is; a lower-case query is titled.
  const title = /\p{Lu}/u.test(q) ? q : q.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
  const value = item[key];
  if (!found || typeof value !== 'string' || value.toLowerCase().includes(q.toLowerCase())) return;
  item[key] = appHitTitle(item, title, q) ?? title; // an app found by a topic is named after it and its package
  renameIn(item, key, value, item[key] as string);
  renamedRecord(item);
}

/** A record's other texts ("A Room with a View is a movie.") speak of it under its new name. */
function renameIn(item: Record<string, unknown>, key: string, before: string, after: string): void {
  if (before === after || before.length < 3) return;
  for (const [k, v] of Object.entries(item)) if (k !== key && typeof v === 'string' && v.includes(before)) item[k] = v.split(before).join(after);
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
