/**
 * dialforge's public library API: what a library user needs from each stage (README "Library"), listed
 * by name. Anything not here is internal and may change; the stages' own index.ts files export more for
 * the CLI and the tests.
 */
export { DialforgeError, type DialforgeErrorCode } from './errors.ts';

// specs: OpenAPI / Swagger / RapidAPI files → Operation[]
export { formatIssue, loadSpecFile, loadSpecs, type LoadOptions } from './specs/index.ts';
export type { ApiInfo, Field, JsonSchema, LoadedSpec, LoadIssue, LoadResult, Operation, Param } from './specs/index.ts';

// graph: Operation[] → ApiGraph
export { buildGraph, computeEmbeddings, DEFAULT_GRAPH_CONFIG, explainEdge, loadGraph, saveGexf, saveGraph, saveGraphml, summarizeGraph } from './graph/index.ts';
export type { ApiGraph, BuildOptions, EdgeAttributes, EdgeKind, EmbeddingOptions, Explanation, GraphConfig, GraphSummary, NodeAttributes } from './graph/index.ts';

// plan: catalog + (seed, index) → DialoguePlan
export { createPlanCatalog, createPlanCatalogFromOperations, createRetriever, DEFAULT_FLOW_MIX, FLOW_TABLE, isRejected, loadFlowTable, parseFlowTable, planDialogue, planDialogues, validateArguments } from './plan/index.ts';
export type {
  Action, CatalogOptions, DialoguePlan, DialogueRecord, DialogueState, FlowDefinition, FlowFamily, FlowMix, PlanCatalog, PlanOptions, PlanOutcome, RejectedPlan, Slot, Turn,
} from './plan/index.ts';

// realize: DialoguePlan → DialogueRecord
export {
  createLlmRealizer, estimateLlmRun, ingestLlmBatchResults, llmManifest, realize, realizerModule, realizerNames, registerRealizer, templateRealizer, writeLlmBatchRequests,
} from './realize/index.ts';
export type { LlmRealizer, LlmRealizerOptions, LlmStats, RealizeContext, Realizer, RealizerModule } from './realize/index.ts';

// check: DialogueRecord → violations
export { checkDialogue } from './check/index.ts';
export type { CheckContext, CheckResult, InvariantId, Violation } from './check/index.ts';

// export: records → dataset files
export {
  assignSplit, exportFormatNames, expectedSteps, readBack, readDialogueRecords, registerExportFormat, toEvalItems, toHF, toOpenAI, toShareGPT, toToolDial, validateFile, validateRow, writeExports,
} from './export/index.ts';
export type { EvalItem, ExportFormatModule, ExportOptions, ExportSummary, FileReport, HFRow, OpenAIRow, ShareGPTRow, SplitOptions, Step, ToolDialRow, WrittenFile } from './export/index.ts';

// generate: plan → realize → check per index, streaming
export { createDialoguePlanner, generateDialogues, loadCatalog, runDataset, runIdentity, runRange } from './generate/index.ts';
export type { Catalog, DatasetRunOptions, DatasetRunResult, DialoguePlanner, GenerateItem, GenerateOptions, Manifest, PlannerOptions, RunIdentity, RunProgress, RunSettings } from './generate/index.ts';

// eval: score a model or a baseline on eval items
export { evaluateModel, METRICS, readEvalItems, scoreAnswers, scoreBaseline, toItemAnswer } from './eval/index.ts';
export type { EvalMode, EvalReport, Metric, MetricReport, ModelEvalOptions, ModelEvalResult } from './eval/index.ts';

// report: a generated dataset folder → one self-contained HTML page
export { buildReport, DEFAULT_REPORT_DIALOGUES, reportData, writeReport, type ReportOptions } from './report/index.ts';
export type { ReportData } from './report/index.ts';
