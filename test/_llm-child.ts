/**
 * Child process for the kill-and-resume test: realizes N test plans against a server and writes the
 * records to a file in plan order. Usage: _llm-child.ts <baseURL> <cacheDir> <outFile> <n> <concurrency>
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createLlmRealizer } from '../src/realize/llm.ts';
import { checkerStandIn, makePlans, templateStandIn } from './_llm-fixtures.ts';

const [baseURL, cacheDir, outFile, n, concurrency] = process.argv.slice(2) as [string, string, string, string, string];
const realizer = createLlmRealizer({
  model: 'test-model',
  baseURL,
  cacheDir,
  concurrency: Number(concurrency),
  timeoutMs: 60_000,
  maxRetries: 0,
  check: checkerStandIn,
  fallback: templateStandIn,
});
const out = createWriteStream(outFile);
for await (const outcome of realizer.realizeAll(makePlans(Number(n)))) {
  if (!out.write(`${JSON.stringify(outcome.record)}\n`)) await once(out, 'drain');
}
await new Promise<void>((resolve) => out.end(resolve));
process.stdout.write(JSON.stringify(realizer.stats()));
