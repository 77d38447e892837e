/** `dialforge specs <files or folders…>`: load specs and print a summary per API, or the operations as JSON. */
import type { Command } from 'commander';
import { formatIssue, loadSpecs, type LoadedSpec, type LoadIssue, type Operation } from '../specs/index.ts';
import { action, EXIT_OK, EXIT_PARTIAL } from './_run.ts';

interface SpecsFlags {
  json?: boolean;
  responses?: string;
  strict?: boolean;
  verbose?: boolean;
}

const WARNINGS_SHOWN = 3;

export function registerSpecs(program: Command): void {
  program
    .command('specs')
    .summary('load API specs and summarize their operations')
    .description(
      'Load OpenAPI 3.0/3.1, Swagger 2.0 and RapidAPI/ToolBench tool specs (JSON or YAML, detected from the content) and ' +
        'print a summary per API: operations, parameters, output fields, warnings and errors. Nothing is fetched over the network.\n' +
        'Exit codes: 0 all specs loaded, 1 some specs failed, 2 usage error.',
    )
    .argument('<inputs...>', 'spec files or folders (folders are searched recursively for .json, .yaml and .yml files)')
    .option('--json', 'print the normalized operations and issues as JSON instead of the summary')
    .option('--responses <folder>', 'recorded RapidAPI responses (<Category>/<tool>_for_<Category>/<endpoint>.json): output fields and examples; a folder holding tools/ and responses/ needs none')
    .option('--strict', 'treat warnings as failures: a spec with any warning fails')
    .option('--verbose', 'list every operation and every warning')
    .action(action((inputs: string[], flags: SpecsFlags) => runSpecs(inputs, flags)));
}

async function runSpecs(inputs: string[], flags: SpecsFlags): Promise<number> {
  const showProgress = process.stderr.isTTY === true && !flags.json;
  const options: Parameters<typeof loadSpecs>[1] = { strict: flags.strict === true };
  if (flags.responses !== undefined) options.responses = flags.responses;
  if (showProgress) {
    options.onProgress = (done, total) => {
      if (total >= 50 && (done % 100 === 0 || done === total)) process.stderr.write(`\rloading specs ${done}/${total}`);
    };
  }
  const result = await loadSpecs(inputs, options);
  if (showProgress) process.stderr.write('\r\x1b[K');
  const failed = result.specs.filter(hasErrors).length;

  if (flags.json) {
    writeJson(result.operations, result.issues);
    for (const issue of result.issues) if (issue.severity === 'error') process.stderr.write(`${formatIssue(issue, process.cwd())}\n`);
  } else {
    const out: string[] = [];
    for (const spec of result.specs) out.push(...summarize(spec, flags.verbose === true));
    out.push('', totals(result.specs, result.operations, result.issues));
    process.stdout.write(`${out.join('\n')}\n`);
  }
  return failed > 0 ? EXIT_PARTIAL : EXIT_OK;
}

function hasErrors(spec: LoadedSpec): boolean {
  return spec.issues.some((issue) => issue.severity === 'error');
}

function summarize(spec: LoadedSpec, verbose: boolean): string[] {
  const cwd = process.cwd();
  const lines: string[] = [];
  const file = relativeFile(spec.file, cwd);
  const api = spec.api;
  if (hasErrors(spec)) lines.push(`${file}  FAILED`);
  else if (!api) lines.push(`${file}  skipped`);
  else lines.push(`${file}  ${api.title}${api.version ? ` ${api.version}` : ''} · ${api.format}${api.category ? ` · ${api.category}` : ''}`);
  if (api && !hasErrors(spec)) {
    const ops = spec.operations;
    const params = ops.reduce((n, op) => n + op.inputs.length, 0);
    const required = ops.reduce((n, op) => n + op.inputs.filter((p) => p.required).length, 0);
    const fields = ops.reduce((n, op) => n + op.outputs.length, 0);
    const withOutputs = ops.filter((op) => op.outputs.length > 0).length;
    lines.push(
      `  ${plural(ops.length, 'operation')} · ${plural(params, 'param')} (${required} required) · ${plural(fields, 'output field')} (${withOutputs} of ${ops.length} operations)`,
    );
    if (verbose) for (const op of ops) lines.push(`    ${describeOperation(op)}`);
  }
  const errors = spec.issues.filter((issue) => issue.severity === 'error');
  const warnings = spec.issues.filter((issue) => issue.severity === 'warning');
  for (const issue of errors) lines.push(`  ${issueLine(issue)}`);
  const shown = verbose ? warnings : warnings.slice(0, WARNINGS_SHOWN);
  for (const issue of shown) lines.push(`  ${issueLine(issue)}`);
  if (shown.length < warnings.length) lines.push(`  … and ${warnings.length - shown.length} more warnings (--verbose shows all)`);
  return lines;
}

function issueLine(issue: LoadIssue): string {
  return `${issue.severity}${issue.location ? ` at ${issue.location}` : ''}: ${issue.message}`;
}

function describeOperation(op: Operation): string {
  const inputs = op.inputs.map((p) => `${p.name}${p.required ? '*' : ''}`).join(', ');
  return `${op.method.padEnd(6)} ${op.path}  ${op.id}  in: ${inputs || '—'}  out: ${plural(op.outputs.length, 'field')}`;
}

function totals(specs: LoadedSpec[], operations: Operation[], issues: LoadIssue[]): string {
  const failed = specs.filter(hasErrors).length;
  const skipped = specs.filter((spec) => !spec.api && !hasErrors(spec)).length;
  const loaded = specs.length - failed - skipped;
  const params = operations.reduce((n, op) => n + op.inputs.length, 0);
  const fields = operations.reduce((n, op) => n + op.outputs.length, 0);
  const warnings = issues.filter((issue) => issue.severity === 'warning').length;
  const parts = [
    `${plural(specs.length, 'spec')}: ${loaded} loaded, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`,
    plural(operations.length, 'operation'),
    plural(params, 'param'),
    `${plural(fields, 'output field')} (${operations.filter((op) => op.outputs.length > 0).length} operations with outputs)`,
    plural(warnings, 'warning'),
  ];
  return parts.join(' · ');
}

/** One operation per line, so even the whole RapidAPI catalogue streams out without one giant string. */
function writeJson(operations: Operation[], issues: LoadIssue[]): void {
  process.stdout.write('{"operations": [\n');
  operations.forEach((op, index) => process.stdout.write(`${JSON.stringify(op)}${index < operations.length - 1 ? ',' : ''}\n`));
  process.stdout.write(`],\n"issues": ${JSON.stringify(issues, null, 1)}}\n`);
}

function relativeFile(file: string, cwd: string): string {
  return formatIssue({ severity: 'warning', file, message: '', code: '' }, cwd).replace(/: warning: $/, '');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
