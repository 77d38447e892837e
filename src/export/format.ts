/**
 * What an export format is: one module in src/export/formats/ describing its files, how a record
 * becomes rows, and how a row is checked. `writeExports`, `validateFile`, the dataset card and the CLI
 * loop over the registry (formats/index.ts); nothing else names a format.
 */
import type { DialogueRecord } from '../plan/index.ts';
import type { Json } from './_rules.ts';
import type { ConvertOptions } from './formats.ts';
import type { ReadBack } from './_readback.ts';

/** One file an export wrote (paths relative to the output folder). */
export interface WrittenFile {
  path: string;
  format: string;
  split: string | null;
  rows: number;
}

export interface FormatRow {
  /** The dialogue (or item) the row came from: reported with an invalid row. */
  id: string;
  row: unknown;
}

/** What a format module gets for each record. */
export interface RowContext {
  convert: ConvertOptions;
  /** The split the record went to. */
  split: string;
  /** ShareGPT cannot mask wrong turns: keep them ('keep') or leave such dialogues out ('skip'). */
  sharegptErrorTurns: 'skip' | 'keep';
  /** Counts a record the format leaves out on purpose, and why (the manifest's `export.leftOut`). */
  leftOut(reason: string): void;
}

export interface ExportFormatModule {
  /** The file kind: `validate --format`, the manifest's per-format counts, the dataset card config. */
  name: string;
  /** The `--format` name that writes it (default `name`): `eval` also writes the preference pairs. */
  selectedBy?: string;
  folder: string;
  extension: 'jsonl' | 'json' | 'csv';
  /**
   * `per-split` (default): `<folder>/<split>.<ext>`; `one-file`: `<folder>/<fileName>` with every split;
   * `collected`: rows kept by id (first wins) and written sorted at the end, as `<folder>/<fileName>`.
   */
  layout?: 'per-split' | 'one-file' | 'collected';
  fileName?: string;
  /** A schema file in schemas/ or a JSON Schema object. */
  schema: string | object;
  /** What the schema cannot say (ids that must match, JSON inside strings, alternation). */
  rules?(row: Json): string[];
  /** The rows of one record (none: the format has nothing for it). */
  toRows(record: DialogueRecord, context: RowContext): Iterable<FormatRow>;
  /** Rows are validated as they are written (default true). */
  checkedOnWrite?: boolean;
  /** A row as one line of its file (default JSON.stringify). */
  serialize?(row: unknown): string;
  /** The first line of a `one-file` file (a CSV header). */
  header?: string;
  /** Listed as a config in the dataset card; `default` marks the card's default config. */
  datasetConfig?: boolean | 'default';
  /** Tells this format from one parsed row (validate without a path hint). */
  detect?(row: Json): boolean;
  /** Extra files written once the format's files exist (e.g. LLaMA-Factory's dataset_info.json). */
  sideFiles?(files: WrittenFile[]): { path: string; text: string }[];
  /** Reading a row back into steps, and what of a record it carries (`readBack`, `expectedSteps`). */
  readBack?: ReadBack;
}
