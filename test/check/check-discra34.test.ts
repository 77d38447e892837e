/**
 * Lists a reader believes (QUALITY.md E), wave 34: `list_entry_repeated` and `country_list_elsewhere` broken on
 * purpose with what the reading found (an app's permissions listing ACCESS_FINE_LOCATION twice, webcams of Vietnam
 * on three continents), good lists passing; and the generator keeping both rules on the Google Play and webcams tools.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { join } from 'node:path';
import { oneCall, violationsOf } from '../_one-call.ts';
import { assertGeneratorKeeps } from '../_generated.ts';
import { fixturesDir, skipWithoutFixtures } from '../_shared.ts';

const repeated = violationsOf('list_entry_repeated');
const elsewhere = violationsOf('country_list_elsewhere');
const permissions = (...names: string[]) => ({ status: 200, data: names.map((permission) => ({ permission, type: 'app' })) });
const webcams = (titles: string[], continents: string[]) => ({ status: 'OK', result: { total: titles.length, webcams: titles.map((title, i) => ({ id: String(i + 1), status: 'active', title })), countries: ['Vietnam'], continents } });

describe('discra34', () => {
  test('list_entry_repeated: a permission listed twice', () => {
    const bad = permissions('android.permission.ACCESS_FINE_LOCATION', 'android.permission.CAMERA', 'android.permission.ACCESS_FINE_LOCATION');
    assert.deepEqual(repeated(oneCall({ appId: 'com.strosin.notes' }, bad, { name: 'getAppPermissionsById', path: '/apps/{appId}/permissions' })), ['list_entry_repeated']);
    const good = permissions('android.permission.ACCESS_FINE_LOCATION', 'android.permission.CAMERA', 'android.permission.READ_CONTACTS');
    assert.deepEqual(repeated(oneCall({ appId: 'com.strosin.notes' }, good, { name: 'getAppPermissionsById', path: '/apps/{appId}/permissions' })), []);
  });

  test('country_list_elsewhere: webcams of Vietnam on three continents, or in Cape Town', () => {
    const op = { name: 'webcams_list_country', path: '/webcams/list/country={country}' };
    assert.deepEqual(elsewhere(oneCall({ country: 'Vietnam' }, webcams(['Hanoi: Old Town Square'], ['Asia', 'Oceania', 'Europe']), op)), ['country_list_elsewhere']);
    assert.deepEqual(elsewhere(oneCall({ country: 'FR' }, webcams(['Cape Town: Camps Bay Beach'], ['Europe']), op)), ['country_list_elsewhere']);
    assert.deepEqual(elsewhere(oneCall({ country: 'Vietnam' }, webcams(['Hanoi: Old Town Square', 'Hanoi: Botanical Garden'], ['Asia']), op)), []);
    // A list asked by no country may span continents.
    assert.deepEqual(elsewhere(oneCall({ property: 'hd' }, webcams(['Helsinki: Cathedral Square', 'Cape Town: V&A Waterfront'], ['Europe', 'Africa']), op)), []);
  });

  test('the generator keeps both rules on the Google Play and webcams tools', { skip: skipWithoutFixtures }, async () => {
    const specs = [join(fixturesDir, 'rapidapi', 'tools', 'Business', 'google_play.json'), join(fixturesDir, 'rapidapi', 'tools', 'Travel', 'webcams_travel.json')];
    await assertGeneratorKeeps(['list_entry_repeated', 'country_list_elsewhere'], specs, 40);
  });
});
