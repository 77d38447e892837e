/** dialforge export / validate / stats end to end on the hand-made records. */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { projectRoot } from './_shared.ts';

const exec = promisify(execFile);
const input = join(projectRoot, 'test', 'data', 'export-records.jsonl');

async function dialforge(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, ['--import', 'tsx', join(projectRoot, 'src/cli/main.ts'), ...args], { cwd: projectRoot });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('dialforge export, validate, stats', async () => {
  const out = await mkdtemp(join(tmpdir(), 'dialforge-cli-'));
  after(() => rm(out, { recursive: true, force: true }));

  it('export writes the chosen formats per split, and validate passes the folder', async () => {
    const result = await dialforge('export', input, '--format', 'openai,sharegpt,tooldial', '--out', out, '--split', 'train=0.5,test=0.5', '--split-by', 'api');
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /6 of 6 dialogues exported/);
    assert.match(result.stdout, /1 self-correction dialogues left out of sharegpt/);
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as { export: { formats: string[]; apisPerSplit: Record<string, string[]>; functionNames: Record<string, string> } };
    assert.deepEqual(manifest.export.formats, ['openai', 'sharegpt', 'tooldial']);
    assert.equal(manifest.export.functionNames['music__getLyrics'], 'music.getLyrics');
    const check = await dialforge('validate', out);
    assert.equal(check.code, 0, check.stdout);
    assert.doesNotMatch(check.stdout, /BAD/);
    assert.match(check.stdout, /ok +.*tooldial\/apis\.json \(tooldial-apis, 6 rows\)/);
  });

  it('stats prints readable tables', async () => {
    const result = await dialforge('stats', input);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^6 dialogues/);
    for (const heading of ['flow', 'family', 'action', 'turns per dialogue', 'masked params', 'operation called', 'split']) assert.ok(result.stdout.includes(heading), heading);
    assert.match(result.stdout, /retriever_call +8 +15\.7%/);
  });

  it('export skips bad input lines, names them, and exits 1', async () => {
    const { writeFile } = await import('node:fs/promises');
    const good = (await readFile(input, 'utf8')).split('\n')[0]!;
    const broken = JSON.stringify({ ...JSON.parse(good), id: 'broken-1', turns: [] });
    const file = join(out, 'mixed.jsonl');
    await writeFile(file, `${good}\n{"id": \n${broken}\n`);
    const result = await dialforge('export', file, '--format', 'csv', '--out', join(out, 'mixed'));
    assert.equal(result.code, 1);
    assert.match(result.stderr, /mixed\.jsonl:2: not valid JSON/);
    assert.match(result.stderr, /mixed\.jsonl:3: record broken-1 skipped \(fails schemas\/dialogue\.schema\.json\): \/turns: must NOT have fewer than 1 items/);
    assert.match(result.stdout, /1 of 2 dialogues exported/);
  });

  it('usage errors exit 2 with a message that says what to do', async () => {
    const badFormat = await dialforge('export', input, '--format', 'openai,alpaca', '--out', out);
    assert.equal(badFormat.code, 2);
    assert.match(badFormat.stderr, /unknown format "alpaca"; use a comma-separated list of openai, hf/);
    const badSplit = await dialforge('export', input, '--split', 'train:0.8', '--out', out);
    assert.equal(badSplit.code, 2);
    assert.match(badSplit.stderr, /--split: "train:0.8" is not name=share/);
    const missing = await dialforge('validate', join(out, 'nope.jsonl'));
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /cannot read .*nope\.jsonl/);
  });
});
