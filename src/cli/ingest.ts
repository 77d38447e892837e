/**
 * `dialforge ingest <results.jsonl> --plans <requests.plans.jsonl>`: reads the results of an OpenAI Batch
 * API job (or `vllm run-batch`) made from `generate --realizer llm --batch-out`, checks every answer like a
 * live one (a failed answer keeps the template text, counted), and writes <out>/dialogues.jsonl and
 * <out>/manifest.json in plan order.
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Command } from 'commander';
import { checkDialogue } from '../check/index.ts';
import { DialforgeError } from '../errors.ts';
import type { DialoguePlan } from '../plan/index.ts';
import { formatLlmProgress, ingestLlmBatchResults, llmManifest, parseLlmPrice, readLlmPlansFile, realize, type LlmModelPrice, type LlmStats } from '../realize/index.ts';
import { llmSummary } from './_llm.ts';
import { action, EXIT_OK, EXIT_PARTIAL } from './_run.ts';

const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };

interface IngestCliOptions {
  plans: string;
  out?: string;
  model?: string;
  price?: string;
  priceFactor?: string;
  progress?: boolean;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .summary('read LLM batch results back into a checked dataset')
    .description('Read Batch API (or vllm run-batch) results back: check each answer, keep the template text where it fails, write the dataset.')
    .argument('<results>', 'the batch results file (JSONL: one {custom_id, response, error} per line)')
    .requiredOption('--plans <file>', 'the .plans.jsonl written beside the batch input by generate --batch-out')
    .option('--out <dir>', 'output folder for dialogues.jsonl and manifest.json (default output/)')
    .option('--model <name>', 'model name for meta.realizer when the plans do not carry one')
    .option('--price <in/out>', 'USD per 1M input/output tokens (overrides the built-in table)')
    .option('--price-factor <x>', 'multiplier on list prices (default 0.5: the Batch API costs half; 0 for your own vLLM)')
    .option('--no-progress', 'no progress line')
    .action(action((results: string, options: IngestCliOptions) => runIngest(results, options)));
}

function fileSha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** The sidecar holds template-realized records: they are their own fallback. Bare plans get the template realizer. */
function fallback(plan: DialoguePlan): DialoguePlan {
  const worded = plan.turns.every((turn) => turn.speaker === 'tool' || turn.speaker === 'assistant' || typeof turn.text === 'string');
  return worded ? plan : realize(plan);
}

/** The live line on stderr, redrawn at most ten times a second. */
function progressLine(): (stats: LlmStats) => void {
  let last = 0;
  return (stats) => {
    const now = performance.now();
    if (now - last < 100) return;
    last = now;
    process.stderr.write(`\r${formatLlmProgress(stats)}\u001b[K`);
  };
}

export async function runIngest(resultsFile: string, options: IngestCliOptions): Promise<number> {
  let price: LlmModelPrice | undefined;
  if (options.price !== undefined) {
    price = parseLlmPrice(options.price);
    if (!price) throw new DialforgeError('E_USAGE', `--price: "${options.price}" is not input/output USD per 1M tokens (for example 0.15/0.6)`);
  }
  let priceFactor: number | undefined;
  if (options.priceFactor !== undefined) {
    priceFactor = Number(options.priceFactor);
    if (!Number.isFinite(priceFactor) || priceFactor < 0) throw new DialforgeError('E_USAGE', `--price-factor: "${options.priceFactor}" must be a number >= 0`);
  }
  const outDir = options.out ?? 'output';
  const plans = readLlmPlansFile(options.plans);
  const ingest = await ingestLlmBatchResults(resultsFile, plans, {
    check: (record) => checkDialogue(record),
    fallback,
    model: options.model,
    price,
    priceFactor,
    onProgress: options.progress !== false && process.stderr.isTTY ? progressLine() : undefined,
  });

  mkdirSync(outDir, { recursive: true });
  const dataFile = join(outDir, 'dialogues.jsonl');
  const stream = createWriteStream(dataFile);
  const counts = { planned: 0, written: 0, rejected: 0 };
  const families: Record<string, number> = {};
  const flows: Record<string, number> = {};
  const rejected: { plan: string; reasons: string[] }[] = [];
  for await (const outcome of ingest.outcomes) {
    counts.planned++;
    if (!outcome.record) {
      counts.rejected++;
      if (rejected.length < 20) rejected.push({ plan: outcome.planId, reasons: outcome.reasons });
      continue;
    }
    counts.written++;
    families[outcome.record.family] = (families[outcome.record.family] ?? 0) + 1;
    flows[outcome.record.flow] = (flows[outcome.record.flow] ?? 0) + 1;
    if (!stream.write(`${JSON.stringify(outcome.record)}\n`)) await once(stream, 'drain');
  }
  stream.end();
  await once(stream, 'finish');
  if (options.progress !== false && process.stderr.isTTY) process.stderr.write('\n');
  const stats = ingest.stats();
  const manifest = {
    version: pkg.version,
    generator: `dialforge@${pkg.version}`,
    realizer: `llm:${stats.model}`,
    source: { results: { file: resultsFile, sha256: fileSha256(resultsFile) }, plans: { file: options.plans, sha256: fileSha256(options.plans) } },
    counts,
    families,
    flows,
    rejected_examples: rejected,
    llm: llmManifest(stats),
    complete: true,
  };
  const manifestFile = join(outDir, 'manifest.json');
  writeFileSync(`${manifestFile}.tmp`, `${JSON.stringify(manifest, null, 2)}\n`);
  renameSync(`${manifestFile}.tmp`, manifestFile);
  process.stderr.write(`dialforge: ${counts.written} dialogues written to ${dataFile} (${counts.rejected} of ${counts.planned} rejected)\n`);
  process.stderr.write(llmSummary(stats));
  return counts.written === 0 ? EXIT_PARTIAL : EXIT_OK;
}
