/**
 * Loader behaviour on small synthetic specs written to a temp folder: what real fixtures lack (cookie
 * params, 3.1 type arrays next to 3.0 nullable, external file refs), folder walking, duplicate API
 * names, and the bundled specs in api-specs/.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DialforgeError } from '../src/errors.ts';
import { loadSpecFile, loadSpecs, type LoadResult, type Operation } from '../src/specs/index.ts';
import { bundledSpecsDir } from './_shared.ts';
import { forbidNetwork, networkAttempts } from './_no-network.ts';

const spec31 = `
openapi: 3.1.0
info: { title: Shop, version: '1' }
paths:
  /items/{itemId}:
    parameters:
      - { name: itemId, in: path, required: true, schema: { type: string, format: uuid } }
    get:
      operationId: getItem
      parameters:
        - { name: session, in: cookie, schema: { type: string } }
        - { name: Accept, in: header, schema: { type: string } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Item' }
              example: { id: 'a1', price: 3, owner: { name: Ann } }
    put:
      requestBody:
        required: true
        content:
          text/plain: { schema: { type: string } }
      responses: { '204': { description: none } }
  /items:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [name]
              properties:
                id: { type: string, readOnly: true }
                name: { type: string, description: The item name }
                tags: { type: array, items: { type: string } }
      responses:
        '201':
          description: created
          content:
            application/json:
              schema: { $ref: 'common.yaml#/components/schemas/Created' }
    get:
      responses:
        '200':
          description: list
          content:
            application/xml: { schema: { type: string } }
            application/json:
              schema:
                type: object
                properties:
                  items: { type: array, items: { $ref: '#/components/schemas/Item' } }
                  next: { type: [string, 'null'] }
components:
  schemas:
    Item:
      type: object
      properties:
        id: { type: string, description: Item id }
        price: { type: [number, 'null'] }
        owner:
          oneOf:
            - { type: object, properties: { name: { type: string } } }
            - { type: object, properties: { company: { type: string } } }
        parent: { $ref: '#/components/schemas/Item' }
`;

const spec30 = JSON.stringify({
  openapi: '3.0.3',
  info: { title: 'Shop', version: '2' },
  paths: {
    '/things': {
      get: {
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { type: 'object', properties: { label: { type: 'string', nullable: true } } } } },
          },
        },
      },
    },
  },
});

describe('loader on synthetic specs', () => {
  let dir: string;
  let result: LoadResult;
  const op = (id: string): Operation => {
    const found = result.operations.find((o) => o.id === id);
    assert.ok(found, `operation ${id} not found; have ${result.operations.map((o) => o.id).join(', ')}`);
    return found;
  };

  before(async () => {
    forbidNetwork();
    dir = mkdtempSync(join(tmpdir(), 'dialforge-specs-'));
    mkdirSync(join(dir, 'a', 'deeper'), { recursive: true });
    mkdirSync(join(dir, 'b'));
    mkdirSync(join(dir, '.hidden'));
    writeFileSync(join(dir, 'a', 'deeper', 'shop.yml'), spec31);
    writeFileSync(join(dir, 'b', 'shop.json'), spec30);
    writeFileSync(join(dir, 'a', 'package.json'), '{"name": "not-a-spec"}');
    writeFileSync(join(dir, 'a', 'notes.txt'), 'ignored: not a spec extension');
    writeFileSync(join(dir, '.hidden', 'x.yaml'), 'openapi: 3.0.0');
    result = await loadSpecs([dir]);
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
    assert.deepEqual(networkAttempts, []);
  });

  test('folders are searched recursively for .json/.yaml/.yml; hidden folders and other files are not', () => {
    assert.deepEqual(
      result.specs.map((s) => s.file.slice(dir.length + 1)),
      [join('a', 'deeper', 'shop.yml'), join('a', 'package.json'), join('b', 'shop.json')],
    );
  });

  test('a JSON file in a folder that is not a spec is skipped with a warning, not a failure', () => {
    const skipped = result.specs.find((s) => s.file.endsWith('package.json'))!;
    assert.equal(skipped.api, undefined);
    assert.equal(skipped.issues[0]?.severity, 'warning');
    assert.match(skipped.issues[0]!.message, /not an API spec/);
  });

  test('two specs with the same file name get distinct API names and operation ids', () => {
    assert.ok(op('shop.getItem'));
    assert.ok(op('shop-2.get_things'));
    const renamed = result.specs.find((s) => s.file.endsWith('shop.json'))!;
    assert.ok(renamed.issues.some((i) => i.code === 'W_DUPLICATE_API'));
  });

  test('path-level params merge; cookie params are kept; Accept headers are ignored', () => {
    assert.deepEqual(
      op('shop.getItem').inputs.map((p) => [p.name, p.in, p.required]),
      [
        ['itemId', 'path', true],
        ['session', 'cookie', false],
      ],
    );
  });

  test('output fields: $ref component, example values, 3.1 type arrays, oneOf branches, cycles', () => {
    const get = op('shop.getItem');
    assert.equal(get.responseSchemaName, 'Item');
    const byPath = new Map(get.outputs.map((f) => [f.path, f]));
    assert.equal(byPath.get('id')?.example, 'a1');
    assert.equal(byPath.get('id')?.description, 'Item id');
    assert.deepEqual(byPath.get('price')?.schema.type, ['number', 'null']);
    assert.ok(byPath.has('owner.name') && byPath.has('owner.company'), 'both oneOf branches give fields');
    assert.deepEqual(byPath.get('parent')?.schema, { 'x-circular': '#/components/schemas/Item' });
    const list = op('shop.get_items');
    assert.deepEqual(
      list.outputs.map((f) => [f.path, f.isList]).slice(0, 2),
      [
        ['items[].id', true],
        ['items[].price', true],
      ],
    );
    assert.equal(list.responseSchemaName, undefined);
  });

  test('3.0 nullable becomes a type array', () => {
    assert.deepEqual(op('shop-2.get_things').outputs[0]?.schema.type, ['string', 'null']);
  });

  test('request bodies: object properties become body params (readOnly left out); others one `body` param', () => {
    assert.deepEqual(
      op('shop.post_items').inputs.map((p) => [p.name, p.in, p.required, p.description ?? null]),
      [
        ['name', 'body', true, 'The item name'],
        ['tags', 'body', false, null],
      ],
    );
    assert.deepEqual(
      op('shop.put_items_itemId').inputs.map((p) => [p.name, p.in, p.required]),
      [
        ['itemId', 'path', true],
        ['body', 'body', true],
      ],
    );
  });

  test('a $ref to another file is reported with its location and never read', () => {
    const spec = result.specs.find((s) => s.file.endsWith('shop.yml'))!;
    const external = spec.issues.find((i) => i.code === 'W_EXTERNAL_REF');
    assert.ok(external);
    assert.match(external.message, /common\.yaml#\/components\/schemas\/Created/);
    assert.equal(external.pointer, '#/paths/~1items/post/responses/201/content/application~1json/schema');
    assert.match(external.location ?? '', /^\d+:\d+$/);
    assert.deepEqual(op('shop.post_items').outputs, [], 'no fields from an unresolved schema');
  });

  test('loadSpecFile loads one file; a missing input or responses folder is reported', async () => {
    const one = await loadSpecFile(join(dir, 'b', 'shop.json'));
    assert.equal(one.operations.length, 1);
    assert.equal(one.operations[0]!.id, 'shop.get_things');
    const missing = await loadSpecs([join(dir, 'nope.yaml'), join(dir, 'b')]);
    assert.equal(missing.specs[0]!.issues[0]!.code, 'E_READ');
    assert.equal(missing.operations.length, 1, 'the other input still loads');
    await assert.rejects(loadSpecs([dir], { responses: join(dir, 'no-such-folder') }), (error: unknown) => error instanceof DialforgeError && error.code === 'E_USAGE');
  });

  test('onProgress reports every file', async () => {
    const seen: [number, number][] = [];
    await loadSpecs([join(dir, 'a'), join(dir, 'b')], { onProgress: (done, total) => seen.push([done, total]) });
    assert.deepEqual(seen, [
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });
});

describe('bundled specs (api-specs/)', () => {
  test('every bundled spec loads without errors and has operations with inputs and outputs', async () => {
    const result = await loadSpecs([bundledSpecsDir]);
    assert.ok(result.specs.length >= 8, 'at least 8 bundled specs');
    for (const spec of result.specs) {
      assert.deepEqual(spec.issues.filter((i) => i.severity === 'error'), [], spec.file);
      assert.ok(spec.operations.length > 0, spec.file);
    }
    assert.ok(result.operations.some((o) => o.outputs.length > 0));
    const formats = new Set(result.specs.map((s) => s.api?.format));
    for (const format of ['openapi-3.0', 'openapi-3.1', 'swagger-2.0']) assert.ok(formats.has(format as never), format);
  });
});
