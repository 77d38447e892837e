/**
 * writeExports: streams canonical records into every requested format, one file per format and split,
 * plus the Hugging Face dataset card (README.md) and the manifest additions. Memory holds counts and
 * per-operation tables only, never the records.
 */
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { stringify as stringifyYaml } from 'yaml';
import { DialforgeError } from '../errors.ts';
import type { DialogueRecord } from '../plan/index.ts';
import { consumerGuide } from './_card-guide.ts';
import { DEFAULT_SYSTEM_PROMPT } from './_chat.ts';
import type { ExportFormatModule, RowContext, WrittenFile } from './format.ts';
import type { ExportFormat } from './formats.ts';
import { exportFormatModules, exportFormatNames } from './formats/index.ts';
import { FunctionNames } from './names.ts';
import { DEFAULT_SPLIT, apisInSeveralSplits, apisOf, assignSplit, crossingApis, type SplitOptions } from './split.ts';
import { validateRow, type FileFormat } from './validate.ts';

export type { WrittenFile } from './format.ts';

export interface ExportOptions {
  /** Default: every format. */
  formats?: readonly ExportFormat[];
  /** Default: train=0.8, val=0.1, test=0.1 by target API, seed 0. */
  split?: SplitOptions;
  systemPrompt?: string;
  /** ShareGPT cannot mask a wrong turn out of the loss: leave self-correction dialogues out ('skip', default) or keep them trained as written ('keep'). */
  sharegptErrorTurns?: 'skip' | 'keep';
  /** Validate every input record against schemas/dialogue.schema.json and skip bad ones (default true). */
  validateInput?: boolean;
  /** The generator's manifest; written back to `<outDir>/manifest.json` with `export` added. */
  manifest?: Record<string, unknown>;
  /** Write `<outDir>/manifest.json` (default true); without `manifest`, an existing one is read and extended. */
  writeManifest?: boolean;
  /** Dataset card facts; seed/version/realizer default to the manifest's or the first record's. */
  card?: { title?: string; description?: string; license?: string };
  /** Called every `progressEvery` records (default 1000). */
  onProgress?: (done: number) => void;
  progressEvery?: number;
  /** The input line of a record, for `rejected` (see readDialogueRecords' `lines`). */
  lineOf?: (record: DialogueRecord) => number | undefined;
}


export interface ExportSummary {
  formats: ExportFormat[];
  split: SplitOptions;
  dialogues: { read: number; written: number; rejected: number; crossingSplits: number };
  files: WrittenFile[];
  counts: {
    perSplit: Record<string, number>;
    perFlow: Record<string, number>;
    perFamily: Record<string, number>;
    perAction: Record<string, number>;
    perFormat: Record<string, number>;
  };
  /** Function name → operation id, for every tool-calling format. */
  functionNames: Record<string, string>;
  apisPerSplit: Record<string, string[]>;
  /** Proof for `split.by = 'api'`: APIs found in more than one split (must be empty). */
  apisInSeveralSplits: Record<string, string[]>;
  /** Self-correction dialogues left out of sharegpt (it cannot mask their wrong turns). */
  sharegptSkipped: number;
  /** Dialogues a format cannot express, left out of it: format → reason → count. */
  leftOut: Record<string, Record<string, number>>;
  /** Input records that failed validation (first 100) and rows a writer produced that broke their format (first 100; a bug). */
  rejected: { id: string; line?: number; reasons: string[] }[];
  invalidRows: { format: FileFormat; id: string; reasons: string[] }[];
}

/** One output file, opened on first write, with backpressure. */
class Sink {
  rows = 0;
  private stream: WriteStream | undefined;
  constructor(
    readonly path: string,
    readonly format: FileFormat,
    readonly split: string | null,
    private readonly framing: 'jsonl' | 'json-array' | 'text',
  ) {}

  private failure: Error | undefined;

  async write(text: string): Promise<void> {
    if (!this.stream) {
      await mkdir(dirname(this.path), { recursive: true }).catch((error: unknown) => this.fail(error));
      this.stream = createWriteStream(this.path, 'utf8');
      // Kept, not thrown: a write error surfaces at the next write or at close, with the file named.
      this.stream.on('error', (error) => (this.failure = error));
      if (this.framing === 'json-array') text = `[\n${text}`;
    } else if (this.framing === 'json-array') {
      text = `,\n${text}`;
    }
    if (this.failure) this.fail(this.failure);
    if (this.framing !== 'json-array') text += '\n';
    this.rows++;
    // `once` rejects on 'error', so a failed stream never leaves us waiting for 'drain'.
    if (!this.stream.write(text)) await once(this.stream, 'drain').catch((error: unknown) => this.fail(error));
  }

  async close(): Promise<boolean> {
    if (!this.stream) return false;
    if (this.failure) this.fail(this.failure);
    if (this.framing === 'json-array') this.stream.write('\n]\n');
    this.stream.end();
    await once(this.stream, 'finish').catch((error: unknown) => this.fail(error));
    return true;
  }

  private fail(error: unknown): never {
    throw new DialforgeError('E_USAGE', `cannot write ${this.path}: ${error instanceof Error ? error.message : String(error)}; choose a writable output folder (--out)`, {
      file: this.path,
      cause: error,
    });
  }
}

function bump(counts: Record<string, number>, key: string, by = 1): void {
  counts[key] = (counts[key] ?? 0) + by;
}

function sorted<T>(counts: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The dataset card lists the `default` config first, then the rest in registry order. */
function cardOrder(formats: readonly ExportFormatModule[]): ExportFormatModule[] {
  return [...formats.filter((f) => f.datasetConfig === 'default'), ...formats.filter((f) => f.datasetConfig !== 'default')];
}

const LAYOUT_RANK = { 'per-split': 0, 'one-file': 1, collected: 2 } as const;

function framingOf(format: ExportFormatModule): 'jsonl' | 'json-array' | 'text' {
  return format.extension === 'json' ? 'json-array' : format.extension === 'csv' ? 'text' : 'jsonl';
}

/** The open files of one export run, one per format (and split, for per-split formats). */
class Sinks {
  private readonly open = new Map<string, { sink: Sink; format: ExportFormatModule }>();
  constructor(private readonly outDir: string) {}

  get(format: ExportFormatModule, splitName: string): Sink {
    const perSplit = (format.layout ?? 'per-split') === 'per-split';
    const key = perSplit ? `${format.name}/${splitName}` : format.name;
    let entry = this.open.get(key);
    if (!entry) {
      const file = perSplit ? `${splitName}.${format.extension}` : (format.fileName ?? `${format.name}.${format.extension}`);
      entry = { sink: new Sink(join(this.outDir, format.folder, file), format.name, perSplit ? splitName : null, framingOf(format)), format };
      this.open.set(key, entry);
    }
    return entry.sink;
  }

  /** Closes every file; returns what was written, per-split files first (default config first, then registry order, then split order). */
  async close(order: readonly ExportFormatModule[], splits: string[]): Promise<WrittenFile[]> {
    const rank = (f: ExportFormatModule): number[] => [LAYOUT_RANK[f.layout ?? 'per-split'], f.datasetConfig === 'default' ? 0 : 1, order.indexOf(f)];
    const compare = (a: number[], b: number[]): number => a.reduce((d, x, i) => d || x - b[i]!, 0);
    const entries = [...this.open.values()].sort((a, b) => compare(rank(a.format), rank(b.format)) || splits.indexOf(a.sink.split ?? '') - splits.indexOf(b.sink.split ?? ''));
    const files: WrittenFile[] = [];
    for (const { sink, format } of entries) {
      if (await sink.close()) files.push({ path: relativeTo(this.outDir, sink.path), format: sink.format, split: sink.split, rows: sink.rows - (format.header !== undefined ? 1 : 0) });
    }
    return files;
  }
}

function emptySummary(formats: ExportFormat[], split: SplitOptions): ExportSummary {
  return {
    formats,
    split,
    dialogues: { read: 0, written: 0, rejected: 0, crossingSplits: 0 },
    files: [],
    counts: { perSplit: {}, perFlow: {}, perFamily: {}, perAction: {}, perFormat: {} },
    functionNames: {},
    apisPerSplit: {},
    apisInSeveralSplits: {},
    sharegptSkipped: 0,
    leftOut: {},
    rejected: [],
    invalidRows: [],
  };
}

/** Whether the record is exported; a rejected or split-crossing one is counted in the summary. */
function admit(record: DialogueRecord, summary: ExportSummary, split: SplitOptions, options: ExportOptions): boolean {
  if (options.validateInput !== false) {
    const problems = validateRow('dialogue', record);
    if (problems.length > 0) {
      summary.dialogues.rejected++;
      const line = options.lineOf?.(record);
      if (summary.rejected.length < 100) summary.rejected.push({ id: String((record as { id?: unknown }).id ?? `#${summary.dialogues.read}`), ...(line !== undefined ? { line } : {}), reasons: problems });
      return false;
    }
  }
  if (crossingApis(record, split).length > 0) {
    summary.dialogues.crossingSplits++;
    return false;
  }
  return true;
}

function countRecord(record: DialogueRecord, splitName: string, summary: ExportSummary, apisPerSplit: Map<string, Set<string>>): void {
  summary.dialogues.written++;
  bump(summary.counts.perSplit, splitName);
  bump(summary.counts.perFlow, record.flow);
  bump(summary.counts.perFamily, record.family);
  for (const t of record.turns) if (t.speaker !== 'tool') bump(summary.counts.perAction, t.action);
  const apis = apisPerSplit.get(splitName) ?? new Set<string>();
  for (const api of apisOf(record)) apis.add(api);
  apisPerSplit.set(splitName, apis);
}

function selectedFormats(options: ExportOptions): { names: ExportFormat[]; modules: ExportFormatModule[] } {
  const known = exportFormatNames();
  const names = [...(options.formats ?? known)];
  for (const f of names) if (!known.includes(f)) throw new DialforgeError('E_USAGE', `unknown export format "${f}": use ${known.join(', ')}`);
  return { names, modules: exportFormatModules().filter((m) => names.includes(m.selectedBy ?? m.name)) };
}

/** Writes the rows of `collected` formats (kept by id, first wins) sorted by id, as one JSON array. */
async function writeCollected(outDir: string, format: ExportFormatModule, rows: Map<string, unknown>): Promise<WrittenFile | undefined> {
  if (rows.size === 0) return undefined;
  const sorted = [...rows].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, row]) => (format.serialize ?? JSON.stringify)(row));
  const path = `${format.folder}/${format.fileName ?? `${format.name}.${format.extension}`}`;
  await mkdir(join(outDir, format.folder), { recursive: true });
  await writeFile(join(outDir, path), `[\n${sorted.join(',\n')}\n]\n`);
  return { path, format: format.name, split: null, rows: sorted.length };
}

export async function writeExports(
  records: AsyncIterable<DialogueRecord> | Iterable<DialogueRecord>,
  outDir: string,
  options: ExportOptions = {},
): Promise<ExportSummary> {
  const { names: formats, modules } = selectedFormats(options);
  const split = options.split ?? DEFAULT_SPLIT;
  const names = new FunctionNames();
  const convert = { names, systemPrompt: options.systemPrompt ?? DEFAULT_SYSTEM_PROMPT };
  const sinks = new Sinks(outDir);
  const collected = new Map(modules.filter((m) => m.layout === 'collected').map((m) => [m, new Map<string, unknown>()]));
  const apisPerSplit = new Map<string, Set<string>>();
  const summary = emptySummary(formats, split);
  let first: DialogueRecord | undefined;

  const emit = async (format: ExportFormatModule, splitName: string, id: string, row: unknown): Promise<void> => {
    const rows = collected.get(format);
    if (rows) {
      if (!rows.has(id)) rows.set(id, row);
      return;
    }
    if (format.checkedOnWrite !== false) {
      const problems = validateRow(format.name, row);
      if (problems.length > 0) {
        if (summary.invalidRows.length < 100) summary.invalidRows.push({ format: format.name, id, reasons: problems });
        return;
      }
      bump(summary.counts.perFormat, format.name);
    }
    await sinks.get(format, splitName).write((format.serialize ?? JSON.stringify)(row));
  };

  await mkdir(outDir, { recursive: true }).catch((error: unknown) => {
    throw new DialforgeError('E_USAGE', `cannot create the output folder ${outDir}: ${error instanceof Error ? error.message : String(error)}`, { file: outDir });
  });
  // A header goes out even when no record does: the file then says what it would hold.
  for (const m of modules) if (m.header !== undefined) await sinks.get(m, '').write(m.header);

  for await (const record of records) {
    summary.dialogues.read++;
    if (options.onProgress && summary.dialogues.read % (options.progressEvery ?? 1000) === 0) options.onProgress(summary.dialogues.read);
    if (!admit(record, summary, split, options)) continue;
    first ??= record;
    const splitName = assignSplit(record, split);
    countRecord(record, splitName, summary, apisPerSplit);
    for (const m of modules) {
      const leftOut = (reason: string): void => {
        bump((summary.leftOut[m.name] ??= {}), reason);
        if (m.name === 'sharegpt') summary.sharegptSkipped++;
      };
      const context: RowContext = { convert, split: splitName, sharegptErrorTurns: options.sharegptErrorTurns ?? 'skip', leftOut };
      for (const { id, row } of m.toRows(record, context)) await emit(m, splitName, id, row);
    }
  }

  summary.files = await sinks.close(exportFormatModules(), Object.keys(split.ratios));
  for (const [m, rows] of collected) {
    const file = await writeCollected(outDir, m, rows);
    if (file) summary.files.push(file);
  }
  for (const m of modules) {
    if (!m.sideFiles || !summary.files.some((f) => f.format === m.name)) continue;
    for (const side of m.sideFiles(summary.files)) await writeFile(join(outDir, side.path), side.text);
  }
  await finish(summary, names, apisPerSplit, split, outDir, options, first);
  return summary;
}

async function finish(summary: ExportSummary, names: FunctionNames, apisPerSplit: Map<string, Set<string>>, split: SplitOptions, outDir: string, options: ExportOptions, first: DialogueRecord | undefined): Promise<void> {
  summary.functionNames = names.toJSON();
  summary.apisPerSplit = sorted(Object.fromEntries([...apisPerSplit].map(([s, apis]) => [s, [...apis].sort()])));
  summary.apisInSeveralSplits = apisInSeveralSplits(summary.apisPerSplit);
  summary.counts = {
    perSplit: sorted(summary.counts.perSplit),
    perFlow: sorted(summary.counts.perFlow),
    perFamily: sorted(summary.counts.perFamily),
    perAction: sorted(summary.counts.perAction),
    perFormat: sorted(summary.counts.perFormat),
  };
  summary.leftOut = sorted(Object.fromEntries(Object.entries(summary.leftOut).map(([f, reasons]) => [f, sorted(reasons)])));
  if (split.by === 'api' && Object.keys(summary.apisInSeveralSplits).length > 0) {
    throw new DialforgeError('E_FORMAT', `internal error: APIs cross splits (${Object.keys(summary.apisInSeveralSplits).join(', ')}); please report`);
  }

  let manifest = options.manifest;
  if (!manifest && options.writeManifest !== false) manifest = await readJsonIfThere(join(outDir, 'manifest.json'));
  await writeFile(join(outDir, 'README.md'), datasetCard(summary, manifest ?? {}, first, options.card ?? {}));
  if (options.writeManifest !== false) await writeFile(join(outDir, 'manifest.json'), `${JSON.stringify({ ...(manifest ?? {}), export: summary }, null, 2)}\n`);
}

function relativeTo(root: string, path: string): string {
  return path.slice(join(root, '/').length).split('\\').join('/');
}

async function readJsonIfThere(path: string): Promise<Record<string, unknown> | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const value = JSON.parse(text) as unknown;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const { export: _previous, ...rest } = value as Record<string, unknown>;
      return rest;
    }
  } catch {
    // An unreadable manifest is replaced, not fatal: the export summary is what this run adds.
  }
  return undefined;
}

function table(title: string, counts: Record<string, number>): string {
  const rows = Object.entries(counts).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  return `| ${title} | count |\n|---|---:|\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}\n`;
}

/** The Hugging Face dataset card: YAML front matter with a `configs:` block, then counts and provenance. */
export function datasetCard(summary: ExportSummary, manifest: Record<string, unknown>, first: DialogueRecord | undefined, card: NonNullable<ExportOptions['card']>): string {
  const configs = cardOrder(exportFormatModules().filter((f) => f.datasetConfig)).flatMap((format) => {
    const files = summary.files.filter((f) => f.format === format.name && f.split !== null);
    if (files.length === 0) return [];
    return [{ config_name: format.name, ...(format.datasetConfig === 'default' ? { default: true } : {}), data_files: files.map((f) => ({ split: f.split, path: f.path })) }];
  });
  const front = {
    license: card.license ?? 'mit',
    language: ['en'],
    pretty_name: card.title ?? 'dialforge tool-use dialogues',
    task_categories: ['text-generation'],
    tags: ['tool-use', 'function-calling', 'dialogue', 'synthetic', 'clarification'],
    size_categories: [sizeCategory(summary.dialogues.written)],
    configs,
  };
  const seed = manifest.seed ?? first?.seed;
  const generator = manifest.generator ?? manifest.version ?? first?.meta.generator;
  const realizer = manifest.realizer ?? first?.meta.realizer;
  const files = summary.files.map((f) => `| ${f.path} | ${f.format} | ${f.split ?? '—'} | ${f.rows} |`).join('\n');
  return `---
${stringifyYaml(front).trimEnd()}
---

# ${card.title ?? 'dialforge tool-use dialogues'}

${card.description ?? 'Multi-turn user / assistant / tool dialogues generated by dialforge from API specifications. Key parameters are masked from the user\'s request so the assistant must ask for them; some users cannot give a value, so the assistant chains through another API; some dialogues hold an assistant error and its correction.'}

## How it was made

- Generator: ${String(generator ?? 'dialforge')}; realizer: ${String(realizer ?? 'unknown')}; seed: ${String(seed ?? 'unknown')}.
- Every dialogue was planned from an API compatibility graph, realized, and checked (masked values never leak, every argument is grounded, every call validates against its operation's schema) before export.
- Splits are by ${summary.split.by === 'api' ? 'target API: the test split holds APIs never seen in training' : summary.split.by === 'operation' ? 'target operation' : 'dialogue'} (${Object.entries(summary.split.ratios).map(([k, v]) => `${k}=${v}`).join(', ')}, split seed ${summary.split.seed}).${summary.dialogues.crossingSplits > 0 ? ` ${summary.dialogues.crossingSplits} dialogues whose chain spans APIs of different splits were left out.` : ''}
- Wrong turns of self-correction dialogues carry \`weight: 0\` (openai) and \`train: false\` (hf), sit in the prompt of \`trl\` rows and only in \`rejected\` of preference pairs; ShareGPT cannot mask them${summary.sharegptSkipped > 0 ? `, so ${summary.sharegptSkipped} such dialogues were left out of it` : ''}.
- Tool lists: ${toolListLine(first)}

${consumerGuide({ configs: configs.map((c) => c.config_name), leftOut: summary.leftOut })}

## Files

| path | format | split | rows |
|---|---|---|---:|
${files}

\`csv/dialogues.csv\` has one row per dialogue; \`tooldial/apis.json\` is the API list ToolDial's scripts read (as \`after_coor_before_emb.json\`); \`sharegpt/dataset_info.json\` registers the sharegpt files with LLaMA-Factory. Function names map back to operations in \`manifest.json\` (\`export.functionNames\`).

## Counts

${table('split', summary.counts.perSplit)}
${table('flow', summary.counts.perFlow)}
${table('family', summary.counts.perFamily)}
${table('action', summary.counts.perAction)}`;
}

function toolListLine(first: DialogueRecord | undefined): string {
  switch (first?.tools?.mode) {
    case 'retrieved':
      return 'each row lists what the retriever returned in it (its top 5 per search, distractors included) besides `search_apis`; eval items list what was retrieved by their point.';
    case 'api':
      return 'each row lists the operations of the APIs it uses (up to 24).';
    case 'catalog-sample':
      return 'each row lists the operations it uses among a random sample of the catalog.';
    default:
      return 'each row lists the operations it uses (records made before generate --tools).';
  }
}

function sizeCategory(n: number): string {
  if (n < 1000) return 'n<1K';
  if (n < 10000) return '1K<n<10K';
  if (n < 100000) return '10K<n<100K';
  return '100K<n<1M';
}
