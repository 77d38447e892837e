/** Splits: deterministic, group-aware, stable when dialogues are added, and no API crosses splits. */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  DEFAULT_SPLIT,
  apisInSeveralSplits,
  apisOf,
  assignSplit,
  crossingApis,
  parseSplitRatios,
  splitOfKey,
  writeExports,
  type SplitOptions,
} from '../src/export/index.ts';
import type { DialogueRecord } from '../src/plan/index.ts';
import { DialforgeError } from '../src/errors.ts';
import { recordArb } from './_export-arb.ts';

// Unique ids: the arbitrary may repeat an index.
const records = fc.sample(recordArb, { numRuns: 300, seed: 42 }).map((r, i) => ({ ...r, id: `d${i}` }));

describe('assignSplit', () => {
  it('is a pure function of the group key: order and other records never matter', () => {
    const first = records.map((r) => assignSplit(r));
    const reversed = [...records].reverse().map((r) => assignSplit(r)).reverse();
    assert.deepEqual(reversed, first);
  });

  it('puts every dialogue of one target API in the same split (by api)', () => {
    const splitOfApi = new Map<string, string>();
    for (const r of records) {
      const target = r.chain[r.chain.length - 1]!;
      const api = r.operations[target]!.api;
      const split = assignSplit(r);
      assert.equal(splitOfApi.get(api) ?? split, split, api);
      splitOfApi.set(api, split);
    }
  });

  it('follows the ratios roughly when grouping by dialogue', () => {
    const options: SplitOptions = { ratios: { train: 0.8, val: 0.1, test: 0.1 }, by: 'dialogue', seed: 3 };
    const counts: Record<string, number> = {};
    for (let i = 0; i < 4000; i++) {
      const split = splitOfKey(`dialogue:d${i}`, options);
      counts[split] = (counts[split] ?? 0) + 1;
    }
    assert.ok(counts.train! > 3000 && counts.train! < 3400, JSON.stringify(counts));
    assert.ok(counts.val! > 300 && counts.val! < 500, JSON.stringify(counts));
    assert.ok(counts.test! > 300 && counts.test! < 500, JSON.stringify(counts));
  });

  it('changes with the split seed, and only then', () => {
    const a = records.map((r) => assignSplit(r, { ...DEFAULT_SPLIT, by: 'dialogue', seed: 1 }));
    const b = records.map((r) => assignSplit(r, { ...DEFAULT_SPLIT, by: 'dialogue', seed: 1 }));
    const c = records.map((r) => assignSplit(r, { ...DEFAULT_SPLIT, by: 'dialogue', seed: 2 }));
    assert.deepEqual(a, b);
    assert.notDeepEqual(a, c);
  });

  it('parses --split ratios and rejects bad ones with a usage error', () => {
    assert.deepEqual(parseSplitRatios('train=0.8,val=0.1,test=0.1'), { train: 0.8, val: 0.1, test: 0.1 });
    for (const bad of ['train', 'train=x', 'train=0', 'train=0.5,train=0.5', '']) {
      assert.throws(() => parseSplitRatios(bad), (e: unknown) => e instanceof DialforgeError && e.code === 'E_USAGE', bad);
    }
  });
});

describe('writeExports splits', () => {
  it('never lets an API cross splits, and leaves out dialogues that would', async () => {
    const out = await mkdtemp(join(tmpdir(), 'dialforge-split-'));
    try {
      const split: SplitOptions = { ratios: { train: 0.5, val: 0.25, test: 0.25 }, by: 'api', seed: 0 };
      const summary = await writeExports(records, out, { formats: ['csv'], split });
      assert.deepEqual(summary.apisInSeveralSplits, {});
      assert.deepEqual(apisInSeveralSplits(summary.apisPerSplit), {});
      const crossing = records.filter((r) => crossingApis(r, split).length > 0);
      assert.ok(crossing.length > 0, 'the sample holds cross-API chains that must be left out');
      assert.equal(summary.dialogues.crossingSplits, crossing.length);
      assert.equal(summary.dialogues.written, records.length - crossing.length);
      for (const r of crossing) assert.ok(apisOf(r).length > 1);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it('adding dialogues never moves earlier ones', async () => {
    const dirs = [await mkdtemp(join(tmpdir(), 'dialforge-split-')), await mkdtemp(join(tmpdir(), 'dialforge-split-'))];
    try {
      const { readFile } = await import('node:fs/promises');
      const splitOf = async (dir: string, input: DialogueRecord[]): Promise<Map<string, string>> => {
        await writeExports(input, dir, { formats: ['csv'] });
        const lines = (await readFile(join(dir, 'csv', 'dialogues.csv'), 'utf8')).trim().split('\n').slice(1);
        return new Map(lines.map((l) => [l.split(',')[0]!, l.split(',').at(-1)!]));
      };
      const before = await splitOf(dirs[0]!, records.slice(0, 100));
      const afterAdding = await splitOf(dirs[1]!, records);
      for (const [id, split] of before) assert.equal(afterAdding.get(id), split, id);
    } finally {
      for (const d of dirs) await rm(d, { recursive: true, force: true });
    }
  });

  it('the proof catches an API listed under two splits', () => {
    assert.deepEqual(apisInSeveralSplits({ train: ['music', 'maps'], test: ['maps', 'news'] }), { maps: ['train', 'test'] });
  });
});
