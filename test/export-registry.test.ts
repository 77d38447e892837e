/**
 * Adding an export format is one module: this file registers a toy format and nothing else changes;
 * writeExports writes it, validateFile checks it (schema + rules) and detects it, the CLI's list has it.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parseFormats } from '../src/cli/export.ts';
import {
  exportFormatNames,
  fileFormatNames,
  formatFromRow,
  readDialogueRecords,
  registerExportFormat,
  validateFile,
  writeExports,
  type ExportFormatModule,
} from '../src/export/index.ts';
import type { DialogueRecord } from '../src/plan/index.ts';
import { projectRoot } from './_shared.ts';

const records: DialogueRecord[] = [];
for await (const r of readDialogueRecords(join(projectRoot, 'test', 'data', 'export-records.jsonl'))) records.push(r);

/** The whole toy format: one user question and the turn count per dialogue. */
const toyFormat: ExportFormatModule = {
  name: 'toy',
  folder: 'toy',
  extension: 'jsonl',
  schema: {
    type: 'object',
    required: ['toy_id', 'question', 'turns'],
    additionalProperties: false,
    properties: { toy_id: { type: 'string' }, question: { type: 'string' }, turns: { type: 'integer', minimum: 1 } },
  },
  rules: (row) => (typeof row.question === 'string' && row.question.trim() === '' ? ['question: empty'] : []),
  toRows: (record) => [{ id: record.id, row: { toy_id: record.id, question: record.turns.find((t) => t.speaker === 'user')?.text ?? '', turns: record.turns.length } }],
  detect: (row) => 'toy_id' in row,
};
registerExportFormat(toyFormat);

const dir = await mkdtemp(join(tmpdir(), 'dialforge-toy-'));
after(() => rm(dir, { recursive: true, force: true }));

describe('export format registry', () => {
  it('a registered format is known to the CLI and to validate', () => {
    assert.ok(exportFormatNames().includes('toy'));
    assert.ok(fileFormatNames().includes('toy'));
    assert.deepEqual(parseFormats('toy,hf'), ['toy', 'hf']);
    assert.throws(() => registerExportFormat(toyFormat), /already registered/);
  });

  it('writeExports writes it per split and counts it', async () => {
    const summary = await writeExports(records, dir, { formats: ['toy'], split: { by: 'dialogue', ratios: { train: 1 }, seed: 0 } });
    assert.ok(records.length > 0);
    assert.equal(summary.counts.perFormat.toy, summary.dialogues.written);
    assert.deepEqual(summary.files, [{ path: 'toy/train.jsonl', format: 'toy', split: 'train', rows: summary.dialogues.written }]);
    const lines = (await readFile(join(dir, 'toy', 'train.jsonl'), 'utf8')).trimEnd().split('\n');
    assert.equal(lines.length, summary.dialogues.written);
    assert.equal((JSON.parse(lines[0]!) as { toy_id: string }).toy_id, records[0]!.id);
    assert.deepEqual(await validateFile(join(dir, 'toy', 'train.jsonl')).then((r) => [r.format, r.problems]), ['toy', []]);
  });

  it('validate reports its schema and rule problems and detects it from a row', async () => {
    const bad = join(dir, 'bad.jsonl');
    await writeFile(bad, `${JSON.stringify({ toy_id: 'a', question: ' ', turns: 2 })}\n${JSON.stringify({ toy_id: 'b', question: 'q', turns: 0 })}\n`);
    const report = await validateFile(bad);
    assert.equal(report.format, 'toy');
    assert.deepEqual(report.problems.map((p) => p.line), [1, 2]);
    assert.match(report.problems[0]!.reason, /question: empty/);
    assert.match(report.problems[1]!.reason, /turns/);
    assert.equal(formatFromRow({ toy_id: 'x' }), 'toy');
  });

  it('a row that breaks the format is reported, not written', async () => {
    const broken: ExportFormatModule = { ...toyFormat, name: 'toy-broken', folder: 'toy-broken', detect: undefined, toRows: (record) => [{ id: record.id, row: { toy_id: record.id } }] };
    registerExportFormat(broken);
    const summary = await writeExports(records.slice(0, 1), join(dir, 'broken'), { formats: ['toy-broken'], split: { by: 'dialogue', ratios: { train: 1 }, seed: 0 } });
    assert.equal(summary.files.length, 0);
    assert.equal(summary.invalidRows[0]?.format, 'toy-broken');
  });
});
