/**
 * Small hostile specs that used to exhaust memory or time, or to load with parts silently dropped: each
 * now loads bounded, with a warning naming every dropped part, or fails with one clear error.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSpecFile, type LoadedSpec } from '../src/specs/index.ts';
import { projectRoot } from './_shared.ts';

type Obj = Record<string, unknown>;

function openapi(schemas: Obj, responseSchema: Obj, extra: (doc: Obj) => void = () => {}): Obj {
  const doc: Obj = {
    openapi: '3.0.3',
    info: { title: 't', version: '1' },
    paths: { '/x': { get: { operationId: 'getX', responses: { 200: { description: 'ok', content: { 'application/json': { schema: responseSchema } } } } } } },
    components: { schemas },
  };
  extra(doc);
  return doc;
}

const codes = (spec: LoadedSpec) => spec.issues.map((i) => `${i.severity}:${i.code}`);

describe('hostile specs', () => {
  let dir: string;
  const write = (name: string, content: unknown): string => {
    const file = join(dir, name);
    writeFileSync(file, typeof content === 'string' || Buffer.isBuffer(content) ? content : JSON.stringify(content));
    return file;
  };
  before(() => (dir = mkdtempSync(join(tmpdir(), 'dialforge-hostile-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('30 schemas that all $ref each other: one clear E_REF error about the expansion, no out-of-memory', { timeout: 60_000 }, async () => {
    const schemas: Obj = {};
    for (let i = 0; i < 30; i++) {
      const properties: Obj = {};
      for (let j = 0; j < 30; j++) if (j !== i) properties[`p${j}`] = { $ref: `#/components/schemas/S${j}` };
      schemas[`S${i}`] = { type: 'object', properties };
    }
    const spec = await loadSpecFile(write('cycle30.json', openapi(schemas, { $ref: '#/components/schemas/S0' })));
    assert.deepEqual(codes(spec), ['error:E_REF']);
    assert.match(spec.issues[0]!.message, /expanding the \$refs would produce more than 2,000,000 schema nodes.*Reduce the nesting/);
  });

  test('a 25-level binary tree of $refs (no cycle): the same clear error, not a minute of work', { timeout: 60_000 }, async () => {
    const schemas: Obj = { T25: { type: 'string' } };
    for (let i = 0; i < 25; i++) schemas[`T${i}`] = { type: 'object', properties: { a: { $ref: `#/components/schemas/T${i + 1}` }, b: { $ref: `#/components/schemas/T${i + 1}` } } };
    const spec = await loadSpecFile(write('tree25.json', openapi(schemas, { $ref: '#/components/schemas/T0' })));
    assert.deepEqual(codes(spec), ['error:E_REF']);
  });

  test('a shared subtree below the budget is expanded at every use (both addresses have their fields)', async () => {
    const schemas: Obj = {
      Address: { type: 'object', properties: { city: { type: 'string' }, zip: { type: 'string' } } },
      Order: { type: 'object', properties: { billing: { $ref: '#/components/schemas/Address' }, shipping: { $ref: '#/components/schemas/Address' } } },
    };
    const spec = await loadSpecFile(write('shared.json', openapi(schemas, { $ref: '#/components/schemas/Order' })));
    assert.deepEqual(codes(spec), []);
    assert.deepEqual(spec.operations[0]!.outputs.map((f) => f.path), ['billing.city', 'billing.zip', 'shipping.city', 'shipping.zip']);
  });

  test('an enum of 200,000 values is cut to 1,000 with a warning', async () => {
    const doc = openapi({}, { type: 'string' }, (d) => {
      ((d.paths as Obj)['/x'] as { get: Obj }).get.parameters = [{ name: 'q', in: 'query', schema: { type: 'string', enum: Array.from({ length: 200_000 }, (_, i) => `v${i}`) } }];
    });
    const spec = await loadSpecFile(write('enum.json', doc));
    assert.deepEqual(codes(spec), ['warning:W_ENUM']);
    assert.equal(spec.operations[0]!.inputs[0]!.enum?.length, 1000);
  });

  test('a 1 MB operationId is cut to 200 characters with a warning', async () => {
    const doc = openapi({}, { type: 'string' }, (d) => (((d.paths as Obj)['/x'] as { get: Obj }).get.operationId = 'a'.repeat(1_000_000)));
    const spec = await loadSpecFile(write('opid.json', doc));
    assert.deepEqual(codes(spec), ['warning:W_OPERATION_ID']);
    assert.equal(spec.operations[0]!.name.length, 200);
  });

  test('every dropped part is named: missing info, missing responses, a path item that is a string, a non-list parameters', async () => {
    const doc = openapi({}, { type: 'string' }, (d) => {
      delete d.info;
      const paths = d.paths as Obj;
      paths['/y'] = 'oops';
      paths['/z'] = { get: { operationId: 'z', parameters: 7 } };
    });
    const spec = await loadSpecFile(write('swapped.json', doc));
    assert.deepEqual(codes(spec).sort(), ['warning:W_INFO', 'warning:W_OPERATION', 'warning:W_PARAM', 'warning:W_RESPONSES']);
    assert.equal(spec.operations.length, 2);
  });

  test('invalid UTF-8 bytes and duplicate JSON keys are warned about', async () => {
    const text = JSON.stringify(openapi({}, { type: 'string' })).replace('"title":"t"', '"title":"t\u0000X","title":"u"');
    const bytes = Buffer.from(text, 'utf8');
    bytes[bytes.indexOf(0)] = 0xff; // a byte that is never valid UTF-8
    const spec = await loadSpecFile(write('bytes.json', bytes));
    assert.deepEqual(codes(spec).sort(), ['warning:W_DUPLICATE_KEY', 'warning:W_ENCODING']);
    assert.match(spec.issues.find((i) => i.code === 'W_DUPLICATE_KEY')!.message, /`title` appears twice/);
  });

  test('a spec with no operation, and a RapidAPI tool with an empty api_list, fail', async () => {
    const none = await loadSpecFile(write('none.json', { openapi: '3.0.3', info: { title: 'n', version: '1' }, paths: {} }));
    assert.deepEqual(codes(none), ['error:E_NO_OPERATIONS']);
    const tool = await loadSpecFile(write('tool.json', { tool_name: 'T', api_list: [] }));
    assert.deepEqual(codes(tool), ['error:E_NO_OPERATIONS']);
  });

  test('nesting 100,000 levels deep: one clear error, no stack overflow', async () => {
    const spec = await loadSpecFile(write('deep.json', `{"openapi":"3.0.3","info":${'['.repeat(100_000)}${']'.repeat(100_000)}}`));
    assert.deepEqual(codes(spec), ['error:E_SPEC']);
    assert.match(spec.issues[0]!.message, /nests more than 256 levels/);
  });

  test('`dialforge specs` on a spec with no operation exits 1 and says why', () => {
    const file = write('empty-paths.yaml', 'openapi: 3.0.3\ninfo: { title: E, version: "1" }\npaths: {}\n');
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(projectRoot, 'src', 'cli', 'main.ts'), 'specs', file], { cwd: projectRoot, encoding: 'utf8' });
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /FAILED\n {2}error: no operations/);
  });
});
