#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { EXIT_USAGE, reportError } from './_run.ts';
import { registerSpecs } from './specs.ts';
import { registerGraph } from './graph.ts';
import { registerGenerate } from './generate.ts';
import { registerExport } from './export.ts';
import { registerValidate } from './validate.ts';
import { registerStats } from './stats.ts';
import { registerIngest } from './ingest.ts';
import { registerEval } from './eval.ts';
import { registerReport } from './report.ts';

const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };

const program = new Command()
  .name('dialforge')
  .description('Turn API specs into clarification-aware tool-use dialogue datasets.')
  .version(pkg.version)
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

registerSpecs(program);
registerGraph(program);
registerGenerate(program);
registerExport(program);
registerValidate(program);
registerStats(program);
registerIngest(program);
registerEval(program);
registerReport(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // commander already printed its message; help/version exit 0.
    process.exit(error.exitCode === 0 ? 0 : EXIT_USAGE);
  }
  process.exit(reportError(error));
}
process.exit(process.exitCode ?? 0);
