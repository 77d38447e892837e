/**
 * What the assistant's tool list holds. A list that holds only the operations the dialogue calls gives
 * the answer away (a model learns to call whatever is listed; eval scores are inflated), so the list is
 * what the assistant could really see:
 * - `retrieved` (default): every candidate the retriever returned in the dialogue (its top-k, distractors
 *   included) plus the operations the dialogue uses; exports cut it at each point to what was retrieved
 *   by then;
 * - `api`: every operation of the APIs the dialogue uses (up to API_LIST_LIMIT);
 * - `catalog-sample`: the operations used plus CATALOG_SAMPLE others drawn from the whole catalog.
 * The record keeps the listed ids (`tools`) and the definitions of the ones it does not use (`candidates`).
 */
import { Rng } from '../random/index.ts';
import type { PlanCatalog } from './catalog.ts';
import type { DialoguePlan, RecordOperation } from './types.ts';

export const TOOL_LIST_MODES = ['retrieved', 'api', 'catalog-sample'] as const;
export type ToolListMode = (typeof TOOL_LIST_MODES)[number];

/** Cap on an `api` list: an API with hundreds of operations would not fit a prompt. */
export const API_LIST_LIMIT = 24;
/** Operations drawn from the catalog besides the used ones for `catalog-sample`. */
export const CATALOG_SAMPLE = 8;
/** Rng stream of the catalog sample (separate from the planner's). */
const SAMPLE_STREAM = 7;

/** The operations a plan uses, in first-use order: calls, confirmed states, the chain, a suggestion. */
export function usedOperations(plan: DialoguePlan): string[] {
  const used: string[] = [];
  const add = (id: string | undefined): void => {
    if (id !== undefined && !used.includes(id)) used.push(id);
  };
  for (const t of plan.turns) {
    if (t.speaker !== 'assistant') continue;
    if (t.call) add(t.call.operation);
    if (t.state.api_confirmed) add(t.state.api_status.operation);
    if (t.suggest) add(t.suggest);
  }
  for (const id of plan.chain) add(id);
  for (const id of Object.keys(plan.operations)) add(id);
  return used;
}

function listed(plan: DialoguePlan, catalog: PlanCatalog, mode: ToolListMode): string[] {
  const used = usedOperations(plan);
  const ids: string[] = [];
  const seen = new Set<string>();
  const add = (id: string): void => {
    if (!seen.has(id) && catalog.byId.has(id)) {
      seen.add(id);
      ids.push(id);
    }
  };
  if (mode === 'retrieved') {
    for (const t of plan.turns) if (t.speaker === 'assistant') for (const r of t.retrieved ?? []) add(r.operation);
    for (const t of plan.turns) if (t.speaker === 'assistant' && t.suggest) add(t.suggest);
    for (const id of used) add(id);
  } else if (mode === 'api') {
    for (const id of used) add(id);
    const apis = new Set(used.map((id) => catalog.byId.get(id)?.record.api));
    for (const op of catalog.operations) {
      if (ids.length >= Math.max(API_LIST_LIMIT, used.length)) break;
      if (apis.has(op.record.api)) add(op.id);
    }
  } else {
    const rng = Rng.for(plan.seed, plan.index, SAMPLE_STREAM);
    const others = catalog.operations.filter((op) => !used.includes(op.id));
    const sample = rng.sample(others, CATALOG_SAMPLE).map((op) => op.id);
    for (const id of rng.shuffle([...used, ...sample])) add(id);
  }
  return ids;
}

/** The plan with its tool list (`tools`) and the definitions of listed operations it does not use (`candidates`). */
export function withToolList(plan: DialoguePlan, catalog: PlanCatalog, mode: ToolListMode): DialoguePlan {
  const operations = listed(plan, catalog, mode);
  const candidates: Record<string, RecordOperation> = {};
  for (const id of operations) {
    const op = catalog.byId.get(id);
    if (op && plan.operations[id] === undefined) addCandidate(candidates, id, op.record);
  }
  const { candidates: _previous, ...rest } = plan;
  return { ...rest, tools: { mode, operations }, ...(Object.keys(candidates).length > 0 ? { candidates } : {}) };
}

/** A plain assignment, but for an id `__proto__` (which would set the prototype): defineProperty is slower. */
function addCandidate(candidates: Record<string, RecordOperation>, id: string, op: RecordOperation): void {
  if (id === '__proto__') Object.defineProperty(candidates, id, { value: op, enumerable: true, writable: true, configurable: true });
  else candidates[id] = op;
}
