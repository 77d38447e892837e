/**
 * The planner: from the catalog and (seed, index), choose a flow, a chain of operations, where every
 * parameter value comes from, the mock values and tool results, and lay out every turn with its action,
 * call and dialogue state. Everything random comes from one pure-rand generator seeded by (seed, index).
 * Playing a flow goes phase by phase on one draft: _draft.ts (intents, value sources, values), _turns.ts
 * (turns and tool results), _record.ts (slots and the plan record).
 */
import { taskStarters } from './_task-start26.ts';
import { refetchedRecord } from './_refetch.ts';
import { askedNamedSource } from './_whose.ts';
import { askGuessKey } from './_guess-keys22.ts';
import { askPayload } from './_payload22.ts';
import { askRecipients28 } from './_ask28.ts';
import { assignSources, chooseIntents, drawValues, reuseKnownValues, startDraft } from './_draft.ts';
import { recordOf } from './_record.ts';
import { Rng } from '../random/index.ts';
import { playTurns } from './_turns.ts';
import type { ChainCandidate, PlanCatalog } from './catalog.ts';
import { DEFAULT_FLOW_MIX, type FlowShape } from './flows.ts';
import { withToolList, type ToolListMode } from './tool-list.ts';
import { drawWorld, withWorld } from '../world/index.ts';
import { forgetEntities } from './_entities.ts';
import { settleApiHome } from './_api-home.ts';
import { endsOnLostWrite30 } from './_write-content30.ts';
import { clearApiSite } from './_own-urls20.ts';
import type { DialoguePlan, FlowFamily } from './types.ts';

export { GENERATOR } from './_record.ts';

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
  /** What the assistant's tool list holds (default `retrieved`; see tool-list.ts). */
  tools?: ToolListMode;
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
  // The people and places the dialogue is about, drawn on a stream of their own before any value.
  return withWorld(drawWorld(Rng.for(options.seed, options.index, WORLD_STREAM)), () => {
    try {
      return planInWorld(catalog, options);
    } finally {
      clearApiSite(); // the chain's API host ends with its dialogue (it never leaks into a later caller)
    }
  });
}

/** The stream of a dialogue's world: apart from the planner's, so the world never shifts other choices. */
const WORLD_STREAM = 0x3071d;

function planInWorld(catalog: PlanCatalog, options: PlanOptions): PlanOutcome {
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
      if (endsOnLostWrite30(catalog.byId, candidate.operations)) { lastReason = `flow ${definition.id}: the write's spec cannot carry what it makes or pays`; continue; }
      forgetEntities();
      settleApiHome(catalog, candidate, seed, index);
      const played = playFlow(catalog, flow, candidate, rng, seed, index);
      if (typeof played !== 'string') return withToolList(played, catalog, options.tools ?? 'retrieved');
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

/** One dialogue over one chain, phase by phase on one draft; a string says why the chain could not be used. */
function playFlow(catalog: PlanCatalog, flow: FlowShape, candidate: ChainCandidate, rng: Rng, seed: number, index: number): DialoguePlan | string {
  // A task started where its API fetches the results is no place to stop (_task-start26.ts): another chain is drawn.
  if (taskStarters(catalog.operations).has(candidate.operations[candidate.operations.length - 1] ?? '')) return 'its last operation only starts a task whose results the API fetches';
  const draft = startDraft(catalog, flow, candidate, rng, seed, index);
  const failed = chooseIntents(draft) ?? (flow.callsTarget ? (assignSources(draft) ?? reuseKnownValues(draft) ?? askGuessKey(draft) ?? askPayload(draft) ?? askRecipients28(draft) ?? askedNamedSource(draft.assigned) ?? drawValues(draft)) : undefined);
  if (failed !== undefined) return failed;
  const played = playTurns(draft);
  if (typeof played === 'string') return played;
  return refetchedRecord(played.turns, (id) => catalog.byId.get(id)?.operation.method.toUpperCase()) ?? recordOf(draft, played);
}
