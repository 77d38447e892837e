/**
 * src/generate — orchestration: plan → realize → check per index (pipeline.ts), the same across worker
 * threads (workers.ts, whose threads run _worker.ts), and the resumable run that writes a dataset (run.ts).
 */
export { createDialoguePlanner, generateDialogues, loadCatalog, serializeItem } from './pipeline.ts';
export type { Catalog, DialoguePlanner, GenerateItem, GenerateOptions, PlannerOptions, RejectReason, SerializedItem } from './pipeline.ts';
export { defaultWorkerCount, effectiveWorkers, GenerateWorkerPool, MIN_INDICES_PER_WORKER, type WorkerGenerateOptions } from './workers.ts';
export { CHECKPOINT_EVERY, runDataset, runIdentity, runRange, writeManifest } from './run.ts';
export type { DatasetRunOptions, DatasetRunResult, Manifest, RunIdentity, RunProgress, RunSettings } from './run.ts';
