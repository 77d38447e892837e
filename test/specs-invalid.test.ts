/**
 * The 8 broken specs of ../shared/fixtures/openapi-invalid: each fails (or warns) the way its README
 * describes, with the file name, a location and what is wrong in the message; never a stack trace,
 * never a silent empty result, and the other specs still load.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssue, loadSpecs, type LoadedSpec, type LoadResult } from '../src/specs/index.ts';
import { bundledSpecsDir, fixturesDir, skipWithoutFixtures } from './_shared.ts';
import { forbidNetwork, networkAttempts } from './_no-network.ts';

const invalidDir = join(fixturesDir, 'openapi-invalid');

describe('invalid OpenAPI fixtures', { skip: skipWithoutFixtures }, () => {
  let result: LoadResult;
  const spec = (name: string): LoadedSpec => {
    const found = result.specs.find((s) => s.file.endsWith(`/${name}`));
    assert.ok(found, `${name} was not attempted`);
    return found;
  };
  /** The issues of one fixture as people see them, checked for the file name and the absence of stacks. */
  const shown = (name: string, severity: 'error' | 'warning'): string[] => {
    const lines = spec(name)
      .issues.filter((i) => i.severity === severity)
      .map((i) => formatIssue(i));
    assert.ok(lines.length > 0, `${name} should have a ${severity}`);
    for (const line of lines) {
      assert.ok(line.includes(name), `the message names the file: ${line}`);
      assert.doesNotMatch(line, /\n\s+at /, 'no stack trace');
    }
    return lines;
  };
  const failed = (name: string): string => {
    assert.equal(spec(name).operations.length, 0, `${name} must not produce operations as if it were fine`);
    return shown(name, 'error').join('\n');
  };

  before(async () => {
    forbidNetwork();
    result = await loadSpecs([invalidDir, join(fixturesDir, 'openapi', 'oai__petstore.json')]);
  });
  after(() => assert.deepEqual(networkAttempts, []));

  test('all 8 fixtures are attempted, and the good spec next to them still loads', () => {
    const files = readdirSync(invalidDir).filter((f) => f !== 'README.md');
    assert.equal(files.length, 8);
    for (const file of files) spec(file);
    assert.equal(spec('oai__petstore.json').operations.length, 3);
  });

  test('invalid-json.json: a JSON syntax error with line and column', () => {
    const text = failed('invalid-json.json');
    assert.match(text, /invalid-json\.json:6:3: error: invalid JSON at line 6, column 3/);
    assert.match(text, /syntax error \(not an OpenAPI validation problem\)/);
  });

  test('invalid-yaml.yaml: a YAML syntax error at the unclosed quote (line 3)', () => {
    const text = failed('invalid-yaml.yaml');
    assert.match(text, /invalid-yaml\.yaml:3:10: error: invalid YAML at line 3/);
    assert.match(text, /Missing closing "quote/);
  });

  test('missing-paths.yaml: `paths` is required in 3.0.3', () => {
    const text = failed('missing-paths.yaml');
    assert.match(text, /`paths` is required in OpenAPI 3\.0\.3/);
  });

  test('missing-component-ref.yaml: unresolvable reference with its location', () => {
    const text = failed('missing-component-ref.yaml');
    assert.match(text, /unresolvable reference `#\/components\/schemas\/Pet` at `paths\.\/pets\/\{petId\}\.get\.responses\.200\.content\.application\/json\.schema`/);
    assert.match(text, /missing-component-ref\.yaml:\d+:\d+:/, 'with line:column');
  });

  test('external-url-ref.json: reported with the ref and its location, never fetched', () => {
    const [line] = shown('external-url-ref.json', 'warning');
    assert.match(line!, /external reference `https:\/\/schemas\.example\.com\/petstore\/v1\/pet\.json#\/Pet`/);
    assert.match(line!, /not resolved \(external references are disabled/);
    assert.match(line!, /external-url-ref\.json:\d+:\d+:/);
    const json = JSON.stringify(spec('external-url-ref.json').operations);
    assert.doesNotMatch(json, /"\$ref"/, 'no raw $ref is passed on');
  });

  test('undeclared-path-param.yaml: photoId is reported and added as a required path param', () => {
    const [line] = shown('undeclared-path-param.yaml', 'warning');
    assert.match(line!, /path parameter `photoId` in the template is not defined for GET \/pets\/\{petId\}\/photos\/\{photoId\}/);
    const [op] = spec('undeclared-path-param.yaml').operations;
    assert.ok(op?.inputs.some((p) => p.name === 'photoId' && p.in === 'path' && p.required));
  });

  test('param-without-schema.yaml: a warning, the parameter is read as a string', () => {
    const [line] = shown('param-without-schema.yaml', 'warning');
    assert.match(line!, /parameter `limit` \(query\) of GET \/pets has no schema\/content/);
    const [op] = spec('param-without-schema.yaml').operations;
    assert.deepEqual(op?.inputs.find((p) => p.name === 'limit')?.schema, { type: 'string' });
  });

  test('empty-file.yaml: "empty document", not a valid spec with 0 operations', () => {
    const text = failed('empty-file.yaml');
    assert.match(text, /empty document/);
  });

  test('--strict turns the warnings into failures', async () => {
    const strict = await loadSpecs([join(invalidDir, 'param-without-schema.yaml'), join(invalidDir, 'external-url-ref.json'), join(invalidDir, 'undeclared-path-param.yaml'), bundledSpecsDir], { strict: true });
    for (const s of strict.specs.slice(0, 3)) {
      assert.equal(s.operations.length, 0, s.file);
      assert.ok(s.issues.every((i) => i.severity === 'error'));
      assert.match(s.issues[0]!.message, /--strict/);
    }
    assert.ok(strict.operations.length > 0, 'clean specs still load in strict mode');
  });
});
