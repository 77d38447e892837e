/**
 * A resumable run that writes a dataset: <out>/dialogues.jsonl (canonical records, streamed) and
 * <out>/manifest.json, with a checkpoint every CHECKPOINT_EVERY indices. A stop request leaves complete files with a
 * manifest saying `interrupted`; `resume` continues from the manifest's checkpoint and ends with the file an
 * uninterrupted run writes. The manifest has no timestamps, so it too is the same for the same inputs. The run's
 * identity (config and its hash) decides whether a resume is allowed.
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, statSync, truncateSync, writeFileSync, type WriteStream } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { DialforgeError, isDialforgeError } from '../errors.ts';
import type { FlowFamily } from '../plan/index.ts';
import type { Catalog, GenerateItem, SerializedItem } from './pipeline.ts';
import { recordJson } from './_record-json.ts';

const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };

/** A checkpoint (flushed records + manifest) every this many indices, so even a killed run can resume. */
export const CHECKPOINT_EVERY = 1000;

/** The settings of a run that decide its records and where they go. */
export interface RunSettings {
  n: number;
  seed: number;
  flows: Partial<Record<FlowFamily, number>>;
  tools: string;
  realizer: string;
  shard?: { index: number; count: number };
  graph?: string;
  flowTable?: string;
  out: string;
  resume: boolean;
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

/** What identifies a run's inputs: the hashed config and the files behind it. */
export interface RunIdentity {
  config: Record<string, unknown>;
  configHash: string;
  specs: Manifest['specs'];
  graph: Manifest['graph'];
}

/** The run's identity from its settings and catalog; `extra` (the LLM realizer's identity) joins the config. */
export function runIdentity(settings: RunSettings, catalog: Pick<Catalog, 'files'>, extra: Record<string, unknown> = {}): RunIdentity {
  const specs = catalog.files.map((file) => ({ file: relative(process.cwd(), file) || file, sha256: fileHash(file) }));
  const graph = settings.graph ? { file: settings.graph, sha256: fileHash(settings.graph) } : null;
  const config = { ...configForHash(settings, specs, graph, settings.flowTable ? fileHash(settings.flowTable) : null), ...extra };
  return { config, configHash: sha256(JSON.stringify(config)), specs, graph };
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
function configForHash(s: RunSettings, specHashes: Manifest['specs'], graphHash: Manifest['graph'], flowTableHash: string | null): Record<string, unknown> {
  const flows = Object.fromEntries(Object.entries(s.flows).sort(([a], [b]) => a.localeCompare(b)));
  return { n: s.n, seed: s.seed, flows, tools: s.tools, realizer: s.realizer, shard: s.shard ?? null, specs: specHashes.map((h) => h.sha256), graph: graphHash?.sha256 ?? null, flow_table: flowTableHash };
}

/** The index range this run (or shard) covers. */
export function runRange(settings: Pick<RunSettings, 'n' | 'shard'>): { start: number; end: number } {
  return settings.shard
    ? { start: Math.floor(((settings.shard.index - 1) * settings.n) / settings.shard.count), end: Math.floor((settings.shard.index * settings.n) / settings.shard.count) }
    : { start: 0, end: settings.n };
}

/** What a run reports as it goes; the CLI draws its progress bar from these. */
export interface RunProgress {
  /** The run starts writing at `next` (above range.start when resumed). */
  start(next: number): void;
  tick(manifest: Manifest): void;
  done(): void;
}

export interface DatasetRunOptions {
  settings: RunSettings;
  identity: RunIdentity;
  /** Operations described in another language, of all (the manifest's `not_english`). */
  notEnglish: { operations: number; of: number };
  /** The realizer's name for the manifest; asked once, after onOutDir. */
  realizerName(): string;
  /** The outcomes of indices start..range end, in index order. */
  items(start: number): AsyncIterable<GenerateItem | SerializedItem>;
  /** Called once the output folder exists, before any file in it is touched (the CLI locks it there). */
  onOutDir?(outDir: string): void;
  progress?: RunProgress;
  /** The LLM realizer's totals for the manifest, when it words the run. */
  llmTotals?(): Record<string, unknown>;
}

export interface DatasetRunResult {
  manifest: Manifest;
  dataFile: string;
  manifestFile: string;
  range: { start: number; end: number };
  /** A resume found the run already complete: nothing was written. */
  alreadyComplete: boolean;
}

/** Runs (or resumes) a dataset into settings.out; a stopped run throws a DialforgeError naming where it stopped. */
export async function runDataset(options: DatasetRunOptions): Promise<DatasetRunResult> {
  const { settings, identity } = options;
  const range = runRange(settings);
  const outDir = settings.out;
  mkdirSync(outDir, { recursive: true });
  options.onOutDir?.(outDir);
  const dataFile = join(outDir, 'dialogues.jsonl');
  const manifestFile = join(outDir, 'manifest.json');
  let manifest = newManifest(options, range);
  if (settings.resume) {
    const previous = readManifest(manifestFile);
    if (previous.config_hash !== identity.configHash) {
      throw new DialforgeError('E_USAGE', `--resume: ${manifestFile} was written with other settings or inputs (config hash ${previous.config_hash.slice(0, 12)}…, now ${identity.configHash.slice(0, 12)}…); rerun without --resume or with the same settings`, { file: manifestFile });
    }
    if (previous.complete) return { manifest: previous, dataFile, manifestFile, range, alreadyComplete: true };
    const size = existsSync(dataFile) ? statSync(dataFile).size : 0;
    if (size < previous.bytes) throw new DialforgeError('E_USAGE', `--resume: ${dataFile} is shorter than its manifest says (${size} < ${previous.bytes} bytes); rerun without --resume`, { file: dataFile });
    // Records written after the last checkpoint are dropped and made again, identically.
    truncateSync(dataFile, previous.bytes);
    const { stopped: _cause, ...rest } = previous;
    manifest = { ...rest, interrupted: false };
  } else {
    writeFileSync(dataFile, '');
  }
  await writeRecords(options, manifest, { dataFile, manifestFile, end: range.end });
  manifest.interrupted = manifest.next_index < range.end;
  manifest.complete = !manifest.interrupted;
  if (options.llmTotals) manifest.llm = options.llmTotals();
  writeManifest(manifestFile, manifest);
  return { manifest, dataFile, manifestFile, range, alreadyComplete: false };
}

function newManifest(options: DatasetRunOptions, range: { start: number; end: number }): Manifest {
  const { settings, identity } = options;
  return {
    version: pkg.version,
    generator: `dialforge@${pkg.version}`,
    seed: settings.seed,
    n: settings.n,
    config_hash: identity.configHash,
    config: identity.config,
    specs: identity.specs,
    graph: identity.graph,
    shard: settings.shard ? { ...settings.shard, ...range } : null,
    realizer: options.realizerName(),
    next_index: range.start,
    bytes: 0,
    counts: { planned: 0, written: 0, rejected: 0 },
    families: {},
    flows: {},
    rejected: {},
    rejected_examples: [],
    interrupted: false,
    not_english: options.notEnglish,
    complete: false,
  };
}

/** Streams the outcomes into the data file with checkpoints; a stopped run is put back and thrown. */
async function writeRecords(options: DatasetRunOptions, manifest: Manifest, files: { dataFile: string; manifestFile: string; end: number }): Promise<void> {
  const { dataFile, manifestFile } = files;
  const { stream, failure } = openDataStream(dataFile);
  const { progress } = options;
  progress?.start(manifest.next_index);
  writeManifest(manifestFile, { ...manifest, interrupted: true });
  /** The last state known to be on disk whole: what a write failure goes back to. */
  let checkpoint = structuredClone(manifest);
  try {
    let sinceCheckpoint = 0;
    for await (const item of options.items(manifest.next_index)) {
      manifest.bytes += await record(stream, manifest, item, failure);
      manifest.next_index = item.index + 1;
      progress?.tick(manifest);
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
    throw await stoppedRun(error, { stream, failure, dataFile, manifestFile, manifest, checkpoint, end: files.end, llm: options.llmTotals?.() });
  }
  progress?.done();
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
  const { json, family, flow } = 'json' in item ? item : { json: recordJson(item.record), family: item.record.family, flow: item.record.flow };
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

export function writeManifest(file: string, manifest: Manifest): void {
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

