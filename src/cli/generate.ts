/**
 * `dialforge generate`: specs (or a saved graph) → <out>/dialogues.jsonl (canonical records, streamed) and
 * <out>/manifest.json. Ctrl-C stops after the records in progress and leaves complete files with a manifest saying
 * `interrupted`; `--resume` continues from the manifest's checkpoint and ends with the file an uninterrupted run
 * writes. The manifest has no timestamps, so it too is the same for the same inputs.
 */
import { join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { createDialoguePlanner, defaultWorkerCount, effectiveWorkers, GenerateWorkerPool, generateDialogues, loadCatalog, MIN_INDICES_PER_WORKER, runDataset, runIdentity, runRange, writeManifest, type DialoguePlanner, type GenerateItem, type RunProgress, type SerializedItem } from '../generate/index.ts';
import { realizerModule, realizerModules, templateRealizer } from '../realize/index.ts';
import { exportFormatNames, readDialogueRecords, writeExports } from '../export/index.ts';
import { action, EXIT_OK, EXIT_PARTIAL } from './_run.ts';
import { parseFormats } from './export.ts';
import { lockOutDir, type OutLock } from './_out-lock.ts';
import { addLlmOptions, createGenerateLlmRealizer, formatLlmProgress, llmIdentity, llmManifest, llmSettingsFrom, llmSummary, llmWindow, runLlmBatchOut, runLlmDryRun, type LlmCliOptions } from './_llm.ts';
import { DEFAULTS, parseCount, parseFlowMix, parseShard, parseToolListMode, readConfigFile, splitList, type GenerateSettings } from './_generate-config.ts';
import { describedInEnglish } from '../language/plain.ts';

/** Exit code of a run stopped by Ctrl-C (128 + SIGINT), as shells expect. */
const EXIT_INTERRUPTED = 130;
interface CliOptions extends LlmCliOptions {
  graph?: string;
  count?: string;
  seed?: string;
  flows?: string;
  flowTable?: string;
  tools?: string;
  out?: string;
  config?: string;
  resume?: boolean;
  shard?: string;
  responses?: string;
  realizer?: string;
  formats?: string;
  concurrency?: string;
  workers?: string;
  progress?: boolean;
}

export type { Manifest } from '../generate/index.ts';

export function registerGenerate(program: Command): void {
  const command = program
    .command('generate')
    .summary('plan, word and check dialogues; write dialogues.jsonl, manifest.json and export formats')
    .description('Generate clarification-aware tool-use dialogues into <out>/dialogues.jsonl and <out>/manifest.json.')
    .argument('[specs...]', 'spec files or folders (default: the bundled api-specs/ unless --graph is given)')
    .option('--graph <file>', 'generate from a saved graph (dialforge graph -o FILE) instead of specs')
    .option('-n, --count <n>', `number of dialogues to plan (default ${DEFAULTS.n})`)
    .option('--seed <n>', `seed; the same inputs and seed give byte-identical output (default ${DEFAULTS.seed})`)
    .option('--flows <mix>', 'flow mix as family=weight,… (e.g. fail_inform=3,no_ask=1,cannot_fulfil=0)')
    .option('--tools <mode>', 'what each row\'s tool list holds: retrieved (the retriever\'s candidates, distractors included; default), api (every operation of the APIs used) or catalog-sample (the used operations plus a random sample of the catalog)')
    .option('--flow-table <file>', 'YAML/JSON file of extra flow definitions, added to the built-in table (see "Flows and planning" in the README)')
    .option('--out <dir>', `output folder (default ${DEFAULTS.out}/)`)
    .option('--config <file>', 'YAML config with any of these settings (schema: schemas/config.schema.json)')
    .option('--resume', 'continue an interrupted run in --out')
    .option('--shard <i/n>', 'generate only the i-th of n contiguous parts of the index range (1-based)')
    .option('--responses <dir>', 'folder of recorded RapidAPI responses')
    .option('--realizer <name>', `who writes the words: ${realizerModules().map((m) => m.summary).join(', ')}`)
    .option('--formats <list>', `export formats written after generation: a comma list of ${exportFormatNames().join(', ')}, or all`)
    .option('--concurrency <n>', 'dialogues realized at once (output order never changes)')
    .option('--workers <n>', `worker threads (template realizer only; --realizer llm always runs in-process): default ${defaultWorkerCount()} (the available CPUs less one; fewer for runs under ${2 * MIN_INDICES_PER_WORKER}), 1 = in-process; the output is the same for any count`)
    .option('--no-progress', 'no progress bar')
    .action(action((specs: string[], options: CliOptions) => runGenerate(specs, options)));
  addLlmOptions(command);
}

function settingsFrom(specs: string[], options: CliOptions): GenerateSettings {
  const fromFile = options.config ? readConfigFile(options.config) : {};
  const shardText = options.shard ?? fromFile.shardText;
  const realizer = options.realizer ?? fromFile.realizer ?? DEFAULTS.realizer;
  realizerModule(realizer, options.realizer !== undefined ? '--realizer' : 'config key "realizer"');
  const settings: GenerateSettings = {
    specs: specs.length > 0 ? specs : (fromFile.specs ?? []),
    n: options.count !== undefined ? parseCount(options.count, '-n', 1) : (fromFile.n ?? DEFAULTS.n),
    seed: options.seed !== undefined ? parseCount(options.seed, '--seed', 0) : (fromFile.seed ?? DEFAULTS.seed),
    flows: { ...(fromFile.flows ?? {}), ...(options.flows ? parseFlowMix(options.flows) : {}) },
    tools: options.tools !== undefined ? parseToolListMode(options.tools, '--tools') : (fromFile.tools ?? DEFAULTS.tools),
    out: options.out ?? fromFile.out ?? DEFAULTS.out,
    realizer,
    formats: options.formats !== undefined ? splitList(options.formats) : (fromFile.formats ?? []),
    concurrency: options.concurrency !== undefined ? parseCount(options.concurrency, '--concurrency', 1) : (fromFile.concurrency ?? DEFAULTS.concurrency),
    progress: options.progress !== false && fromFile.progress !== false,
    resume: options.resume === true,
  };
  const graph = options.graph ?? fromFile.graph;
  if (graph !== undefined) settings.graph = graph;
  const responses = options.responses ?? fromFile.responses;
  if (responses !== undefined) settings.responses = responses;
  const flowTable = options.flowTable ?? fromFile.flowTable;
  if (flowTable !== undefined) settings.flowTable = flowTable;
  if (fromFile.llm !== undefined) settings.llm = fromFile.llm;
  if (shardText !== undefined) settings.shard = parseShard(shardText, options.shard ? '--shard' : 'config key "shard"');
  if (settings.specs.length === 0 && settings.graph === undefined) settings.specs = [defaultSpecsDir()];
  if (settings.formats.length > 0) parseFormats(settings.formats.join(',')); // unknown formats fail before any work
  return settings;
}

function defaultSpecsDir(): string {
  const here = new URL('../../api-specs', import.meta.url);
  return relative(process.cwd(), resolve(decodeURIComponent(here.pathname))) || '.';
}

export async function runGenerate(specs: string[], options: CliOptions): Promise<number> {
  const settings = settingsFrom(specs, options);
  const requested = options.workers !== undefined ? parseCount(options.workers, '--workers', 1) : defaultWorkerCount();
  // Ctrl-C from here on stops cleanly: during loading, nothing is generated; during generation, the records in
  // progress are finished, files are closed and the manifest says `interrupted`.
  const stop = { requested: false };
  const onSigint = (): void => {
    if (stop.requested) return;
    stop.requested = true;
    process.stderr.write('\ndialforge: interrupted; finishing the records in progress and closing the files\n');
  };
  process.on('SIGINT', onSigint);
  // Workers start before the catalog is loaded, so their start-up overlaps it.
  const range = runRange(settings);
  // The default count is cut for small runs, where starting threads costs more than it saves; an explicit one is kept.
  const total = range.end - range.start;
  const workers = !realizerModule(settings.realizer).workers ? 1 : options.workers !== undefined ? Math.max(1, Math.min(requested, total)) : effectiveWorkers(requested, total);
  const pool = workers > 1 ? new GenerateWorkerPool(workers) : undefined;
  const held: { lock?: OutLock } = {};
  try {
    return await generateInto(settings, options, stop, range, pool, held);
  } finally {
    held.lock?.release();
    process.off('SIGINT', onSigint);
    await pool?.close();
  }
}

async function generateInto(
  settings: GenerateSettings,
  options: CliOptions,
  stop: { requested: boolean },
  range: { start: number; end: number },
  pool: GenerateWorkerPool | undefined,
  held: { lock?: OutLock },
): Promise<number> {
  const catalog = await loadCatalog({
    specs: settings.graph ? [] : settings.specs,
    ...(settings.graph ? { graph: settings.graph } : {}),
    ...(settings.responses ? { responses: settings.responses } : {}),
  });
  for (const warning of catalog.warnings) process.stderr.write(`dialforge: ${warning}\n`);
  const plannerOptions = { seed: settings.seed, flows: settings.flows, tools: settings.tools, ...(settings.flowTable ? { flowTable: settings.flowTable } : {}) };
  // With workers each builds its own planner, and the main thread needs none; a flow table is still read here
  // first, so its errors come before any file is touched.
  let mainPlanner = pool && !settings.flowTable ? undefined : createDialoguePlanner(catalog, plannerOptions);
  const planner = (): DialoguePlanner => (mainPlanner ??= createDialoguePlanner(catalog, plannerOptions));

  const llmSettings = settings.realizer === 'llm' ? llmSettingsFrom(options, settings.llm, options.concurrency !== undefined ? settings.concurrency : undefined, options.config) : undefined;
  const identity = runIdentity(settings, catalog, llmSettings ? { llm: llmIdentity(llmSettings) } : {});

  if (llmSettings?.dryRun) {
    await runLlmDryRun(llmSettings, planner(), range.start, range.end);
    return EXIT_OK;
  }
  if (llmSettings?.batchOut) {
    await runLlmBatchOut(llmSettings, planner(), range.start, range.end);
    return EXIT_OK;
  }

  const outDir = settings.out;
  let llm: ReturnType<typeof createGenerateLlmRealizer> | undefined;
  const realizerOf = (): typeof templateRealizer => {
    llm = llmSettings ? createGenerateLlmRealizer(llmSettings, planner()) : undefined;
    return llm?.realizer ?? templateRealizer;
  };
  let realizer: typeof templateRealizer | undefined;
  const shouldStop = (): boolean => stop.requested;
  const result = await runDataset({
    settings,
    identity,
    notEnglish: { operations: catalog.operations.filter((op) => !describedInEnglish(op)).length, of: catalog.operations.length },
    // The lock is taken before the LLM realizer opens anything in the folder (its cache).
    onOutDir: (dir) => (held.lock = lockOutDir(dir, `dialforge generate${settings.resume ? ' --resume' : ''}`, (text) => process.stderr.write(`dialforge: ${text}\n`))),
    realizerName: () => (realizer ??= realizerOf()).name,
    items: (start): AsyncIterable<GenerateItem | SerializedItem> =>
      pool
        ? pool.generate({ catalog, planner: plannerOptions, start, end: range.end, shouldStop })
        : generateDialogues({ planner: planner(), realizer: realizer ?? templateRealizer, start, end: range.end, concurrency: llmSettings ? llmWindow(llmSettings.concurrency) : settings.concurrency, shouldStop }),
    ...(settings.progress && process.stderr.isTTY ? { progress: progressBar(range, () => (llm ? formatLlmProgress(llm.stats()) : undefined)) } : {}),
    ...(llmSettings ? { llmTotals: () => (llm ? llmManifest(llm.stats()) : {}) } : {}),
  });
  const { manifest, dataFile, manifestFile } = result;
  if (result.alreadyComplete) {
    process.stderr.write(`dialforge: ${dataFile} is already complete (${manifest.counts.written} dialogues); nothing to resume\n`);
    return EXIT_OK;
  }

  const { written, rejected, planned } = manifest.counts;
  const llmUsed = llm as ReturnType<typeof createGenerateLlmRealizer> | undefined;
  if (llmUsed) process.stderr.write(llmSummary(llmUsed.stats()));
  process.stderr.write(`dialforge: ${written} dialogue${written === 1 ? '' : 's'} written to ${dataFile} (${rejected} of ${planned} plans rejected${rejected ? `: ${formatReasons(manifest.rejected)}` : ''})\n`);
  if (manifest.interrupted) {
    process.stderr.write(`dialforge: stopped at index ${manifest.next_index} of ${range.end}; run the same command with --resume to finish\n`);
    return EXIT_INTERRUPTED;
  }
  if (settings.formats.length > 0) {
    // The fine-tuning formats are made from the finished file, exactly as `dialforge export` would.
    const summary = await writeExports(readDialogueRecords(dataFile), outDir, {
      formats: parseFormats(settings.formats.join(',')),
      manifest: manifest as unknown as Record<string, unknown>,
      writeManifest: false,
      validateInput: false, // every record was checked against the schema before it was written
    });
    manifest.export = summary;
    writeManifest(manifestFile, manifest);
    const crossing = summary.dialogues.crossingSplits;
    process.stderr.write(
      `dialforge: exported ${summary.dialogues.written} dialogues as ${summary.formats.join(', ')} into ${outDir}` +
        ` (splits: ${Object.entries(summary.counts.perSplit).map(([split, n]) => `${split} ${n}`).join(', ')}` +
        `${crossing ? `; ${crossing} left out because their chain crosses API splits` : ''}); dataset card: ${join(outDir, 'README.md')}\n`,
    );
    if (summary.invalidRows.length > 0) {
      for (const r of summary.invalidRows) process.stderr.write(`dialforge: internal error (please report): ${r.format} row of ${r.id} breaks its format: ${r.reasons.join('; ')}\n`);
      return EXIT_PARTIAL;
    }
  }
  return written === 0 ? EXIT_PARTIAL : EXIT_OK;
}

function formatReasons(reasons: Record<string, number>): string {
  return Object.entries(reasons)
    .sort(([, a], [, b]) => b - a)
    .map(([reason, count]) => `${reason} ${count}`)
    .join(', ');
}

/** The progress bar as the run's progress reports, drawn once the run knows where it starts. */
function progressBar(range: { start: number; end: number }, extra: () => string | undefined): RunProgress {
  let bar: ProgressBar | undefined;
  return {
    start: (next) => (bar = new ProgressBar(range.end - range.start, next - range.start)),
    tick: (manifest) => bar?.tick(manifest.counts.rejected, extra()),
    done: () => bar?.done(),
  };
}

/** `[#########-----------]  4521/11111  41%  2310/s  ETA 3s` on stderr, redrawn at most 10 times a second. */
class ProgressBar {
  private done_ = 0;
  private lastDraw = 0;
  private readonly started = performance.now();
  constructor(
    private readonly total: number,
    private readonly offset: number,
  ) {}

  tick(rejected: number, extra?: string): void {
    this.done_++;
    const now = performance.now();
    if (now - this.lastDraw < 100 && this.done_ + this.offset < this.total) return;
    this.lastDraw = now;
    const done = this.done_ + this.offset;
    const fraction = this.total === 0 ? 1 : done / this.total;
    const width = 24;
    const filled = Math.round(fraction * width);
    const rate = this.done_ / Math.max((now - this.started) / 1000, 1e-3);
    const eta = rate > 0 ? (this.total - done) / rate : 0;
    const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${this.total} ${Math.floor(fraction * 100)}% ${Math.round(rate)}/s ETA ${formatSeconds(eta)}${rejected ? ` rejected ${rejected}` : ''}${extra ? ` · ${extra}` : ''}`;
    process.stderr.write(`\r${line}\u001b[K`);
  }

  done(): void {
    process.stderr.write('\n');
  }
}

function formatSeconds(s: number): string {
  if (s < 60) return `${Math.ceil(s)}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m${Math.round(s % 60)}s` : `${Math.floor(m / 60)}h${m % 60}m`;
}
