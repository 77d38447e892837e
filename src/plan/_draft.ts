/**
 * The first phases of playing a flow over a chain, on an explicit draft: the intent phrases (1), where
 * every value comes from (2), reuse of values the dialogue already knows (2b), the mock values (3). Each
 * phase fills its part of the draft or says why the chain cannot be played. Random draws happen in this
 * order, from the draft's one generator: a change of order changes every dataset.
 */
import { drawnFor } from './_numbered-params22.ts';
import { idArgFitsApi } from './_param-ids23.ts';
import { stemmer } from 'stemmer';
import { mockParamValue } from './_mock.ts';
import { inDocumentedFormat, isCatchAllChoice, sortsFromNowhere } from './_documented-values.ts'; import { forbiddenDefault33 } from './_values233.ts';
import { fitDateWindows, fitSpanValues, orderRangeValues } from './_ranges.ts'; import { settleUserValues25 } from './_work-years25.ts';
import { addCityToAddress } from './_geocode.ts';
import { coordinatePartner, isCoarsePlace, isCoordinate, isDistinguishing, lastNameWord, NAMING_PARAM } from './_params.ts';
import type { Rng } from '../random/index.ts';
import { contentParams, isWrite } from './_writes.ts';
import { writtenRecordId } from './_record-ids19.ts';
import { isDestructive, optionalSearchTerm, saysSearchTerm, volunteerable, withoutLoneRadius } from './_ask.ts';
import { isKindSwitch } from './_switches.ts';
import { isPlaceResolver } from './_places.ts';
import { kindFromRequest, searchedKind, selectChainedSection } from './_kinds.ts';
import { containsWords, normalized } from './_said.ts';
import { codeListedBy, isCallerOwn, namesOtherSource, requiredOneOf } from './_whose.ts';
import { currentWorld, placeNamedIn } from '../world/index.ts'; import { ownBusinessByName26 } from './_own-business26.ts'; import { sentDefault26 } from './_english26.ts';
import { namesOneThing } from './_chained-names17.ts';
import { carriedParams, defaultedRequired, reusable, sameMeaning, userRequired, validateArguments, type ChainCandidate, type PlanCatalog, type PlanOperation, type PlanParam } from './catalog.ts';
import type { FlowShape } from './flows.ts';
import { tokenize } from './retriever.ts';
import { fitDependents } from './_dependent.ts';
import { randomKeyWithoutDirection } from './_sort-key23.ts';
import { severalIds } from './_many-ids.ts';
import { memoized } from '../text/memo.ts';
import { domainWords } from './_kinds18.ts';

/** What a search the user picks from is searched by: a place or a kind, which several records fit (a keyword is most often a name). */
const PICK_FILTER = /^(city|town|location|place|near|area|genre|category|topic)$/i;

/** Words a user turn may contain anyway: a masked string value must not be one of them. */
const COMMON_WORDS = new Set(
  ('a i am an as at be by do go he hi id if in is it me my no of oh ok on or so to up us we ' +
    'the and for you your with that this have not but are was can what which when where who how all any one two yes sure okay ' +
    'please thanks thank know sorry idea need want like help find look get give tell about there here some more time day').split(' '));

const operationStemCache = new WeakMap<PlanOperation, { asTarget: string[]; asSource?: string[] }>();

/** Stems of an operation's parameter names (and, as a source, of its lookup phrase); cached. */
function operationStems(catalog: PlanCatalog, op: PlanOperation, asTarget: boolean): string[] {
  let cached = operationStemCache.get(op);
  if (!cached) {
    cached = { asTarget: [...new Set(op.params.flatMap((p) => stems(p.name)))] };
    operationStemCache.set(op, cached);
  }
  if (asTarget) return cached.asTarget;
  if (!cached.asSource) {
    const lookup = catalog.intent(op.id, 'lookup');
    cached.asSource = lookup ? [...new Set([...cached.asTarget, ...stems(lookup)])] : cached.asTarget;
  }
  return cached.asSource;
}

/** Porter stems of every word (stop words kept: a value "show" must not hide in "shows"); kept per phrase, phrases recur. */
const stems = memoized((text: string): readonly string[] => tokenize(text).map((word) => stemmer(word)));

export interface Assigned {
  op: PlanOperation;
  chainedIn: Map<string, { from: string; output: string }>;
  given: PlanParam[];
  asked: PlanParam[];
  defaulted: PlanParam[];
  values: Map<string, unknown>;
  /** Params whose value is one already known in the dialogue: they take it from `position`'s `param`. */
  shared: Map<string, { position: number; param: string }>;
}

/** The concrete path of a field named `name` (at any depth, lists included) whose value is `value`; undefined if none. */
export function pathOfValue(result: unknown, name: string, value: unknown): string | undefined {
  const want = JSON.stringify(value);
  const wanted = lastNameWord(name);
  const walk = (node: unknown, path: string): string | undefined => {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const found = walk(node[i], `${path}[${i}]`);
        if (found !== undefined) return found;
      }
      return undefined;
    }
    if (node === null || typeof node !== 'object') return undefined;
    const entries = Object.entries(node as Record<string, unknown>);
    for (const [key, child] of entries) {
      if (lastNameWord(key) === wanted && JSON.stringify(child) === want) return path === '' ? key : `${path}.${key}`;
    }
    for (const [key, child] of entries) {
      if (child !== null && typeof child === 'object') {
        const found = walk(child, path === '' ? key : `${path}.${key}`);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  };
  return walk(result, '');
}

const contexts = new WeakMap<object, string>();
/** The words around an operation's values (summary, name, path; a scripture API's word), lower-case and space-separated. */
export function operationContext(o: PlanOperation['operation']): string {
  let context = contexts.get(o);
  if (context === undefined) {
    context = `${o.summary ?? ''} ${lastNameWord(o.name)} ${o.path}${domainWords(o)}`.toLowerCase().replace(/[^a-z0-9]+/g, ' ');
    contexts.set(o, context);
  }
  return context;
}

const SEARCH_TERM_PARAM = /(^|_)(q|query|keyword|keywords|search|term|terms)$/;
const searchContexts = new WeakMap<object, string>();
/**
 * A search term is of the operation's own resource: without a summary, its description's first sentence says
 * what is searched ("Make a full grid search and get the ranking of a specific business…" → a trade).
 */
function searchContext(o: PlanOperation['operation']): string {
  let context = searchContexts.get(o);
  if (context === undefined) {
    const first = o.summary ? '' : (o.description ?? '').split(/(?<=[.!?])\s/)[0]!.slice(0, 200).toLowerCase().replace(/[^a-z0-9]+/g, ' ');
    context = first.trim() === '' ? operationContext(o) : `${operationContext(o)} \u0001${first}\u0001`;
    searchContexts.set(o, context);
  }
  return context;
}

export function paramHints(op: PlanOperation, p: PlanParam, exampleRate?: number) {
  const o = op.operation;
  return {
    name: p.name,
    // An undocumented `{property}` that the operation's description documents ("Possible values are "hd", …").
    ...(p.description ? { description: p.description } : o.description?.includes(`{${p.name}}`) ? { description: o.description } : p.description !== undefined ? { description: p.description } : {}),
    ...(p.example !== undefined ? { example: p.example } : {}),
    ...(p.default !== undefined ? { default: p.default } : {}),
    context: SEARCH_TERM_PARAM.test(lastNameWord(p.name)) ? searchContext(o) : operationContext(o),
    owner: p.schema,
    ...(exampleRate !== undefined ? { exampleRate } : {}),
  };
}

/** One dialogue in the making: the flow, its chain, and what each phase decided so far. */
export interface Draft {
  catalog: PlanCatalog;
  flow: FlowShape;
  candidate: ChainCandidate;
  rng: Rng;
  seed: number;
  index: number;
  chainIds: string[];
  ops: PlanOperation[];
  target: PlanOperation | undefined;
  hops: number;
  /** Phase 1: what the user says to start (the retriever agrees with each). */
  clearPhrase: string | undefined;
  vaguePhrase: string | undefined;
  outOfScope: string | undefined;
  userPhrases: string[];
  /** Phases 2–3: per chain position, which values are given, asked, chained, shared, defaulted, and their values. */
  assigned: Assigned[];
}

export function startDraft(catalog: PlanCatalog, flow: FlowShape, candidate: ChainCandidate, rng: Rng, seed: number, index: number): Draft {
  const chainIds = candidate.operations;
  const ops = chainIds.map((id) => catalog.byId.get(id) as PlanOperation);
  return { catalog, flow, candidate, rng, seed, index, chainIds, ops, target: ops[ops.length - 1], hops: flow.hops, clearPhrase: undefined, vaguePhrase: undefined, outOfScope: undefined, userPhrases: [], assigned: [] };
}

/** Phase 1: intent phrases the retriever agrees with. */
export function chooseIntents(draft: Draft): string | undefined {
  const { catalog, flow, ops, target, rng } = draft;
  // 1. Intent phrases the retriever agrees with.
  let clearPhrase: string | undefined;
  let vaguePhrase: string | undefined;
  let outOfScope: string | undefined;
  if (flow.cannotFulfil) {
    const phrases = catalog.outOfScope();
    if (phrases.length === 0) return 'every cannot-fulfil request matches something in the catalog';
    outOfScope = rng.pick(phrases);
  } else {
    const needsClear = flow.callsTarget || flow.clarify;
    if (needsClear) {
      clearPhrase = catalog.intent(target!.id, flow.hops > 0 ? 'unkeyed' : 'clear'); // a user lacking the input never asks "by" it
      if (!clearPhrase) return `${target!.id}: the retriever ranks no intent phrase clearly first${flow.hops > 0 ? ' without naming an input the user lacks' : ''}`;
    }
    if (flow.suggest) {
      // To a vague opening the assistant proposes a read or asks; it never offers to delete or cancel unasked.
      if (isDestructive(target!)) return `${target!.id}: a vague request is never answered by proposing to ${target!.operation.effect === 'delete' ? 'delete' : 'cancel or remove'} something`;
      vaguePhrase = catalog.intent(target!.id, 'suggest');
      if (!vaguePhrase) return `${target!.id}: no vague phrase lets the retriever suggest it`;
    } else if (flow.clarify) {
      vaguePhrase = catalog.intent(target!.id, 'clarify');
      if (!vaguePhrase) return `${target!.id}: no vague phrase keeps it among ambiguous results`;
    }
    for (const op of ops.slice(0, -1)) if (!catalog.intent(op.id, 'lookup')) return `${op.id}: the retriever cannot find it as a source`;
  }
  const userPhrases = [clearPhrase, vaguePhrase].filter((p): p is string => Boolean(p)).map(normalized);
  Object.assign(draft, { clearPhrase, vaguePhrase, outOfScope, userPhrases });
  return undefined;
}

/** Phase 2: where every value of every chain position comes from (given, asked, chained in, carried, defaulted). */
export function assignSources(draft: Draft): string | undefined {
  const { flow, ops, hops, chainIds, candidate, rng, assigned } = draft;
    for (let j = 0; j <= hops; j++) {
      const op = ops[j] as PlanOperation;
      const needs = flow.positions[j]!;
      const chainedIn = new Map<string, { from: string; output: string }>();
      if (j > 0) for (const c of candidate.edges[j - 1]!.chained) chainedIn.set(c.input, { from: chainIds[j - 1]!, output: c.output });
      // A value whose spec names the endpoint it comes from ("returned in …/products/list") comes from that one.
      for (const input of chainedIn.keys()) {
        const p = op.params.find((q) => q.name === input);
        if (p && namesOtherSource(p, ops[j - 1]!.operation.path)) return `${op.id}: its spec says where ${input} comes from, and it is not ${chainIds[j - 1]}`;
      }
      // What the operation before this one was told or found (the order of a shipment is the order of its products).
      const carried = j > 0 ? carriedParams(ops[j - 1]!, op, new Set(chainedIn.keys())) : new Map<string, string>();
      // The caller's own record (`GET /me`, their IP's place) is never the one the user has in mind: it only
      // lists what the user then picks from (their playlists), never stands in for someone or somewhere else.
      if (j < hops && !needs.pick && isCallerOwn(op)) return `${op.id}: the caller's own record never supplies a value about what the user has in mind`;
      const own = userRequired(op, new Set([...chainedIn.keys(), ...carried.keys()]));
      // A filter the spec requires in prose ("at least one of `balanceAccountId`, …") is one the call needs.
      const oneOf = requiredOneOf(op);
      let ownGrew = false;
      if (oneOf.length > 0 && !oneOf.some((p) => chainedIn.has(p.name) || carried.has(p.name))) {
        const sayable = oneOf.filter((p) => p.sayable);
        if (sayable.length === 0) return `${op.id}: the spec requires one of ${oneOf.map((p) => p.name).join(', ')}, and none can be said`;
        // The one the request names ("transactions related to a balance account" → `balanceAccountId`).
        const words = (q: PlanParam): string => lastNameWord(q.name).replace(/_(id|ids|code|key)$/, '').replace(/_/g, ' ');
        const named = sayable.filter((q) => draft.userPhrases.some((phrase) => containsWords(phrase.toLowerCase(), words(q))));
        own.push(rng.pick(named.length > 0 ? named : sayable));
        ownGrew = true;
      }
      // Required values come from the user or a tool result (see userRequired), but for technical switches
      // with a documented default (an API version), which a careful assistant sends as documented.
      const defaulted = defaultedRequired(op, new Set([...chainedIn.keys(), ...carried.keys()]));
      const spare = withoutLoneRadius(ownGrew ? volunteerable(op).filter((p) => !own.includes(p)) : volunteerable(op), own);
      let given: PlanParam[] = [];
      let asked: PlanParam[] = [];
      if (needs.gives && needs.asks) {
        const rounds = Math.max(1, needs.askRounds);
        if (own.length >= rounds + 1) {
          const k = rng.int(rounds, own.length - 1);
          const shuffled = rng.shuffle(own);
          asked = shuffled.slice(0, k);
          given = shuffled.slice(k);
          given.push(...rng.sample(spare, rng.int(0, Math.min(1, spare.length))));
        } else {
          asked = own;
          given = rng.sample(spare, rng.int(Math.min(1, spare.length), Math.min(2, spare.length)));
        }
      } else if (needs.gives) {
        given = [...own, ...rng.sample(spare, rng.int(own.length === 0 ? Math.min(1, spare.length) : 0, Math.min(2, spare.length)))];
      } else if (needs.asks) {
        asked = own;
      }
      // A source that finds the chain's record is told which one: a distinguishing detail the user states
      // (asked with the source's other values, or said along with "I don't have its ID"), never a silent pick.
      // A source the user picks from (`call Pick Inf`) lists a few records instead. A country or a region holds many
      // places: it alone never tells which one (the user names a city).
      const telling = (p: Parameters<typeof isDistinguishing>[0]): boolean => isDistinguishing(p) && !isCoarsePlace(p);
      if (j < hops && !needs.pick && !own.some(telling) && !given.some(telling)) {
        const all = op.optional.filter(telling);
        const naming = all.filter((p) => NAMING_PARAM.test(lastNameWord(p.name)));
        // A search is told its term (`q`, `title`) rather than a side filter (a country code narrows nothing).
        const term = optionalSearchTerm(op);
        const details = term && telling(term) ? [term] : naming.length > 0 ? naming : all;
        const fromList = candidate.edges[j]!.chained.some((c) => c.output.includes('['));
        if (details.length > 0 && (j === 0 || fromList)) (needs.asks ? asked : given).push(rng.pick(details));
      } else if (j < hops && needs.pick && !own.some(telling) && !given.some(telling)) {
        // A search the user picks from is still searched by what they said (a place, a date, a keyword; a name
        // last, since records sharing a name are rarer): the listed records all fit it.
        // Never a name, an email or a date code: one record would match it, and the question would not be real.
        const details = op.optional.filter((p) => telling(p) && PICK_FILTER.test(lastNameWord(p.name)));
        if (details.length > 0) (needs.asks ? asked : given).push(rng.pick(details));
      }
      // A search is searched by what the user wants: its term is said or asked, never left out (called empty it
      // returns arbitrary records, and a pick among them answers nothing the user asked).
      const term = optionalSearchTerm(op);
      if (term && !chainedIn.has(term.name) && !carried.has(term.name) && !saysSearchTerm([...given, ...asked])) {
        if (needs.asks) asked.push(term);
        else if (needs.pick && !given.some(telling)) return `${op.id}: a search the user picks from is never called without its ${term.name}`;
        else if (needs.gives || (j < hops && !needs.pick)) given.push(term);
      }
      // A search by a name lists the one record of that name: a pick among it and others asks nothing, and the
      // others do not fit what was said. Only a search by what several records share (a city, a genre) is picked from.
      if (needs.pick && [...given, ...asked].some((p) => saysSearchTerm([p]) && !PICK_FILTER.test(lastNameWord(p.name)))) return `${op.id}: a search by name finds the one record named, so there is nothing to pick`;
      // A write carries what it writes: the user states or is asked one of the values it sets.
      if (j === hops && isWrite(op)) {
        const content = contentParams(op);
        const says = (p: PlanParam): boolean => given.includes(p) || asked.includes(p) || chainedIn.has(p.name) || carried.has(p.name);
        // A path that names no record (`POST /subaccounts/update.json`) is told which one by its id.
        const record = writtenRecordId(op, content);
        if (record && !says(record)) (needs.asks ? asked : given).push(record);
        const values = op.operation.effect === 'delete' ? [] : content.filter((p) => p !== record);
        // What is written is named plainly (`key`, `value`, `street_1`); `workflowName` picks where, not what.
        const plain = values.filter((p) => WRITTEN_VALUE.test(lastNameWord(p.name)));
        const written = plain.length > 0 ? plain : values.filter((p) => WRITTEN_SUFFIX.test(lastNameWord(p.name)));
        const wanted = written.length > 0 ? written : values;
        // A write whose required content is already said (a refund's reason) is not asked an optional free text
        // on top ("the reason and the note"): a note is the user's to add, never one the assistant requests.
        const carriesRequired = values.some((p) => p.required && says(p));
        if (wanted.length > 0 && !wanted.some(says) && !(carriesRequired && wanted.every((p) => !p.required))) {
          // An aside (a note, a comment) is written only when nothing else is: its text depends on the whole story.
          const spoken = wanted.filter((p) => !isOptionalFreeText(p));
          const chosen = rng.pick(spoken.length > 0 ? spoken : wanted);
          if (!(needs.asks && isOptionalFreeText(chosen))) (needs.asks ? asked : given).push(chosen);
          else if (needs.gives) given.push(chosen);
        }
      }
      // A code the API lists with no input (`genreId` while `listMovieGenres` exists) is looked up, never stated.
      for (const p of [...given, ...asked]) {
        const list = codeListedBy(draft.catalog.operations, op, p);
        if (list) return `${op.id}: nobody states a ${p.name}; ${list.id} lists them`;
      }
      // Nobody knows raw coordinates ("the dropoff latitude is 55.9521"): a person names a place, and the
      // coordinates come from a chain (a geocoder, a place search) or not at all.
      const coordinate = [...given, ...asked].find((p) => isCoordinate(p.name));
      if (coordinate) return `${op.id}: nobody states the ${coordinate.name} coordinate; a place is named and looked up`;
      const paired = keepCoordinatesTogether(op, given, asked, Math.max(1, needs.askRounds), needs.asks);
      if (paired) return paired;
      if (needs.gives && given.length === 0 && own.length + op.optional.length > 0) return `${op.id}: nothing left to give with the request once coordinates are kept together`;
      if (needs.schemaViolation) {
        const pool = needs.gives ? given : asked;
        if (!pool.some((p) => p.violable)) {
          const extra = op.optional.find((p) => p.violable && !given.includes(p));
          if (!extra || !needs.gives) return `${op.id}: no argument whose schema can be broken`;
          given.push(extra);
        }
      }
      // Keep given in the operation's parameter order (stable, readable).
      const order = new Map(op.params.map((p, i) => [p.name, i]));
      given.sort((a, b) => order.get(a.name)! - order.get(b.name)!);
      asked.sort((a, b) => order.get(a.name)! - order.get(b.name)!);
      const shared = new Map([...carried].map(([name, from]) => [name, { position: j - 1, param: from }]));
      assigned.push({ op, chainedIn, given, asked, defaulted, values: new Map(), shared });
    }
  return undefined;
}

/** An optional free text (a note, a comment, a message): the user adds it or not; nobody is asked for it. */
const FREE_TEXT = /(^|_)(note|notes|comment|comments|message|memo|remark|remarks|description|body|text)$/;
function isOptionalFreeText(p: PlanParam): boolean {
  return !p.required && FREE_TEXT.test(lastNameWord(p.name));
}


/** Values that say what a write sets (a key, a name, an address), preferred over selectors (a mode, a type). */
const WRITTEN_VALUE = /^(name|key|title|value|text|content|description|comment|comments|message|body|note|notes|address|street|street_1|city|email|phone|status|state|label|tracking_number|amount|price|quantity|ip|pool)$/;
/** The same words at the end of a longer name (`first_name`, `shipping_method`): what is written, less plainly. */
const WRITTEN_SUFFIX = /(^|_)(name|key|title|value|text|content|description|comment|comments|message|body|note|notes|address|street|street_1|city|email|phone|status|state|label|tracking_number|amount|price|quantity|ip|pool)$/;

/**
 * Nobody says half a coordinate pair ("the latitude is 48.85" and then is asked the longitude): a pair is
 * given together or asked together. Edits `given` and `asked` in place; a string says the chain cannot keep it.
 */
function keepCoordinatesTogether(op: PlanOperation, given: PlanParam[], asked: PlanParam[], rounds: number, asks: boolean): string | undefined {
  for (const p of [...given]) {
    if (!given.includes(p)) continue;
    const partner = coordinatePartner(op, p);
    if (!partner || given.includes(partner)) continue;
    const drop = (list: PlanParam[], q: PlanParam): void => void list.splice(list.indexOf(q), 1);
    if (asked.includes(partner)) {
      if (asked.length - 1 >= rounds || !asks) {
        drop(asked, partner);
        given.push(partner);
      } else {
        drop(given, p);
        asked.push(p);
      }
    } else if (op.optional.includes(partner)) {
      given.push(partner);
    } else if (!p.required) {
      drop(given, p);
    } else {
      return `${op.id}: ${p.name} would be said without ${partner.name}`;
    }
  }
  return undefined;
}

/** Phase 2b: a value the dialogue already knows is not asked again; contradictions reject the chain. */
export function reuseKnownValues(draft: Draft): string | undefined {
  const { flow, hops, assigned } = draft;
    // 2b. A value the dialogue already knows is not asked again. What the user gives with the request
    // serves every operation of the chain that needs the same thing (the order of a shipment is the order of
    // its products); otherwise a later operation reuses what an earlier one was told or found.
    if (hops > 0) {
      const targetA = assigned[hops]!;
      const drop = (a: Assigned, p: PlanParam): void => {
        a.asked = a.asked.filter((q) => q !== p);
        a.given = a.given.filter((q) => q !== p);
      };
      for (let j = 0; j < hops; j++) {
        const a = assigned[j]!;
        for (const p of [...a.asked, ...a.given]) {
          if (!reusable(a.op, p)) continue;
          const origin = targetA.given.find((q) => sameMeaning(p, q));
          if (!origin) continue;
          drop(a, p);
          a.shared.set(p.name, { position: hops, param: origin.name });
        }
        // The user states it with the request, yet a lookup was needed to find it: a contradiction.
        for (const name of a.chainedIn.keys()) {
          const p = a.op.params.find((q) => q.name === name)!;
          if (targetA.given.some((q) => sameMeaning(p, q))) return `${a.op.id}: ${name} is chained in but the user gives it with the request`;
        }
      }
      // One thing looked up twice ("I don't know the country code" for two operations in a row) is no chain.
      for (let j = 1; j < hops; j++) {
        for (const name of assigned[j]!.chainedIn.keys()) {
          const p = assigned[j]!.op.params.find((q) => q.name === name)!;
          for (let k = j + 1; k <= hops; k++) {
            for (const other of assigned[k]!.chainedIn.keys()) {
              if (sameMeaning(p, assigned[k]!.op.params.find((q) => q.name === other)!)) return `${assigned[k]!.op.id}: ${other} is looked up twice along the chain`;
            }
          }
        }
      }
      // A value the user says for one operation cannot be one they "don't know" for a later one.
      for (let j = 1; j <= hops; j++) {
        const a = assigned[j]!;
        for (const name of a.chainedIn.keys()) {
          const p = a.op.params.find((q) => q.name === name)!;
          for (let k = 0; k < j; k++) {
            const b = assigned[k]!;
            if ([...b.asked, ...b.given].some((q) => sameMeaning(p, q))) return `${a.op.id}: ${name} is chained in but the user states it for ${b.op.id}`;
          }
        }
      }
      for (let j = 1; j <= hops; j++) {
        const a = assigned[j]!;
        for (const p of [...a.asked, ...(j === hops ? [] : a.given)]) {
          if (!reusable(a.op, p)) continue;
          let origin: { position: number; param: string } | undefined;
          for (let k = j - 1; k >= 0 && !origin; k--) {
            const b = assigned[k]!;
            const known = [...b.asked, ...b.given, ...b.defaulted, ...b.op.params.filter((q) => b.chainedIn.has(q.name) || b.shared.has(q.name))];
            const q = known.find((candidate) => sameMeaning(p, candidate));
            if (q) origin = { position: k, param: q.name };
          }
          if (!origin) continue;
          drop(a, p);
          a.shared.set(p.name, origin);
        }
      }
      for (let j = 0; j <= hops; j++) {
        const a = assigned[j]!;
        const needs = flow.positions[j]!;
        if (needs.asks && a.asked.length < Math.max(1, needs.askRounds)) return `${a.op.id}: every value it would ask for is already known`;
        if (needs.schemaViolation && ![...(needs.gives ? a.given : a.asked)].some((p) => p.violable)) return `${a.op.id}: no argument whose schema can be broken`;
      }
    }
  return undefined;
}

const twins = new WeakMap<PlanParam, { op: PlanOperation; param: PlanParam } | null>();
/**
 * A path parameter right after a collection (`/wells/{tag}/files`) names one item of it: it takes the value of the
 * id another operation of the API names there (`/wells/{well_tag_number}`), never a topic ("space exploration").
 */
function collectionIdTwin(catalog: PlanCatalog, op: PlanOperation, p: PlanParam): { op: PlanOperation; param: PlanParam } | undefined {
  const had = twins.get(p);
  if (had !== undefined) return had ?? undefined;
  const collection = new RegExp(`/([A-Za-z_-]+)/\\{${p.name.replace(/[^A-Za-z0-9_]/g, '')}\\}`).exec(op.operation.path)?.[1];
  let found: { op: PlanOperation; param: PlanParam } | null = null;
  // Only a plural collection (`/wells/{tag}`): `/type/{type}` is a switch, not an item of a collection.
  if (collection !== undefined && /[a-z]s$/.test(collection)) {
    const prefix = `/${collection}/{`;
    for (const other of catalog.operations) {
      if (other.operation.api.name !== op.operation.api.name) continue;
      const at = other.operation.path.indexOf(prefix);
      if (at < 0) continue;
      const name = other.operation.path.slice(at + prefix.length, other.operation.path.indexOf('}', at));
      const param = other.params.find((q) => q.name === name && q.idLike && q.name !== p.name);
      if (param) {
        found = { op: other, param };
        break;
      }
    }
  }
  twins.set(p, found);
  return found ?? undefined;
}

/** The search term an earlier operation of the same API was sent in this chain, if any. */
function earlierSearchTerm(assigned: Draft['assigned'], j: number): string | undefined {
  const api = assigned[j]!.op.operation.api.name;
  for (let k = j - 1; k >= 0; k--) {
    const b = assigned[k]!;
    if (b.op.operation.api.name !== api) continue;
    const p = [...b.given, ...b.asked].find((q) => SEARCH_TERM_PARAM.test(lastNameWord(q.name)) && typeof b.values.get(q.name) === 'string');
    if (p) return b.values.get(p.name) as string;
  }
  return undefined;
}

/** Phase 3: values, schema-valid, distinct from each other, masked ones absent from what the user says first. */
export function drawValues(draft: Draft): string | undefined {
  const { catalog, ops, target, rng, assigned, userPhrases } = draft;
    // 3. Values: schema-valid, distinct from each other, masked ones absent from the intent phrases.
    const taken = new Set<string>();
    for (const a of assigned) for (const p of a.defaulted) taken.add(normalized(p.default));
    // Stems of what may be said before a masked value is: the planned phrases ("artist" leaks into "Get followed artists"), the sources' lookup phrases and the words naming every slot ("the playlist ID").
    const phraseStems = new Set(userPhrases.flatMap(stems));
    for (const op of ops) for (const word of operationStems(catalog, op, op === target)) phraseStems.add(word);
    const leaksAWord = (value: unknown): boolean =>
      (Array.isArray(value) ? value : [value]).some((leaf) => {
        const text = normalized(leaf);
        return text !== '' && !text.includes(' ') && phraseStems.has(stemmer(text));
      });
    let unavoidable: string | undefined;
    // A place lookup that feeds the chain is planned in the dialogue's city (its coordinates are drawn there): what the user asks it for names no other city ("Praça do Comércio, Lisbon" answered in Vancouver).
    const feeding = new Set(assigned.slice(0, -1).filter((a) => isPlaceResolver(a.op.operation)).map((a) => a.op));
    const home = currentWorld()?.places[0];
    const namesOtherCity = (op: PlanOperation, value: unknown): boolean => {
      if (typeof value !== 'string' || home === undefined || !feeding.has(op)) return false;
      const named = placeNamedIn(value);
      return named !== undefined && named.city !== home.city;
    };
    const draw = (op: PlanOperation, p: PlanParam, masked: boolean, searched?: string, noExample = false): unknown => {
      let value: unknown;
      let clean = false;
      for (let attempt = 0; attempt < 8 && !clean; attempt++) {
        // A search for one kind of thing is searched by a thing of that kind, never the spec's example of another.
        const twin = searched === undefined && !p.idLike ? collectionIdTwin(catalog, op, p) : undefined;
        const rate = attempt > 3 || noExample ? 0 : undefined;
        const hints = searched !== undefined ? { name: p.name, context: searched, exampleRate: 0 } : twin ? { ...paramHints(twin.op, twin.param, rate), owner: p.schema } : paramHints(op, p, rate);
        value = idArgFitsApi(inDocumentedFormat(drawnFor(p, twin?.param, (schema) => mockParamValue(schema, hints, rng)), p.schema), op, p, catalog.operations, rng); // a text `tag` beside the integer `well_tag_number` is its number (_numbered-params22.ts)
        if ((isCatchAllChoice(value, p.schema) || sortsFromNowhere(op.operation, p.name, value) || forbiddenDefault33(op.operation, value)) && attempt < 7) continue; // no "the reason is other", no "by distance" from nowhere, no "Default Pool" deleted where the description forbids it (_values233.ts)
        const text = normalized(value);
        if (taken.has(text)) continue;
        if (masked && (userPhrases.some((phrase) => containsWords(phrase, text)) || leaksAWord(value))) continue;
        if (text === '') continue;
        if (namesOtherCity(op, value)) continue;
        // Nor inside another value, or another inside it (spec examples reuse ids: "a,b,c" and "c").
        if (masked && [...taken].some((other) => containsWords(other, text) || containsWords(text, other))) continue;
        // A masked value must be told apart from ordinary words, or any sentence would "leak" it.
        if (masked && typeof value === 'string' && (text.length < 2 || COMMON_WORDS.has(text))) continue;
        clean = true;
      }
      if (!clean && masked) unavoidable ??= `${op.id}: no value of ${p.name} stays out of what the user says before it is asked`;
      taken.add(normalized(value));
      return value;
    };
    // What the user says is drawn first: an earlier operation may share a value the request gives.
    assigned.forEach((a, j) => {
      for (const p of a.defaulted) a.values.set(p.name, sentDefault26(p)); // a language switch in English (_english26.ts)
      for (const p of [...a.given, ...a.asked]) a.values.set(p.name, severalIds(p, draw(a.op, p, a.asked.includes(p)), () => draw(a.op, p, a.asked.includes(p))));
      fitDependents(a);
      randomKeyWithoutDirection([...a.given, ...a.asked], a.values, (p) => draw(a.op, p, a.asked.includes(p))); // never "in random order, in descending order"
      settleUserValues25(a.values);
      addCityToAddress(operationContext(a.op.operation), a.values, home?.city);
      if (fitDateWindows(a.op.params, a.op.operation, a.values)) orderRangeValues(a.values);
      fitSpanValues(a.op.params, a.values);
      const mustAsk = Math.max(1, draft.flow.positions[j]!.askRounds) * (draft.flow.positions[j]!.asks ? 1 : 0);
      if (j < assigned.length - 1) unavoidable ??= selectChainedSection(a, draft.candidate.edges[j]!.chained, mustAsk);
      unavoidable ??= kindFromRequest(a, userPhrases, mustAsk);
      // A search told its kind (`type: playlist`) is searched by a thing of that kind: the spec's track example
      // ("Doxy by Miles Davis remaster") is no playlist's name and no artist.
      const searched = searchedKind(a);
      if (searched !== undefined) for (const p of [...a.given, ...a.asked]) if (SEARCH_TERM_PARAM.test(lastNameWord(p.name))) a.values.set(p.name, draw(a.op, p, a.asked.includes(p), searched));
      // A later search of the same API about what the first one found (a grid ranking for the tailor found by
      // "tailors") is searched by that same keyword, never the spec's "web design".
      const firstQuery = j > 0 && searched === undefined ? earlierSearchTerm(assigned, j) : undefined;
      if (firstQuery !== undefined) for (const p of [...a.given, ...a.asked]) if (SEARCH_TERM_PARAM.test(lastNameWord(p.name)) && typeof a.values.get(p.name) === 'string') a.values.set(p.name, firstQuery);
    }); ownBusinessByName26(assigned, home?.city); // the user's business by its name, the ranking by its trade (_own-business26.ts)
    const origins = new Set(assigned.flatMap((a) => [...a.shared.values()].map((o) => `${o.position}\u0000${o.param}`)));
    for (let j = 0; j < assigned.length; j++) {
      const a = assigned[j]!;
      for (const [name, origin] of a.shared) a.values.set(name, assigned[origin.position]!.values.get(origin.param));
      for (const [name, link] of a.chainedIn) {
        const p = a.op.params.find((q) => q.name === name)!;
        // A source that echoes one of its own inputs (`location.lat` after a call with `lat`) returns that value.
        const leaf = link.output.split(/[.[\]]+/).filter(Boolean).pop() ?? '';
        const echoed = link.output.includes('[]') ? undefined : assigned[j - 1]?.values.get(leaf);
        // A chain that comes back to something the dialogue already named (the company whose jobs were
        // listed, the coordinates first asked for) finds that same value again.
        let known: unknown;
        for (let k = j - 1; k >= 0 && known === undefined; k--) {
          const b = assigned[k]!;
          const q = b.op.params.find((candidate) => b.values.has(candidate.name) && !b.defaulted.includes(candidate) && sameMeaning(p, candidate));
          if (q) known = b.values.get(q.name);
        }
        a.values.set(name, echoed !== undefined ? echoed : known !== undefined ? known : draw(a.op, p, true, undefined, namesOneThing(p))); // never "Ubisoft" for another (_chained-names17.ts)
      }
      if (unavoidable) return unavoidable;
      const args = Object.fromEntries(a.values);
      const check = validateArguments(catalog, a.op.id, args);
      if (!check.valid) {
        // One redraw of everything that is not a default, then give up on this chain.
        for (const p of [...a.given, ...a.asked]) if (!origins.has(`${j}\u0000${p.name}`)) a.values.set(p.name, draw(a.op, p, a.asked.includes(p)));
        for (const name of a.chainedIn.keys()) a.values.set(name, draw(a.op, a.op.params.find((q) => q.name === name)!, true));
        const again = validateArguments(catalog, a.op.id, Object.fromEntries(a.values));
        if (!again.valid) return `${a.op.id}: mock arguments fail its schema (${again.text})`;
      }
    }
  return undefined;
}
