/**
 * The commands that read dialogue files (`stats`, `validate`, `export`, `ingest`) agree on the edge cases:
 * a UTF-8 byte order mark is read past, an empty file is an error (never "ok, 0 rows"), and a file of
 * another format is refused with a message saying what it is (never a stack trace). `ingest` reads long
 * lines in linear time and refuses two results for one request.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LineSplitter } from '../src/realize/_line-splitter.ts';
import { ingestLlmBatchResults, readLlmPlansFile, writeLlmBatchRequests } from '../src/realize/llm-batch.ts';
import { makePlans, templateStandIn, checkerStandIn } from './_llm-fixtures.ts';
import { projectRoot } from './_shared.ts';

function dialforge(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(projectRoot, 'src', 'cli', 'main.ts'), ...args], { cwd: projectRoot, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
const noStack = (run: { stdout: string; stderr: string }) => assert.doesNotMatch(run.stdout + run.stderr, /\n\s+at |internal error/, 'no stack trace');

describe('dialogue-file commands: BOM, empty input, wrong format', () => {
  let dir: string;
  let dialogues: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'dialforge-files-'));
    const gen = dialforge('generate', join(projectRoot, 'api-specs'), '--out', join(dir, 'run'), '-n', '12', '--formats', 'openai');
    assert.equal(gen.status, 0, gen.stderr);
    dialogues = readFileSync(join(dir, 'run', 'dialogues.jsonl'), 'utf8');
    writeFileSync(join(dir, 'bom.jsonl'), `\uFEFF${dialogues}`);
    writeFileSync(join(dir, 'empty.jsonl'), '');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('a BOM: validate, export and stats all read the file', () => {
    const validate = dialforge('validate', '--format', 'dialogue', join(dir, 'bom.jsonl'));
    assert.equal(validate.status, 0, validate.stdout);
    const exported = dialforge('export', join(dir, 'bom.jsonl'), '--format', 'openai', '--out', join(dir, 'bom-out'));
    assert.equal(exported.status, 0, exported.stderr);
    // However many of the 12 plans passed the checker (a rejected plan writes no line).
    const written = dialogues.trim().split('\n').length;
    assert.match(exported.stdout, new RegExp(`^\\d+ of ${written} dialogues exported`));
    const stats = dialforge('stats', join(dir, 'bom.jsonl'), '--json');
    assert.equal(stats.status, 0, stats.stderr);
    assert.equal((JSON.parse(stats.stdout) as { dialogues: number }).dialogues, written);
  });

  test('an empty file: validate says BAD, export and stats exit 1 naming the file', () => {
    const validate = dialforge('validate', '--format', 'dialogue', join(dir, 'empty.jsonl'));
    assert.equal(validate.status, 1);
    assert.match(validate.stdout, /empty\.jsonl:1: the file is empty: no rows[^\n]*\nBAD {2}/);
    for (const args of [['export', join(dir, 'empty.jsonl'), '--out', join(dir, 'empty-out')], ['stats', join(dir, 'empty.jsonl')]]) {
      const run = dialforge(...args);
      assert.equal(run.status, 1, `${args[0]}: ${run.stdout}`);
      assert.match(run.stderr, /empty\.jsonl is empty: no dialogue records/);
      noStack(run);
    }
  });

  test('an OpenAI export given to stats or export: refused with what it is, no stack trace', () => {
    const openai = join(dir, 'run', 'openai', 'train.jsonl');
    for (const command of ['stats', 'export']) {
      const run = dialforge(command, openai, ...(command === 'export' ? ['--out', join(dir, 'wrong-out')] : []));
      assert.equal(run.status, 1, `${command}: ${run.stdout}`);
      assert.match(run.stderr, /train\.jsonl:1: line 1 is a row of the openai export format, not a record of dialogues\.jsonl/);
      noStack(run);
    }
  });
});

describe('ingest', () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'dialforge-ingest-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('the line splitter joins each long line once: bytes copied stay linear in the line length', () => {
    const splitter = new LineSplitter();
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    let lines = 0;
    for (let i = 0; i < 1000; i++) for (const _ of splitter.push(chunk)) lines++;
    for (const line of splitter.push(Buffer.from('\n'))) {
      lines++;
      assert.equal(line.bytes.length, 1000 * chunk.length);
      assert.equal(line.offset, 0);
    }
    assert.equal(lines, 1);
    // Joining at every chunk copied ~500 times the line (32 GB for this 64 MB line).
    assert.ok(splitter.copiedBytes <= 2 * 1000 * chunk.length, `${splitter.copiedBytes} bytes copied`);
  });

  test('two results with one custom_id are refused, naming both lines; an empty results file too', async () => {
    const plans = makePlans(2);
    const requestsFile = join(dir, 'requests.jsonl');
    const written = await writeLlmBatchRequests(plans, requestsFile, { model: 'm', fallback: templateStandIn });
    const line = (id: string, content: string) => JSON.stringify({ custom_id: id, response: { status_code: 200, body: { choices: [{ message: { content } }] } }, error: null });
    const results = join(dir, 'results.jsonl');
    writeFileSync(results, `\uFEFF${line(plans[0]!.id, 'a')}\n${line(plans[1]!.id, 'b')}\n${line(plans[0]!.id, 'c')}\n`);
    await assert.rejects(ingestLlmBatchResults(results, readLlmPlansFile(written.plansFile), { check: checkerStandIn, fallback: templateStandIn }), (error: Error) => {
      assert.match(error.message, new RegExp(`custom_id "${plans[0]!.id}" appears twice, on lines 1 and 3`));
      return true;
    });
    writeFileSync(results, '');
    await assert.rejects(ingestLlmBatchResults(results, readLlmPlansFile(written.plansFile), { check: checkerStandIn, fallback: templateStandIn }), /the results file is empty/);
  });

  test('a BOM before the first result is read past', async () => {
    const plans = makePlans(1);
    const written = await writeLlmBatchRequests(plans, join(dir, 'bom-requests.jsonl'), { model: 'm', fallback: templateStandIn });
    const results = join(dir, 'bom-results.jsonl');
    writeFileSync(results, `\uFEFF${JSON.stringify({ custom_id: plans[0]!.id, response: { status_code: 500, body: {} }, error: null })}\n`);
    const ingest = await ingestLlmBatchResults(results, readLlmPlansFile(written.plansFile), { check: checkerStandIn, fallback: templateStandIn });
    const outcomes = [];
    for await (const o of ingest.outcomes) outcomes.push(o);
    assert.equal(outcomes.length, 1);
    assert.match(outcomes[0]!.reasons[0]!, /the batch request failed: status 500/);
  });
});
