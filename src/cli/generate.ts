/**
 * `dialforge generate`: specs (or a saved graph) → <out>/dialogues.jsonl (canonical records, streamed) and
 * <out>/manifest.json. Ctrl-C stops after the records in progress and leaves complete files with a manifest saying
 * `interrupted`; `--resume` continues from the manifest's checkpoint and ends with the file an uninterrupted run
 * writes. The manifest has no timestamps, so it too is the same for the same inputs.
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, statSync, truncateSync, writeFileSync, type WriteStream } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { DialforgeError, isDialforgeError } from '../errors.ts';
import { createDialoguePlanner, defaultWorkerCount, effectiveWorkers, GenerateWorkerPool, generateDialogues, loadCatalog, MIN_INDICES_PER_WORKER, type DialoguePlanner, type GenerateItem, type SerializedItem } from '../generate/index.ts';
import { realizerModule, realizerModules, templateRealizer } from '../realize/index.ts';
import { exportFormatNames, readDialogueRecords, writeExports } from '../export/index.ts';
import { action, EXIT_OK, EXIT_PARTIAL } from './_run.ts';
import { parseFormats } from './export.ts';
import { lockOutDir, type OutLock } from './_out-lock.ts';
import { addLlmOptions, createGenerateLlmRealizer, formatLlmProgress, llmIdentity, llmManifest, llmSettingsFrom, llmSummary, llmWindow, runLlmBatchOut, runLlmDryRun, type LlmCliOptions } from './_llm.ts';
import { DEFAULTS, parseCount, parseFlowMix, parseShard, parseToolListMode, readConfigFile, splitList, type GenerateSettings } from './_generate-config.ts';
import { describedInEnglish } from '../language/plain.ts';

const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };

/** Exit code of a run stopped by Ctrl-C (128 + SIGINT), as shells expect. */
const EXIT_INTERRUPTED = 130;
/** A checkpoint (flushed records + manifest) every this many indices, so even a killed run can resume. */
const CHECKPOINT_EVERY = 1000;

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

export interface Manifest {
  version: string;
  generator: string;
  seed: number;
  n: number;
  config_hash: string;
  config: Record<string, unknown>;
  specs: { file: string; sha256: string }[];
  graph: { file: string; sha256: string } | null;
  shard: { index: number; count: number; start: number; end: number } | null;
  realizer: string;
  /** Every index below this one has been decided (written or rejected). */
  next_index: number;
  /** Size of dialogues.jsonl holding exactly the records below next_index. */
  bytes: number;
  counts: { planned: number; written: number; rejected: number };
  families: Record<string, number>;
  flows: Record<string, number>;
  rejected: Record<string, number>;
  rejected_examples: { index: number; reason: string; message: string }[];
  interrupted: boolean;
  /** Why the run stopped before its end, when an error stopped it (not Ctrl-C). */
  stopped?: { code: string; message: string; at_index: number };
  /** Operations whose description is in another language: spoken from their name and path instead. */
  not_english?: { operations: number; of: number };
  /** LLM realizer totals (model, answers, cache hits, fallbacks, tokens, cost). */
  llm?: Record<string, unknown>;
  complete: boolean;
  /** The export summary, when --formats wrote fine-tuning files. */
  export?: unknown;
}

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

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function fileHash(file: string): string {
  try {
    return sha256(readFileSync(file));
  } catch {
    return '';
  }
}

/** The settings that decide the records (not where they go or how progress shows), as canonical JSON. */
function configForHash(s: GenerateSettings, specHashes: Manifest['specs'], graphHash: Manifest['graph'], flowTableHash: string | null): Record<string, unknown> {
  const flows = Object.fromEntries(Object.entries(s.flows).sort(([a], [b]) => a.localeCompare(b)));
  return { n: s.n, seed: s.seed, flows, tools: s.tools, realizer: s.realizer, shard: s.shard ?? null, specs: specHashes.map((h) => h.sha256), graph: graphHash?.sha256 ?? null, flow_table: flowTableHash };
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
  const range = rangeOf(settings);
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

/** The index range this run (or shard) covers. */
function rangeOf(settings: GenerateSettings): { start: number; end: number } {
  return settings.shard
    ? { start: Math.floor(((settings.shard.index - 1) * settings.n) / settings.shard.count), end: Math.floor((settings.shard.index * settings.n) / settings.shard.count) }
    : { start: 0, end: settings.n };
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

  const specHashes = catalog.files.map((file) => ({ file: relative(process.cwd(), file) || file, sha256: fileHash(file) }));
  const graphHash = settings.graph ? { file: settings.graph, sha256: fileHash(settings.graph) } : null;
  const llmSettings = settings.realizer === 'llm' ? llmSettingsFrom(options, settings.llm, options.concurrency !== undefined ? settings.concurrency : undefined, options.config) : undefined;
  const config = { ...configForHash(settings, specHashes, graphHash, settings.flowTable ? fileHash(settings.flowTable) : null), ...(llmSettings ? { llm: llmIdentity(llmSettings) } : {}) };
  const configHash = sha256(JSON.stringify(config));

  if (llmSettings?.dryRun) {
    await runLlmDryRun(llmSettings, planner(), range.start, range.end);
    return EXIT_OK;
  }
  if (llmSettings?.batchOut) {
    await runLlmBatchOut(llmSettings, planner(), range.start, range.end);
    return EXIT_OK;
  }

  const outDir = settings.out;
  mkdirSync(outDir, { recursive: true });
  held.lock = lockOutDir(outDir, `dialforge generate${settings.resume ? ' --resume' : ''}`, (text) => process.stderr.write(`dialforge: ${text}\n`));
  const dataFile = join(outDir, 'dialogues.jsonl');
  const manifestFile = join(outDir, 'manifest.json');
  const llm = llmSettings ? createGenerateLlmRealizer(llmSettings, planner()) : undefined;
  const realizer = llm?.realizer ?? templateRealizer;

  let manifest: Manifest = {
    version: pkg.version,
    generator: `dialforge@${pkg.version}`,
    seed: settings.seed,
    n: settings.n,
    config_hash: configHash,
    config,
    specs: specHashes,
    graph: graphHash,
    shard: settings.shard ? { ...settings.shard, ...range } : null,
    realizer: realizer.name,
    next_index: range.start,
    bytes: 0,
    counts: { planned: 0, written: 0, rejected: 0 },
    families: {},
    flows: {},
    rejected: {},
    rejected_examples: [],
    interrupted: false,
    not_english: { operations: catalog.operations.filter((op) => !describedInEnglish(op)).length, of: catalog.operations.length },
    complete: false,
  };

  if (settings.resume) {
    const previous = readManifest(manifestFile);
    if (previous.config_hash !== configHash) {
      throw new DialforgeError('E_USAGE', `--resume: ${manifestFile} was written with other settings or inputs (config hash ${previous.config_hash.slice(0, 12)}…, now ${configHash.slice(0, 12)}…); rerun without --resume or with the same settings`, { file: manifestFile });
    }
    if (previous.complete) {
      process.stderr.write(`dialforge: ${dataFile} is already complete (${previous.counts.written} dialogues); nothing to resume\n`);
      return EXIT_OK;
    }
    const size = existsSync(dataFile) ? statSync(dataFile).size : 0;
    if (size < previous.bytes) throw new DialforgeError('E_USAGE', `--resume: ${dataFile} is shorter than its manifest says (${size} < ${previous.bytes} bytes); rerun without --resume`, { file: dataFile });
    // Records written after the last checkpoint are dropped and made again, identically.
    truncateSync(dataFile, previous.bytes);
    const { stopped: _cause, ...rest } = previous;
    manifest = { ...rest, interrupted: false };
  } else {
    writeFileSync(dataFile, '');
  }

  const { stream, failure } = openDataStream(dataFile);
  const progress = settings.progress && process.stderr.isTTY ? new ProgressBar(range.end - range.start, manifest.next_index - range.start) : undefined;
  writeManifest(manifestFile, { ...manifest, interrupted: true });
  /** The last state known to be on disk whole: what a write failure goes back to. */
  let checkpoint = structuredClone(manifest);

  try {
    let sinceCheckpoint = 0;
    const shouldStop = (): boolean => stop.requested;
    const items: AsyncIterable<GenerateItem | SerializedItem> = pool
      ? pool.generate({ catalog, planner: plannerOptions, start: manifest.next_index, end: range.end, shouldStop })
      : generateDialogues({ planner: planner(), realizer, start: manifest.next_index, end: range.end, concurrency: llmSettings ? llmWindow(llmSettings.concurrency) : settings.concurrency, shouldStop });
    for await (const item of items) {
      manifest.bytes += await record(stream, manifest, item, failure);
      manifest.next_index = item.index + 1;
      progress?.tick(manifest.counts.rejected, llm ? formatLlmProgress(llm.stats()) : undefined);
      if (++sinceCheckpoint >= CHECKPOINT_EVERY) {
        sinceCheckpoint = 0;
        await flush(stream);
        writeManifest(manifestFile, { ...manifest, interrupted: true });
        checkpoint = structuredClone(manifest);
      }
    }
    stream.end();
    await once(stream, 'finish');
  } catch (error) {
    progress?.done();
    throw await stoppedRun(error, { stream, failure, dataFile, manifestFile, manifest, checkpoint, end: range.end, llm: llm ? llmManifest(llm.stats()) : undefined });
  }
  progress?.done();
  manifest.interrupted = manifest.next_index < range.end;
  manifest.complete = !manifest.interrupted;
  if (llm) manifest.llm = llmManifest(llm.stats());
  writeManifest(manifestFile, manifest);

  const { written, rejected, planned } = manifest.counts;
  if (llm) process.stderr.write(llmSummary(llm.stats()));
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

/** The data file, appended to. A failed write (disk full) is kept, not thrown: it surfaces at the next record or flush. */
function openDataStream(dataFile: string): { stream: WriteStream; failure: { error?: Error } } {
  // A large buffer: records are a few kB each, and fewer, bigger writes cost less.
  const stream = createWriteStream(dataFile, { flags: 'a', highWaterMark: 1 << 20 });
  const failure: { error?: Error } = {};
  stream.on('error', (error) => (failure.error ??= error));
  return { stream, failure };
}

/**
 * What a run stopped by an error leaves: after a failed write, the files as of the last checkpoint; after
 * another DialforgeError (the LLM endpoint unreachable, the key refused), what is written stays. Either
 * way the manifest says why and where, and --resume continues from there once the cause is fixed.
 */
async function stoppedRun(
  error: unknown,
  run: { stream: WriteStream; failure: { error?: Error }; dataFile: string; manifestFile: string; manifest: Manifest; checkpoint: Manifest; end: number; llm: Record<string, unknown> | undefined },
): Promise<unknown> {
  const writeError = run.failure.error ?? (isSystemError(error) ? error : undefined);
  if (writeError) {
    run.stream.destroy();
    return stopOnWriteError(writeError, run);
  }
  run.stream.end();
  await once(run.stream, 'finish').catch(() => undefined);
  if (!isDialforgeError(error)) return error;
  const { manifest } = run;
  manifest.interrupted = true;
  manifest.complete = false;
  manifest.stopped = { code: error.code, message: error.message, at_index: manifest.next_index };
  if (run.llm) manifest.llm = run.llm;
  writeManifest(run.manifestFile, manifest);
  return new DialforgeError(
    error.code,
    `${error.message}\nThe run stopped at index ${manifest.next_index} of ${run.end} (${manifest.counts.written} dialogues kept in ${run.dataFile}; ${run.manifestFile} says why). Fix the cause, then run the same command with --resume to continue.`,
  );
}

/** An error from the file system (ENOSPC, EIO, EACCES…), as opposed to a bug or a DialforgeError. */
function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && typeof (error as NodeJS.ErrnoException).syscall === 'string';
}

/**
 * A write failed (disk full, quota, I/O error): the data file goes back to the last checkpoint, so it ends
 * with a whole line, the manifest says why, and --resume continues from there once there is room.
 */
function stopOnWriteError(error: Error, run: { dataFile: string; manifestFile: string; checkpoint: Manifest; end: number }): DialforgeError {
  const { code, path } = error as NodeJS.ErrnoException;
  const file = path ?? run.dataFile;
  const what = code === 'ENOSPC' ? 'the disk is full' : code === 'EDQUOT' ? 'the disk quota is used up' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EROFS' ? 'the file system is read-only' : error.message;
  const todo = code === 'ENOSPC' || code === 'EDQUOT' ? 'Free space there (or choose another --out)' : 'Make the folder writable (or choose another --out)';
  let kept = `the ${run.checkpoint.counts.written} dialogues before index ${run.checkpoint.next_index} are kept whole`;
  try {
    // A device or pipe as the data file (/dev/full) has no length to go back to: nothing to cut there.
    if (statSync(run.dataFile).isFile()) truncateSync(run.dataFile, run.checkpoint.bytes);
    const manifest: Manifest = { ...run.checkpoint, interrupted: true, complete: false, stopped: { code: 'E_WRITE', message: `cannot write ${file}: ${what} (${code ?? 'error'})`, at_index: run.checkpoint.next_index } };
    writeManifest(run.manifestFile, manifest);
  } catch (second) {
    kept = `the files could not be put back to the last checkpoint either (${(second as Error).message}); rerun without --resume once there is room`;
  }
  return new DialforgeError(
    'E_WRITE',
    `cannot write ${file}: ${what} (${code ?? 'error'}). ${todo}, then run the same command with --resume: ${kept}; no line is torn.`,
    { file },
  );
}

/** Writes one outcome; returns the bytes appended. Waits when the stream's buffer is full (memory stays flat). */
async function record(stream: WriteStream, manifest: Manifest, item: GenerateItem | SerializedItem, failure: { error?: Error }): Promise<number> {
  if (failure.error) throw failure.error;
  manifest.counts.planned++;
  if ('rejected' in item) {
    manifest.counts.rejected++;
    manifest.rejected[item.rejected.reason] = (manifest.rejected[item.rejected.reason] ?? 0) + 1;
    if (manifest.rejected_examples.length < 20) manifest.rejected_examples.push({ index: item.index, reason: item.rejected.reason, message: item.rejected.message });
    return 0;
  }
  const { json, family, flow } = 'json' in item ? item : { json: JSON.stringify(item.record), family: item.record.family, flow: item.record.flow };
  const line = `${json}\n`;
  manifest.counts.written++;
  manifest.families[family] = (manifest.families[family] ?? 0) + 1;
  manifest.flows[flow] = (manifest.flows[flow] ?? 0) + 1;
  if (!stream.write(line)) await once(stream, 'drain');
  return Buffer.byteLength(line);
}

function flush(stream: WriteStream): Promise<void> {
  return new Promise((done, fail) => stream.write('', (error) => (error ? fail(error) : done())));
}

function sorted(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

function writeManifest(file: string, manifest: Manifest): void {
  const ordered = { ...manifest, families: sorted(manifest.families), flows: sorted(manifest.flows), rejected: sorted(manifest.rejected) };
  // Written aside and renamed: a crash never leaves half a manifest.
  writeFileSync(`${file}.tmp`, `${JSON.stringify(ordered, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
}

function readManifest(file: string): Manifest {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new DialforgeError('E_USAGE', `--resume: no manifest at ${file}; there is no run to resume in this folder (run without --resume)`, { file });
  }
  try {
    return JSON.parse(text) as Manifest;
  } catch (cause) {
    throw new DialforgeError('E_PARSE', `--resume: the manifest is not JSON (${(cause as Error).message}); rerun without --resume`, { file, cause });
  }
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
