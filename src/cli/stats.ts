import type { Command } from 'commander';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { dialogueStats, formatStats, parseSplitRatios, readDialogueRecords } from '../export/index.ts';
import { parseSeed, parseSplitBy } from './export.ts';
import { EXIT_OK, EXIT_PARTIAL, action } from './_run.ts';

export function registerStats(program: Command): void {
  program
    .command('stats')
    .summary('print readable tables of a dialogues.jsonl')
    .description('Print flows, actions, turns per dialogue, masked parameters, operations and splits of a dialogues.jsonl')
    .argument('<file>', 'canonical dialogues.jsonl, or the folder that holds it')
    .option('--split <ratios>', 'compute splits with these shares instead of reading meta.split (e.g. train=0.8,val=0.1,test=0.1)')
    .option('--split-by <key>', 'api|operation|dialogue (with --split)', 'api')
    .option('--split-seed <n>', 'seed of the split hash (with --split)', '0')
    .option('--json', 'print the numbers as JSON')
    .action(
      action(async (file: string, flags: { split?: string; splitBy: string; splitSeed: string; json?: boolean }) => {
        const path = (await stat(file).catch(() => undefined))?.isDirectory() ? join(file, 'dialogues.jsonl') : file;
        const split = flags.split ? { ratios: parseSplitRatios(flags.split), by: parseSplitBy(flags.splitBy), seed: parseSeed(flags.splitSeed) } : undefined;
        const bad: string[] = [];
        const stats = await dialogueStats(readDialogueRecords(path, (b) => bad.push(`${path}:${b.line}: ${b.reason}`)), split ? { split } : {});
        for (const line of bad) process.stderr.write(`${line}\n`);
        process.stdout.write(flags.json ? `${JSON.stringify(stats, null, 2)}\n` : `${formatStats(stats)}\n`);
        return bad.length > 0 ? EXIT_PARTIAL : EXIT_OK;
      }),
    );
}
