/** Child process of test/_fuzz-specs.ts: loads each file of a list and prints one JSON line per file. */
import { readFileSync } from 'node:fs';
import { loadSpecFile } from '../src/specs/index.ts';

const files = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as string[];
for (const file of files) {
  const start = performance.now();
  const spec = await loadSpecFile(file);
  const errors = spec.issues.filter((i) => i.severity === 'error').map((i) => `${i.code}: ${i.message.slice(0, 300)}`);
  const warnings = spec.issues.filter((i) => i.severity === 'warning').map((i) => `${i.code}: ${i.message.slice(0, 300)}`);
  const outcome = {
    errors,
    warnings,
    ops: spec.operations.length,
    inputs: spec.operations.reduce((n, op) => n + op.inputs.length, 0),
    outputs: spec.operations.reduce((n, op) => n + op.outputs.length, 0),
    internal: spec.issues.some((i) => /internal error/.test(i.message)),
    ms: Math.round(performance.now() - start),
  };
  process.stdout.write(`${JSON.stringify(outcome)}\n`);
}
