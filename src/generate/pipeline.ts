/**
 * The generation pipeline as a library: plan → realize → check, one dialogue index at a time, yielded in index
 * order whatever the concurrency. Records are never kept: callers stream them out, so memory does not grow with n.
 * Each index's randomness derives from (seed, index) alone, so any range of indices (a shard, a resumed run)
 * yields exactly the records a whole run yields for those indices.
 */
import { resolve } from 'node:path';
import { checkDialogue, type CheckContext, type Violation } from '../check/index.ts';
import { createPlanCatalog, DEFAULT_FLOW_MIX, FLOW_TABLE, isRejected, loadFlowTable, planDialogue, type Action, type DialoguePlan, type DialogueRecord, type FlowFamily, type FlowMix, type ToolListMode, withToolList } from '../plan/index.ts';
import { DialforgeError, isDialforgeError } from '../errors.ts';
import { buildGraph, loadGraph, type ApiGraph } from '../graph/index.ts';
import { loadSpecs, type Operation } from '../specs/index.ts';
import { recordJson } from './_record-json.ts';
import { intentSpeech, templateRealizer, type RealizeContext, type Realizer } from '../realize/index.ts';

/** What the pipeline needs from the planner stage, for one catalog and seed. */
export interface DialoguePlanner {
  /** The plan for one index, or why none could be made. Pure in (seed, index). */
  plan(index: number): DialoguePlan | { error: string };
  /** The action sequence (tool turns left out) of a flow id, for the checker. */
  flowActions(flow: string): readonly Action[] | undefined;
  /** The catalog retriever, searched by the realizer's retriever_call turns. */
  retriever?: RealizeContext['retriever'];
  /** Catalog operation ids: a call must name one. */
  operationIds?: ReadonlySet<string>;
  /** The record with its tool list recomputed from what its (realized) retrieval turns returned. */
  listTools?(record: DialogueRecord): DialogueRecord;
}

export interface GenerateOptions {
  planner: DialoguePlanner;
  realizer?: Realizer;
  /** First index (inclusive) and end (exclusive). */
  start: number;
  end: number;
  /** Dialogues realized at once; only an async realizer benefits. Default 1. */
  concurrency?: number;
  /** Checked before each new index: true stops the run cleanly after the records already started. */
  shouldStop?: () => boolean;
}

export type RejectReason = 'plan' | Violation['invariant'] | 'realize';

export type GenerateItem =
  | { index: number; record: DialogueRecord }
  | { index: number; rejected: { reason: RejectReason; message: string; violations?: Violation[] } };

/**
 * An outcome with its record already turned into its JSONL line (no newline), as worker threads send it. `family`
 * and `flow` ride along for the manifest's counts.
 */
export type SerializedItem =
  | { index: number; json: string; family: string; flow: string }
  | { index: number; rejected: { reason: RejectReason; message: string; violations?: Violation[] } };

export function serializeItem(item: GenerateItem): SerializedItem {
  if ('rejected' in item) return item;
  return { index: item.index, json: recordJson(item.record), family: item.record.family, flow: item.record.flow };
}

async function produce(options: GenerateOptions, index: number, checkCtx: CheckContext): Promise<GenerateItem> {
  const { planner } = options;
  const realizer = options.realizer ?? templateRealizer;
  const plan = planner.plan(index);
  if ('error' in plan) return { index, rejected: { reason: 'plan', message: plan.error } };
  let record: DialogueRecord;
  try {
    record = await realizer.realize(plan, planner.retriever ? { retriever: planner.retriever } : {});
    // The realizer searches again with the words it wrote: the tool list follows what it got back.
    if (planner.listTools) record = planner.listTools(record);
  } catch (error) {
    // The endpoint is unreachable or the key refused: no later dialogue can do better, so the run stops.
    if (isDialforgeError(error) && error.code === 'E_LLM') throw error;
    return { index, rejected: { reason: 'realize', message: error instanceof Error ? error.message : String(error) } };
  }
  const verdict = checkDialogue(record, checkCtx);
  if (verdict.ok) return { index, record };
  const first = verdict.violations[0] as Violation;
  return { index, rejected: { reason: first.invariant, message: first.message, violations: verdict.violations } };
}

/** Plans, realizes and checks indices start..end-1, yielding each outcome in index order. */
export async function* generateDialogues(options: GenerateOptions): AsyncGenerator<GenerateItem> {
  const { planner } = options;
  const catalog = planner.operationIds ? Object.fromEntries([...planner.operationIds].map((id) => [id, true])) : undefined;
  const checkCtx: CheckContext = {
    flowActions: (flow) => planner.flowActions(flow),
    ...(planner.retriever ? { retriever: planner.retriever } : {}),
    ...(catalog ? { operations: catalog } : {}),
  };
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const window: Promise<GenerateItem>[] = [];
  let next = options.start;
  const stopped = (): boolean => options.shouldStop?.() === true;
  while (next < options.end || window.length > 0) {
    while (next < options.end && window.length < concurrency && !stopped()) {
      const task = produce(options, next++, checkCtx);
      // A run-stopping error is taken when its task reaches the head; the others started beside it must
      // not crash the process as unhandled rejections meanwhile.
      task.catch(() => undefined);
      window.push(task);
    }
    const head = window.shift();
    if (!head) break;
    yield await head;
  }
}


// ---------------------------------------------------------------- catalog

export interface Catalog {
  operations: Operation[];
  graph: ApiGraph;
  /** Spec files read (absolute), or the graph file. */
  files: string[];
  /** Load problems that did not stop the run, as one line each. */
  warnings: string[];
}

/**
 * The catalog to generate over: specs loaded and their graph built, or a saved graph (which holds the operations).
 * Specs that fail to load are skipped with a warning; no operation at all is an error.
 */
export async function loadCatalog(input: { specs?: string[]; graph?: string; responses?: string }): Promise<Catalog> {
  if (input.graph) {
    const graph = loadGraph(input.graph);
    const operations = graph.mapNodes((_node, attrs) => attrs.operation);
    if (operations.length === 0) throw new DialforgeError('E_GRAPH', 'the graph has no operations; build it from specs with `dialforge graph`', { file: input.graph });
    return { operations, graph, files: [resolve(input.graph)], warnings: [] };
  }
  const loaded = await loadSpecs(input.specs ?? [], input.responses ? { responses: input.responses } : {});
  const warnings = loaded.issues.filter((issue) => issue.severity === 'error').map((issue) => `${issue.file}${issue.location ? `:${issue.location}` : ''}: ${issue.message} (skipped)`);
  if (loaded.operations.length === 0) {
    // Say why: the loader's errors (a missing path, a syntax error) are the useful part of the message.
    const why = warnings.length > 0 ? `:\n  ${warnings.join('\n  ')}` : '; give OpenAPI/Swagger or RapidAPI tool files';
    throw new DialforgeError('E_SPEC', `no operations found in ${(input.specs ?? []).join(', ')}${why}`);
  }
  const files = loaded.specs.filter((spec) => spec.operations.length > 0).map((spec) => resolve(spec.file));
  return { operations: loaded.operations, graph: buildGraph(loaded.operations), files, warnings };
}

// ---------------------------------------------------------------- planner adapter

export interface PlannerOptions {
  seed: number;
  /** Weight per flow family; families not named keep the planner's default. */
  flows?: Partial<Record<FlowFamily, number>>;
  /** A YAML/JSON file of extra flow definitions. */
  flowTable?: string;
  /** What the assistant's tool list holds (default `retrieved`). */
  tools?: ToolListMode;
}

/** The planner stage (src/plan), bound to one catalog, seed and flow mix. */
export function createDialoguePlanner(catalog: Catalog, options: PlannerOptions): DialoguePlanner {
  const flows = options.flowTable ? [...FLOW_TABLE, ...loadFlowTable(options.flowTable)] : FLOW_TABLE;
  // The planner expects only retriever verdicts that the template realizer's opening sentences reach.
  const planCatalog = createPlanCatalog(catalog.graph, { flows, speech: intentSpeech });
  const mix: FlowMix = { ...DEFAULT_FLOW_MIX, ...(options.flows ?? {}) };
  return {
    plan(index) {
      const outcome = planDialogue(planCatalog, { seed: options.seed, index, mix, ...(options.tools ? { tools: options.tools } : {}) });
      return isRejected(outcome) ? { error: outcome.rejected } : outcome;
    },
    flowActions: (flow) => planCatalog.flowById.get(flow)?.steps.map((step) => step.action),
    retriever: planCatalog.retriever,
    operationIds: new Set(planCatalog.byId.keys()),
    listTools: (record) => withToolList(record, planCatalog, options.tools ?? 'retrieved'),
  };
}
