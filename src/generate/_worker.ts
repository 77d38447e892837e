/**
 * A generation worker thread (see generate-workers.ts). It receives the catalog's graph once, builds its own
 * planner from it, then plans, realizes and checks the index ranges it is sent, replying with each record already
 * serialized as its JSONL line, so the main thread only writes. Randomness depends on (seed, index) alone, so
 * which worker makes which index never changes a byte.
 */
import { parentPort } from 'node:worker_threads';
import { DirectedGraph } from 'graphology';
import { DialforgeError } from '../errors.ts';
import { createDialoguePlanner, generateDialogues, serializeItem, type Catalog, type DialoguePlanner, type PlannerOptions, type SerializedItem } from './pipeline.ts';
import type { ApiGraph } from '../graph/index.ts';

export type WorkerRequest =
  | { type: 'init'; run: number; graph: ReturnType<ApiGraph['export']>; planner: PlannerOptions }
  | { type: 'range'; run: number; start: number; end: number };

export type WorkerReply =
  | { type: 'range'; run: number; start: number; end: number; items: SerializedItem[] }
  | { type: 'error'; run: number; message: string; code?: string; stack?: string };

const port = parentPort;
if (!port) throw new Error('_generate-worker.ts runs only as a worker thread');

let planner: DialoguePlanner | undefined;
// Ranges are made one after another, in the order they arrive.
let queue: Promise<void> = Promise.resolve();

function fail(run: number, error: unknown): void {
  const reply: WorkerReply =
    error instanceof DialforgeError
      ? { type: 'error', run, message: error.message, code: error.code }
      : { type: 'error', run, message: error instanceof Error ? error.message : String(error), ...(error instanceof Error && error.stack ? { stack: error.stack } : {}) };
  port?.postMessage(reply);
}

async function makeRange(run: number, start: number, end: number): Promise<void> {
  if (!planner) throw new Error('worker got a range before its catalog');
  const items: SerializedItem[] = [];
  for await (const item of generateDialogues({ planner, start, end })) items.push(serializeItem(item));
  port?.postMessage({ type: 'range', run, start, end, items } satisfies WorkerReply);
}

port.on('message', (message: WorkerRequest) => {
  queue = queue
    .then(() => {
      if (message.type === 'init') {
        const graph = DirectedGraph.from(message.graph as Parameters<typeof DirectedGraph.from>[0]) as unknown as ApiGraph;
        const catalog: Catalog = { operations: graph.mapNodes((_node, attrs) => attrs.operation), graph, files: [], warnings: [] };
        planner = createDialoguePlanner(catalog, message.planner);
        return;
      }
      return makeRange(message.run, message.start, message.end);
    })
    .catch((error: unknown) => fail(message.run, error));
});
