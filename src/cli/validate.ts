import type { Command } from 'commander';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DialforgeError } from '../errors.ts';
import { fileFormatNames, formatFromPath, validateFile, type FileFormat } from '../export/index.ts';
import { EXIT_OK, EXIT_PARTIAL, action } from './_run.ts';

/** The files of an export folder that `validate` checks: everything dialforge writes as data. */
async function dataFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await dataFiles(path)));
    else if (formatFromPath(path) !== undefined && /\.(jsonl|json|csv)$/.test(entry.name)) files.push(path);
  }
  return files;
}

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .summary('check exported files against their format; report every bad line')
    .description('Check exported files against their format (schema and rules); report every bad line')
    .argument('<paths...>', 'files, or export folders (every data file inside is checked)')
    .option('--format <format>', `one of ${fileFormatNames().join(', ')} (default: detected from the path or the first line)`)
    .action(
      action(async (paths: string[], flags: { format?: string }) => {
        if (flags.format !== undefined && !fileFormatNames().includes(flags.format)) {
          throw new DialforgeError('E_USAGE', `--format: "${flags.format}" is not one of ${fileFormatNames().join(', ')}`);
        }
        const files: string[] = [];
        for (const path of paths) {
          let isDir = false;
          try {
            isDir = (await stat(path)).isDirectory();
          } catch {
            throw new DialforgeError('E_READ', `cannot read ${path}: give an exported file or folder`, { file: path });
          }
          if (isDir) {
            const inside = await dataFiles(path);
            if (inside.length === 0) throw new DialforgeError('E_READ', `${path} holds no exported files (openai/, hf/, sharegpt/, ... or *.jsonl)`, { file: path });
            files.push(...inside);
          } else files.push(path);
        }
        let bad = 0;
        for (const file of files) {
          const report = await validateFile(file, flags.format ? { format: flags.format as FileFormat } : {});
          for (const p of report.problems) process.stdout.write(`${file}:${p.line}: ${p.reason}\n`);
          const badLines = new Set(report.problems.map((p) => p.line)).size;
          bad += badLines;
          process.stdout.write(`${badLines === 0 ? 'ok  ' : 'BAD '} ${file} (${report.format}, ${report.rows} rows${badLines > 0 ? `, ${badLines} bad lines` : ''})\n`);
        }
        return bad > 0 ? EXIT_PARTIAL : EXIT_OK;
      }),
    );
}
