/**
 * The planner: from the catalog and (seed, index), choose a flow, a chain of operations, where every
 * parameter value comes from, the mock values and tool results, and lay out every turn with its action,
 * call and dialogue state. Everything random comes from one pure-rand generator seeded by (seed, index).
 */
import { readFileSync } from 'node:fs';
import { mockParamValue, buildResult, schemaViolations, lastNameWord, valueAtPath } from './_mock.ts';
import { Rng } from './_rng.ts';
import { carriedParams, reusable, sameMeaning, userRequired, validateArguments, type ChainCandidate, type PlanCatalog, type PlanOperation, type PlanParam } from './catalog.ts';
import { DEFAULT_FLOW_MIX, type FlowShape } from './flows.ts';
import { stemmer } from 'stemmer';
import { tokenize } from './retriever.ts';
import type {
  AssistantTurn,
  DialoguePlan,
  DialogueState,
  FlowFamily,
  ParamRef,
  RecordOperation,
  SelfCorrectionKind,
  Slot,
  ToolTurn,
  Turn,
  UserTurn,
} from './types.ts';
import type { EdgeKind } from '../graph/types.ts';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
export const GENERATOR = `dialforge@${VERSION}`;

export type FlowMix = Partial<Record<FlowFamily, number>>;

export interface PlanOptions {
  seed: number;
  index: number;
  /** Weight per family; a family left out gets 0. Default DEFAULT_FLOW_MIX. */
  mix?: FlowMix;
  /** Play exactly this flow id (ignores `mix`). */
  flow?: string;
  /** Chains tried before the dialogue is rejected (default 24). */
  attempts?: number;
}

export interface RejectedPlan {
  rejected: string;
  index: number;
  flow?: string;
  family?: FlowFamily;
}

export type PlanOutcome = DialoguePlan | RejectedPlan;

export function isRejected(outcome: PlanOutcome): outcome is RejectedPlan {
  return 'rejected' in outcome;
}

/** Which flows the catalog can play at all (they have at least one structural chain). */
export function feasibleFlows(catalog: PlanCatalog): FlowShape[] {
  let feasible = feasibleCache.get(catalog);
  if (!feasible) {
    feasible = catalog.flows.filter((flow) => (flow.cannotFulfil ? catalog.outOfScope().length > 0 : catalog.candidates(flow.definition.id).length > 0));
    feasibleCache.set(catalog, feasible);
  }
  return feasible;
}

const feasibleCache = new WeakMap<PlanCatalog, FlowShape[]>();

/** Pick a flow: a family by `mix` weight (among families with a feasible flow), then a flow by its weight. */
function chooseFlow(catalog: PlanCatalog, mix: FlowMix, rng: Rng, exclude: ReadonlySet<string>): FlowShape | undefined {
  const byFamily = exclude.size === 0 ? feasibleByFamily(catalog) : groupByFamily(feasibleFlows(catalog).filter((f) => !exclude.has(f.definition.id)));
  const familyIndex = rng.weightedIndex(byFamily.families.map((family) => mix[family] ?? 0));
  if (familyIndex < 0) return undefined;
  const inFamily = byFamily.flows[familyIndex]!;
  const flowIndex = rng.weightedIndex(inFamily.map((f) => f.definition.weight ?? 1));
  return flowIndex < 0 ? undefined : inFamily[flowIndex];
}

interface FlowsByFamily {
  families: FlowFamily[];
  flows: FlowShape[][];
}

function groupByFamily(flows: FlowShape[]): FlowsByFamily {
  const families = [...new Set(flows.map((f) => f.definition.family))];
  return { families, flows: families.map((family) => flows.filter((f) => f.definition.family === family)) };
}

const byFamilyCache = new WeakMap<PlanCatalog, FlowsByFamily>();

function feasibleByFamily(catalog: PlanCatalog): FlowsByFamily {
  let grouped = byFamilyCache.get(catalog);
  if (!grouped) {
    grouped = groupByFamily(feasibleFlows(catalog));
    byFamilyCache.set(catalog, grouped);
  }
  return grouped;
}

/** Plan dialogue `index` of a run seeded `seed`. Never throws for a catalog that lacks something: it rejects. */
export function planDialogue(catalog: PlanCatalog, options: PlanOptions): PlanOutcome {
  const { seed, index } = options;
  const rng = Rng.for(seed, index);
  const attempts = options.attempts ?? 24;
  const mix = options.mix ?? DEFAULT_FLOW_MIX;
  let lastReason = 'no flow of the mix can be played over this catalog';
  const tried = new Set<string>();
  for (let flowTry = 0; flowTry < 4; flowTry++) {
    let flow: FlowShape | undefined;
    if (options.flow !== undefined) {
      flow = catalog.flowById.get(options.flow);
      if (!flow) return { rejected: `unknown flow "${options.flow}"`, index };
    } else {
      flow = chooseFlow(catalog, mix, rng, tried);
    }
    if (!flow) break;
    const definition = flow.definition;
    const pool = flow.cannotFulfil ? [] : catalog.candidates(definition.id);
    if (!flow.cannotFulfil && pool.length === 0) {
      lastReason = `flow ${definition.id}: no chain in the catalog fits it`;
      tried.add(definition.id);
      if (options.flow !== undefined) break;
      continue;
    }
    for (let attempt = 0; attempt < (flow.cannotFulfil ? 1 : attempts); attempt++) {
      const candidate = flow.cannotFulfil ? { operations: [], edges: [] } : pickCandidate(pool, rng);
      const played = playFlow(catalog, flow, candidate, rng, seed, index);
      if (typeof played !== 'string') return played;
      lastReason = `flow ${definition.id}: ${played}`;
    }
    tried.add(definition.id);
    if (options.flow !== undefined) break;
  }
  return { rejected: lastReason, index, ...(options.flow ? { flow: options.flow } : {}) };
}

const cumulativeWeights = new WeakMap<ChainCandidate[], Float64Array>();

/**
 * A chain, drawn with probability proportional to the product of its edges' squared match scores, so
 * strong links (a search's `items[].id` into a lookup by id) are played far more often than weak ones.
 */
function pickCandidate(pool: ChainCandidate[], rng: Rng): ChainCandidate {
  let cumulative = cumulativeWeights.get(pool);
  if (!cumulative) {
    cumulative = new Float64Array(pool.length);
    let total = 0;
    pool.forEach((candidate, i) => {
      let weight = 1;
      for (const edge of candidate.edges) weight *= Math.max(0.01, edge.chained[0]?.score ?? 0) ** 2;
      total += weight;
      cumulative![i] = total;
    });
    cumulativeWeights.set(pool, cumulative);
  }
  const target = rng.float() * cumulative[cumulative.length - 1]!;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! > target) hi = mid;
    else lo = mid + 1;
  }
  return pool[lo]!;
}

export interface PlanRunOptions {
  seed: number;
  /** Number of dialogues. */
  count: number;
  /** First index (default 0); shard i/n of a run is simply a range of indexes. */
  start?: number;
  mix?: FlowMix;
  flow?: string;
}

/** Plans for indexes start … start+count-1, in order; each is independent of the others. */
export function* planDialogues(catalog: PlanCatalog, options: PlanRunOptions): Generator<PlanOutcome> {
  const start = options.start ?? 0;
  for (let index = start; index < start + options.count; index++) {
    yield planDialogue(catalog, { seed: options.seed, index, ...(options.mix ? { mix: options.mix } : {}), ...(options.flow ? { flow: options.flow } : {}) });
  }
}

// ---------------------------------------------------------------------------------------------------

/** Lower-case words of a value as a person would say it (for collision checks). */
function normalized(value: unknown): string {
  const text = Array.isArray(value) ? value.join(' ') : String(value);
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Words a user turn may contain anyway: a masked string value must not be one of them. */
const COMMON_WORDS = new Set(
  (
    'a i am an as at be by do go he hi id if in is it me my no of oh ok on or so to up us we ' +
    'the and for you your with that this have not but are was can what which when where who how all any one two yes sure okay ' +
    'please thanks thank know sorry idea need want like help find look get give tell about there here some more time day'
  ).split(' '),
);

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

/** Porter stems of every word (stop words kept: a value "show" must not hide in "shows"). */
function stems(text: string): string[] {
  return tokenize(text).map((word) => stemmer(word));
}

function containsWords(haystack: string, needle: string): boolean {
  if (needle === '') return false;
  return ` ${haystack} `.includes(` ${needle} `);
}

interface Assigned {
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
function pathOfValue(result: unknown, name: string, value: unknown): string | undefined {
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

/** The words around an operation's values (summary, name, path), lower-case and space-separated. */
function operationContext(o: PlanOperation['operation']): string {
  let context = contexts.get(o);
  if (context === undefined) {
    context = `${o.summary ?? ''} ${lastNameWord(o.name)} ${o.path}`.toLowerCase().replace(/[^a-z0-9]+/g, ' ');
    contexts.set(o, context);
  }
  return context;
}

function paramHints(op: PlanOperation, p: PlanParam, exampleRate?: number) {
  const o = op.operation;
  return {
    name: p.name,
    ...(p.description !== undefined ? { description: p.description } : {}),
    ...(p.example !== undefined ? { example: p.example } : {}),
    ...(p.default !== undefined ? { default: p.default } : {}),
    context: operationContext(o),
    owner: p.schema,
    ...(exampleRate !== undefined ? { exampleRate } : {}),
  };
}

/** One dialogue over one chain; a string says why the chain could not be used. */
function playFlow(catalog: PlanCatalog, flow: FlowShape, candidate: ChainCandidate, rng: Rng, seed: number, index: number): DialoguePlan | string {
  const chainIds = candidate.operations;
  const ops = chainIds.map((id) => catalog.byId.get(id) as PlanOperation);
  const target = ops[ops.length - 1];
  const hops = flow.hops;

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
      clearPhrase = catalog.intent(target!.id, 'clear');
      if (!clearPhrase) return `${target!.id}: the retriever ranks no intent phrase clearly first`;
    }
    if (flow.suggest) {
      vaguePhrase = catalog.intent(target!.id, 'suggest');
      if (!vaguePhrase) return `${target!.id}: no vague phrase lets the retriever suggest it`;
    } else if (flow.clarify) {
      vaguePhrase = catalog.intent(target!.id, 'clarify');
      if (!vaguePhrase) return `${target!.id}: no vague phrase keeps it among ambiguous results`;
    }
    for (const op of ops.slice(0, -1)) if (!catalog.intent(op.id, 'lookup')) return `${op.id}: the retriever cannot find it as a source`;
  }
  const userPhrases = [clearPhrase, vaguePhrase].filter((p): p is string => Boolean(p)).map(normalized);

  // 2. Where every value comes from.
  const assigned: Assigned[] = [];
  if (flow.callsTarget) {
    for (let j = 0; j <= hops; j++) {
      const op = ops[j] as PlanOperation;
      const needs = flow.positions[j]!;
      const chainedIn = new Map<string, { from: string; output: string }>();
      if (j > 0) for (const c of candidate.edges[j - 1]!.chained) chainedIn.set(c.input, { from: chainIds[j - 1]!, output: c.output });
      // What the operation before this one was told or found (the order of a shipment is the order of its products).
      const carried = j > 0 ? carriedParams(ops[j - 1]!, op, new Set(chainedIn.keys())) : new Map<string, string>();
      const own = userRequired(op, new Set([...chainedIn.keys(), ...carried.keys()]));
      const defaulted = op.required.filter((p) => !chainedIn.has(p.name) && p.default !== undefined);
      let given: PlanParam[] = [];
      let asked: PlanParam[] = [];
      if (needs.gives && needs.asks) {
        const rounds = Math.max(1, needs.askRounds);
        if (own.length >= rounds + 1) {
          const k = rng.int(rounds, own.length - 1);
          const shuffled = rng.shuffle(own);
          asked = shuffled.slice(0, k);
          given = shuffled.slice(k);
          given.push(...rng.sample(op.optional, rng.int(0, Math.min(1, op.optional.length))));
        } else {
          asked = own;
          given = rng.sample(op.optional, rng.int(1, Math.min(2, op.optional.length)));
        }
      } else if (needs.gives) {
        given = [...own, ...rng.sample(op.optional, rng.int(own.length === 0 ? 1 : 0, Math.min(2, op.optional.length)))];
      } else if (needs.asks) {
        asked = own;
      }
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

    // 3. Values: schema-valid, distinct from each other, masked ones absent from the intent phrases.
    const taken = new Set<string>();
    for (const a of assigned) for (const p of a.defaulted) taken.add(normalized(p.default));
    // Stems of what may be said before a masked value is: the planned phrases ("artist" leaks into "Get
    // followed artists"), the sources' lookup phrases and the words naming every slot ("the playlist ID").
    const phraseStems = new Set(userPhrases.flatMap(stems));
    for (const op of ops) for (const word of operationStems(catalog, op, op === target)) phraseStems.add(word);
    const leaksAWord = (value: unknown): boolean =>
      (Array.isArray(value) ? value : [value]).some((leaf) => {
        const text = normalized(leaf);
        return text !== '' && !text.includes(' ') && phraseStems.has(stemmer(text));
      });
    let unavoidable: string | undefined;
    const draw = (op: PlanOperation, p: PlanParam, masked: boolean): unknown => {
      let value: unknown;
      let clean = false;
      for (let attempt = 0; attempt < 8 && !clean; attempt++) {
        value = mockParamValue(p.schema, paramHints(op, p, attempt > 3 ? 0 : undefined), rng);
        const text = normalized(value);
        if (taken.has(text)) continue;
        if (masked && (userPhrases.some((phrase) => containsWords(phrase, text)) || leaksAWord(value))) continue;
        if (text === '') continue;
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
    for (const a of assigned) {
      for (const p of a.defaulted) a.values.set(p.name, p.default);
      for (const p of a.given) a.values.set(p.name, draw(a.op, p, false));
      for (const p of a.asked) a.values.set(p.name, draw(a.op, p, true));
    }
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
        a.values.set(name, echoed !== undefined ? echoed : known !== undefined ? known : draw(a.op, p, true));
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
  }

  // 4. Turns.
  const turns: Turn[] = [];
  const known = new Map<string, Map<string, unknown>>();
  const confirmed = new Set<string>();
  const slotFrom = new Map<string, { operation: string; field: string }>();
  const knownOf = (id: string): Map<string, unknown> => {
    let m = known.get(id);
    if (!m) {
      m = new Map();
      known.set(id, m);
    }
    return m;
  };
  const stateOf = (position: number | null, override?: Record<string, unknown>): DialogueState => {
    if (position === null) return { api_confirmed: false, api_status: 'none' };
    const op = ops[position]!;
    if (!confirmed.has(op.id)) return { api_confirmed: false, api_status: 'none' };
    const values = knownOf(op.id);
    const required: Record<string, unknown> = {};
    const optional: Record<string, unknown> = {};
    for (const p of op.params) {
      const value = override && p.name in override ? override[p.name] : values.has(p.name) ? values.get(p.name) : null;
      (p.required ? required : optional)[p.name] = value;
    }
    return { api_confirmed: true, api_status: { operation: op.id, required_parameters: required, optional_parameters: optional } };
  };
  /** Shared values become known to every operation that uses them as soon as their origin is known. */
  const share = (): void => {
    for (const a of assigned) {
      for (const [name, origin] of a.shared) {
        const from = assigned[origin.position]!;
        if (knownOf(from.op.id).has(origin.param)) knownOf(a.op.id).set(name, a.values.get(name));
      }
    }
  };
  const confirm = (position: number): void => {
    const a = assigned[position];
    const op = ops[position]!;
    confirmed.add(op.id);
    if (a) for (const p of a.defaulted) knownOf(op.id).set(p.name, p.default);
    share();
  };
  const resultOf = new Map<string, unknown>();
  const refs = (position: number, params: Iterable<string>): ParamRef[] => [...params].map((param) => ({ operation: chainIds[position]!, param }));
  const argsOf = (position: number): Record<string, unknown> => {
    const a = assigned[position]!;
    const values = knownOf(a.op.id);
    const args: Record<string, unknown> = {};
    for (const p of a.op.params) if (values.has(p.name)) args[p.name] = values.get(p.name);
    return args;
  };

  let focus = hops;
  const roundsLeft = flow.positions.map((p) => p.askRounds);
  let pending: ParamRef[] = [];
  let wrongTurn: number | null = null;
  let callCount = 0;
  let lastUser: string | null = null;
  let selfCorrection: SelfCorrectionKind | undefined;
  let targetCalled = false;
  const steps = flow.steps;

  const pushAssistant = (turn: AssistantTurn): void => {
    if (wrongTurn !== null && turn.error === undefined && turn.action !== 'retriever_call') {
      turn.corrects = wrongTurn;
      wrongTurn = null;
    }
    turns.push(turn);
  };
  const retrieve = (query: string): { query: string; retrieved: { operation: string; score: number }[] } => ({
    query,
    retrieved: catalog.retriever.search(query, 5),
  });

  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    const next = steps[i + 1];
    switch (step.action) {
      case 'inform_intent_clear':
      case 'inform_intent_vague':
      case 'affirm':
      case 'negate':
      case 'user_bye': {
        const turn: UserTurn = { speaker: 'user', action: step.action };
        turns.push(turn);
        if (step.action === 'affirm') confirm(hops);
        lastUser = step.action;
        break;
      }
      case 'inform_intent_clear_add': {
        const a = assigned[hops]!;
        for (const p of a.given) knownOf(a.op.id).set(p.name, a.values.get(p.name));
        share();
        turns.push({ speaker: 'user', action: step.action, informs: refs(hops, a.given.map((p) => p.name)) });
        lastUser = step.action;
        break;
      }
      case 'inform': {
        for (const ref of pending) knownOf(ref.operation).set(ref.param, assigned[chainIds.indexOf(ref.operation)]!.values.get(ref.param));
        share();
        turns.push({ speaker: 'user', action: 'inform', informs: pending });
        lastUser = 'inform';
        break;
      }
      case 'fail_inform': {
        turns.push({ speaker: 'user', action: 'fail_inform', unknown: pending });
        lastUser = 'fail_inform';
        break;
      }
      case 'retriever_call': {
        if (lastUser === 'fail_inform') {
          focus -= 1;
          confirm(focus);
          const source = ops[focus]!;
          pushAssistant({ speaker: 'assistant', action: 'retriever_call', ...retrieve(catalog.intent(source.id, 'lookup')!), state: stateOf(focus) });
        } else if (lastUser === 'inform_intent_vague') {
          pushAssistant({ speaker: 'assistant', action: 'retriever_call', ...retrieve(vaguePhrase!), state: stateOf(null) });
        } else if (flow.cannotFulfil) {
          pushAssistant({ speaker: 'assistant', action: 'retriever_call', ...retrieve(outOfScope!), state: stateOf(null) });
        } else {
          confirm(hops);
          pushAssistant({ speaker: 'assistant', action: 'retriever_call', ...retrieve(clearPhrase!), state: stateOf(hops) });
        }
        break;
      }
      case 'clarify':
        pushAssistant({ speaker: 'assistant', action: 'clarify', state: stateOf(null) });
        break;
      case 'suggest':
        pushAssistant({ speaker: 'assistant', action: 'suggest', suggest: target!.id, state: stateOf(null) });
        break;
      case 'request': {
        const a = assigned[focus]!;
        if (step.error === 'redundant_request') {
          const already = a.given.filter((p) => knownOf(a.op.id).has(p.name));
          const repeated = rng.sample(already, rng.int(1, Math.min(2, already.length)));
          pending = refs(focus, repeated.map((p) => p.name));
          const index = turns.length;
          pushAssistant({
            speaker: 'assistant',
            action: 'request',
            request: pending,
            state: stateOf(focus),
            error: { kind: 'redundant_request', note: `asks again for ${repeated.map((p) => p.name).join(', ')}, which the user already gave` },
            train: false,
          });
          wrongTurn = index;
          selfCorrection = 'redundant_request';
        } else if (next?.action === 'fail_inform') {
          pending = refs(focus, a.chainedIn.keys());
          pushAssistant({ speaker: 'assistant', action: 'request', request: pending, state: stateOf(focus) });
        } else {
          const missing = a.asked.filter((p) => !knownOf(a.op.id).has(p.name));
          if (missing.length === 0) return `${a.op.id}: a request with nothing to ask`;
          // Several `Req Inf` rounds for one operation share its masked values out, earliest first.
          const left = Math.max(1, roundsLeft[focus] ?? 1);
          roundsLeft[focus] = left - 1;
          const share = missing.slice(0, Math.ceil(missing.length / left));
          pending = refs(focus, share.map((p) => p.name));
          pushAssistant({ speaker: 'assistant', action: 'request', request: pending, state: stateOf(focus) });
        }
        break;
      }
      case 'call': {
        const a = assigned[focus]!;
        const id = `call_${++callCount}`;
        /** The wrong call of a self-correction (excluded from training) and the tool's rejection of it. */
        const pushWrongCall = (args: Record<string, unknown>, error: { kind: SelfCorrectionKind; note: string }, rejection: { code: number; message: string }): void => {
          wrongTurn = turns.length;
          selfCorrection = error.kind;
          pushAssistant({ speaker: 'assistant', action: 'call', call: { id, operation: a.op.id, arguments: args }, state: stateOf(focus, args), error, train: false });
          turns.push({ speaker: 'tool', operation: a.op.id, call_id: id, status: 'error', result: { error: rejection } });
        };
        if (step.error === 'hallucinated_value') {
          const args = argsOf(focus);
          const invented: string[] = [];
          for (const p of a.asked) {
            if (p.name in args) continue;
            let value: unknown;
            for (let attempt = 0; attempt < 6; attempt++) {
              value = mockParamValue(p.schema, paramHints(a.op, p, 0), rng);
              if (normalized(value) !== normalized(a.values.get(p.name))) break;
            }
            args[p.name] = value;
            invented.push(p.name);
          }
          // The tool can only tell that an identifier matches nothing; cite one if there is one.
          const first = invented.find((name) => a.asked.find((p) => p.name === name)?.idLike) ?? invented[0]!;
          const entity = lastNameWord(first).replace(/_?(id|ids|code|key|uuid)$/, '').replace(/_/g, ' ').trim();
          pushWrongCall(
            args,
            { kind: 'hallucinated_value', note: `invented ${invented.join(', ')} instead of asking the user` },
            a.asked.find((p) => p.name === first)?.idLike
              ? { code: 404, message: `No ${entity || 'record'} found with ${first} ${JSON.stringify(args[first])}` }
              : { code: 422, message: `${first} ${JSON.stringify(args[first])} does not match any record` },
          );
          break;
        }
        if (step.error === 'schema_violation') {
          const args = argsOf(focus);
          const pool = [...a.given, ...a.asked].filter((p) => p.violable && p.name in args);
          let broken: { name: string; value: unknown; text: string } | undefined;
          for (const p of rng.shuffle(pool)) {
            for (const bad of schemaViolations(p.schema, args[p.name], rng)) {
              const check = validateArguments(catalog, a.op.id, { ...args, [p.name]: bad });
              if (!check.valid) {
                broken = { name: p.name, value: bad, text: check.text };
                break;
              }
            }
            if (broken) break;
          }
          if (!broken) return `${a.op.id}: no candidate value broke its schema`;
          pushWrongCall(
            { ...args, [broken.name]: broken.value },
            { kind: 'schema_violation', note: `${broken.name} ${JSON.stringify(broken.value)} breaks the parameter's schema` },
            { code: 400, message: `Invalid arguments: ${broken.text}` },
          );
          break;
        }
        const args = argsOf(focus);
        for (const p of a.op.required) if (!(p.name in args)) return `${a.op.id}: called before ${p.name} is known`;
        pushAssistant({ speaker: 'assistant', action: 'call', call: { id, operation: a.op.id, arguments: args }, state: stateOf(focus) });
        const consumer = focus < hops ? assigned[focus + 1]! : undefined;
        const pins = consumer ? [...consumer.chainedIn].map(([input, link]) => ({ path: link.output, value: consumer.values.get(input) })) : [];
        // A lookup of an item an earlier list showed returns that item's name, date, status… again.
        const known: Record<string, unknown> = {};
        for (const name of a.chainedIn.keys()) {
          const at = slotFrom.get(`${a.op.id}\u0000${name}`);
          const item = at?.field.replace(/\.[^.[\]]+$/, '');
          if (!at || !item || item === at.field || !/\]$/.test(item)) continue;
          const record = valueAtPath(resultOf.get(at.operation), item);
          if (record === null || typeof record !== 'object' || Array.isArray(record)) continue;
          for (const [key, value] of Object.entries(record)) if (!(key in known) && (value === null || typeof value !== 'object')) known[key] = value;
          break;
        }
        const built = buildResult(a.op.operation.outputs, rng, pins, args, operationContext(a.op.operation), known);
        const tool: ToolTurn = { speaker: 'tool', operation: a.op.id, call_id: id, status: 'ok', result: built.result };
        turns.push(tool);
        resultOf.set(a.op.id, built.result);
        if (consumer) {
          for (const [input, link] of consumer.chainedIn) {
            knownOf(consumer.op.id).set(input, consumer.values.get(input));
            slotFrom.set(`${consumer.op.id}\u0000${input}`, { operation: a.op.id, field: built.pinnedAt[link.output] ?? link.output });
          }
          share();
          focus += 1;
        } else {
          targetCalled = true;
        }
        break;
      }
      case 'response':
        pushAssistant({ speaker: 'assistant', action: 'response', state: stateOf(hops) });
        break;
      case 'response_fail':
        pushAssistant({ speaker: 'assistant', action: 'response_fail', state: stateOf(null) });
        break;
      case 'system_bye':
        pushAssistant({ speaker: 'assistant', action: 'system_bye', state: targetCalled ? stateOf(hops) : stateOf(null) });
        break;
      default:
        return `action ${step.action} is not supported by the planner`;
    }
  }

  // 5. The record.
  const slots: Slot[] = [];
  const slotOf = new Map<string, Slot>();
  for (let j = 0; j < assigned.length; j++) {
    const a = assigned[j]!;
    for (const p of a.op.params) {
      const value = a.values.get(p.name);
      if (!a.values.has(p.name)) continue;
      let source: Slot['source'] = a.chainedIn.has(p.name) ? 'chained' : a.asked.includes(p) ? 'asked' : a.given.includes(p) ? 'given' : 'default';
      let from = source === 'chained' ? slotFrom.get(`${a.op.id}\u0000${p.name}`) : undefined;
      const origin = a.shared.get(p.name);
      if (origin) {
        const originSlot = slotOf.get(`${origin.position}\u0000${origin.param}`);
        if (origin.position === hops && assigned[hops]!.given.some((q) => q.name === origin.param)) {
          source = 'given'; // stated with the request
        } else {
          // Found again in an earlier tool result (the shipment of order X says order_id X), or chained along.
          let found: { operation: string; field: string } | undefined;
          // In a list, the item the chained value came from (the time entry whose task is updated) says it.
          for (const [name, link] of a.chainedIn) {
            const at = slotFrom.get(`${a.op.id}\u0000${name}`);
            const item = at?.field.replace(/\.[^.[\]]+$/, '');
            if (!at || !item || item === at.field || link.from !== at.operation) continue;
            const path = `${item}.${p.name}`;
            if (JSON.stringify(valueAtPath(resultOf.get(at.operation), path)) === JSON.stringify(value)) found = { operation: at.operation, field: path };
            break;
          }
          for (let k = j - 1; k >= 0 && !found; k--) {
            const path = pathOfValue(resultOf.get(chainIds[k]!), p.name, value) ?? pathOfValue(resultOf.get(chainIds[k]!), origin.param, value);
            if (path !== undefined) found = { operation: chainIds[k]!, field: path };
          }
          found ??= originSlot?.source === 'chained' ? originSlot.from : undefined;
          if (found) {
            source = 'chained';
            from = found;
          } else {
            // Only said by the user for another operation: no slot source says that, so play another chain.
            return `${a.op.id}: ${p.name} repeats a value no tool result carries`;
          }
        }
      }
      const slot: Slot = { operation: a.op.id, param: p.name, value, source, required: p.required };
      if (source === 'chained') slot.from = from!;
      slots.push(slot);
      slotOf.set(`${j}\u0000${p.name}`, slot);
    }
  }
  const operations: Record<string, RecordOperation> = {};
  if (!flow.cannotFulfil) for (const op of ops) operations[op.id] = op.record;
  let edgeType: EdgeKind | null = null;
  if (hops > 0) {
    const source = assigned[hops - 1]!;
    const sourceNeeds = source.asked.length > 0 || source.chainedIn.size > 0;
    const targetNeeds = assigned[hops]!.asked.length + assigned[hops]!.given.filter((p) => p.required).length > 0;
    edgeType = `${sourceNeeds ? 'yes' : 'zero'}${targetNeeds ? 'yes' : 'zero'}` as EdgeKind;
  }
  const plan: DialoguePlan = {
    id: `${seed}-${index}`,
    seed,
    index,
    flow: flow.definition.id,
    family: flow.definition.family,
    edge_type: edgeType,
    operations,
    chain: flow.callsTarget ? chainIds.slice() : [],
    slots,
    turns,
    meta: { generator: GENERATOR, realizer: 'none', ...(selfCorrection ? { self_correction: selfCorrection } : {}) },
  };
  return plan;
}
