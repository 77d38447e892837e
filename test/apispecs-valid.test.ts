/**
 * The bundled specs in api-specs/ are the default input of `npm start`: they must be valid, well described
 * (summaries become user intents, parameter descriptions become phrases) and chain into a rich graph.
 * This test reads them with @readme/openapi-parser directly, independent of src/specs, so a loader bug
 * and a broken spec cannot hide each other.
 */
import { describe, test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { validate, dereference, compileErrors } from '@readme/openapi-parser';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { bundledSpecsDir } from './_shared.ts';

type Json = Record<string, unknown>;

// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;
/** Names of values a person would not know and must get from another call. */
const CHAINABLE_NAME = /(id|Id|ID|code|Code|key|Key|lat|Lat|lon|Lon|isbn)$/;

interface SpecOperation {
  file: string;
  operationId: string;
  summary: string;
  description: string;
  /** Every parameter, including body properties, with its location. */
  params: { name: string; in: string; required: boolean; description: string | undefined }[];
  /** Leaf names of the first 2xx JSON response body (e.g. `lat` of `results[].lat`). */
  outputLeafNames: Set<string>;
  outputPaths: string[];
}

interface LoadedSpec {
  file: string;
  raw: Json;
  /** The document with every internal $ref resolved. */
  document: Json;
  version: '2.0' | '3.0' | '3.1';
  operations: SpecOperation[];
  /** Why dereferencing failed, if it did; the spec then has no operations and the validity test says why. */
  loadError?: string;
}

// Never follow external $refs: no file outside the spec is read and no network request is made.
const offline = { resolve: { external: false } };

const specFiles = readdirSync(bundledSpecsDir)
  .filter((name) => /\.(ya?ml|json)$/.test(name))
  .sort();

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Flattens a dereferenced schema into leaf paths like `data.items[].trackId` (allOf merged, oneOf/anyOf kept). */
function leafPaths(schema: unknown, prefix: string, depth: number, out: string[]): void {
  if (!isObject(schema) || depth > 12) return;
  let found = false;
  for (const key of ['allOf', 'oneOf', 'anyOf'] as const) {
    const parts = schema[key];
    if (Array.isArray(parts)) {
      found = true;
      for (const part of parts) leafPaths(part, prefix, depth + 1, out);
    }
  }
  if (isObject(schema.properties)) {
    found = true;
    for (const [name, child] of Object.entries(schema.properties)) {
      leafPaths(child, prefix ? `${prefix}.${name}` : name, depth + 1, out);
    }
  }
  if (schema.items !== undefined) {
    found = true;
    leafPaths(schema.items, `${prefix}[]`, depth + 1, out);
  }
  if (!found && prefix) out.push(prefix);
}

function lastName(path: string): string {
  return path.replace(/\[\]/g, '').split('.').pop() ?? path;
}

function firstSuccessSchema(operation: Json, version: LoadedSpec['version']): unknown {
  const responses = isObject(operation.responses) ? operation.responses : {};
  for (const code of Object.keys(responses).sort()) {
    if (!/^2/.test(code)) continue;
    const response = responses[code];
    if (!isObject(response)) continue;
    if (version === '2.0') return response.schema;
    const content = isObject(response.content) ? response.content : {};
    const json = content['application/json'];
    if (isObject(json)) return json.schema;
  }
  return undefined;
}

function collectParams(operation: Json, pathItem: Json): SpecOperation['params'] {
  const params: SpecOperation['params'] = [];
  const declared = [
    ...(Array.isArray(pathItem.parameters) ? pathItem.parameters : []),
    ...(Array.isArray(operation.parameters) ? operation.parameters : []),
  ];
  const addObjectProperties = (schema: unknown, location: string): void => {
    if (!isObject(schema)) return;
    const required = Array.isArray(schema.required) ? schema.required : [];
    const properties = isObject(schema.properties) ? schema.properties : {};
    for (const [name, property] of Object.entries(properties)) {
      params.push({ name, in: location, required: required.includes(name), description: isObject(property) ? str(property.description) : undefined });
    }
  };
  for (const param of declared) {
    if (!isObject(param)) continue;
    const name = str(param.name) ?? '';
    const location = str(param.in) ?? '';
    if (location === 'body') {
      // Swagger 2.0 body parameter: the loader turns its top-level properties into params.
      params.push({ name, in: 'body', required: param.required === true, description: str(param.description) });
      addObjectProperties(param.schema, 'body');
    } else {
      params.push({ name, in: location, required: param.required === true, description: str(param.description) });
    }
  }
  const requestBody = operation.requestBody;
  if (isObject(requestBody) && isObject(requestBody.content)) {
    const json = requestBody.content['application/json'];
    if (isObject(json)) addObjectProperties(json.schema, 'body');
  }
  return params;
}

async function loadSpec(file: string): Promise<LoadedSpec> {
  const path = join(bundledSpecsDir, file);
  const raw = parseYaml(readFileSync(path, 'utf8')) as Json;
  const version = raw.swagger === '2.0' ? '2.0' : String(raw.openapi).startsWith('3.1') ? '3.1' : '3.0';
  let document: Json;
  try {
    document = (await dereference(path, offline)) as unknown as Json;
  } catch (error) {
    return { file, raw, document: raw, version, operations: [], loadError: String(error) };
  }
  const operations: SpecOperation[] = [];
  const paths = isObject(document.paths) ? document.paths : {};
  for (const pathItem of Object.values(paths)) {
    if (!isObject(pathItem)) continue;
    for (const method of METHODS) {
      const operation = pathItem[method];
      if (!isObject(operation)) continue;
      const outputPaths: string[] = [];
      leafPaths(firstSuccessSchema(operation, version), '', 0, outputPaths);
      operations.push({
        file,
        operationId: str(operation.operationId) ?? '',
        summary: str(operation.summary) ?? '',
        description: str(operation.description) ?? '',
        params: collectParams(operation, pathItem),
        outputLeafNames: new Set(outputPaths.map(lastName)),
        outputPaths,
      });
    }
  }
  return { file, raw, document, version, operations };
}

/** Every `$ref` string anywhere in a raw document. */
function refsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) refsIn(item, out);
  else if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') out.push(child);
      else refsIn(child, out);
    }
  }
  return out;
}

/**
 * Every example with the schema it must satisfy: a schema's own `example` (3.0) or `examples` (3.1 array),
 * and a parameter's `example` against the parameter's schema. Walks the dereferenced document.
 */
function examplesWithSchemas(
  value: unknown,
  at: string,
  out: { at: string; schema: Json; examples: unknown[] }[] = [],
  seen = new Set<unknown>(),
): typeof out {
  if (typeof value !== 'object' || value === null || seen.has(value)) return out;
  seen.add(value);
  if (Array.isArray(value)) {
    value.forEach((item, index) => examplesWithSchemas(item, `${at}/${index}`, out, seen));
    return out;
  }
  const node = value as Json;
  const isParameter = typeof node.in === 'string' && isObject(node.schema);
  if (isParameter && 'example' in node) out.push({ at, schema: node.schema as Json, examples: [node.example] });
  const isSchema = typeof node.type === 'string' || Array.isArray(node.type);
  if (isSchema && !isParameter && node.type !== 'file') {
    const examples = 'example' in node ? [node.example] : Array.isArray(node.examples) ? node.examples : [];
    if (examples.length) out.push({ at, schema: node, examples });
  }
  for (const [key, child] of Object.entries(node)) examplesWithSchemas(child, `${at}/${key}`, out, seen);
  return out;
}

function chainablePairs(specs: LoadedSpec[]): { target: SpecOperation; param: string; sources: SpecOperation[] }[] {
  const all = specs.flatMap((spec) => spec.operations);
  const pairs: { target: SpecOperation; param: string; sources: SpecOperation[] }[] = [];
  for (const target of all) {
    for (const param of target.params) {
      if ((param.in !== 'path' && param.in !== 'query') || !CHAINABLE_NAME.test(param.name)) continue;
      const sources = all.filter((source) => source !== target && source.outputLeafNames.has(param.name));
      if (sources.length) pairs.push({ target, param: param.name, sources });
    }
  }
  return pairs;
}

function find(specs: LoadedSpec[], file: string, operationId: string): SpecOperation {
  const operation = specs.find((spec) => spec.file === file)?.operations.find((op) => op.operationId === operationId);
  assert.ok(operation, `${file}: operation ${operationId} is missing`);
  return operation;
}

describe('bundled api-specs', () => {
  let specs: LoadedSpec[] = [];

  before(async () => {
    specs = await Promise.all(specFiles.map(loadSpec));
  });

  test('there are 8 to 12 specs mixing Swagger 2.0 (exactly one), OpenAPI 3.0 and 3.1, YAML and JSON', () => {
    assert.ok(specFiles.length >= 8 && specFiles.length <= 12, `found ${specFiles.length} specs: ${specFiles.join(', ')}`);
    const versions = specs.map((spec) => spec.version);
    assert.equal(versions.filter((v) => v === '2.0').length, 1, 'exactly one Swagger 2.0 spec');
    assert.ok(versions.includes('3.0'), 'an OpenAPI 3.0 spec');
    assert.ok(versions.includes('3.1'), 'an OpenAPI 3.1 spec');
    assert.ok(specFiles.some((f) => f.endsWith('.json')), 'a JSON spec');
    assert.ok(specFiles.some((f) => /\.ya?ml$/.test(f)), 'a YAML spec');
    const total = specs.reduce((sum, spec) => sum + spec.operations.length, 0);
    assert.ok(total >= 60 && total <= 130, `total operations ${total}`);
  });

  for (const file of specFiles) {
    test(`${file} is a valid spec`, async () => {
      const result = await validate(join(bundledSpecsDir, file), offline);
      assert.ok(result.valid, `${file}: ${result.valid ? '' : compileErrors(result)}`);
      const loadError = specs.find((spec) => spec.file === file)?.loadError;
      assert.equal(loadError, undefined, `${file} cannot be dereferenced`);
    });
  }

  test('no spec uses an external $ref', () => {
    for (const spec of specs) {
      const external = refsIn(spec.raw).filter((ref) => !ref.startsWith('#/'));
      assert.deepEqual(external, [], `${spec.file} has external $refs`);
    }
  });

  test('every spec reuses components ($ref to schemas, parameters and responses)', () => {
    for (const spec of specs) {
      const refs = refsIn(spec.raw);
      const prefix = spec.version === '2.0' ? ['#/definitions/', '#/parameters/', '#/responses/'] : ['#/components/schemas/', '#/components/parameters/', '#/components/responses/'];
      for (const p of prefix) assert.ok(refs.some((ref) => ref.startsWith(p)), `${spec.file} has no $ref to ${p}`);
    }
  });

  test('operationIds are unique across all specs, and every operation has a summary and a description', () => {
    const seen = new Map<string, string>();
    for (const op of specs.flatMap((spec) => spec.operations)) {
      assert.match(op.operationId, /^[a-z][A-Za-z0-9]+$/, `${op.file}: operationId "${op.operationId}"`);
      assert.ok(!seen.has(op.operationId), `${op.operationId} is in both ${seen.get(op.operationId)} and ${op.file}`);
      seen.set(op.operationId, op.file);
      assert.ok(op.summary.length >= 10, `${op.file} ${op.operationId}: summary "${op.summary}"`);
      assert.ok(op.description.length >= 20, `${op.file} ${op.operationId}: description "${op.description}"`);
    }
  });

  test('every parameter and every top-level body property has a description', () => {
    for (const op of specs.flatMap((spec) => spec.operations)) {
      for (const param of op.params) {
        assert.ok(param.description && param.description.length >= 5, `${op.file} ${op.operationId}: parameter ${param.name} (${param.in}) has no description`);
      }
    }
  });

  test('every example matches the schema it sits in', () => {
    const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, logger: false });
    addFormats(ajv);
    for (const name of ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password']) ajv.addFormat(name, true);
    let checked = 0;
    for (const spec of specs) {
      for (const { at, schema, examples } of examplesWithSchemas(spec.document, '#')) {
        const check = ajv.compile(schema);
        for (const example of examples) {
          checked += 1;
          assert.ok(check(example), `${spec.file} ${at}: example ${JSON.stringify(example)} fails: ${ajv.errorsText(check.errors)}`);
        }
      }
    }
    assert.ok(checked >= 60, `only ${checked} examples checked`);
  });

  test('every spec has an operation with no inputs (source of zeroyes/zerozero edges)', () => {
    for (const spec of specs) {
      assert.ok(spec.operations.some((op) => op.params.length === 0), `${spec.file} has no operation without inputs`);
    }
  });

  test('operations without inputs feed required ID-like params (zerozero and zeroyes edges)', () => {
    const fromZero = chainablePairs(specs).filter(
      (p) => p.target.params.find((q) => q.name === p.param)?.required && p.sources.some((s) => s.params.length === 0),
    );
    const targets = fromZero.map((p) => `${p.target.operationId}.${p.param}`);
    assert.ok(fromZero.length >= 5, `only ${fromZero.length}: ${targets.join(', ')}`);
  });

  test('responses have nested objects and arrays', () => {
    const paths = specs.flatMap((spec) => spec.operations.flatMap((op) => op.outputPaths));
    assert.ok(paths.filter((p) => p.includes('[].')).length >= 250, 'array item fields');
    assert.ok(paths.some((p) => /\.\w+\[\]\.\w+/.test(p)), 'an array inside an object, e.g. data.items[].trackId');
    assert.ok(paths.some((p) => /\[\]\.\w+\[\]\./.test(p)), 'an array inside array items, e.g. sections[].items[].menuItemId');
  });

  test('the set is chain-rich: ID, code and coordinate params are produced by other operations', () => {
    const pairs = chainablePairs(specs);
    assert.ok(pairs.length >= 70, `only ${pairs.length} chainable params: ${pairs.map((p) => `${p.target.operationId}.${p.param}`).join(', ')}`);
    const crossApi = pairs.filter((pair) => pair.sources.some((source) => source.file !== pair.target.file));
    assert.ok(crossApi.length >= 25, `only ${crossApi.length} params fed across APIs`);
    // Every spec takes part: each has a chained param and feeds one.
    for (const spec of specs) {
      assert.ok(pairs.some((p) => p.target.file === spec.file), `${spec.file}: no chained input`);
      assert.ok(pairs.some((p) => p.sources.some((s) => s.file === spec.file)), `${spec.file}: feeds no other operation`);
    }
  });

  test('targets of both edge shapes exist: only the chained param (yeszero) and more (yesyes)', () => {
    const pairs = chainablePairs(specs);
    const requiredCount = (op: SpecOperation): number => op.params.filter((p) => p.required && p.in !== 'header').length;
    const onlyChained = pairs.filter((p) => requiredCount(p.target) === 1 && p.target.params.find((q) => q.name === p.param)?.required);
    const chainedPlusMore = pairs.filter((p) => requiredCount(p.target) >= 2 && p.target.params.find((q) => q.name === p.param)?.required);
    assert.ok(onlyChained.length >= 30, `yeszero-shaped targets: ${onlyChained.length}`);
    assert.ok(chainedPlusMore.length >= 20, `yesyes-shaped targets: ${chainedPlusMore.length}`);
  });

  // The chains the bundled set was designed around: source, target, output leaf, and the target's param
  // when its name differs from the leaf (the graph links those by name tokens and description).
  const designedChains: [string, string, string, string, string, string?][] = [
    ['flights.json', 'searchAirports', 'flights.json', 'searchFlights', 'iataCode', 'originIataCode'],
    ['flights.json', 'searchAirports', 'flights.json', 'searchFlights', 'iataCode', 'destinationIataCode'],
    ['geocoding.yaml', 'geocodeAddress', 'geocoding.yaml', 'getDirections', 'lat', 'destinationLat'],
    ['geocoding.yaml', 'geocodeAddress', 'restaurants.yaml', 'getDeliveryQuote', 'lat', 'dropoffLat'],
    ['geocoding.yaml', 'geocodeAddress', 'weather.yaml', 'getDailyForecast', 'lat'],
    ['geocoding.yaml', 'geocodeAddress', 'weather.yaml', 'getCurrentWeather', 'lon'],
    ['geocoding.yaml', 'geocodeAddress', 'restaurants.yaml', 'searchRestaurants', 'lat'],
    ['geocoding.yaml', 'geocodeAddress', 'books.yaml', 'findLibraryCopies', 'lon'],
    ['geocoding.yaml', 'reverseGeocode', 'weather.yaml', 'listActiveAlerts', 'regionCode'],
    ['geocoding.yaml', 'searchPlacesNearby', 'geocoding.yaml', 'getPlaceDetails', 'placeId'],
    ['flights.json', 'searchAirports', 'flights.json', 'getAirport', 'iataCode'],
    ['flights.json', 'searchAirports', 'weather.yaml', 'getDailyForecast', 'lat'],
    ['flights.json', 'searchFlights', 'flights.json', 'getFlightOffer', 'offerId'],
    ['flights.json', 'createBooking', 'flights.json', 'getBooking', 'bookingId'],
    ['weather.yaml', 'listAlertRegions', 'weather.yaml', 'listActiveAlerts', 'regionCode'],
    ['weather.yaml', 'listActiveAlerts', 'weather.yaml', 'getAlert', 'alertId'],
    ['music.json', 'searchArtists', 'music.json', 'listArtistAlbums', 'artistId'],
    ['music.json', 'listArtistAlbums', 'music.json', 'listAlbumTracks', 'albumId'],
    ['music.json', 'listAlbumTracks', 'music.json', 'getTrackLyrics', 'trackId'],
    ['music.json', 'createPlaylist', 'music.json', 'addTracksToPlaylist', 'playlistId'],
    ['shop.yaml', 'searchCustomers', 'shop.yaml', 'listCustomerOrders', 'customerId'],
    ['shop.yaml', 'listCustomerOrders', 'shop.yaml', 'getOrder', 'orderId'],
    ['shop.yaml', 'createRefund', 'shop.yaml', 'getRefund', 'refundId'],
    ['movies.json', 'searchMovies', 'movies.json', 'getMovieCredits', 'movieId'],
    ['movies.json', 'getMovieCredits', 'movies.json', 'getPerson', 'personId'],
    ['movies.json', 'createGuestSession', 'movies.json', 'rateMovie', 'guestSessionId'],
    ['movies.json', 'listMovieGenres', 'movies.json', 'discoverMovies', 'genreId'],
    ['music.json', 'listGenres', 'music.json', 'getTopTracks', 'genreId'],
    ['books.yaml', 'listSubjects', 'books.yaml', 'listSubjectWorks', 'subjectKey'],
    ['books.yaml', 'searchBooks', 'books.yaml', 'listWorkEditions', 'workId'],
    ['books.yaml', 'listWorkEditions', 'books.yaml', 'findLibraryCopies', 'isbn'],
    ['books.yaml', 'searchBooks', 'books.yaml', 'getAuthor', 'authorId'],
    ['jobs.json', 'searchJobs', 'jobs.json', 'getJob', 'jobId'],
    ['jobs.json', 'searchJobs', 'jobs.json', 'getCompany', 'companyId'],
    ['jobs.json', 'applyToJob', 'jobs.json', 'getApplication', 'applicationId'],
    ['restaurants.yaml', 'searchRestaurants', 'restaurants.yaml', 'getMenu', 'restaurantId'],
    ['restaurants.yaml', 'placeDeliveryOrder', 'restaurants.yaml', 'trackDeliveryOrder', 'deliveryOrderId'],
    ['events.json', 'searchEvents', 'events.json', 'listTicketOffers', 'eventId'],
    ['events.json', 'searchVenues', 'events.json', 'listVenueEvents', 'venueId'],
    ['events.json', 'searchVenues', 'weather.yaml', 'getDailyForecast', 'lat'],
    ['events.json', 'purchaseTickets', 'events.json', 'getTicketOrder', 'ticketOrderId'],
  ];

  test('the designed chains hold: each source outputs the field its target requires', () => {
    for (const [sourceFile, sourceId, targetFile, targetId, name, paramName = name] of designedChains) {
      const source = find(specs, sourceFile, sourceId);
      const target = find(specs, targetFile, targetId);
      assert.ok(source.outputLeafNames.has(name), `${sourceFile} ${sourceId} no longer outputs ${name}`);
      const param = target.params.find((p) => p.name === paramName);
      assert.ok(param?.required, `${targetFile} ${targetId} no longer requires ${paramName}`);
    }
  });
});
