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
});

describe('recorded RapidAPI responses (synthetic)', () => {
  let dir: string;
  let result: LoadResult;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dialforge-rapid-'));
    mkdirSync(join(dir, 'tools', 'Weather'), { recursive: true });
    mkdirSync(join(dir, 'responses', 'Weather', 'sky_for_Weather'), { recursive: true });
    const endpoint = (name: string) => ({ name, url: `https://sky.p.rapidapi.com/${name}`, method: 'GET', description: '', required_parameters: [], optional_parameters: [] });
    writeFileSync(join(dir, 'tools', 'Weather', 'sky.json'), JSON.stringify({ tool_name: 'Sky', title: 'Sky', api_list: [endpoint('Broken Thing'), endpoint('City Search')] }));
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
});
