/**
 * The 30 real OpenAPI/Swagger specs of ../shared/fixtures/openapi: each loads (except dwd__api.yaml, whose
 * YAML is broken) with exactly the operation count of MANIFEST.md, circular schemas terminate, and the
 * chains the MANIFEST lists have their output fields. No network request is made.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssue, loadSpecs, type LoadResult, type Operation } from '../src/specs/index.ts';
import { fixturesDir, skipWithoutFixtures } from './_shared.ts';
import { forbidNetwork, networkAttempts } from './_no-network.ts';

const openapiDir = join(fixturesDir, 'openapi');

/** `| \`file\` | domain | spec | size | ops | validators |` rows of the MANIFEST table. */
function manifestOpCounts(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of readFileSync(join(openapiDir, 'MANIFEST.md'), 'utf8').split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const file = /^`([^`]+\.(?:json|ya?ml))`$/.exec(cells[1] ?? '')?.[1];
    const ops = /^(\d+)/.exec(cells[5] ?? '')?.[1];
    if (file && ops) counts.set(file, Number(ops));
  }
  return counts;
}

describe('OpenAPI fixtures', { skip: skipWithoutFixtures }, () => {
  let result: LoadResult;
  const byFile = (name: string) => {
    const spec = result.specs.find((s) => s.file.endsWith(`/${name}`));
    assert.ok(spec, `${name} was not loaded`);
    return spec;
  };
  const op = (id: string): Operation => {
    const found = result.operations.find((o) => o.id === id);
    assert.ok(found, `operation ${id} not found`);
    return found;
  };
  const fieldPaths = (id: string) => op(id).outputs.map((f) => f.path);

  before(async () => {
    forbidNetwork();
    result = await loadSpecs([openapiDir]);
  });
  after(() => assert.deepEqual(networkAttempts, [], 'loading specs must never touch the network'));

  test('the MANIFEST lists 30 specs and each is loaded', () => {
    const counts = manifestOpCounts();
    assert.equal(counts.size, 30);
    assert.equal(result.specs.length, 30);
  });

  test('every spec except dwd__api.yaml loads with the MANIFEST operation count', () => {
    for (const [file, expected] of manifestOpCounts()) {
      const spec = byFile(file);
      if (file === 'dwd__api.yaml' || expected === 0) continue;
      const errors = spec.issues.filter((i) => i.severity === 'error').map((i) => formatIssue(i));
      assert.deepEqual(errors, [], `${file} should load`);
      assert.equal(spec.operations.length, expected, `${file}: operation count`);
    }
    assert.equal(result.operations.length, 825 - 11, 'the MANIFEST total (825) less dwd__api.yaml (11)');
  });

  test('dwd__api.yaml fails with a YAML error naming the file and the line', () => {
    const spec = byFile('dwd__api.yaml');
    assert.equal(spec.operations.length, 0);
    const [error] = spec.issues.filter((i) => i.severity === 'error');
    assert.ok(error);
    assert.equal(error.code, 'E_PARSE');
    assert.equal(error.location, '3:16', 'the unclosed quote opens on line 3');
    const text = formatIssue(error);
    assert.match(text, /dwd__api\.yaml:3:16: error: invalid YAML at line 3/);
    assert.match(text, /quote/);
  });

  test('spec formats are detected from the content', () => {
    assert.equal(byFile('oai__petstore.json').api?.format, 'swagger-2.0');
    assert.equal(byFile('oai__uber.yaml').api?.format, 'swagger-2.0');
    assert.equal(byFile('bigcommerce__orders-v2.yml').api?.format, 'openapi-3.0', 'despite "oas2" in the name');
    assert.equal(byFile('adyen__transfers-v4.json').api?.format, 'openapi-3.1');
    assert.equal(byFile('oai__webhook-example.yaml').api?.format, 'openapi-3.1');
  });

  test('operation ids are unique and readable; missing operationIds come from method and path', () => {
    const ids = result.operations.map((o) => o.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(op('oai__uber.get_estimates_price'));
    assert.equal(op('oai__uber.get_estimates_price').path, '/estimates/price');
    assert.ok(op('go-admin__admin-api.get_api_v1_dept_deptId'));
    assert.equal(op('oai__petstore.listPets').name, 'listPets');
  });

  test('the 324-operation Jira spec loads; duplicate operationIds are made unique and reported', () => {
    const spec = byFile('atlassian__jira-7.6.1.json');
    assert.equal(spec.operations.length, 324);
    const duplicates = spec.issues.filter((i) => i.code === 'W_DUPLICATE_ID');
    assert.ok(duplicates.length > 0);
    assert.ok(spec.issues.every((i) => i.severity === 'warning'));
    assert.match(duplicates[0]!.message, /getProperty/);
    assert.match(duplicates[0]!.location ?? '', /^\d+:\d+$/, 'the duplicate is located by line:column');
    assert.ok(op('atlassian__jira-7.6.1.getProperty_2'));
  });

  test('circular schemas (openfga) terminate, are cut with x-circular and serialize', () => {
    const spec = byFile('openfga__api.json');
    assert.equal(spec.operations.length, 24);
    const json = JSON.stringify(spec.operations);
    assert.match(json, /"x-circular":"#\/definitions\/[^"]+"/);
    const nager = JSON.stringify(byFile('nager-date__api-v3.json').operations);
    assert.match(nager, /"x-circular":"#\/components\/schemas\/CountryInfoDto"/);
    const borders = op('nager-date__api-v3.CountryCountryInfo').outputs.find((f) => f.path === 'borders[]');
    assert.ok(borders, 'the self-reference becomes one leaf, not an endless path');
    assert.equal(borders.isList, true);
  });

  test('chain examples of the MANIFEST have their output fields', () => {
    const petId = op('oai__petstore.listPets').outputs.find((f) => f.path === '[].id');
    assert.ok(petId, 'listPets → [].id');
    assert.equal(petId.isList, true);
    assert.equal(petId.schema.type, 'integer');
    assert.equal(op('oai__petstore.listPets').responseSchemaName, 'Pets');
    assert.ok(op('oai__petstore.showPetById').inputs.some((p) => p.name === 'petId' && p.in === 'path' && p.required));

    assert.ok(fieldPaths('oai__uber.get_products').includes('[].product_id'));
    assert.ok(op('oai__uber.get_estimates_time').inputs.some((p) => p.name === 'product_id' && p.in === 'query'));
    assert.ok(fieldPaths('oai__uber.get_history').includes('history[].uuid'));
    assert.ok(fieldPaths('oai__uspto.list-data-sets').includes('apis[].apiKey'));
    assert.ok(fieldPaths('nytimes__movie-reviews.get_reviews_search_json').includes('results[].byline'));
    assert.ok(fieldPaths('spotify__web-api.search').includes('artists.items[].id'));
    assert.ok(fieldPaths('spotify__web-api.get-an-artists-albums').includes('items[].id'));
    assert.ok(fieldPaths('spotify__web-api.get-an-albums-tracks').includes('items[].uri'));
    assert.ok(fieldPaths('openfga__api.CreateStore').includes('id'));
    assert.ok(fieldPaths('openfga__api.WriteAuthorizationModel').includes('authorization_model_id'));
    assert.ok(fieldPaths('amadeus__hotel-list-v1.get-shopping-hotels-by-city').includes('data[].hotelId'));
    assert.ok(fieldPaths('amadeus__flight-offers-search-v2.getFlightOffers').includes('data[].id'));
    assert.ok(fieldPaths('bigcommerce__orders-v2.getOrders').includes('[].id'));
    assert.ok(fieldPaths('nager-date__api-v3.CountryAvailableCountries').includes('[].countryCode'));
    assert.ok(fieldPaths('mandrill__api.post_messages_send_json').includes('[]._id'));
    assert.ok(fieldPaths('autobahn__api.list-autobahnen').includes('roads[]'));
    assert.ok(fieldPaths('autobahn__api.list-roadworks').includes('roadworks[].identifier'));
    assert.ok(fieldPaths('twilio__messaging-v2.CreateChannelsSender').includes('sid'));
    assert.ok(fieldPaths('swagger__petstore-v3.findPetsByStatus').includes('[].id'));
    assert.ok(fieldPaths('bcgov__gwells.aquifers_list').includes('results[].aquifer_id'));
    assert.ok(fieldPaths('xero__projects.getProjects').includes('items[].projectId'));
  });

  test('allOf is merged (petstore-expanded Pet = NewPet + id)', () => {
    const paths = fieldPaths('oai__petstore-expanded.findPets');
    for (const path of ['[].id', '[].name', '[].tag']) assert.ok(paths.includes(path), path);
    const body = op('oai__petstore-expanded.addPet').inputs;
    assert.deepEqual(
      body.map((p) => [p.name, p.in, p.required]),
      [
        ['name', 'body', true],
        ['tag', 'body', false],
      ],
      'an object request body becomes one body param per top-level property',
    );
  });

  test('3.0 nullable becomes a 3.1 type array; 3.1 type arrays are kept', () => {
    const name = op('nager-date__api-v3.CountryAvailableCountries').outputs.find((f) => f.path === '[].name');
    assert.deepEqual(name?.schema.type, ['string', 'null']);
    assert.ok(!JSON.stringify(result.operations).includes('"nullable":'), 'no 3.0 nullable keyword is left');
  });

  test('oneOf/anyOf are kept in schemas (bigcommerce)', () => {
    const json = JSON.stringify(byFile('bigcommerce__orders-v2.yml').operations);
    assert.match(json, /"(oneOf|anyOf)":\[/);
  });

  test('Swagger 2.0 body and formData parameters become body params', () => {
    const login = op('go-admin__admin-api.post_api_v1_login');
    assert.ok(login.inputs.some((p) => p.in === 'body'), 'body param expanded');
    const formData = result.operations.filter((o) => o.api.name === 'go-admin__admin-api').flatMap((o) => o.inputs).filter((p) => p.in === 'body' && p.schema.format === 'binary');
    assert.ok(formData.length > 0, 'formData file params are body params with format binary');
    const mandrill = op('mandrill__api.post_messages_send_json');
    assert.ok(mandrill.inputs.some((p) => p.name === 'key' && p.in === 'body'));
  });

  test('path-level parameters are merged into each operation', () => {
    // tictactoe declares {row} and {column} once on the path item for GET and PUT.
    for (const id of ['oai__tictactoe.get-square', 'oai__tictactoe.put-square']) {
      const names = op(id).inputs.filter((p) => p.in === 'path' && p.required).map((p) => p.name);
      assert.deepEqual(names, ['row', 'column'], id);
    }
    // bigcommerce: order_id from the path item; its Accept header is ignored as OpenAPI 3 requires.
    const getOrder = op('bigcommerce__orders-v2.getOrder');
    assert.ok(getOrder.inputs.some((p) => p.name === 'order_id' && p.in === 'path'));
    assert.ok(!getOrder.inputs.some((p) => p.name === 'Accept'));
  });

  test('a response that is one primitive is one field with the empty path (the root, as in `[].id`)', () => {
    const square = op('oai__tictactoe.get-square').outputs;
    assert.equal(square.length, 1);
    assert.deepEqual([square[0]!.path, square[0]!.isList, square[0]!.schema.type, square[0]!.example], ['', false, 'string', '.']);
    assert.deepEqual(square[0]!.schema.enum, ['.', 'X', 'O']);
    // A top-level array keeps `[]…` paths: the root is the empty prefix in both conventions.
    assert.ok(fieldPaths('oai__petstore.listPets').includes('[].id'));
    // uspto's list-searchable-fields answers a bare string.
    assert.deepEqual(fieldPaths('oai__uspto.list-searchable-fields'), ['']);
  });

  test('a 3.1 document with only webhooks yields no operation: one error that says so (exit 1), nothing else', () => {
    const spec = byFile('oai__webhook-example.yaml');
    assert.equal(spec.operations.length, 0);
    assert.deepEqual(spec.issues.map((i) => [i.severity, i.code]), [['error', 'E_NO_OPERATIONS']]);
    assert.match(spec.issues[0]!.message, /no operations: `paths` lists no usable operation \(webhooks and callbacks are not called/);
  });
});
