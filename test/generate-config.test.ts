import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseFlowMix, parseShard, readConfigFile } from '../src/cli/_generate-config.ts';
import { DialforgeError } from '../src/errors.ts';
import { projectRoot } from './_shared.ts';

const dir = mkdtempSync(join(tmpdir(), 'dialforge-config-'));
function config(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

function configError(file: string): DialforgeError {
  try {
    readConfigFile(file);
  } catch (error) {
    assert.ok(error instanceof DialforgeError);
    return error;
  }
  assert.fail(`${file} was accepted`);
}

describe('generate config', () => {
  it('reads every setting and resolves paths against the file', () => {
    const file = config('ok.yaml', 'specs: [specs/a.yaml]\nn: 50\nseed: 3\nflows: {fail_inform: 2, cannot_fulfil: 0}\nout: out\nshard: 1/2\nformats: openai,hf\nprogress: false\n');
    const read = readConfigFile(file);
    assert.deepEqual(read.specs, [join(dir, 'specs/a.yaml')]);
    assert.equal(read.out, join(dir, 'out'));
    assert.equal(read.n, 50);
    assert.deepEqual(read.flows, { fail_inform: 2, cannot_fulfil: 0 });
    assert.deepEqual(read.formats, ['openai', 'hf']);
    assert.equal(read.shardText, '1/2');
    assert.equal(read.progress, false);
  });

  it('names the bad key: unknown key, wrong type, unknown family, bad shard', () => {
    const unknown = configError(config('unknown.yaml', 'seeds: 3\n'));
    assert.equal(unknown.code, 'E_CONFIG');
    assert.match(unknown.message, /key "seeds": unknown key; allowed keys: specs, graph/);
    assert.match(configError(config('type.yaml', 'n: lots\n')).message, /key "n": must be integer/);
    assert.match(configError(config('family.yaml', 'flows: {fail_infrom: 2}\n')).message, /key "flows.fail_infrom": unknown flow family; use one of clear_request/);
    assert.match(configError(config('shard.yaml', 'shard: 3-4\n')).message, /key "shard": must look like i\/n/);
    const syntax = configError(config('syntax.yaml', 'n: [1, 2\n'));
    assert.equal(syntax.code, 'E_PARSE');
  });

  it('parses --flows and --shard and names what is wrong', () => {
    assert.deepEqual(parseFlowMix('fail_inform=3, no_ask=0.5'), { fail_inform: 3, no_ask: 0.5 });
    assert.throws(() => parseFlowMix('fail_inform'), /not family=weight/);
    assert.throws(() => parseFlowMix('failing=1'), /unknown flow family "failing"/);
    assert.deepEqual(parseShard('2/4', '--shard'), { index: 2, count: 4 });
    assert.throws(() => parseShard('5/4', '--shard'), /1 <= i <= n/);
  });

  it('the CLI exits 2 with the message and no stack trace on a bad config', () => {
    const file = config('bad.yaml', 'flows:\n  nope: 1\n');
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(projectRoot, 'src/cli/main.ts'), 'generate', '--config', file], { encoding: 'utf8', cwd: projectRoot });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /bad\.yaml:flows\.nope: key "flows\.nope": unknown flow family/);
    assert.doesNotMatch(run.stderr, /\n\s+at /);
  });
});
