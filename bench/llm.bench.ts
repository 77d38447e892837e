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
  // The server measures how long it really took (a loaded machine wakes timers late): mean ms per answer.
  let served = 0;
  let servedMs = 0;
  const server = await startFakeLlm(async (body) => {
    const start = performance.now();
    await new Promise((resolve) => setTimeout(resolve, LATENCY_MS));
    served++;
    servedMs += performance.now() - start;
    return { content: answerFor(body) };
  });
  process.stdout.write(`${server.baseURL}\n`);
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (line: string) => {
    // "reset" before a measured pass, "report" after it.
    if (line.trim() === 'reset') (served = 0), (servedMs = 0);
    else process.stdout.write(`${JSON.stringify({ served, meanMs: served ? servedMs / served : 0, connections: server.connections() })}\n`);
  });
  process.stdin.on('end', () => void server.close().then(() => process.exit(0)));
} else {
  // Run from source through tsx, or as a bundled .mjs (to measure on another machine without node_modules).
  const loader = import.meta.url.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const child = spawn(process.execPath, [...loader, fileURLToPath(import.meta.url), 'serve'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const nextLine = () => new Promise<string>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(d.toString().trim())));
  const baseURL = await nextLine();
  const tmp = mkdtempSync(join(tmpdir(), 'dialforge-llm-bench-'));
  row('server latency per request', `${LATENCY_MS} ms`);
  row('machine load (1 min)', `${(await import('node:os')).loadavg()[0]!.toFixed(1)} on ${(await import('node:os')).availableParallelism()} cores`);
  try {
    // Concurrency 1 measures the round trip of one request on this machine (server time + everything else).
    let roundTripMs = 0;
    for (const concurrency of [1, 16, 64]) {
      // About six seconds of ideal work per setting (three at concurrency 1).
      const n = concurrency === 1 ? 15 : Math.round((concurrency / (LATENCY_MS / 1000)) * 6);
      const options = {
        model: 'bench-model',
        baseURL,
        apiKey: 'sk-bench',
        concurrency,
        cacheDir: join(tmp, `cache-${concurrency}`),
        timeoutMs: 30_000,
        check: checkerStandIn,
        fallback: templateStandIn,
      };
      // Warm-up (JIT, connections), not measured: plans with other ids, so nothing comes from the cache.
      const warm = createLlmRealizer({ ...options, cacheDir: null });
      for await (const _ of warm.realizeAll(makePlans(2 * concurrency).map((p) => ({ ...p, id: `warm-${p.id}` })))) void _;
      child.stdin.write('reset\n');
      const realizer = createLlmRealizer(options);
      const cpuBefore = process.cpuUsage();
      const { value: count, seconds } = await timed(async () => {
        let done = 0;
        for await (const outcome of realizer.realizeAll(makePlans(n))) if (outcome.source === 'llm') done++;
        return done;
      });
      const cpu = process.cpuUsage(cpuBefore);
      child.stdin.write('report\n');
      const server = JSON.parse(await nextLine()) as { served: number; meanMs: number; connections: number };
      const ideal = concurrency / (LATENCY_MS / 1000);
      const rate = count / seconds;
      if (concurrency === 1) {
        roundTripMs = (1000 * seconds) / count;
        row('concurrency 1: round trip', `${roundTripMs.toFixed(1)} ms per dialogue (server ${server.meanMs.toFixed(1)} ms)`);
        continue;
      }
      row(`concurrency ${concurrency}: dialogues`, `${count} of ${n} worded by the model in ${seconds.toFixed(2)} s`);
      row(`concurrency ${concurrency}: throughput`, `${rate.toFixed(1)} req/s (ideal ${ideal.toFixed(0)} req/s) = ${((100 * rate) / ideal).toFixed(1)}% of ideal`);
      row(`concurrency ${concurrency}: client CPU`, `${((cpu.user + cpu.system) / 1000 / count).toFixed(2)} ms per dialogue`);
      row(`concurrency ${concurrency}: server's real latency`, `${server.meanMs.toFixed(1)} ms mean (${((100 * rate) / (concurrency / (server.meanMs / 1000))).toFixed(1)}% of concurrency / real latency)`);
      row(`concurrency ${concurrency}: scaling`, `${((100 * rate) / (concurrency / (roundTripMs / 1000))).toFixed(1)}% of concurrency / round trip at concurrency 1`);
    }
    row('peak RSS (client)', `${peakRssMb()} MB`);
  } finally {
    child.stdin.end();
    rmSync(tmp, { recursive: true, force: true });
  }
}
