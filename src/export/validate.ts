/**
 * Validation of exported files: each row against its format's published JSON Schema plus the format's
 * own rules (what a schema cannot say: ids that must match, JSON inside strings, role alternation).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname, extname } from 'node:path';
import { createInterface } from 'node:readline';
import { parse as parseCsv } from 'csv-parse/sync';
import { DialforgeError } from '../errors.ts';
import { dialogueRules, isObject } from './_rules.ts';
import { DIALOGUE_SCHEMA, schemaProblems } from './_schemas.ts';
import { exportFormatModule, exportFormatModules } from './formats/index.ts';
import { CSV_COLUMNS } from './formats.ts';

/** Every kind of file dialforge writes (and `validate` checks). `dialogue` is the canonical record. */
export function fileFormatNames(): string[] {
  return ['dialogue', ...exportFormatModules().map((f) => f.name)];
}
export type FileFormat = string;

export interface LineProblem {
  line: number;
  reason: string;
}
export interface FileReport {
  file: string;
  format: FileFormat;
  rows: number;
  problems: LineProblem[];
}

/** Schema problems and rule problems of one parsed row. */
export function validateRow(format: FileFormat, row: unknown): string[] {
  const module = format === 'dialogue' ? undefined : exportFormatModule(format);
  if (format !== 'dialogue' && !module) throw new DialforgeError('E_USAGE', `unknown file format "${format}": use ${fileFormatNames().join(', ')}`);
  const problems = schemaProblems(module?.schema ?? DIALOGUE_SCHEMA, row);
  if (!isObject(row)) return problems;
  const rules = module ? (module.rules?.(row) ?? []) : dialogueRules(row);
  return [...problems, ...rules];
}

// ------------------------------------------------------------------ format detection

/** From the path: the export folder (`openai/train.jsonl`) or file name. */
export function formatFromPath(file: string): FileFormat | undefined {
  const name = basename(file).toLowerCase();
  if (name === 'dialogues.jsonl') return 'dialogue';
  const folder = basename(dirname(file)).toLowerCase();
  const modules = exportFormatModules();
  const named = modules.find((f) => f.fileName !== undefined && f.fileName === name && (f.layout === 'collected' || f.folder === folder));
  if (named) return named.name;
  const byExtension = modules.find((f) => f.layout === 'one-file' && extname(name) === `.${f.extension}`);
  if (byExtension) return byExtension.name;
  // Side files of an export folder, not data rows.
  if (name === 'manifest.json' || name === 'dataset_info.json' || name === 'package.json') return undefined;
  return modules.find((f) => (f.layout ?? 'per-split') === 'per-split' && f.folder === folder)?.name;
}

/** From one parsed row. */
export function formatFromRow(row: unknown): FileFormat | undefined {
  if (!isObject(row)) return undefined;
  if ('turns' in row && 'family' in row) return 'dialogue';
  return exportFormatModules().find((f) => f.detect?.(row))?.name;
}

// ------------------------------------------------------------------ files

/**
 * Yields the rows of a JSONL file, or of a JSON array written one element per line (tooldial, API
 * list), with their 1-based line numbers; a line that does not parse is yielded as an error.
 */
async function* jsonRows(file: string): AsyncGenerator<{ line: number; row?: unknown; error?: string }> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  let inArray = false;
  for await (const raw of lines) {
    n++;
    let text = (n === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw).trim();
    if (text === '') continue;
    if (n === 1 && text === '[') {
      inArray = true;
      continue;
    }
    if (inArray && text === ']') continue;
    if (inArray && text.endsWith(',')) text = text.slice(0, -1);
    try {
      yield { line: n, row: JSON.parse(text) };
    } catch (error) {
      const hint = n === 1 && text.startsWith('[') ? ' (a JSON array must have one element per line: "[" alone on the first line)' : '';
      yield { line: n, error: `not valid JSON: ${error instanceof Error ? error.message : String(error)}${hint}` };
    }
  }
}

async function validateCsv(file: string): Promise<FileReport> {
  const report: FileReport = { file, format: 'csv', rows: 0, problems: [] };
  // The CSV export is one row per dialogue: small enough to parse whole.
  const { readFile } = await import('node:fs/promises');
  let records: string[][];
  try {
    records = parseCsv(await readFile(file, 'utf8'), { relax_column_count: true, bom: true }) as string[][];
  } catch (error) {
    report.problems.push({ line: 1, reason: `not valid CSV: ${error instanceof Error ? error.message : String(error)}` });
    return report;
  }
  if (records.length === 0) {
    report.problems.push({ line: 1, reason: 'the file is empty: no header and no rows (dialforge never writes an empty file)' });
    return report;
  }
  const header = records[0] ?? [];
  if (header.join(',') !== CSV_COLUMNS.join(',')) report.problems.push({ line: 1, reason: `header must be ${CSV_COLUMNS.join(',')} (is ${header.join(',')})` });
  records.slice(1).forEach((cells, i) => {
    report.rows++;
    if (cells.length !== CSV_COLUMNS.length) {
      report.problems.push({ line: i + 2, reason: `${cells.length} cells, expected ${CSV_COLUMNS.length}` });
      return;
    }
    const row = Object.fromEntries(CSV_COLUMNS.map((c, j) => [c, cells[j]]));
    for (const reason of validateRow('csv', row)) report.problems.push({ line: i + 2, reason });
  });
  return report;
}

/**
 * Validates one file, streaming. The format is taken from `format`, else the path, else the first
 * row. Every bad line is reported with its number and reason.
 */
export async function validateFile(file: string, options: { format?: FileFormat } = {}): Promise<FileReport> {
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
  } catch {
    throw new DialforgeError('E_READ', `cannot read ${file}: give the path of an exported file (e.g. output/openai/train.jsonl)`, { file });
  }
  let format = options.format ?? formatFromPath(file);
  if (format === 'csv') return validateCsv(file);
  const report: FileReport = { file, format: format ?? 'openai', rows: 0, problems: [] };
  for await (const { line, row, error } of jsonRows(file)) {
    if (error !== undefined) {
      report.problems.push({ line, reason: error });
      continue;
    }
    if (format === undefined) {
      format = formatFromRow(row);
      if (format === undefined) throw new DialforgeError('E_FORMAT', `cannot tell the format of ${file} from line ${line}: pass --format (${fileFormatNames().join(', ')})`, { file, location: String(line) });
      report.format = format;
    }
    report.rows++;
    for (const reason of validateRow(format, row)) report.problems.push({ line, reason });
  }
  if (report.rows === 0 && report.problems.length === 0) report.problems.push({ line: 1, reason: 'the file is empty: no rows (dialforge never writes an empty file)' });
  return report;
}
