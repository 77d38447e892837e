/**
 * RapidAPI/ToolBench tool JSON: the 45 tools of ../shared/fixtures/rapidapi load with the endpoint
 * counts of MANIFEST.md; loose parameter types become JSON Schema; `{x}` in the url become path params;
 * output fields come from the endpoint schema or from recorded responses, never from error responses.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSpecs, type LoadResult, type Operation } from '../src/specs/index.ts';
import { fixturesDir, skipWithoutFixtures } from './_shared.ts';
import { forbidNetwork, networkAttempts } from './_no-network.ts';

const rapidDir = join(fixturesDir, 'rapidapi');

/** `| # | Category | \`tool.json\` | Endpoints (with required param) | …` rows of the MANIFEST table. */
function manifestTools(): { category: string; file: string; endpoints: number }[] {
  const rows: { category: string; file: string; endpoints: number }[] = [];
  for (const line of readFileSync(join(rapidDir, 'MANIFEST.md'), 'utf8').split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const file = /^`([^`]+\.json)`$/.exec(cells[3] ?? '')?.[1];
    const endpoints = /^(\d+)/.exec(cells[4] ?? '')?.[1];
    if (file && endpoints && /^\d+$/.test(cells[1] ?? '')) rows.push({ category: cells[2]!, file, endpoints: Number(endpoints) });
  }
  return rows;
}

describe('RapidAPI tool fixtures', { skip: skipWithoutFixtures }, () => {
  let result: LoadResult;
  let withoutResponses: LoadResult;
  const op = (id: string, from: LoadResult = result): Operation => {
    const found = from.operations.find((o) => o.id === id);
    assert.ok(found, `operation ${id} not found`);
    return found;
  };

  before(async () => {
    forbidNetwork();
    result = await loadSpecs([join(rapidDir, 'tools')], { responses: join(rapidDir, 'responses') });
    withoutResponses = await loadSpecs([join(rapidDir, 'tools')]);
  });
  after(() => assert.deepEqual(networkAttempts, []));

  test('all 45 tools load with their MANIFEST endpoint counts and categories', () => {
    const tools = manifestTools();
    assert.equal(tools.length, 45);
    assert.equal(result.specs.length, 45);
    for (const tool of tools) {
      const spec = result.specs.find((s) => s.file.endsWith(`/${tool.category}/${tool.file}`));
      assert.ok(spec, tool.file);
      assert.ok(!spec.issues.some((i) => i.severity === 'error'), `${tool.file} loads`);
      assert.equal(spec.api?.format, 'rapidapi');
      assert.equal(spec.api?.category, tool.category);
      assert.equal(spec.operations.length, tool.endpoints, `${tool.file}: endpoint count`);
    }
  });

  test('operation ids are unique; a repeated endpoint name is renamed and reported', () => {
    const ids = result.operations.map((o) => o.id);
    assert.equal(new Set(ids).size, ids.length);
    const blaze = result.specs.find((s) => s.file.endsWith('blaze_verify.json'))!;
    assert.ok(blaze.issues.some((i) => i.code === 'W_DUPLICATE_ID' && /Verify a batch of emails/.test(i.message)));
    assert.equal(op('realty_in_au.auto_complete').name, 'auto-complete');
  });

  test('loose parameter types become JSON Schema; string defaults are typed', () => {
    const schools = op('realty_in_au.schools_list');
    const lat = schools.inputs.find((p) => p.name === 'lat')!;
    assert.equal(lat.schema.type, 'number');
    assert.equal(lat.default, -37.79870933);
    assert.equal(lat.required, true);
    const list = op('realty_in_au.properties_list');
    const surrounding = list.inputs.find((p) => p.name === 'surroundingSuburbs')!;
    assert.equal(surrounding.schema.type, 'boolean');
    assert.equal(surrounding.default, true);
    assert.equal(surrounding.required, false);
    assert.equal(list.inputs.find((p) => p.name === 'minimumBedrooms')!.default, undefined, 'an empty default is no default');
    const date = op('financial_business_news_api.get_articles_published_by_date').inputs.find((p) => p.name === 'published_date')!;
    assert.deepEqual([date.schema.type, date.schema.format, date.default], ['string', 'date', '2023-04-19']);
    const locality = op('indeed.jobs_search').inputs.find((p) => p.name === 'locality')!;
    assert.equal(locality.schema.type, 'string');
    assert.equal(locality.schema['x-rapidapi-type'], 'ENUM');
  });

  test('{x} placeholders in the url become required path params', () => {
    const nearby = op('webcams_travel.webcams_list_nearby_lat_lng_radius');
    assert.equal(nearby.path, '/webcams/list/nearby={lat},{lng},{radius}');
    for (const name of ['lat', 'lng', 'radius']) {
      const param = nearby.inputs.find((p) => p.name === name);
      assert.ok(param && param.in === 'path' && param.required, name);
    }
    // `{appid}` in the url, parameter `appId`: one path param, spelled like the parameter.
    const app = op('google_play.getappbyid');
    assert.equal(app.path, '/apps/{appId}');
    assert.deepEqual(app.inputs.filter((p) => p.in === 'path').map((p) => p.name), ['appId']);
    assert.equal(app.method, 'GET');
  });

  test('output fields come from the endpoint schema when it has one', () => {
    const article = op('financial_business_news_api.get_article_by_uuid', withoutResponses);
    assert.ok(article.outputs.length > 0);
    assert.ok(article.outputs.some((f) => f.path.startsWith('payload')));
  });

  test('output fields come from recorded responses otherwise (chain examples of the MANIFEST)', () => {
    assert.equal(op('realty_in_au.auto_complete', withoutResponses).outputs.length, 0, 'no schema, no responses folder: no fields');
    const suggestions = op('realty_in_au.auto_complete').outputs;
    const id = suggestions.find((f) => f.path === '_embedded.suggestions[].id');
    assert.ok(id, 'auto-complete → _embedded.suggestions[].id');
    assert.equal(id.isList, true);
    assert.equal(id.example, '0dd9fcec-2f48-422f-ae81-f6903cc25081');
    assert.ok(op('realty_in_au.auto_complete').outputs.some((f) => f.path === '_embedded.suggestions[].display.text'));
    assert.ok(op('geography_v2.countries').outputs.some((f) => f.path === 'countries[].id'));
    assert.ok(op('local_rank_tracker.search_business_locations').outputs.some((f) => f.path === 'data.results[].place_id'));
    assert.ok(op('coinlore_cryptocurrency.all_coins_ticker').outputs.some((f) => f.path === 'data[].id'));
    assert.ok(op('yahoo_weather.search_by_location').outputs.some((f) => f.path === 'location.woeid'));
  });

  test('a tool schema that stops at opaque objects is completed from the recordings, which win on the shape', () => {
    // spott declares an envelope `{get, parameters, errors, results, response: [object]}`; the API answered
    // a bare list of places (search) or one place (by IP): those shapes become the fields.
    const places = op('spott.search_places').outputs;
    const geonameId = places.find((f) => f.path === '[].geonameId');
    assert.ok(geonameId, 'search places → [].geonameId');
    assert.deepEqual([geonameId.isList, geonameId.schema.type, geonameId.example], [true, 'integer', 5128581]);
    assert.ok(places.some((f) => f.path === '[].adminDivision1.id' && f.isList));
    assert.ok(!places.some((f) => f.path.startsWith('response')), 'the declared envelope is dropped');
    assert.ok(op('spott.autocomplete_places').outputs.some((f) => f.path === '[].id' && f.example === '4164143'));
    const byIp = op('spott.get_place_by_ip').outputs;
    assert.ok(byIp.some((f) => f.path === 'geonameId' && !f.isList));
    // Without recordings the declared schema is all there is.
    assert.ok(op('spott.search_places', withoutResponses).outputs.some((f) => f.path === 'response[]'));
    // Declared leaves keep their schema and get examples from the recordings (real_time_amazon_data).
    const offers = op('real_time_amazon_data.product_offers').outputs;
    assert.ok(offers.some((f) => f.path === 'data.product_offers[].seller' && f.isList && f.example === 'Amazon.com'));
    assert.equal(op('real_time_amazon_data.product_offers', withoutResponses).outputs.find((f) => f.path === 'data.product_offers[]')?.schema.type, 'object');
  });

  test('recorded responses cut off mid-JSON (ToolBench keeps 4,000 characters) are repaired, not dropped', () => {
    const events = op('spectation_sports_events_api.events').outputs;
    const id = events.find((f) => f.path === 'events[].id');
    assert.ok(id, 'events → events[].id');
    assert.deepEqual([id.isList, id.example], [true, 73]);
    assert.ok(events.some((f) => f.path === 'events[].fights[].id'));
  });

  test('a folder holding tools/ and responses/ loads the tools with their recordings', async () => {
    const whole = await loadSpecs([rapidDir]);
    assert.equal(whole.specs.length, 45);
    assert.deepEqual(whole.issues.filter((i) => i.code === 'W_NOT_A_SPEC'), []);
    assert.equal(JSON.stringify(whole.operations), JSON.stringify(result.operations));
  });
});

describe('recorded RapidAPI responses (synthetic)', () => {
  let dir: string;
  let result: LoadResult;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dialforge-rapid-'));
    mkdirSync(join(dir, 'tools', 'Weather'), { recursive: true });
    mkdirSync(join(dir, 'responses', 'Weather', 'sky_for_Weather'), { recursive: true });
    const endpoint = (name: string, extra: Record<string, unknown> = {}) => ({ name, url: `https://sky.p.rapidapi.com/${name}`, method: 'GET', description: '', required_parameters: [], optional_parameters: [], ...extra });
    const param = (name: string) => ({ name, type: 'STRING', description: '', default: '' });
    const opaqueItems = { type: 'object', properties: { estimatedResults: { type: 'string' }, items: { type: 'array', items: { type: 'object' } } } };
    writeFileSync(
      join(dir, 'tools', 'Weather', 'sky.json'),
      JSON.stringify({
        tool_name: 'Sky',
        title: 'Sky',
        api_list: [
          endpoint('Broken Thing'),
          endpoint('City Search'),
          endpoint('Search Content', { schema: opaqueItems }),
          endpoint('Opaque', { schema: { type: 'object' } }),
          endpoint('App', { url: 'https://sky.p.rapidapi.com/apps/{appid}', required_parameters: [param('appId')], optional_parameters: [param('appid'), param('AppID'), param('lang')] }),
        ],
      }),
    );
    const record = (error: string, response: unknown) => ({ error, response });
    writeFileSync(
      join(dir, 'responses', 'Weather', 'sky_for_Weather', 'broken_thing.json'),
      JSON.stringify({
        "{'q': 'a'}": record('', 'We are sorry, but something broke.'),
        "{'q': 'b'}": record('', { message: 'Not Found' }),
        "{'q': 'c'}": record('Timeout while calling the API', { temperature: 1 }),
        "{'q': 'd'}": record('', { status: 400, message: 'Bad Request' }),
        "{'q': 'e'}": record('', 'ValidationError: "q" must be a string'),
      }),
    );
    writeFileSync(
      join(dir, 'responses', 'Weather', 'sky_for_Weather', 'city_search.json'),
      JSON.stringify({
        "{'q': 'x'}": record('', { message: 'Not Found' }),
        "{'q': 'y'}": record('', '[{"cityId": 7, "name": "Oslo"}]'),
        "{'q': 'z'}": record('', [{ cityId: 8, name: 'Bergen', lat: 60.39 }]),
      }),
    );
    const items = [
      { type: 'channel', id: { kind: 'youtube#channel', channelId: 'UC1' } },
      { type: 'video', id: { kind: 'youtube#video', videoId: 'v1' }, title: 'First' },
      ...Array.from({ length: 3 }, (_, n) => ({ type: 'video', id: { videoId: `more${n}` } })),
      ...Array.from({ length: 20 }, (_, n) => ({ type: 'video', id: { videoId: `later${n}` }, lateOnly: n })),
    ];
    const cut = JSON.stringify({ estimatedResults: '12', items: [{ type: 'video', id: { videoId: 'v2' }, title: 'Second' }, { type: 'video', id: { videoId: 'v3' }, title: 'Thi' }] }).slice(0, -18);
    writeFileSync(
      join(dir, 'responses', 'Weather', 'sky_for_Weather', 'search_content.json'),
      JSON.stringify({ "{'q': 'a'}": record('', { items }), "{'q': 'b'}": record('', cut) }),
    );
    result = await loadSpecs([join(dir, 'tools')], { responses: join(dir, 'responses') });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('error responses (texts, error envelopes, a set `error`) produce no fields', () => {
    const broken = result.operations.find((o) => o.id === 'sky.broken_thing');
    assert.ok(broken);
    assert.deepEqual(broken.outputs, []);
  });

  test('good responses are merged (JSON text responses included) and errors among them ignored', () => {
    const search = result.operations.find((o) => o.id === 'sky.city_search');
    assert.ok(search);
    assert.deepEqual(
      search.outputs.map((f) => [f.path, f.isList, f.schema.type]),
      [
        ['[].cityId', true, 'integer'],
        ['[].name', true, 'string'],
        ['[].lat', true, 'number'],
      ],
    );
    assert.equal(search.outputs[0]!.example, 7);
    assert.equal(search.api.category, 'Weather');
  });

  test('arrays of opaque objects in a tool schema are flattened into leaf fields from the recordings', () => {
    const search = result.operations.find((o) => o.id === 'sky.search_content');
    assert.ok(search);
    const byPath = new Map(search.outputs.map((f) => [f.path, f]));
    assert.ok(!byPath.has('items[]'), 'no opaque items[] field is left');
    const videoId = byPath.get('items[].id.videoId');
    assert.ok(videoId, 'items[].id.videoId');
    assert.deepEqual([videoId.isList, videoId.schema.type, videoId.example], [true, 'string', 'v1']);
    assert.equal(byPath.get('items[].id.channelId')?.example, 'UC1');
    assert.equal(byPath.get('items[].title')?.isList, true);
    // The declared leaf stays, with an example from the second (truncated, repaired) recording.
    assert.deepEqual([byPath.get('estimatedResults')?.schema.type, byPath.get('estimatedResults')?.example], ['string', '12']);
    // Only the first items of a list are looked at (the cost of huge recordings): a key first seen in item 6 adds no field.
    assert.ok(!byPath.has('items[].lateOnly'));
  });

  test('a schema that says nothing (`{"type": "object"}`) and no recordings give no field', () => {
    assert.deepEqual(result.operations.find((o) => o.id === 'sky.opaque')?.outputs, []);
  });

  test('params whose names differ only in case are one param: the first is kept, with a warning', () => {
    const app = result.operations.find((o) => o.id === 'sky.app');
    assert.ok(app);
    assert.deepEqual(app.inputs.map((p) => [p.name, p.in, p.required]), [['appId', 'path', true], ['lang', 'query', false]]);
    assert.equal(app.path, '/apps/{appId}');
    const warnings = result.issues.filter((i) => i.code === 'W_PARAM' && /differ only in case/.test(i.message));
    assert.deepEqual(warnings.map((w) => /`(\w+)` of endpoint/.exec(w.message)?.[1]), ['appid', 'AppID']);
    assert.ok(warnings.every((w) => w.message.includes('`appId`, is kept')));
  });

  test('the tools/ + responses/ layout is found in a folder; --responses, when given, wins', async () => {
    const auto = await loadSpecs([dir]);
    assert.equal(JSON.stringify(auto.operations), JSON.stringify(result.operations));
    assert.deepEqual(auto.issues.filter((i) => i.code === 'W_NOT_A_SPEC'), []);
    const empty = mkdtempSync(join(tmpdir(), 'dialforge-no-responses-'));
    try {
      const overridden = await loadSpecs([dir], { responses: empty });
      assert.deepEqual(overridden.operations.find((o) => o.id === 'sky.city_search')?.outputs, []);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
