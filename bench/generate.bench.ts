/**
 * ToolDial-size runs: 11,111 dialogues planned, realized, checked and streamed to a JSONL file, over the bundled
 * specs and over the shared fixtures (OpenAPI + RapidAPI). Target: 11,111 dialogues in under 10 s.
 */
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDialoguePlanner, generateDialogues, loadCatalog, type Catalog } from '../src/generate.ts';
import { bundledSpecsDir, fixturesDir, hasFixtures } from '../test/_shared.ts';
import { peakRssMb, row, timed } from './_measure.ts';

const N = Number(process.env.DIALFORGE_BENCH_N ?? 11_111);

async function bench(label: string, catalog: Catalog, loadSeconds: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dialforge-bench-'));
  const file = join(dir, 'dialogues.jsonl');
  const planner = createDialoguePlanner(catalog, { seed: 1 });
  const cpuBefore = process.cpuUsage();
  const reasons: Record<string, number> = {};
  const { value, seconds } = await timed(async () => {
    const out = createWriteStream(file, { highWaterMark: 1 << 20 });
    let written = 0;
    let rejected = 0;
    for await (const item of generateDialogues({ planner, start: 0, end: N })) {
      if ('rejected' in item) {
        rejected++;
        reasons[item.rejected.reason] = (reasons[item.rejected.reason] ?? 0) + 1;
        continue;
      }
      written++;
      if (!out.write(`${JSON.stringify(item.record)}\n`)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    return { written, rejected };
  });
  row(`${label}: operations`, catalog.operations.length);
  row(`${label}: load specs + build graph`, `${loadSeconds.toFixed(2)} s`);
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  row(`${label}: ${N} dialogues`, `${seconds.toFixed(2)} s wall (${Math.round(N / seconds)} dialogues/s)`);
  // On a shared machine wall time depends on the load; CPU time is what the run itself costs.
  row(`${label}: CPU time`, `${cpuSeconds.toFixed(2)} s (${Math.round(N / cpuSeconds)} dialogues per CPU second)`);
  row(`${label}: written / rejected`, `${value.written} / ${value.rejected}${value.rejected ? ` (${Object.entries(reasons).map(([k, v]) => `${k} ${v}`).join(', ')})` : ''}`);
  row(`${label}: output size`, `${(statSync(file).size / 1e6).toFixed(1)} MB`);
  row(`${label}: peak RSS so far`, `${peakRssMb()} MB`);
  rmSync(dir, { recursive: true, force: true });
}

const bundled = await timed(() => loadCatalog({ specs: [bundledSpecsDir] }));
await bench('bundled api-specs', bundled.value, bundled.seconds);
if (hasFixtures) {
  const fixtures = await timed(() =>
    loadCatalog({ specs: [join(fixturesDir, 'openapi'), join(fixturesDir, 'rapidapi', 'tools')], responses: join(fixturesDir, 'rapidapi', 'responses') }),
  );
  await bench('fixture graph', fixtures.value, fixtures.seconds);
} else {
  process.stdout.write(`fixture run skipped: ${fixturesDir} not found\n`);
}
