/** Dialogues generated from real specs, for tests that show the generator keeps a rule (not only the checker). */
import assert from 'node:assert/strict';
import { createDialoguePlanner, generateDialogues, loadCatalog, serializeItem } from '../src/generate/index.ts';

export interface Written { index: number; flow: string; json: string }
export interface Generated { written: Written[]; rejected: string[] }

/** One dialogue's outcome: written, or the reason it was rejected. */
type Outcome = Written | { rejected: string };

/**
 * Per specs and seed: the catalog, loaded once, and every index generated so far. A dialogue depends only on
 * its index, the specs and the seed (test/generate-pipeline.test.ts: any index range equals the same slice of a
 * whole run), so the test files run in one process (test/check.test.ts) share what they generate.
 */
const cache = new Map<string, { catalog: ReturnType<typeof loadCatalog>; outcomes: Map<number, Outcome> }>();

/** Dialogues `start`..`end` planned from `specs` with `seed`: the written lines and the reasons of the rejected. */
export async function generated(specs: string[], end: number, { start = 0, seed = 2026 } = {}): Promise<Generated> {
  const key = JSON.stringify([specs, seed]);
  let entry = cache.get(key);
  if (!entry) cache.set(key, (entry = { catalog: loadCatalog({ specs }), outcomes: new Map() }));
  const { outcomes } = entry;
  for (let from = start; from < end; from++) {
    if (outcomes.has(from)) continue;
    let to = from + 1;
    while (to < end && !outcomes.has(to)) to++;
    // A fresh planner per range, as a separate run would have.
    const planner = createDialoguePlanner(await entry.catalog, { seed });
    for await (const item of generateDialogues({ planner, start: from, end: to })) {
      const s = serializeItem(item);
      outcomes.set(s.index, 'rejected' in s ? { rejected: s.rejected.reason } : { index: s.index, flow: s.flow, json: s.json });
    }
    from = to;
  }
  const out: Generated = { written: [], rejected: [] };
  for (let i = start; i < end; i++) {
    const o = outcomes.get(i);
    if (!o) throw new Error(`dialogue ${i} was not generated`);
    if ('rejected' in o) out.rejected.push(o.rejected);
    else out.written.push({ ...o });
  }
  return out;
}

/**
 * Generates dialogues `start`..`end` and asserts that none was rejected for one of `rules` (the generator
 * avoids what the rules catch) and that more than `minWritten` were written; returns the written ones.
 */
export async function assertGeneratorKeeps(
  rules: readonly string[], specs: string[], end: number,
  { start = 0, seed = 2026, minWritten = 0 } = {},
): Promise<Written[]> {
  const { written, rejected } = await generated(specs, end, { start, seed });
  assert.deepEqual(rejected.filter((reason) => rules.includes(reason)), [], 'rejected for a rule the generator should keep');
  assert.ok(written.length > minWritten, `${written.length} written`);
  return written;
}
