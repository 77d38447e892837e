/** `dialforge report <folder> [-o report.html]`: one self-contained HTML page to look at a dataset. */
import type { Command } from 'commander';
import { join } from 'node:path';
import { DialforgeError } from '../errors.ts';
import { DEFAULT_REPORT_DIALOGUES, writeReport } from '../report/index.ts';
import { EXIT_OK, EXIT_PARTIAL, action } from './_run.ts';

interface ReportFlags {
  output?: string;
  maxDialogues: string;
  graph?: string;
}

export function registerReport(program: Command): void {
  program
    .command('report')
    .summary('write one self-contained HTML page to look at a dataset')
    .description(
      'Read <folder>/dialogues.jsonl and manifest.json and write one HTML file (no server, no network: opens from disk) with the ' +
        'manifest and stats figures, charts, the API graph and a dialogue browser. The graph is read from --graph, the graph the run ' +
        'was generated from, or <folder>/graph.json, else built from the spec files the manifest names.',
    )
    .argument('<folder>', 'output folder of dialforge generate')
    .option('-o, --output <file>', 'where to write the page (default <folder>/report.html)')
    .option('--max-dialogues <n>', 'dialogues in the browser; beyond this a fixed sample (summary and charts always count all)', String(DEFAULT_REPORT_DIALOGUES))
    .option('--graph <file>', 'draw this saved graph (dialforge graph -o FILE)')
    .action(
      action(async (folder: string, flags: ReportFlags) => {
        const maxDialogues = Number(flags.maxDialogues);
        if (!Number.isInteger(maxDialogues) || maxDialogues < 0) throw new DialforgeError('E_USAGE', `--max-dialogues must be a whole number ≥ 0, got "${flags.maxDialogues}"`);
        const started = process.hrtime.bigint();
        const options = flags.graph !== undefined ? { maxDialogues, graph: flags.graph } : { maxDialogues };
        const { file, bytes, data } = await writeReport(folder, flags.output ?? join(folder, 'report.html'), options);
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const graph = data.graph ? `graph ${data.graph.nodes.length} operations, ${data.graph.edges.length} edges` : `no graph (${data.graphNote})`;
        process.stdout.write(`wrote ${file}: ${(bytes / 1e6).toFixed(2)} MB, ${data.stats.dialogues} dialogues (${data.dialogues.length} in the browser), ${graph}, in ${seconds.toFixed(1)} s\n`);
        if (data.badLines > 0) process.stderr.write(`${data.badLines} unreadable line(s) in ${join(folder, 'dialogues.jsonl')} were skipped\n`);
        return data.badLines > 0 ? EXIT_PARTIAL : EXIT_OK;
      }),
    );
}
