import type { Command } from 'commander';
import { dirname } from 'node:path';
import { DialforgeError } from '../errors.ts';
import { SPLIT_BY, exportFormatNames, parseSplitRatios, readDialogueRecords, writeExports, type ExportFormat, type SplitBy } from '../export/index.ts';
import { EXIT_OK, EXIT_PARTIAL, action } from './_run.ts';

export function parseFormats(text: string): ExportFormat[] {
  const formats = text.split(',').map((f) => f.trim()).filter(Boolean);
  if (formats.length === 1 && formats[0] === 'all') return [...exportFormatNames()];
  for (const f of formats) {
    if (!exportFormatNames().includes(f)) throw new DialforgeError('E_USAGE', `--format: unknown format "${f}"; use a comma-separated list of ${exportFormatNames().join(', ')}, or all`);
  }
  if (formats.length === 0) throw new DialforgeError('E_USAGE', `--format: give at least one of ${exportFormatNames().join(', ')}`);
  return formats as ExportFormat[];
}

export function parseSplitBy(text: string): SplitBy {
  if (!(SPLIT_BY as readonly string[]).includes(text)) throw new DialforgeError('E_USAGE', `--split-by: "${text}" is not one of ${SPLIT_BY.join(', ')}`);
  return text as SplitBy;
}

export function parseSeed(text: string): number {
  if (!/^\d+$/.test(text)) throw new DialforgeError('E_USAGE', `--split-seed: "${text}" is not a non-negative integer`);
  return Number(text);
}

interface ExportFlags {
  format: string;
  out?: string;
  split: string;
  splitBy: string;
  splitSeed: string;
  sharegptErrors: string;
  systemPrompt?: string;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .summary('re-export a dialogues.jsonl into fine-tuning and evaluation formats')
    .description('Re-export a canonical dialogues.jsonl into fine-tuning and evaluation formats')
    .argument('<dialogues>', 'canonical dialogues.jsonl (as written by dialforge generate)')
    .option('--format <list>', `comma-separated: ${exportFormatNames().join(',')}, or all`, exportFormatNames().join(','))
    .option('--out <dir>', 'output folder (default: the folder of <dialogues>)')
    .option('--split <ratios>', 'split shares, e.g. train=0.8,val=0.1,test=0.1', 'train=0.8,val=0.1,test=0.1')
    .option('--split-by <key>', `group dialogues by ${SPLIT_BY.join('|')} (api: test holds unseen APIs)`, 'api')
    .option('--split-seed <n>', 'seed of the split hash', '0')
    .option('--sharegpt-errors <mode>', 'self-correction dialogues in sharegpt, which cannot mask wrong turns: skip|keep', 'skip')
    .option('--system-prompt <text>', 'system message for the chat formats')
    .action(
      action(async (input: string, flags: ExportFlags) => {
        const formats = parseFormats(flags.format);
        const split = { ratios: parseSplitRatios(flags.split), by: parseSplitBy(flags.splitBy), seed: parseSeed(flags.splitSeed) };
        if (flags.sharegptErrors !== 'skip' && flags.sharegptErrors !== 'keep') throw new DialforgeError('E_USAGE', `--sharegpt-errors: "${flags.sharegptErrors}" is not skip or keep`);
        const outDir = flags.out ?? dirname(input);
        const badLines: string[] = [];
        const lines = new WeakMap<object, number>();
        const records = readDialogueRecords(input, (bad) => badLines.push(`${input}:${bad.line}: ${bad.reason}`), lines);
        const summary = await writeExports(records, outDir, {
          formats,
          split,
          sharegptErrorTurns: flags.sharegptErrors,
          lineOf: (record) => lines.get(record),
          ...(flags.systemPrompt !== undefined ? { systemPrompt: flags.systemPrompt } : {}),
          onProgress: (n) => process.stderr.write(`\r${n} dialogues exported`),
          progressEvery: 5000,
        });
        if (summary.dialogues.read >= 5000) process.stderr.write('\n');
        for (const line of badLines) process.stderr.write(`${line}\n`);
        for (const r of summary.rejected) process.stderr.write(`${input}:${r.line ?? '?'}: record ${r.id} skipped (fails schemas/dialogue.schema.json): ${r.reasons.join('; ')}\n`);
        for (const r of summary.invalidRows) process.stderr.write(`internal error (please report): ${r.format} row of ${r.id} breaks its format: ${r.reasons.join('; ')}\n`);
        const d = summary.dialogues;
        process.stdout.write(`${d.written} of ${d.read} dialogues exported to ${outDir} (split by ${split.by}: ${Object.entries(summary.counts.perSplit).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'})\n`);
        if (d.rejected > 0) process.stdout.write(`${d.rejected} records failed schemas/dialogue.schema.json and were skipped\n`);
        if (d.crossingSplits > 0) process.stdout.write(`${d.crossingSplits} dialogues chain APIs of different splits and were left out (no API may cross splits; --split-by operation or dialogue keeps them)\n`);
        if (summary.sharegptSkipped > 0) process.stdout.write(`${summary.sharegptSkipped} self-correction dialogues left out of sharegpt (it cannot mask wrong turns; --sharegpt-errors keep to include them)\n`);
        const width = Math.max(...summary.files.map((f) => f.path.length), 4);
        for (const f of summary.files) process.stdout.write(`  ${f.path.padEnd(width)}  ${String(f.rows).padStart(7)} rows\n`);
        process.stdout.write(`  ${'README.md'.padEnd(width)}  dataset card\n  ${'manifest.json'.padEnd(width)}  manifest (export: function names, APIs per split)\n`);
        return badLines.length > 0 || d.rejected > 0 || summary.invalidRows.length > 0 ? EXIT_PARTIAL : EXIT_OK;
      }),
    );
}
