/**
 * Ids, keys and links in a real service's formats (QUALITY.md E), wave 28: `uri_schemes_mixed`, `web_hit_random_host`
 * and `project_key_not_letters` broken on purpose with the values the readers found in the m27 400-sets (radio
 * playlists, a Yandex task's results, Jira's `projectKeys`), good values passing; the generator's passes (list
 * formats, web hits on real sites, keys by kind, capital tokens beside numeric ids) and the generator keeping the
 * rules on Jira's and Spotify's specs.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { oneCall, violationsOf } from '../_one-call.ts';
import { assertGeneratorKeeps } from '../_generated.ts';
import { fixturesDir, skipWithoutFixtures } from '../_shared.ts';
import { settleFormats28 } from '../../src/plan/_formats28.ts';
import { settleSerp28 } from '../../src/plan/_serp28.ts';
import { keyKind } from '../../src/plan/_keys.ts';
import { lastNameWord } from '../../src/plan/_params.ts';
import { dialogueRng } from '../../src/random/index.ts';

const mixed = violationsOf('uri_schemes_mixed');
const randomHit = violationsOf('web_hit_random_host');
const projectKey = violationsOf('project_key_not_letters');

const radio = (second: string) => ({ total: 2, mediaItems: [{ uri: 'spotify:playlist:37i9dQZF1E4qQ00I1Jm1ay' }, { uri: second }] });
const serp = (host: string) => ({ result: { data: { results: [
  { position: 1, title: 'Anna Karenina', link: `https://${host}`, domain: host, snippet: 'A short guide.' },
  { position: 2, title: 'East of Eden', link: 'https://en.wikipedia.org/wiki/East_of_Eden', domain: 'en.wikipedia.org', snippet: 'A novel.' },
] } } });

describe('formats28', () => {
  test('uri_schemes_mixed: a Spotify uri beside a web address in one list', () => {
    assert.deepEqual(mixed(oneCall({ uri: 'spotify:artist:GOPMQXbM2hM1M0QfFv5eqP' }, radio('https://www.spotify.com/playlists/mfs_8mewaxn2qu'))), ['uri_schemes_mixed']);
    assert.deepEqual(mixed(oneCall({ uri: 'spotify:artist:GOPMQXbM2hM1M0QfFv5eqP' }, radio('spotify:playlist:2TZaSRjW8FtWp3GEocdjQM'))), []);
  });

  test('web_hit_random_host: a search result on a made-up domain', () => {
    assert.deepEqual(randomHit(oneCall({ task_id: '3AQBMrZWF' }, serp('clueless-kielbasa.biz'))), ['web_hit_random_host']);
    assert.deepEqual(randomHit(oneCall({ task_id: '3AQBMrZWF' }, serp('www.britannica.com'))), []);
    // A company's own site in a list without the signs of a search result is no web hit.
    assert.deepEqual(randomHit(oneCall({}, { companies: [{ name: 'Acme', url: 'https://acme-tools.com' }, { name: 'Bolt', url: 'https://bolt-works.com' }] })), []);
  });

  test('project_key_not_letters: a project key in digits', () => {
    assert.deepEqual(projectKey(oneCall({ projectKeys: '47884' }, { users: [] })), ['project_key_not_letters']);
    assert.deepEqual(projectKey(oneCall({ projectKeys: 'MKT,OPS' }, { users: [] })), []);
    assert.deepEqual(projectKey(oneCall({ projectIdOrKey: '10001' }, { users: [] })), []);
  });

  test('the passes: list formats, web hits on real sites, keys by kind', () => {
    const rng = dialogueRng(7, 0, 'formats28');
    const cities = { cities: [
      { id: 767075, countryId: 174, name: 'Medellín', code: '07' },
      { id: 857529, countryId: 870147, name: 'Tel Aviv', code: 'SSFS6' },
    ], items: 176399 };
    const outputs = [
      { path: 'cities[].countryId', schema: { type: 'integer' }, isList: true, example: 174 },
      { path: 'cities[].code', schema: { type: 'string' }, isList: true, example: '07' },
    ];
    settleFormats28(cities, { effect: 'read', outputs }, new Set(), rng);
    assert.ok(cities.cities[1]!.countryId < 1000, String(cities.cities[1]!.countryId));
    assert.match(cities.cities[1]!.code, /^\d{2}$/);
    const radioResult = radio('https://www.spotify.com/playlists/mfs_8mewaxn2qu');
    settleFormats28(radioResult, { effect: 'read', outputs: [{ path: 'mediaItems[].uri', schema: { type: 'string' }, isList: true, example: 'spotify:playlist:37i9dQZF1E4qQ00I1Jm1ay' }] }, new Set(), rng);
    assert.match(radioResult.mediaItems[1]!.uri, /^spotify:playlist:[A-Za-z0-9]{22}$/);
    const hits = serp('clueless-kielbasa.biz');
    settleSerp28(hits, { task_id: '3AQBMrZWF' }, 'read', new Set());
    const first = hits.result.data.results[0]!;
    assert.equal(first.title, 'Anna Karenina - Wikipedia');
    assert.equal(first.domain, 'en.wikipedia.org');
    assert.equal(first.link, 'https://en.wikipedia.org/wiki/Anna_Karenina');
    assert.equal(keyKind(lastNameWord('projectKeys'), ''), 'project');
    assert.equal(keyKind(lastNameWord('spaceKey'), ''), 'project');
    assert.equal(keyKind(lastNameWord('apiKeys'), ''), undefined);
  });

  test('the generator keeps them on the Jira and Spotify specs', { skip: skipWithoutFixtures }, async () => {
    const specs = ['atlassian__jira-7.6.1.json', 'spotify__web-api.yml'].map((f) => join(fixturesDir, 'openapi', f));
    await assertGeneratorKeeps(['uri_schemes_mixed', 'web_hit_random_host', 'project_key_not_letters'], specs, 40, { minWritten: 20 });
  });
});
