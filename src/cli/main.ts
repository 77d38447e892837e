#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { drainOutput, EXIT_USAGE, reportError } from './_run.ts';
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

// The reader went away (`dialforge specs --json | head`): stop quietly, as a command in a pipe does.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(Number(process.exitCode ?? 0));
    throw error;
  });
}

let code: number;
try {
  await program.parseAsync(process.argv);
  code = Number(process.exitCode ?? 0);
} catch (error) {
  // commander already printed its message; help/version exit 0.
  code = error instanceof CommanderError ? (error.exitCode === 0 ? 0 : EXIT_USAGE) : reportError(error);
}
// process.exit does not wait for piped stdout/stderr: everything written must reach the reader first.
await drainOutput();
process.exit(code);
