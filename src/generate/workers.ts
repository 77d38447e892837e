/**
 * Generation over worker threads. Each worker gets the catalog's graph once (not the spec files: loading and
 * building a large catalog costs seconds, cloning its graph a fraction of that), builds its own planner, and makes
 * ranges of indices; records come back as finished JSONL lines. The main thread hands out ranges in order and
 * yields the results strictly in index order, so the output is byte-identical to an in-process run. Only a
 * bounded window of ranges is ever out: when the consumer stops pulling (a full disk buffer), no new range is sent
 * and memory stays flat whatever n is. The template realizer only; the LLM realizer stays in-process.
 */
import { availableParallelism } from 'node:os';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { DialforgeError, type DialforgeErrorCode } from '../errors.ts';
import type { WorkerReply, WorkerRequest } from './_worker.ts';
import type { Catalog, PlannerOptions, SerializedItem } from './pipeline.ts';

/** Ranges a worker holds at once: one being made and one waiting, so it never idles while the main thread writes. */
const RANGES_PER_WORKER = 2;
/** Indices per range at most: about 50 ms of work, small enough that Ctrl-C stops quickly. */
const MAX_RANGE = 64;
/** Below this many indices per worker, starting a thread costs more than it saves. */
export const MIN_INDICES_PER_WORKER = 100;

/**
 * One worker per CPU but one. An in-process run already keeps about 1.6 cores busy (V8's compiler and GC threads
 * work beside the main thread), so on 2 CPUs two workers gained under 10% even on idle cores and lost on a loaded
 * machine, while on 16 idle cores 2, 4 and 8 workers cut 11,111 dialogues from 7.4 s to 4.3, 2.8 and 2.4 s.
 */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** How many workers are worth starting for `total` indices when `requested` are allowed (1 = in-process). */
export function effectiveWorkers(requested: number, total: number): number {
  return Math.max(1, Math.min(requested, Math.floor(total / MIN_INDICES_PER_WORKER)));
}

/**
 * The worker's code. From dist/ it is plain JS. From the TypeScript sources (tsx) the worker must register tsx's
 * loader itself before importing its .ts entry: in Node 20 a worker's `--import tsx` does not apply to its entry
 * module, so a small bootstrap registers it and then imports the entry.
 */
function workerSpec(): { entry: URL | string; options: WorkerOptions } {
  if (!import.meta.url.endsWith('.ts')) return { entry: new URL('./_worker.js', import.meta.url), options: {} };
  const target = new URL('./_worker.ts', import.meta.url).href;
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(target)}); });`;
  // Other flags (--cpu-prof, heap sizes…) carry over; the parent's tsx --import is replaced by the bootstrap.
  const execArgv: string[] = [];
  for (let i = 0; i < process.execArgv.length; i++) {
    const arg = process.execArgv[i] as string;
    if (arg === '--import' && /tsx/.test(process.execArgv[i + 1] ?? '')) i++;
    else if (!(arg.startsWith('--import=') && /tsx/.test(arg))) execArgv.push(arg);
  }
  return { entry: bootstrap, options: { eval: true, execArgv } };
}

export interface WorkerGenerateOptions {
  catalog: Catalog;
  planner: PlannerOptions;
  /** First index (inclusive) and end (exclusive). */
  start: number;
  end: number;
  /** Checked before each new range is handed out: true stops after the ranges already out. */
  shouldStop?: () => boolean;
  /** Indices per range (default: about eight ranges per worker, at most 64). */
  rangeSize?: number;
}

interface Pending {
  end: number;
  items: SerializedItem[];
}

/**
 * A pool of generation workers, started at once so their module loading overlaps the main thread's catalog
 * loading. Close it when done (`close()`); one `generate` at a time.
 */
export class GenerateWorkerPool {
  private readonly workers: Worker[];
  private listener: ((worker: Worker, reply: WorkerReply) => void) | undefined;
  private failure: ((error: Error) => void) | undefined;
  private closed = false;
  /** A worker that failed while no generate() was listening (say, during start-up). */
  private broken: Error | undefined;
  /** Each generate() tags its ranges, so answers left over from an abandoned run are never taken for this one's. */
  private run = 0;

  constructor(count: number) {
    if (!Number.isInteger(count) || count < 1) throw new DialforgeError('E_USAGE', `workers: ${count} must be a whole number >= 1`);
    const spec = workerSpec();
    this.workers = Array.from({ length: count }, () => {
      const worker = new Worker(spec.entry, spec.options);
      worker.on('message', (reply: WorkerReply) => this.listener?.(worker, reply));
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (!this.closed) this.fail(new Error(`a generation worker stopped unexpectedly (exit code ${code})`));
      });
      return worker;
    });
  }

  private fail(error: Error): void {
    this.broken ??= error;
    this.failure?.(error);
  }

  get size(): number {
    return this.workers.length;
  }

  /** Plans, realizes and checks indices start..end-1 on the workers, yielding serialized outcomes in index order. */
  async *generate(options: WorkerGenerateOptions): AsyncGenerator<SerializedItem> {
    if (this.closed) throw new Error('the worker pool is closed');
    const run = ++this.run;
    const total = Math.max(0, options.end - options.start);
    if (total === 0) return;
    const rangeSize = options.rangeSize ?? Math.max(1, Math.min(MAX_RANGE, Math.ceil(total / (this.workers.length * 8))));
    const done = new Map<number, Pending>();
    const held = new Map<Worker, number>(this.workers.map((w) => [w, 0]));
    let error: Error | undefined = this.broken;
    let wake: (() => void) | undefined;
    const notify = (): void => {
      const resume = wake;
      wake = undefined;
      resume?.();
    };
    this.listener = (worker, reply) => {
      if (reply.run !== run) return;
      if (reply.type === 'error') {
        error ??= reply.code ? new DialforgeError(reply.code as DialforgeErrorCode, reply.message) : Object.assign(new Error(reply.message), reply.stack ? { stack: reply.stack } : {});
      } else {
        held.set(worker, (held.get(worker) ?? 1) - 1);
        done.set(reply.start, { end: reply.end, items: reply.items });
      }
      notify();
    };
    this.failure = (e) => {
      error ??= e;
      notify();
    };

    let nextOut = options.start; // next index to hand out
    let nextYield = options.start; // next index to yield
    const dispatch = (): void => {
      if (options.shouldStop?.() === true) return;
      for (const worker of this.workers) {
        while (nextOut < options.end && (held.get(worker) ?? 0) < RANGES_PER_WORKER) {
          const end = Math.min(options.end, nextOut + rangeSize);
          worker.postMessage({ type: 'range', run, start: nextOut, end } satisfies WorkerRequest);
          held.set(worker, (held.get(worker) ?? 0) + 1);
          nextOut = end;
        }
      }
    };

    try {
      // The graph is cloned once per worker; plain data, so the workers' planners see exactly the main one's catalog.
      const graph = options.catalog.graph.export();
      for (const worker of this.workers) worker.postMessage({ type: 'init', run, graph, planner: options.planner } satisfies WorkerRequest);
      while (nextYield < options.end) {
        dispatch();
        if (error) throw error;
        const ready = done.get(nextYield);
        if (!ready) {
          if (nextOut === nextYield) break; // stopped, nothing out
          await new Promise<void>((resume) => (wake = resume));
          continue;
        }
        done.delete(nextYield);
        nextYield = ready.end;
        dispatch(); // keep the workers busy while the consumer writes this range
        for (const item of ready.items) yield item;
      }
      if (error) throw error;
    } finally {
      this.listener = undefined;
      this.failure = undefined;
      // A consumer that stopped early (or an error) leaves ranges out; their answers are dropped with the pool.
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
