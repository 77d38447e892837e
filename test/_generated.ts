/** Dialogues generated from real specs, for tests that show the generator keeps a rule (not only the checker). */
import assert from 'node:assert/strict';
import { createDialoguePlanner, generateDialogues, loadCatalog, serializeItem } from '../src/generate/index.ts';

export interface Written { index: number; flow: string; json: string }
export interface Generated { written: Written[]; rejected: string[] }

/** Dialogues `start`..`end` planned from `specs` with `seed`: the written lines and the reasons of the rejected. */
export async function generated(specs: string[], end: number, { start = 0, seed = 2026 } = {}): Promise<Generated> {
  const planner = createDialoguePlanner(await loadCatalog({ specs }), { seed });
  const out: Generated = { written: [], rejected: [] };
  for await (const item of generateDialogues({ planner, start, end })) {
    const s = serializeItem(item);
    if ('rejected' in s) out.rejected.push(s.rejected.reason);
    else out.written.push({ index: s.index, flow: s.flow, json: s.json });
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
