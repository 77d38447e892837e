import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { checkDialogue } from '../src/check/index.ts';
import { createDialoguePlanner, effectiveWorkers, generateDialogues, GenerateWorkerPool, loadCatalog, serializeItem, type Catalog, type SerializedItem } from '../src/generate/index.ts';
import type { DialogueRecord } from '../src/plan/index.ts';
import { bundledSpecsDir, fixturesDir, projectRoot, skipWithoutFixtures } from './_shared.ts';

const cli = join(projectRoot, 'src/cli/main.ts');
const root = mkdtempSync(join(tmpdir(), 'dialforge-workers-'));
const N = '120'; // an explicit --workers count is used even for small runs

function generate(out: string, ...args: string[]): { status: number | null; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', cli, 'generate', '--out', out, '--no-progress', ...args], { encoding: 'utf8', cwd: projectRoot });
  return { status: run.status, stderr: run.stderr };
}
const read = (dir: string, file = 'dialogues.jsonl'): string => readFileSync(join(dir, file), 'utf8');

describe('dialforge generate --workers', () => {
  const one = join(root, 'one');
  before(() => {
    const run = generate(one, '-n', N, '--seed', '6', '--workers', '1');
    assert.equal(run.status, 0, run.stderr);
  });

  it('writes the same files with two workers as in-process', () => {
    const two = join(root, 'two');
    const run = generate(two, '-n', N, '--seed', '6', '--workers', '2');
    assert.equal(run.status, 0, run.stderr);
    assert.equal(read(two), read(one));
    assert.equal(read(two, 'manifest.json'), read(one, 'manifest.json'));
    assert.ok(read(one).split('\n').length > 100, 'the run wrote records');
  });

  it('shards made with two workers together equal the in-process whole run', () => {
    const parts = [1, 2].map((i) => {
      const dir = join(root, `shard${i}`);
      const run = generate(dir, '-n', N, '--seed', '6', '--shard', `${i}/2`, '--workers', '2');
      assert.equal(run.status, 0, run.stderr);
      return read(dir);
    });
    assert.equal(parts.join(''), read(one));
  });

  it('SIGINT with workers leaves valid files saying interrupted; --resume with workers ends with the in-process file', async () => {
    // Big enough that the run is still going when the first records are out (at most 4 ranges of 25 are ever out:
    // 300 indices are still to do when the first range is written).
    const n = '400';
    const whole = join(root, 'whole400');
    const full = generate(whole, '-n', n, '--seed', '6', '--workers', '1');
    assert.equal(full.status, 0, full.stderr);
    const out = join(root, 'interrupted');
    const child = spawn(process.execPath, ['--import', 'tsx', cli, 'generate', '--out', out, '-n', n, '--seed', '6', '--workers', '2'], { cwd: projectRoot, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    while (!(existsSync(join(out, 'dialogues.jsonl')) && read(out).length > 0)) await sleep(10);
    child.kill('SIGINT');
    assert.equal(await exited, 130, stderr);
    const manifest = JSON.parse(read(out, 'manifest.json')) as { interrupted: boolean; complete: boolean; next_index: number; bytes: number };
    assert.equal(manifest.interrupted, true);
    assert.equal(manifest.complete, false);
    assert.ok(manifest.next_index > 0 && manifest.next_index < Number(n), `stopped at ${manifest.next_index}`);
    const partial = read(out);
    assert.equal(Buffer.byteLength(partial), manifest.bytes);
    assert.ok(read(whole).startsWith(partial), 'what was written is the start of the whole run');
    for (const line of partial.trim().split('\n')) assert.deepEqual(checkDialogue(JSON.parse(line) as DialogueRecord), { ok: true });

    const resumed = generate(out, '-n', n, '--seed', '6', '--resume', '--workers', '2');
    assert.equal(resumed.status, 0, resumed.stderr);
    assert.equal(read(out), read(whole));
    assert.equal(read(out, 'manifest.json'), read(whole, 'manifest.json'));
  });

  it('--workers 0 is a usage error', () => {
    const run = generate(join(root, 'bad'), '--workers', '0');
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--workers: "0" must be a whole number >= 1/);
  });
});

async function collect(items: AsyncIterable<SerializedItem>): Promise<SerializedItem[]> {
  const out: SerializedItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

async function inProcess(catalog: Catalog, seed: number, start: number, end: number): Promise<SerializedItem[]> {
  const planner = createDialoguePlanner(catalog, { seed });
  const out: SerializedItem[] = [];
  for await (const item of generateDialogues({ planner, start, end })) out.push(serializeItem(item));
  return out;
}

describe('GenerateWorkerPool', () => {
  let pool: GenerateWorkerPool;
  before(() => {
    pool = new GenerateWorkerPool(2);
  });
  after(async () => {
    await pool.close();
  });

  it('yields exactly the in-process outcomes, in index order, over the fixture graph (OpenAPI + RapidAPI)', { skip: skipWithoutFixtures }, async () => {
    const catalog = await loadCatalog({ specs: [join(fixturesDir, 'openapi'), join(fixturesDir, 'rapidapi', 'tools')], responses: join(fixturesDir, 'rapidapi', 'responses') });
    const got = await collect(pool.generate({ catalog, planner: { seed: 11 }, start: 37, end: 117, rangeSize: 7 }));
    assert.deepEqual(got.map((item) => item.index), Array.from({ length: 80 }, (_, i) => 37 + i));
    assert.deepEqual(got, await inProcess(catalog, 11, 37, 117));
  });

  it('stops handing out work when asked and yields a gap-free prefix; a worker error reaches the caller', async () => {
    const catalog = await loadCatalog({ specs: [bundledSpecsDir] });
    let pulled = 0;
    const got = await collect(pool.generate({ catalog, planner: { seed: 2 }, start: 0, end: 5000, rangeSize: 10, shouldStop: () => ++pulled > 3 }));
    assert.ok(got.length > 0 && got.length < 5000, `stopped after ${got.length}`);
    assert.deepEqual(got.map((item) => item.index), Array.from({ length: got.length }, (_, i) => i));
    assert.deepEqual(got, await inProcess(catalog, 2, 0, got.length));

    await assert.rejects(collect(pool.generate({ catalog, planner: { seed: 2, flowTable: join(root, 'no-such-flows.yaml') }, start: 0, end: 50 })), (error: Error & { code?: string }) => {
      assert.equal(error.name, 'DialforgeError');
      assert.match(error.message, /no-such-flows\.yaml|cannot read/);
      return true;
    });
  });

  it('uses fewer workers for small runs', () => {
    assert.equal(effectiveWorkers(2, 150), 1);
    assert.equal(effectiveWorkers(2, 200), 2);
    assert.equal(effectiveWorkers(8, 450), 4);
    assert.equal(effectiveWorkers(1, 1_000_000), 1);
  });
});
