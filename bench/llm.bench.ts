/**
 * LLM realizer throughput against a local OpenAI-compatible server that answers every request after
 * 200 ms (run in a child process so its work does not share the client's event loop). Ideal throughput is
 * concurrency / latency; the figure that matters is the fraction of it reached, with the whole realizer
 * at work: prompt building, HTTP through the openai client, answer parsing, the checker, the disk cache.
 * Target: >= 90% at concurrency 16 and 64.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLlmRealizer } from '../src/realize/llm.ts';
import { answerFor, checkerStandIn, makePlans, startFakeLlm, templateStandIn } from '../test/_llm-fixtures.ts';
import { peakRssMb, row, timed } from './_measure.ts';

const LATENCY_MS = 200;

if (process.argv[2] === 'serve') {
  const server = await startFakeLlm((body) => ({ content: answerFor(body), delayMs: LATENCY_MS }));
  process.stdout.write(`${server.baseURL}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => void server.close().then(() => process.exit(0)));
} else {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), 'serve'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const baseURL = await new Promise<string>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(d.toString().trim())));
  const tmp = mkdtempSync(join(tmpdir(), 'dialforge-llm-bench-'));
  row('server latency per request', `${LATENCY_MS} ms`);
  try {
    for (const concurrency of [16, 64]) {
      // About six seconds of ideal work per setting.
      const n = Math.round((concurrency / (LATENCY_MS / 1000)) * 6);
      const realizer = createLlmRealizer({
        model: 'bench-model',
        baseURL,
        apiKey: 'sk-bench',
        concurrency,
        cacheDir: join(tmp, `cache-${concurrency}`),
        timeoutMs: 30_000,
        check: checkerStandIn,
        fallback: templateStandIn,
      });
      const { value: count, seconds } = await timed(async () => {
        let done = 0;
        for await (const outcome of realizer.realizeAll(makePlans(n))) if (outcome.source === 'llm') done++;
        return done;
      });
      const ideal = concurrency / (LATENCY_MS / 1000);
      const rate = count / seconds;
      row(`concurrency ${concurrency}: dialogues`, `${count} of ${n} worded by the model in ${seconds.toFixed(2)} s`);
      row(`concurrency ${concurrency}: throughput`, `${rate.toFixed(1)} req/s (ideal ${ideal.toFixed(0)} req/s) = ${((100 * rate) / ideal).toFixed(1)}% of ideal`);
    }
    row('peak RSS (client)', `${peakRssMb()} MB`);
  } finally {
    child.stdin.end();
    rmSync(tmp, { recursive: true, force: true });
  }
}
