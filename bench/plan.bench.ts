/**
 * Planner speed: catalog build and 11,111 plans (ToolDial's size) over the bundled specs and over the
 * ../shared fixtures graph. Prints seconds, plans per second, CPU seconds and peak memory.
 */
import { join } from 'node:path';
import { buildGraph } from '../src/graph/index.ts';
import { createPlanCatalog, isRejected, planDialogues } from '../src/plan/index.ts';
import { loadSpecs } from '../src/specs/index.ts';
import { bundledSpecsDir, fixturesDir, hasFixtures } from '../test/_shared.ts';
import { peakRssMb, row, timed } from './_measure.ts';

const COUNT = Number(process.env.DIALFORGE_BENCH_PLANS ?? 11111);

async function bench(label: string, inputs: string[], responses?: string): Promise<void> {
  const loaded = await loadSpecs(inputs, responses ? { responses } : {});
  const graph = buildGraph(loaded.operations);
  const built = await timed(() => createPlanCatalog(graph));
  const catalog = built.value;
  const cpu = process.cpuUsage();
  const run = await timed(() => {
    let ok = 0;
    let rejected = 0;
    for (const outcome of planDialogues(catalog, { seed: 1, count: COUNT })) {
      if (isRejected(outcome)) rejected++;
      else ok++;
    }
    return { ok, rejected };
  });
  const cpuSeconds = (process.cpuUsage(cpu).user + process.cpuUsage(cpu).system) / 1e6;
  row(`${label}: operations / edges`, `${catalog.operations.length} / ${graph.size}`);
  row(`${label}: catalog build (s)`, built.seconds.toFixed(2));
  row(`${label}: ${COUNT} plans (s)`, run.seconds.toFixed(2));
  row(`${label}: plans per second`, Math.round(COUNT / run.seconds));
  row(`${label}: CPU seconds`, cpuSeconds.toFixed(2));
  row(`${label}: rejected`, run.value.rejected);
  row(`${label}: peak RSS (MB)`, peakRssMb());
}

await bench('bundled', [bundledSpecsDir]);
if (hasFixtures) {
  await bench('fixtures', [join(fixturesDir, 'openapi'), join(fixturesDir, 'rapidapi', 'tools')], join(fixturesDir, 'rapidapi', 'responses'));
} else {
  process.stdout.write('fixtures: skipped (../shared/fixtures not found)\n');
}
