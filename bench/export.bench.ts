/**
 * Export throughput and memory: every format written for N dialogues streamed from a generator
 * (hand-made records cycled over 40 renamed copies of their APIs). Memory must not grow with N: the
 * peak RSS after the large run should stay close to the one after the small run.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeExports } from '../src/export/index.ts';
import type { DialogueRecord } from '../src/plan/index.ts';
import { peakRssMb, row, timed } from './_measure.ts';

const lines = (await readFile(join(import.meta.dirname, '..', 'test', 'data', 'export-records.jsonl'), 'utf8')).trim().split('\n');

function* records(n: number): Generator<DialogueRecord> {
  for (let i = 0; i < n; i++) {
    const text = lines[i % lines.length]!.replace(/\b(music|flights|weather|shop|geocoding)\b/g, `$1${Math.floor(i / lines.length) % 40}`);
    const record = JSON.parse(text) as DialogueRecord;
    yield { ...record, id: `bench-${i}`, index: i };
  }
}

for (const n of [2000, 20000]) {
  const out = await mkdtemp(join(tmpdir(), 'dialforge-bench-export-'));
  const { value: summary, seconds } = await timed(() => writeExports(records(n), out));
  row(`dialogues (all formats)`, n);
  row('  rows written', Object.values(summary.counts.perFormat).reduce((a, b) => a + b, 0));
  row('  left out (APIs across splits)', summary.dialogues.crossingSplits);
  row('  seconds', seconds.toFixed(2));
  row('  dialogues per second', Math.round(n / seconds));
  row('  peak memory so far (MB RSS)', peakRssMb());
  await rm(out, { recursive: true, force: true });
}
