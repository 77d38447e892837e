/**
 * src/plan — the planner: flows as data, the catalog retriever, mock values and results, and
 * `planDialogue`, which turns (catalog, seed, index) into a DialoguePlan. ARCHITECTURE.md at the
 * repository root says what flows from here to the realizer and the checker.
 */
export * from './types.ts';
export {
  ACTION_SHORT_FORMS,
  DEFAULT_FLOW_MIX,
  FLOW_TABLE,
  analyzeFlow,
  loadFlowTable,
  parseFlowSteps,
  parseFlowTable,
  shortForm,
} from './flows.ts';
export type { FlowDefinition, FlowShape, FlowStep, PositionNeeds } from './flows.ts';
export {
  RETRIEVAL_THRESHOLDS,
  classifyQuery,
  contentTerms,
  createRetriever,
  intentIsClear,
  intentIsOutOfScope,
  intentIsVague,
  intentSuggests,
  processTerm,
  tokenize,
} from './retriever.ts';
export type { CatalogRetriever, ClassifyingRetriever, DetailedResult, QueryClarity, QueryVerdict, RetrievedOperation, Retriever } from './retriever.ts';
export { OUT_OF_SCOPE_REQUESTS, createPlanCatalog, createPlanCatalogFromOperations, fitsPosition, planOperation, userRequired, validateArguments } from './catalog.ts';
export type {
  ArgumentCheck,
  CatalogOptions,
  ChainCandidate,
  FeedEdge,
  GraphLike,
  IntentKind,
  IntentPhrases,
  PlanCatalog,
  PlanOperation,
  PlanParam,
} from './catalog.ts';
export { GENERATOR, feasibleFlows, isRejected, planDialogue, planDialogues } from './planner.ts';
export { API_LIST_LIMIT, CATALOG_SAMPLE, TOOL_LIST_MODES, usedOperations, withToolList, type ToolListMode } from './tool-list.ts';
export type { FlowMix, PlanOptions, PlanOutcome, PlanRunOptions, RejectedPlan } from './planner.ts';
export { pickedItemLabel, rankingAgrees, retrievalAgrees, retrievalExpectation, valueAtPath } from './expect.ts';
export { cachedRetriever, type RetrievalHit, type RetrieverLike } from './retrieval-cache.ts';
export type { RetrievalExpectation } from './expect.ts';
