/**
 * A 1,000,000-dialogue streamed run over the bundled specs: records go straight to a JSONL file, so memory must stay
 * flat. Prints heap and resident memory after the first 10,000 dialogues and at the end.
 * DIALFORGE_BENCH_STREAM_N changes the count (e.g. 100000 for a quick look).
 */
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDialoguePlanner, generateDialogues, loadCatalog } from '../src/generate/index.ts';
import { bundledSpecsDir } from '../test/_shared.ts';
import { peakRssMb, row, timed } from './_measure.ts';

const N = Number(process.env.DIALFORGE_BENCH_STREAM_N ?? 1_000_000);
const EARLY = Math.min(10_000, N);
const mb = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;

const catalog = await loadCatalog({ specs: [bundledSpecsDir] });
const planner = createDialoguePlanner(catalog, { seed: 1 });
const dir = mkdtempSync(join(tmpdir(), 'dialforge-stream-'));
const file = join(dir, 'dialogues.jsonl');
let early = { heap: 0, rss: 0, peak: 0 };
const { value: written, seconds } = await timed(async () => {
  const out = createWriteStream(file, { highWaterMark: 1 << 20 });
  let count = 0;
  for await (const item of generateDialogues({ planner, start: 0, end: N })) {
    if ('record' in item) {
      count++;
      if (!out.write(`${JSON.stringify(item.record)}\n`)) await once(out, 'drain');
    }
    if (item.index === EARLY - 1) early = { heap: process.memoryUsage().heapUsed, rss: process.memoryUsage().rss, peak: peakRssMb() };
  }
  out.end();
  await once(out, 'finish');
  return count;
});
const end = process.memoryUsage();
row(`${N} dialogues streamed`, `${seconds.toFixed(1)} s (${Math.round(N / seconds)} dialogues/s), ${written} written`);
row('output size', `${(statSync(file).size / 1e9).toFixed(2)} GB`);
row(`after ${EARLY}: heap used / RSS / peak RSS`, `${mb(early.heap)} / ${mb(early.rss)} / ${early.peak} MB`);
row(`after ${N}: heap used / RSS / peak RSS`, `${mb(end.heapUsed)} / ${mb(end.rss)} / ${peakRssMb()} MB`);
rmSync(dir, { recursive: true, force: true });
