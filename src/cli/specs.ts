import type { Command } from 'commander';
import { action } from './_run.ts';

export function registerSpecs(program: Command): void {
  program
    .command('specs')
    .argument('<inputs...>')
    .action(action(() => 0));
}
