/**
 * Fuzzing the loader with mutated fixture specs (fast-check): no crash, no stack trace, no load over the
 * time budget, and no silent load that lost part of the spec. A few dozen mutations here; `npm run
 * bench -- fuzz` (bench/fuzz-specs.ts) runs as many as asked and prints the table.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturesDir, skipWithoutFixtures } from './_shared.ts';
import { droppedSilently, drawMutations, fixtureSpecs, loadInChildren, verdictOf, type LoadOutcome } from './_fuzz-specs.ts';

const RUNS = Number(process.env.DIALFORGE_FUZZ_RUNS ?? 40);
const SEED = Number(process.env.DIALFORGE_FUZZ_SEED ?? 13);
/** Per file; a bounded loader needs a few seconds at most even on a busy machine. */
const BUDGET_MS = 30_000;

describe('fuzzed specs', { skip: skipWithoutFixtures }, () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'dialforge-fuzz-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test(`${RUNS} mutations of the fixture specs: no crash, no hang, every dropped part named`, { timeout: 600_000 }, async () => {
    const fixtures = fixtureSpecs(fixturesDir, 150_000);
    const mutations = drawMutations(fixtures, RUNS, SEED);
    const files = mutations.map((m) => {
      const file = join(dir, m.name);
      writeFileSync(file, m.bytes);
      return file;
    });
    const originals = await loadInChildren([...new Set(mutations.map((m) => m.fixture))], BUDGET_MS);
    const originalOf = new Map([...new Set(mutations.map((m) => m.fixture))].map((f, i) => [f, originals[i] as LoadOutcome]));
    const outcomes = await loadInChildren(files, BUDGET_MS);
    const problems: string[] = [];
    outcomes.forEach((outcome, i) => {
      const m = mutations[i]!;
      const verdict = verdictOf(outcome);
      const label = `${m.name} (${m.kind} of ${m.fixture.split('/').slice(-1)[0]}: ${m.what.slice(0, 120)})`;
      if (verdict === 'crash' || verdict === 'hang') problems.push(`${label}: ${verdict} ${typeof outcome === 'object' ? JSON.stringify(outcome.errors) : ''}`);
      else if (typeof outcome === 'object' && droppedSilently(m, originalOf.get(m.fixture)!, outcome)) problems.push(`${label}: loaded silently with parts missing (${JSON.stringify(outcome)})`);
      else if (typeof outcome === 'object' && [...outcome.errors, ...outcome.warnings].some((t) => /\n\s+at /.test(t))) problems.push(`${label}: stack trace in a message`);
    });
    assert.deepEqual(problems, []);
  });
});
