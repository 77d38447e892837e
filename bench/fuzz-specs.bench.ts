/**
 * `npm run bench -- fuzz`: the spec fuzzer of test/specs-fuzz.test.ts at scale. DIALFORGE_FUZZ_RUNS
 * mutations (default 300, seed DIALFORGE_FUZZ_SEED) of every fixture spec; prints the table tried /
 * clean error / loaded with warnings / loaded silently / crash / hang, per mutation kind and in total.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturesDir, hasFixtures } from '../test/_shared.ts';
import { droppedSilently, drawMutations, fixtureSpecs, loadInChildren, MUTATION_KINDS, verdictOf, type LoadOutcome, type Verdict } from '../test/_fuzz-specs.ts';

if (!hasFixtures) {
  console.log(`fuzz-specs: ../shared/fixtures not found at ${fixturesDir}; skipped`);
  process.exit(0);
}
const runs = Number(process.env.DIALFORGE_FUZZ_RUNS ?? 300);
const seed = Number(process.env.DIALFORGE_FUZZ_SEED ?? 2026);
const budgetMs = 30_000;
const dir = mkdtempSync(join(tmpdir(), 'dialforge-fuzz-bench-'));
try {
  const fixtures = fixtureSpecs(fixturesDir, Infinity);
  const mutations = drawMutations(fixtures, runs, seed);
  const files = mutations.map((m) => {
    const file = join(dir, m.name);
    writeFileSync(file, m.bytes);
    return file;
  });
  const used = [...new Set(mutations.map((m) => m.fixture))];
  const originals = await loadInChildren(used, budgetMs);
  const originalOf = new Map(used.map((f, i) => [f, originals[i] as LoadOutcome]));
  const start = performance.now();
  const outcomes = await loadInChildren(files, budgetMs);
  const seconds = (performance.now() - start) / 1000;
  const columns: Verdict[] = ['clean error', 'loaded with warnings', 'loaded silently', 'crash', 'hang'];
  const rows = new Map<string, Record<string, number>>();
  let silentDrops = 0;
  let slowest = 0;
  outcomes.forEach((outcome, i) => {
    const m = mutations[i]!;
    for (const key of [m.kind, 'total']) {
      const row = rows.get(key) ?? Object.fromEntries([['tried', 0], ...columns.map((c) => [c, 0])]);
      row.tried!++;
      row[verdictOf(outcome)]!++;
      rows.set(key, row);
    }
    if (typeof outcome === 'object') {
      slowest = Math.max(slowest, outcome.ms);
      if (droppedSilently(m, originalOf.get(m.fixture)!, outcome)) {
        silentDrops++;
        console.log(`silent drop: ${m.name} ${m.what.slice(0, 160)}`);
      }
    } else console.log(`${outcome}: ${m.name} ${m.what.slice(0, 160)}`);
  });
  console.log(`fuzz-specs: ${runs} mutations (seed ${seed}) of ${fixtures.length} fixture specs, ${seconds.toFixed(1)} s, slowest load ${slowest} ms`);
  console.log(`| mutation | tried | ${columns.join(' | ')} |`);
  console.log(`|---|${'---|'.repeat(columns.length + 1)}`);
  for (const key of [...MUTATION_KINDS, 'total']) {
    const row = rows.get(key);
    if (row) console.log(`| ${key} | ${row.tried} | ${columns.map((c) => row[c]).join(' | ')} |`);
  }
  console.log(`silent loads that lost operations, parameters or fields: ${silentDrops}`);
  const total = rows.get('total')!;
  if (total.crash! > 0 || total.hang! > 0 || silentDrops > 0) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
