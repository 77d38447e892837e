/**
 * The plan catalog: everything the planner needs, built once from the graph (operations with their
 * dialogue-ready parameters, the edges that can carry a fail-inform, the retriever, the analysed flows),
 * so planning each of a million dialogues only draws random numbers and lays out turns.
 */
import { numberParams } from './_numbered-params22.ts';
import { createAjv, errorsText as ajvErrorsText, type ErrorObject, type ValidateFunction } from '../schemas/index.ts';
import type { EdgeAttributes, EdgeKind, NodeAttributes } from '../graph/types.ts';
import type { JsonSchema, Operation, Param } from '../specs/types.ts';
import { analyzeFlow, FLOW_TABLE, type FlowDefinition, type FlowShape, type PositionNeeds } from './flows.ts';
import { coordinatePartner, flatSchema, isAuthParam, isCoordinate, isDistinguishing, isIdLike, isPagingParam, isSayable, isTechnicalParam, shapesResponse, lastNameWord, nameWords, schemaType, takesSpecDefault } from './_params.ts';
import { intentFinder } from './_intents.ts';
import { carriesWhatItWrites } from './_writes.ts'; import { barredSource32, pickedByServiceForOwn32, readsAcrossApis32 } from './_speed32.ts';
import { pathNouns, readsByResource, withoutDetourToSibling } from './_sibling-read.ts';
import { codeOffUnrelatedList, identifiesOtherRecord } from './_owner.ts';
import { isKindSwitch, kindSwitchAtDefault } from './_switches.ts';
import { firstAlreadyGives } from './_detour.ts';
import { batchIdList } from './_batch-read17.ts';
import { listsTaxonomy, publicRecordCode } from './_taxonomy.ts';
import { withListedValues, withoutUnanchoredDistance, withRecordEnum } from './_op-enums.ts'; import { withRegionSrid31 } from './_srid-region31.ts';
import { classifyQuery, createRetriever, type CatalogRetriever } from './retriever.ts';
import { Rng } from '../random/index.ts';
import type { RecordOperation } from './types.ts';
import type { IntentKind, IntentSpeech, PlanOperation, PlanParam } from './_catalog-types.ts';
import { mustBeGiven } from './_requires20.ts'; import { isGuessKey } from './_guess22.ts'; import { withOneRecordId } from './_one-record24.ts'; import { qualifiedBy25 } from './_qualified25.ts'; import { essential26 } from './_essential26.ts'; import { listsIds26 } from './_id-lists26.ts'; import { neededWhenBlank32, offsetByDescription32 } from './_asks32.ts';

export type { IntentKind, IntentSpeech, PlanOperation, PlanParam };

/** An edge able to carry a fail-inform: the source outputs values for required ID-like inputs of the target. */
export interface FeedEdge {
  source: string;
  target: string;
  /** The graph's edge kind (as the graph builder computed it). */
  graphKind: EdgeKind;
  /** One output field per chained input, best pair first. */
  chained: { input: string; output: string; score: number }[];
}

/** One way to play a flow: operations in call order and what each position receives from the one before. */
export interface ChainCandidate {
  operations: string[];
  /** `edges[j]` feeds position j+1 from position j. */
  edges: FeedEdge[];
}

/** Intent phrases the retriever agrees with, per operation (computed on first use, then kept). */
export interface IntentPhrases {
  /** Ranked first, clearly: usable for ICl/ICA. */
  clear?: string;
  /** Ambiguous, and this operation is ranked first: usable for IV followed by suggest. */
  suggest?: string;
  /** Ambiguous, this operation among the results: usable for IV followed by clarify. */
  clarify?: string;
  /** The query that finds this operation as a source after fail_inform (it is in the top results). */
  lookup?: string;
}

export interface PlanCatalog {
  operations: PlanOperation[];
  byId: Map<string, PlanOperation>;
  /** Fail-inform edges by target id. */
  feedsInto: Map<string, FeedEdge[]>;
  retriever: CatalogRetriever;
  flows: FlowShape[];
  flowById: Map<string, FlowShape>;
  /** Structural chain candidates per flow id (computed on first use). */
  candidates(flowId: string): ChainCandidate[];
  /** Intent phrases per operation (all kinds; each computed on first use). */
  intents(operationId: string): IntentPhrases;
  /** One kind of intent phrase (computed on first use); undefined when the retriever agrees with none. */
  intent(operationId: string, kind: IntentKind): string | undefined;
  /** Requests that nothing in the catalog serves (checked with the retriever). */
  outOfScope(): string[];
  /** The compiled input-schema validator of an operation; undefined when its schema does not compile. */
  validator(operationId: string): ValidateFunction | undefined;
  /** Largest number of candidates kept per flow. */
  maxCandidates: number;
}


export interface CatalogOptions {
  /** The realizer's opening sentences (src/realize `intentSpeech`); without it, the operation's own texts. */
  speech?: IntentSpeech;
  /** Flow definitions (default FLOW_TABLE); append your own to `FLOW_TABLE` to keep ToolDial's. */
  flows?: readonly FlowDefinition[];
  /** Cap on chain candidates kept per flow (default 20000); enumeration order is deterministic. */
  maxCandidates?: number;
}

/** The graph as the planner reads it: anything with graphology's node/edge iteration. */
export interface GraphLike {
  forEachNode(callback: (key: string, attributes: NodeAttributes) => void): void;
  forEachEdge(callback: (edge: string, attributes: EdgeAttributes, source: string, target: string) => void): void;
}

function planParam(param: Param): PlanParam {
  const schema: JsonSchema = { ...param.schema };
  if (param.description && schema.description === undefined) schema.description = param.description;
  if (param.enum && schema.enum === undefined) schema.enum = param.enum;
  if (param.default !== undefined && schema.default === undefined) schema.default = param.default;
  const flat = flatSchema(schema);
  const defaultValue = param.default ?? flat.default;
  const enumValues = param.enum ?? (Array.isArray(flat.enum) ? (flat.enum as unknown[]) : undefined);
  const out: PlanParam = {
    name: param.name,
    // "Must not be null." under `required: false` (Jira's removeWatcher username): required all the same.
    required: param.required || mustBeGiven(param.description),
    schema,
    sayable: isSayable(schema),
    idLike: isIdLike(param.name, schema, param.description ?? ''),
    violable:
      schemaType(flat) !== undefined || Array.isArray(flat.enum) || typeof flat.format === 'string' || typeof flat.pattern === 'string',
  };
  if (param.description !== undefined) out.description = param.description;
  const example = param.example ?? flat.example;
  if (example !== undefined) out.example = example;
  if (defaultValue !== undefined && defaultValue !== null) out.default = defaultValue;
  if (enumValues !== undefined) out.enum = enumValues;
  return out;
}

function recordOperation(op: Operation, params: PlanParam[]): RecordOperation {
  const properties: Record<string, JsonSchema> = {};
  for (const p of params) properties[p.name] = p.schema;
  const required = params.filter((p) => p.required).map((p) => p.name);
  const description = [op.summary, op.description].filter((s): s is string => Boolean(s && s.trim())).join(' — ') || op.name;
  const record: RecordOperation = {
    name: op.name,
    api: op.api.name,
    description,
    method: op.method.toUpperCase(),
    path: op.path,
    parameters: required.length > 0 ? { type: 'object', properties, required } : { type: 'object', properties },
  };
  if (op.api.category) record.category = op.api.category;
  return record;
}

/** Names of identifiers whatever their schema says (`lineIds` as a list of strings). */
const ID_NAME = /(^|_)(id|ids|uuid|guid)$/;

export function planOperation(op: Operation): PlanOperation {
  const seen = new Set<string>();
  const params: PlanParam[] = [];
  for (const param of op.inputs) {
    if (param.in === 'header' || param.in === 'cookie' || isAuthParam(param.name, param.in) || seen.has(param.name)) continue;
    seen.add(param.name);
    params.push(planParam(withOneRecordId(withoutUnanchoredDistance(withRecordEnum(withListedValues(withRegionSrid31(param), op), op), op), op)));
  }
  return {
    id: op.id,
    operation: op,
    params: neededWhenBlank32(essential26(qualifiedBy25(params), op)), // before `required`: an id "within the workflow" needs its workflow
    required: params.filter((p) => p.required),
    // Page numbers, limits, cursors and raw codes ("the language is en") are no values a user volunteers.
    // Nor are opaque codes ("the line IDs are …"): nobody keeps them at hand.
    optional: params.filter((p) => !p.required && p.sayable && !isTechnicalParam(p.name) && !offsetByDescription32(p) && !isKindSwitch(p, op.effect) && !shapesResponse(p.description) && !(p.idLike && !isCoordinate(p.name)) && !ID_NAME.test(lastNameWord(p.name)) && !listsIds26(p)),
    record: recordOperation(op, params),
  };
}

/** The caller's own record (`GET /me`): one item, about the user, with nothing to say. */
const SELF_PATH = /\/(me|my|self|user|account|profile|whoami|current_?user)\/?$/i;

/**
 * Does `source` find the one record a chain continues with, from what the user says? The first source of a chain
 * takes only inputs a person can say (never another opaque code), and a source that returns a list is
 * filtered by a distinguishing detail the user states (`searchEvents {}` and taking its first event is a
 * silent pick). A source returning one record is fine when the chain already knows which (a by-id read in a
 * multi-hop chain) or when it is the user's own (`GET /me`).
 */
export function findsOneRecord(source: PlanOperation, edge: FeedEdge, first: boolean, target: PlanOperation, next: PlanOperation = target, crossesLater = false, pick = false): boolean {
  const o = source.operation;
  if (barredSource32(o) || pickedByServiceForOwn32(o, next.operation)) return false; // random, suggested, a write, curated (_speed32.ts)
  // Another service's record is about what the user named only when it resolves a place they name (a city to its
  // coordinates) or where they are (their IP's place), as is every lookup before it: a well's coordinates are not.
  if ((o.api.name !== next.operation.api.name || crossesLater) && !readsAcrossApis32(o)) return false;
  // An id the request itself needs (the order whose product is wanted) is one the user has; any other is not.
  if (first && source.required.some((p) => p.idLike && (isCoordinate(p.name) || !target.required.some((q) => sameMeaning(p, q))))) return false;
  const fromList = edge.chained.some((c) => c.output.includes('['));
  if (edge.chained.some((c) => identifiesOtherRecord(source, c.output) || codeOffUnrelatedList(source, c.output))) return false;
  // The user picks one of the records the source lists, by a name each of them carries (a field of the record
  // itself: the second author of the book picked would be a pick the user never made).
  if (pick) return fromList && edge.chained.every((c) => c.output.indexOf('[]') === c.output.lastIndexOf('[]') && namedItems(source, c.output));
  // A change to a record found by search (an update, a delete, an action on it) waits until the user saw which: a Pick.
  if (fromList && next.operation.effect !== 'read') return false;
  if (source.required.some(isDistinguishing) || source.optional.some(isDistinguishing)) return true;
  if (fromList) return false;
  return !first || (source.required.length === 0 && SELF_PATH.test(o.path));
}

const ITEM_NAME = /^(name|title|display_?name|full_?name|label|headline)$/i;

/** Do the items of the list holding `output` (`items[].id`) carry a name the user can pick them by (`items[].name`)? */
function namedItems(source: PlanOperation, output: string): boolean {
  const cut = output.lastIndexOf('[]');
  if (cut < 0) return false;
  const prefix = output.slice(0, cut + 2);
  return source.operation.outputs.some((f) => f.path.startsWith(prefix) && ITEM_NAME.test(f.path.slice(prefix.length).replace(/^\./, '')));
}

/** Names too generic to say two operations mean the same thing by them (an order's `id` is no product's `id`). */
const GENERIC_PARAM = /^(id|ids|name|title|code|key|type|value|uuid|slug|q|query|data|body|format|fields)$/;
/** Who owns the records of a chain (a repository owner's `username`) stays the same along it. */
const OWNER_PARAM = /(^|_)(user_?name|owner|login|handle|account|user)$/;

function numericOrSame(a: string | undefined, b: string | undefined): boolean {
  if (a === b) return true;
  return (a === 'integer' || a === 'number') && (b === 'integer' || b === 'number');
}

/** Do two parameters denote the same thing (same normalized name, compatible type)? */
export function sameMeaning(p: PlanParam, q: PlanParam): boolean {
  const name = lastNameWord(p.name);
  if (GENERIC_PARAM.test(name) || name !== lastNameWord(q.name)) return false;
  return numericOrSame(schemaType(flatSchema(p.schema)), schemaType(flatSchema(q.schema)));
}

/**
 * May `p` of `op` take a value already known for the same thing? Identifiers and owners name the same record
 * along a chain, and a lookup filters by what it is told; the other values of a write (a new name, a rate) are new.
 */
export function reusable(op: PlanOperation, p: PlanParam): boolean {
  return p.idLike || /^(get|delete|head)$/i.test(op.operation.method) || OWNER_PARAM.test(lastNameWord(p.name));
}

/**
 * Required params of `target` that mean the same as a required param of the operation called just before it
 * (`order_id` of a shipment lookup and of its products): the dialogue knows them once the source is called.
 * Map: target param -> source param.
 */
export function carriedParams(source: PlanOperation, target: PlanOperation, chained: ReadonlySet<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of target.required) {
    if (chained.has(p.name) || p.default !== undefined || !reusable(target, p)) continue;
    const q = source.required.find((candidate) => sameMeaning(p, candidate));
    if (q) out.set(p.name, q.name);
  }
  return out;
}

/**
 * Required inputs the user supplies (asked or given): all but the chained ones and the technical switches with a
 * spec default (`api-version: '1.0'`, sent as documented, see takesSpecDefault). A spec `default` or example on a
 * required content input is what a user might say, never a value to fill in unsaid (DESIGN.md invariant 3).
 */
export function userRequired(op: PlanOperation, chained: ReadonlySet<string>): PlanParam[] {
  return op.required.filter((p) => !chained.has(p.name) && !takesSpecDefault(p) && !kindSwitchAtDefault(p, op.operation.effect));
}

/** Required technical switches the call sends at their documented default (never asked, never said). */
export function defaultedRequired(op: PlanOperation, chained: ReadonlySet<string>): PlanParam[] {
  return op.required.filter((p) => !chained.has(p.name) && (takesSpecDefault(p) || kindSwitchAtDefault(p, op.operation.effect)));
}

const SEARCH_OPERATION = /\b(search|find|lookup|look up|filter|query|autocomplete)/i;
const searchWords = (op: PlanOperation): string => `${nameWords(op.operation.name)} ${op.operation.summary ?? ''}`;

/** Can `op`, receiving `chained` inputs from the operation before it, play a chain position with these needs? */
export function fitsPosition(op: PlanOperation, chained: ReadonlySet<string>, needs: PositionNeeds, source = false): boolean {
  const own = userRequired(op, chained);
  if (own.some((p) => !p.sayable || isPagingParam(p.name))) return false;
  if (!source && !carriesWhatItWrites(op, needs)) return false;
  const optional = op.optional.length;
  const rounds = Math.max(1, needs.askRounds);
  if (needs.asks && needs.gives) {
    if (!(own.length >= rounds + 1 || (own.length >= rounds && optional >= 1))) return false;
  } else if (needs.asks) {
    if (own.length < rounds) return false;
  } else if (needs.gives) {
    if (own.length + optional < 1) return false;
  } else if (own.length > 0) return false;
  // "Find customers by email or name", called with no email or name: a careful assistant asks first.
  // (A source is told the detail along with "I don't have its ID", see the planner's fail_inform turn.)
  else if (!source && SEARCH_OPERATION.test(searchWords(op)) && op.optional.some(isDistinguishing)) return false;
  // A guess the service rejects is a made-up key of a record it looks up (see _guess22.ts).
  if (needs.hallucination && !own.some((p) => isGuessKey(op, p))) return false;
  if (needs.schemaViolation) {
    const candidates = needs.gives ? [...own, ...op.optional] : own;
    if (!candidates.some((p) => p.violable)) return false;
  }
  return true;
}

/** Phrases that, said to a catalog of web APIs, usually match nothing: cannot-fulfil requests. */
export const OUT_OF_SCOPE_REQUESTS: readonly string[] = [
  'book me a haircut appointment for saturday',
  'water my houseplants while I am away',
  'translate my grandmother\'s handwritten letter',
  'fix the squeaky hinge on my kitchen cabinet',
  'remind my brother to call our aunt',
  'knit a scarf in dark green wool',
  'walk my dog around the park at noon',
  'repaint the bedroom ceiling white',
  'tune my acoustic guitar',
  'iron five shirts before monday',
  'teach my parrot to whistle a tune',
  'mow the lawn in the back garden',
  'clean the gutters on the roof',
  'bake sourdough bread with rye flour',
  'sew a button onto my winter coat',
  'assemble the wardrobe flat pack',
  'babysit the twins on friday evening',
  'defrost the freezer and sort the leftovers',
  'polish my leather boots',
  'carry the sofa up to the third floor',
];

/**
 * The field of the record a source finds that gives `input`: a value inside a list nested in that record (an
 * order's `consignments…line_items[].order_id`) is about another record, so it is the found record's own `id`
 * when `input` names the resource the source lists (`order_id` from `GET /orders`), and no field otherwise.
 */
function recordOwnField(source: PlanOperation, output: string, input: string): string | undefined {
  const firstList = output.indexOf(']');
  if (firstList < 0 || output.indexOf('[', firstList) < 0) return output;
  const top = output.slice(0, firstList + 1);
  const own = source.operation.outputs.find((f) => f.path === `${top}.id`);
  const resource = /^(.+)_id$/.exec(lastNameWord(input))?.[1];
  if (!own || !resource) return undefined;
  const segments = source.operation.path.split('/').filter((w) => w !== '' && !w.startsWith('{'));
  const listed = nameWords(segments[segments.length - 1] ?? '').replace(/ /g, '_');
  return listed === resource || listed === `${resource}s` || listed === `${resource}es` ? own.path : undefined;
}

/** Per target, the graph's edges into it with the fields a chain can carry (sorted: same graph, same catalog). */
function feedEdges(graph: GraphLike, byId: Map<string, PlanOperation>): Map<string, FeedEdge[]> {
  const feedsInto = new Map<string, FeedEdge[]>();
  const rawEdges: { source: string; target: string; attributes: EdgeAttributes }[] = [];
  graph.forEachEdge((_edge, attributes, source, target) => rawEdges.push({ source, target, attributes }));
  rawEdges.sort((a, b) => (a.target < b.target ? -1 : a.target > b.target ? 1 : a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  for (const { source, target, attributes } of rawEdges) {
    const to = byId.get(target);
    // Lookup flows use only lookups: a create or an action is never run to find a value.
    if (source === target || !to || !byId.has(source) || attributes.relation !== 'lookup') continue;
    const chained: FeedEdge['chained'] = [];
    const from = byId.get(source)!;
    // A source that needs the very value it would supply only echoes it back: "I don't know the latitude"
    // cannot be answered by an operation that asks for the latitude.
    const sourceNeeds = new Set(from.required.map((p) => p.name.toLowerCase()));
    for (const pair of attributes.pairs) {
      const leaf = pair.output.split(/[.[\]]+/).filter(Boolean).pop() ?? '';
      if (sourceNeeds.has(pair.input.toLowerCase()) || sourceNeeds.has(leaf.toLowerCase())) continue;
      const param = to.required.find((p) => p.name === pair.input);
      const output = recordOwnField(from, pair.output, pair.input);
      // One output feeds one input: two inputs from the same field (origin and destination) cannot differ.
      if (!param || !param.idLike || !param.sayable || output === undefined || batchIdList(to, param) || chained.some((c) => c.input === pair.input || c.output === output)) continue;
      chained.push({ input: pair.input, output, score: pair.score });
    }
    if (chained.length === 0) continue;
    // The fields beside a chained one describe the same thing: a city's `location.longitude` comes with its
    // `location.latitude`, so a target needing both takes both from that one item (never one asked, one found).
    for (const link of [...chained]) {
      const cut = link.output.lastIndexOf('.');
      const parent = cut < 0 ? '' : link.output.slice(0, cut + 1);
      for (const field of from.operation.outputs) {
        if (!field.path.startsWith(parent) || field.path.slice(parent.length).includes('.') || field.path.slice(parent.length).includes('[')) continue;
        const leaf = field.path.slice(parent.length);
        if (sourceNeeds.has(leaf.toLowerCase()) || chained.some((c) => c.output === field.path)) continue;
        const param = to.required.find((p) => p.idLike && p.sayable && p.default === undefined && !chained.some((c) => c.input === p.name) && lastNameWord(p.name) === lastNameWord(leaf));
        if (!param || !numericOrSame(schemaType(flatSchema(param.schema)), schemaType(flatSchema(field.schema)))) continue;
        chained.push({ input: param.name, output: field.path, score: link.score });
      }
    }
    // Half a pair found and half asked ("I know the longitude but not the latitude") is no lookup anyone needs.
    if (chained.some((c) => {
      const partner = coordinatePartner(to, to.params.find((p) => p.name === c.input)!);
      return partner !== undefined && partner.required && !chained.some((d) => d.input === partner.name);
    })) continue;
    const list = feedsInto.get(target) ?? [];
    list.push({ source, target, graphKind: attributes.kind, chained });
    feedsInto.set(target, list);
  }
  const readsOf = readsByResource(byId.values(), pathNouns);
  for (const [target, edges] of feedsInto) feedsInto.set(target, withoutDetourToSibling(byId.get(target)!, sourcesOfTheResource(byId.get(target)!, edges, byId), byId, readsOf, pathNouns));
  return feedsInto;
}

/**
 * Where several lookups give the same input, the one that lists the target's own resource is the one a careful
 * assistant uses: a title's episodes start from a title search, not from a search of people or deleted titles.
 * The others are dropped for that input; when none lists it (coordinates from any place lookup), all stay.
 */
function sourcesOfTheResource(target: PlanOperation, edges: FeedEdge[], byId: Map<string, PlanOperation>): FeedEdge[] {
  const resource = pathNouns(target)[0];
  if (resource === undefined || edges.length < 2) return edges;
  const lists = (edge: FeedEdge): boolean => pathNouns(byId.get(edge.source)!).slice(-1)[0] === resource;
  // Only a lookup that finds the record from what the user says (never one needing another code) replaces the others.
  const served = new Set(edges.filter((e) => lists(e) && findsOneRecord(byId.get(e.source)!, e, true, target)).flatMap((e) => e.chained.map((c) => c.input)));
  if (served.size === 0) return edges;
  return edges.filter((e) => lists(e) || !e.chained.some((c) => served.has(c.input)));
}

/** Per catalog's edges: does a lookup by what the user can say find `param` of `op` in one step? */
const directLookups = new WeakMap<Map<string, FeedEdge[]>, (op: PlanOperation, param: string) => boolean>();

/**
 * Would the user have to say a code nobody keeps at hand (`organizationId: "WCvawdHk6z"`) where a lookup by
 * something they can say exists? With `chained` inputs found by the chain, `op`'s other required identifiers
 * (coordinates aside) are what the user states: two or more at once never, and one only when no lookup by a
 * name, keyword or place finds it (then a chain flow plays that lookup instead).
 */
export function opaqueCodeJudge(feedsInto: Map<string, FeedEdge[]>, byId: Map<string, PlanOperation>): (op: PlanOperation, chained: ReadonlySet<string>) => boolean {
  // One judge of lookups per catalog (every flow's chains ask it the same questions again).
  const lookupFor = new Map<string, boolean>();
  const hasLookup = directLookups.get(feedsInto) ?? ((op: PlanOperation, param: string): boolean => {
    const key = `${op.id}\u0000${param}`;
    let found = lookupFor.get(key);
    if (found === undefined) {
      found = (feedsInto.get(op.id) ?? []).some((edge) => edge.chained.some((c) => c.input === param) && (findsOneRecord(byId.get(edge.source) as PlanOperation, edge, true, op) || listsTaxonomy(byId.get(edge.source), param)));
      lookupFor.set(key, found);
    }
    return found;
  });
  directLookups.set(feedsInto, hasLookup);
  return (op, chained) => {
    const stated = userRequired(op, chained);
    const codes = stated.filter((p) => (p.idLike || ID_NAME.test(lastNameWord(p.name)) || publicRecordCode(op, p)) && !isCoordinate(p.name));
    // A user who has an ID looked up for them (no event ID) has no other ID of that request (a ticket offer ID).
    if (codes.length >= 2 || (codes.length === 1 && (chained.size > 0 || hasLookup(op, codes[0]!.name) || publicRecordCode(op, codes[0]!)))) return true;
    // Nobody gives a latitude and a longitude where a place lookup (a geocoder) finds them from a place they name.
    return stated.some((p) => isCoordinate(p.name) && hasLookup(op, p.name));
  };
}

/** The chains of the catalog that fit a flow's positions, walking back from each target; capped (see below). */
function chainCandidates(flow: FlowShape, flows: FlowShape[], operations: PlanOperation[], byId: Map<string, PlanOperation>, feedsInto: Map<string, FeedEdge[]>, maxCandidates: number): ChainCandidate[] {
  const found: ChainCandidate[] = [];
  if (!flow.cannotFulfil) {
    const empty = new Set<string>();
    const last = flow.hops;
    const asksCode = opaqueCodeJudge(feedsInto, byId);
    const directLookup = directLookups.get(feedsInto)!;
    const fits = (op: PlanOperation, chained: ReadonlySet<string>, needs: PositionNeeds, source = false): boolean => fitsPosition(op, chained, needs, source) && !asksCode(op, chained);
    // Walk backwards from the target: position j receives `edge.chained` from position j-1.
    let targetLimit = Infinity;
    const apiOf = (id: string): string => (byId.get(id) as PlanOperation).operation.api.name;
    const crossesApis = (chain: string[]): boolean => chain.some((id, k) => k > 0 && apiOf(id) !== apiOf(chain[k - 1]!));
    const extendMiddle = (position: number, middle: PlanOperation, chain: string[], edges: FeedEdge[]): void => {
      for (const edge of feedsInto.get(middle.id) ?? []) {
        if (found.length >= maxCandidates || found.length >= targetLimit) return;
        if (chain.includes(edge.source)) continue;
        const source = byId.get(edge.source) as PlanOperation;
        if (!findsOneRecord(source, edge, position === 1, byId.get(chain[chain.length - 1]!)!, middle, crossesApis(chain), flow.positions[position - 1]!.pick)) continue;
        const chainedIn = new Set(edge.chained.map((c) => c.input));
        for (const name of carriedParams(source, middle, chainedIn).keys()) chainedIn.add(name);
        if (!fits(middle, chainedIn, flow.positions[position]!, true)) continue;
        const nextPosition = position - 1;
        if (nextPosition === 0) {
          if (!fits(source, empty, flow.positions[0]!, true)) continue;
          // A detour: the first lookup already gives what a later step needs (a city list holds the latitude): _detour.ts.
          if (chain.slice(1).some((id) => (feedsInto.get(id) ?? []).some((e) => e.source === edge.source)) || edges.some((e) => firstAlreadyGives(source, e))) continue;
          found.push({ operations: [edge.source, ...chain], edges: [edge, ...edges] });
        } else {
          extendMiddle(nextPosition, source, [edge.source, ...chain], [edge, ...edges]);
        }
      }
    };
    // Targets in a fixed pseudo-random order, and a cap per target, so that when the cap on candidates
    // is reached on a large catalog the kept chains still spread over the whole catalog.
    const order = Rng.for(0x5eed, operations.length, flows.indexOf(flow)).shuffle(operations);
    const perTarget = Math.max(20, Math.ceil(maxCandidates / 500));
    for (const target of order) {
      if (found.length >= maxCandidates) break;
      if (last === 0) {
        if (fits(target, empty, flow.positions[0]!)) found.push({ operations: [target.id], edges: [] });
        continue;
      }
      const before = found.length;
      targetLimit = before + perTarget;
      for (const edge of feedsInto.get(target.id) ?? []) {
        const source = byId.get(edge.source) as PlanOperation;
        if (!findsOneRecord(source, edge, last === 1, target, target, false, flow.positions[last - 1]!.pick)) continue;
        // A detour through another record (an aquifer via whatever well a tag search returns, a company via
        // whatever job a title search returns) where the record itself is found by what the user can say
        // (aquifers by name) is no route a careful assistant takes. Coordinates are the named place's own.
        if (last >= 2 && edge.chained.some((c) => !isCoordinate(c.input) && directLookup(target, c.input))) continue;
        const chainedIn = new Set(edge.chained.map((c) => c.input));
        for (const name of carriedParams(source, target, chainedIn).keys()) chainedIn.add(name);
        if (!fits(target, chainedIn, flow.positions[last]!)) continue;
        if (last === 1) {
          if (fits(source, empty, flow.positions[0]!, true)) found.push({ operations: [edge.source, target.id], edges: [edge] });
        } else {
          extendMiddle(last - 1, source, [edge.source, target.id], [edge]);
        }
        if (found.length >= maxCandidates || found.length - before >= perTarget) break;
      }
      if (found.length - before > perTarget) found.length = before + perTarget;
    }
  }
  return found;
}

/** Build the catalog once; every later lookup is cached inside it. */
export function createPlanCatalog(graph: GraphLike, options: CatalogOptions = {}): PlanCatalog {
  const ops: Operation[] = [];
  graph.forEachNode((_key, attributes) => ops.push(attributes.operation));
  ops.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const operations = ops.map(planOperation);
  numberParams(operations); // numbers written as text, in their shape (_numbered-params22.ts)
  const byId = new Map(operations.map((op) => [op.id, op]));

  const feedsInto = feedEdges(graph, byId);

  const retriever = createRetriever(ops);
  const definitions = options.flows ?? FLOW_TABLE;
  const flows = definitions.map((d) => analyzeFlow(d));
  const flowById = new Map(flows.map((f) => [f.definition.id, f]));
  const maxCandidates = options.maxCandidates ?? 20000;

  const candidateCache = new Map<string, ChainCandidate[]>();
  const candidates = (flowId: string): ChainCandidate[] => {
    const cached = candidateCache.get(flowId);
    if (cached) return cached;
    const flow = flowById.get(flowId);
    const found = flow ? chainCandidates(flow, flows, operations, byId, feedsInto, maxCandidates) : [];
    candidateCache.set(flowId, found);
    return found;
  };

  const intent = intentFinder(byId, retriever, options.speech);
  const intents = (operationId: string): IntentPhrases => {
    const phrases: IntentPhrases = {};
    for (const kind of ['clear', 'suggest', 'clarify', 'lookup'] as const) {
      const text = intent(operationId, kind);
      if (text !== undefined) phrases[kind] = text;
    }
    return phrases;
  };

  let outOfScopeCache: string[] | undefined;
  const outOfScope = (): string[] => {
    outOfScopeCache ??= OUT_OF_SCOPE_REQUESTS.filter((text) => classifyQuery(retriever, text).clarity === 'none');
    return outOfScopeCache;
  };

  const ajv = createAjv('plan');
  const validators = new Map<string, ValidateFunction | undefined>();
  // A quarter of the operations share their parameters schema with another: compiled once per text. A schema
  // with an `$id` is compiled on its own (a second compile of one id fails, and that failure is its answer).
  const byText = new Map<string, ValidateFunction | undefined>();
  const validator = (operationId: string): ValidateFunction | undefined => {
    if (validators.has(operationId)) return validators.get(operationId);
    const op = byId.get(operationId);
    const text = op ? JSON.stringify(op.record.parameters) : undefined;
    const shared = text !== undefined && !text.includes('"$id"');
    let compiled: ValidateFunction | undefined;
    if (shared && byText.has(text)) compiled = byText.get(text);
    else {
      try {
        compiled = op ? ajv.compile(op.record.parameters) : undefined;
      } catch {
        compiled = undefined;
      }
      if (shared) byText.set(text, compiled);
    }
    validators.set(operationId, compiled);
    return compiled;
  };

  return { operations, byId, feedsInto, retriever, flows, flowById, candidates, intents, intent, outOfScope, validator, maxCandidates };
}

/** Plain operations (no graph): single-operation flows only. */
export function createPlanCatalogFromOperations(operations: readonly Operation[], options: CatalogOptions = {}): PlanCatalog {
  return createPlanCatalog(
    {
      forEachNode: (callback) => {
        for (const op of operations) callback(op.id, { source: op.api.source, api: op.api.name, method: op.method, path: op.path, name: op.name, operation: op });
      },
      forEachEdge: () => undefined,
    },
    options,
  );
}

export interface ArgumentCheck {
  valid: boolean;
  errors: ErrorObject[];
  /** ajv's own message, e.g. `arguments/limit must be <= 50`; empty when valid. */
  text: string;
}

/** Validate call arguments against the operation's input schema with ajv (the same check a tool would make). */
export function validateArguments(catalog: PlanCatalog, operationId: string, args: Record<string, unknown>): ArgumentCheck {
  const validate = catalog.validator(operationId);
  if (!validate) return { valid: false, errors: [], text: `operation ${operationId} has no usable input schema` };
  const valid = validate(args) as boolean;
  const errors = valid ? [] : [...(validate.errors ?? [])];
  const text = valid ? '' : errorsText(errors);
  return { valid, errors, text };
}

/** ajv's own error text with the data called `arguments`. */
function errorsText(errors: ErrorObject[]): string {
  return ajvErrorsText(errors, 'arguments');
}
