/**
 * ToolDial-size runs: 11,111 dialogues planned, realized, checked and streamed to a JSONL file, over the bundled
 * specs and over the shared fixtures (OpenAPI + RapidAPI), in-process (workers=1) and on worker threads
 * (workers=2, thread start-up included). Target: 11,111 dialogues in under 10 s.
 * The machine is shared: the load average is printed beside each run, and CPU time (all threads) is what a run
 * itself costs. DIALFORGE_BENCH_N changes the count; DIALFORGE_BENCH_WORKERS the worker counts (e.g. "1,2,4").
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDialoguePlanner, GenerateWorkerPool, generateDialogues, loadCatalog, serializeItem, type Catalog, type SerializedItem } from '../src/generate/index.ts';
import { bundledSpecsDir, fixturesDir, hasFixtures } from '../test/_shared.ts';
import { peakRssMb, row, timed } from './_measure.ts';

const N = Number(process.env.DIALFORGE_BENCH_N ?? 11_111);
const WORKERS = (process.env.DIALFORGE_BENCH_WORKERS ?? '1,2').split(',').map(Number);
const SEED = 1;

const load = (): string => loadavg().map((l) => l.toFixed(2)).join(' ');

/** The outcomes of indices 0..N-1: in-process for one worker, else on a pool started here (its start-up is timed). */
async function* outcomes(catalog: Catalog, workers: number): AsyncGenerator<SerializedItem> {
  if (workers === 1) {
    const planner = createDialoguePlanner(catalog, { seed: SEED });
    for await (const item of generateDialogues({ planner, start: 0, end: N })) yield serializeItem(item);
    return;
  }
  const pool = new GenerateWorkerPool(workers);
  try {
    yield* pool.generate({ catalog, planner: { seed: SEED }, start: 0, end: N });
  } finally {
    await pool.close();
  }
}

async function bench(label: string, catalog: Catalog, workers: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'dialforge-bench-'));
  const file = join(dir, 'dialogues.jsonl');
  const reasons: Record<string, number> = {};
  const loadBefore = load();
  const cpuBefore = process.cpuUsage();
  const { value, seconds } = await timed(async () => {
    const out = createWriteStream(file, { highWaterMark: 1 << 20 });
    let written = 0;
    let rejected = 0;
    for await (const item of outcomes(catalog, workers)) {
      if ('rejected' in item) {
        rejected++;
        reasons[item.rejected.reason] = (reasons[item.rejected.reason] ?? 0) + 1;
        continue;
      }
      written++;
      if (!out.write(`${item.json}\n`)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    return { written, rejected };
  });
  // process.cpuUsage() counts every thread of the process, workers included.
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const name = `${label}, workers=${workers}`;
  row(`${name}: ${N} dialogues`, `${seconds.toFixed(2)} s wall (${Math.round(N / seconds)} dialogues/s); load average before ${loadBefore}, after ${load()}`);
  row(`${name}: CPU time (all threads)`, `${cpuSeconds.toFixed(2)} s (${Math.round(N / cpuSeconds)} dialogues per CPU second)`);
  row(`${name}: written / rejected`, `${value.written} / ${value.rejected}${value.rejected ? ` (${Object.entries(reasons).map(([k, v]) => `${k} ${v}`).join(', ')})` : ''}`);
  row(`${name}: output size`, `${(statSync(file).size / 1e6).toFixed(1)} MB`);
  row(`${name}: peak RSS so far`, `${peakRssMb()} MB`);
  const digest = createHash('sha256').update(readFileSync(file)).digest('hex');
  rmSync(dir, { recursive: true, force: true });
  return digest;
}

async function benchCatalog(label: string, input: Parameters<typeof loadCatalog>[0]): Promise<void> {
  const loaded = await timed(() => loadCatalog(input));
  row(`${label}: operations`, loaded.value.operations.length);
  row(`${label}: load specs + build graph`, `${loaded.seconds.toFixed(2)} s`);
  const digests = new Map<number, string>();
  for (const workers of WORKERS) digests.set(workers, await bench(label, loaded.value, workers));
  const distinct = new Set(digests.values());
  row(`${label}: output identical for workers ${WORKERS.join(', ')}`, distinct.size === 1 ? 'yes' : 'NO');
  if (distinct.size !== 1) process.exitCode = 1;
}

row('CPUs / load average at start', `${(await import('node:os')).availableParallelism()} / ${load()}`);
await benchCatalog('bundled api-specs', { specs: [bundledSpecsDir] });
if (hasFixtures) {
  await benchCatalog('fixture graph', { specs: [join(fixturesDir, 'openapi'), join(fixturesDir, 'rapidapi', 'tools')], responses: join(fixturesDir, 'rapidapi', 'responses') });
} else {
  process.stdout.write(`fixture run skipped: ${fixturesDir} not found\n`);
}
